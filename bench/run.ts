// `npm run bench`: org import of 10,000 rows over HTTP, and pegawai search, each against raw
// PostgreSQL doing the same work in the same run, so the ratio survives a noisy machine.
// Uses PGlite always, and PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { akun, instansi } from '../src/db/schema.ts';
import { hashPassword } from '../src/auth/password.ts';
import { buildOrg } from '../src/seed/org-builder.ts';
import { makePerson } from '../src/seed/people.ts';
import { hashString, rng } from '../src/seed/random.ts';
import { syntheticTree } from '../src/seed/synthetic.ts';
import { xlsx } from '../test/support/sheets.ts';
import { benchAktivitas, median, rawAktivitasInserts, rawTableInserts, ROUNDS, type RawTurn, type Round, type Run, type Seeded } from './aktivitas.ts';
import { benchPenilaian } from './penilaian.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const PASSWORD = 'Bench-Sandi-2026';
const baseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;

/**
 * A new, empty database on the same server for this run, dropped at exit: runs do not pile data up
 * in the given database (a second 10,000-pegawai kabupaten skews the planner), and leave nothing behind.
 */
async function scratchDatabase(url: string): Promise<string> {
  const name = `ekinerja_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  process.once('beforeExit', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
const pgUrl = baseUrl ? await scratchDatabase(baseUrl) : undefined;

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function rawBaseline(url: string, rows: string[][]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('create temp table bench_pegawai (nip text primary key, nama text, golongan text, jabatan text)');
  const t0 = performance.now();
  await client.query('begin');
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const params: string[] = []; const values: string[] = [];
    chunk.forEach((r, j) => { values.push(`($${j * 4 + 1},$${j * 4 + 2},$${j * 4 + 3},$${j * 4 + 4})`); params.push(r[0]!, r[1]!, r[3]!, r[4]!); });
    await client.query(`insert into bench_pegawai values ${values.join(',')} on conflict (nip) do update set nama = excluded.nama`, params);
  }
  await client.query('commit');
  const insertMs = performance.now() - t0;
  const lat: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await client.query("select * from bench_pegawai where nama ilike $1 order by nama limit 25", [`%${['sri', 'budi', 'dewi', 'agus'][i % 4]}%`]);
    lat.push(performance.now() - s);
  }
  await client.end();
  return { insertMs, searchP50: pct(lat, 0.5), searchP99: pct(lat, 0.99) };
}

async function benchTarget(name: string, url: string | undefined) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', EKINERJA_DEMO: 'off', ...(url ? { DATABASE_URL: url } : {}) });
  const app = await createApp(config);
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.server.address() as { port: number }).port}`;
  try {
    const kode = `BENCH-${Date.now().toString(36).toUpperCase()}`;
    const [ins] = await app.database.db.insert(instansi).values({ kode, nama: 'Kabupaten Bench', jenis: 'KABUPATEN' }).returning();
    const seedT0 = performance.now();
    const people = await buildOrg(app.database.db, ins!.id, syntheticTree(ROWS), rng(hashString(kode)));
    const seedMs = performance.now() - seedT0;
    const username = `admin-${kode.toLowerCase()}`;
    await app.database.db.insert(akun).values({ instansiId: ins!.id, username, passwordHash: await hashPassword(PASSWORD), peran: ['ADMIN'] });
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = await login.json() as { csrfToken: string };
    // A file of ROWS new pegawai spread over the staff positions of the synthetic tree.
    const jabKode = [...new Set(people.filter((p) => !p.kepala).map((p) => p.jabatanKode))];
    const r = rng(7); const used = new Set(people.map((p) => p.nip));
    const rows = Array.from({ length: ROWS }, (_, i) => { const p = makePerson(r, used); return [p.nip, p.nama, 'S.E.', 'III/a', jabKode[i % jabKode.length]!]; });
    const file = await xlsx(['NIP', 'Nama', 'Gelar Belakang', 'Golongan', 'Kode Jabatan'], rows);
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v1/import/pegawai?namaFile=bench.xlsx`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/octet-stream' }, body: new Uint8Array(file) });
    const { id } = await res.json() as { id: string };
    let job: { status: string; ditambah: number; ditolak: number };
    for (;;) {
      await new Promise((s) => setTimeout(s, 100));
      job = await (await fetch(`${base}/api/v1/import/${id}`, { headers: { cookie } })).json() as typeof job;
      if (job.status === 'SELESAI' || job.status === 'GAGAL') break;
    }
    const importMs = performance.now() - t0;
    const lat: number[] = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      await (await fetch(`${base}/api/v1/pegawai?q=${['sri', 'budi', 'dewi', 'agus'][i % 4]}`, { headers: { cookie } })).arrayBuffer();
      lat.push(performance.now() - s);
    }
    console.log(`\n[${name}] synthetic org ${people.length} pegawai built in ${ms(seedMs)}`);
    console.log(`[${name}] import ${ROWS} rows XLSX over HTTP: ${ms(importMs)} (${job.status}, ${job.ditambah} added, ${job.ditolak} rejected)`);
    console.log(`[${name}] GET /pegawai?q= (20k+ rows, visibility-scoped): p50 ${ms(pct(lat, 0.5))}, p99 ${ms(pct(lat, 0.99))}`);
    return { importMs, p50: pct(lat, 0.5), p99: pct(lat, 0.99), rows };
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// BENCH_ONLY=import|aktivitas|penilaian runs one part; all by default.
const only = process.env.BENCH_ONLY;
if (!only || only === 'import') {
  const results = [await benchTarget('pglite', undefined)];
  if (pgUrl) results.push(await benchTarget('postgres', pgUrl));
  if (pgUrl) {
    const raw = await rawBaseline(pgUrl, results[0]!.rows);
    console.log(`\n[raw postgres] multi-row upsert of ${ROWS} rows in one transaction: ${ms(raw.insertMs)}; ilike search p50 ${ms(raw.searchP50)}, p99 ${ms(raw.searchP99)}`);
    for (const [i, r] of results.entries()) {
      const name = i === 0 ? 'pglite' : 'postgres';
      console.log(`ratio ${name} import / raw insert: ${(r.importMs / raw.insertMs).toFixed(1)}x  (includes upload, XLSX parse, NIP checks, atasan recompute, audit)`);
      console.log(`ratio ${name} search p50 / raw search p50: ${(r.p50 / raw.searchP50).toFixed(1)}x`);
    }
  }
}
if (!only || only === 'aktivitas') {
  console.log('');
  // Raw PostgreSQL takes turns with each target's rounds; into the app's own table only on the same database.
  const rawTurn = (target: string | undefined): RawTurn | undefined => pgUrl ? { bare: () => rawAktivitasInserts(pgUrl), ...(target ? { same: (s: Seeded) => rawTableInserts(pgUrl, s) } : {}) } : undefined;
  const targets = [{ name: 'pglite', rounds: await benchAktivitas('pglite', undefined, rawTurn(undefined)) }];
  if (pgUrl) targets.push({ name: 'postgres', rounds: await benchAktivitas('postgres', pgUrl, rawTurn(pgUrl)) });
  if (pgUrl) {
    console.log(`\nactivity entry, ${ROUNDS} rounds each, app and raw PostgreSQL in turns (median of the rounds' ratios; p99 of the worst round):`);
    for (const { name, rounds } of targets) {
      const ratio = (raw: (r: Round) => Run | undefined) => {
        const xs = rounds.filter(raw).map((r) => r.app.perSecond / raw(r)!.perSecond);
        return xs.length ? `${median(xs).toFixed(2)} [${xs.map((x) => x.toFixed(2)).join(' ')}]` : null;
      };
      const latency = `p50 ${median(rounds.map((r) => r.app.p50)).toFixed(1)} ms, p99 ${Math.max(...rounds.map((r) => r.app.p99)).toFixed(1)} ms (goal < 50 ms)`;
      // The goal's baseline: raw PostgreSQL doing the same work. PGlite has none on its own engine, so it shows the bare figure only.
      const same = ratio((r) => r.same);
      if (same) console.log(`ratio ${name} activity throughput / raw PostgreSQL doing the same work (single-row INSERT of the activity and its audit row): ${same} (goal >= 0.5); ${latency}`);
      else console.log(`${name} activity entry: ${latency}`);
      console.log(`ratio ${name} activity throughput / bare single-row INSERT into a table with only a primary key: ${ratio((r) => r.bare)}`);
      // Throughput on two shared cores follows total CPU per item once they are busy.
      const cpu = (r: Run | undefined) => r?.cpu && r.cpu.postgresMs !== null ? (r.cpu.nodeMs + r.cpu.loadToolMs + r.cpu.postgresMs) / r.n : null;
      const app = median(rounds.map((r) => cpu(r.app) ?? NaN));
      const bare = median(rounds.map((r) => cpu(r.bare) ?? NaN));
      const sameWork = median(rounds.map((r) => cpu(r.same) ?? NaN));
      const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} ms` : 'n/a');
      if (Number.isFinite(app)) console.log(`CPU per item, all processes (median): ${name} over HTTP ${ms(app)}, raw same work ${ms(sameWork)}, bare INSERT ${ms(bare)}`);
    }
  }
}
if (!only || only === 'penilaian') {
  // Each target scores against one SQL aggregate on its own database, so the ratio is per target.
  console.log('');
  await benchPenilaian('pglite', undefined);
  if (pgUrl) await benchPenilaian('postgres', pgUrl);
}
if (!pgUrl) console.log('\nSet DATABASE_URL (or BENCH_DATABASE_URL) to compare with raw PostgreSQL.');
