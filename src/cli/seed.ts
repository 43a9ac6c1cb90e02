// `npm run seed -- --pegawai 10000 [--kode KAB-BENCH]`: adds a synthetic kabupaten for benchmarks
// to the configured database (DATABASE_URL, or the PGlite folder; stop the app first: PGlite
// allows one process per folder). Prints the admin login.
import { parseArgs } from 'node:util';
import { hashPassword, temporaryPassword } from '../auth/password.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { akun, instansi } from '../db/schema.ts';
import { buildOrg } from '../seed/org-builder.ts';
import { hashString, rng } from '../seed/random.ts';
import { syntheticTree } from '../seed/synthetic.ts';

const { values } = parseArgs({ options: { pegawai: { type: 'string', default: '10000' }, kode: { type: 'string' } } });
const n = Number(values.pegawai);
if (!Number.isInteger(n) || n < 20 || n > 200_000) { console.error('--pegawai harus bilangan bulat 20..200000'); process.exit(2); }
const config = loadConfig();
const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
const kode = values.kode ?? `KAB-SINTETIS-${Date.now().toString(36).toUpperCase()}`;
const t0 = performance.now();
const [ins] = await database.db.insert(instansi).values({ kode, nama: `Kabupaten Sintetis ${n}`, jenis: 'KABUPATEN' }).returning();
const people = await buildOrg(database.db, ins!.id, syntheticTree(n), rng(hashString(kode)));
const password = temporaryPassword();
const username = `admin-${kode.toLowerCase()}`;
await database.db.insert(akun).values({ instansiId: ins!.id, username, passwordHash: await hashPassword(password), peran: ['ADMIN'] });
console.log(`Instansi ${kode}: ${people.length} pegawai dibuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`Admin: ${username} / ${password}`);
await database.close();
