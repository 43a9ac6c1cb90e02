// Writes an organisation described as a tree of units (each with a head position and staff
// positions) into one instansi, in one transaction, with valid NIPs and derived atasan.
import type { Db } from '../db/client.ts';
import { jabatan, pegawai, unitKerja } from '../db/schema.ts';
import { todayWib } from '../lib/clock.ts';
import { recomputeAtasan } from '../services/atasan.ts';
import { golonganFor, makePerson, makePppk } from './people.ts';
import type { Rng } from './random.ts';

export interface PositionSpec { kode: string; nama: string; jenis: string; jenjang?: string; kelas: number; count: number; pppk?: boolean }
export interface UnitSpec { kode: string; nama: string; kepala: Omit<PositionSpec, 'count' | 'kode'>; staff: PositionSpec[]; children: UnitSpec[] }

export interface BuiltPegawai { id: string; nip: string; nama: string; unitKode: string; jabatanKode: string; kepala: boolean }

const GELAR_BELAKANG = ['S.E.', 'S.H.', 'S.Sos.', 'S.Kom.', 'S.T.', 'S.Pd.', 'M.Si.', 'M.M.', 'S.A.P.'];

/** `taken`: NIPs already used as account names elsewhere in the database, never handed out again. */
export async function buildOrg(db: Db, instansiId: string, roots: UnitSpec[], r: Rng, taken: Iterable<string> = []): Promise<BuiltPegawai[]> {
  const units: (typeof unitKerja.$inferInsert)[] = [];
  const positions: (typeof jabatan.$inferInsert)[] = [];
  const people: (typeof pegawai.$inferInsert)[] = [];
  const built: BuiltPegawai[] = [];
  const used = new Set<string>(taken);

  const addPerson = (jabId: string, jabKode: string, unitId: string, unitKode: string, spec: { jenis: string; pppk?: boolean }, kepala: boolean) => {
    const p = spec.pppk ? makePppk(r, used) : makePerson(r, used, kepala ? { maxBirthYear: 1982 } : {});
    const id = crypto.randomUUID();
    const senior = spec.jenis !== 'PELAKSANA';
    people.push({
      instansiId, id, nip: p.nip, jenisAsn: spec.pppk ? 'PPPK' : 'PNS', nama: p.nama,
      gelarDepan: spec.jenis === 'FUNGSIONAL' && jabKode.includes('DOKTER') ? 'dr.' : null,
      gelarBelakang: senior ? r.pick(GELAR_BELAKANG) + (spec.jenis.startsWith('JPT') ? ', M.Si.' : '') : (r.next() < 0.4 ? r.pick(GELAR_BELAKANG) : null),
      tanggalLahir: `${p.nip.slice(0, 4)}-${p.nip.slice(4, 6)}-${p.nip.slice(6, 8)}`, jenisKelamin: p.jenisKelamin,
      golongan: spec.pppk ? r.pick(['V', 'VII', 'IX']) : golonganFor(spec.jenis, r),
      jabatanId: jabId, unitKerjaId: unitId, status: 'AKTIF',
    });
    built.push({ id, nip: p.nip, nama: p.nama, unitKode, jabatanKode: jabKode, kepala });
  };

  const walk = (u: UnitSpec, parent: { id: string; path: string; level: number } | null) => {
    const id = crypto.randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    const level = (parent?.level ?? 0) + 1;
    units.push({ instansiId, id, parentId: parent?.id ?? null, kode: u.kode, nama: u.nama, path, level });
    const headId = crypto.randomUUID();
    const headKode = `${u.kode}-KEPALA`;
    positions.push({ instansiId, id: headId, unitKerjaId: id, kode: headKode, nama: u.kepala.nama, jenis: u.kepala.jenis, jenjang: u.kepala.jenjang ?? null, kelasJabatan: u.kepala.kelas, kepalaUnit: true });
    addPerson(headId, headKode, id, u.kode, u.kepala, true);
    for (const s of u.staff) {
      const jid = crypto.randomUUID();
      const kode = `${u.kode}-${s.kode}`;
      positions.push({ instansiId, id: jid, unitKerjaId: id, kode, nama: s.nama, jenis: s.jenis, jenjang: s.jenjang ?? null, kelasJabatan: s.kelas, kepalaUnit: false });
      for (let i = 0; i < s.count; i++) addPerson(jid, kode, id, u.kode, s, false);
    }
    for (const c of u.children) walk(c, { id, path, level });
  };
  for (const root of roots) walk(root, null);

  await db.transaction(async (tx) => {
    const chunk = <T>(xs: T[], n = 1000) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
    for (const c of chunk(units)) await tx.insert(unitKerja).values(c);
    for (const c of chunk(positions)) await tx.insert(jabatan).values(c);
    for (const c of chunk(people)) await tx.insert(pegawai).values(c);
    await recomputeAtasan(tx, instansiId, todayWib());
  });
  return built;
}
