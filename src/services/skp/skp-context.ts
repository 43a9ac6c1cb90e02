// Everything around one SKP row that reading, guarding and authorising it need: the periode, the
// pegawai and penilai as they are today, the penilai's RHK, and the other versions.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PegawaiRingkas, Skp } from '../../contracts/skp.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { periode, rhk, skp } from '../../db/schema.ts';
import type { ModelSkp } from '../../domain/enums.ts';
import { notFound } from '../../errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { canSeePegawai } from '../../policy/org.policy.ts';
import { namaLengkap, nipTampil } from '../pegawai.service.ts';

export type SkpRow = typeof skp.$inferSelect;
export type PeriodeRow = typeof periode.$inferSelect;

interface PegawaiRow {
  id: string; nip: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; golongan: string | null;
  jabatan: string; jabatan_jenis: string; unit: string; atasan_id: string | null; unit_kerja_id: string; jabatan_id: string;
}

export interface PegawaiInfo { ringkas: PegawaiRingkas; atasanId: string | null; jabatanJenis: string; jabatanId: string; unitKerjaId: string }

export async function pegawaiInfo(db: DbOrTx, instansiId: string, ids: readonly string[]): Promise<Map<string, PegawaiInfo>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await queryRows<PegawaiRow>(db, sql`select p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.golongan,
      j.nama as jabatan, j.jenis as jabatan_jenis, u.nama as unit, p.atasan_id, p.unit_kerja_id, p.jabatan_id
    from pegawai p join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
    join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id
    where p.instansi_id = ${instansiId} and p.id in ${sql`(${sql.join(uniq.map((i) => sql`${i}`), sql`, `)})`}`);
  return new Map(rows.map((r) => [r.id, {
    ringkas: {
      id: r.id, nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
      nip: nipTampil(r.nip), golongan: r.golongan, jabatan: r.jabatan, unitKerja: r.unit,
    },
    atasanId: r.atasan_id, jabatanJenis: r.jabatan_jenis, jabatanId: r.jabatan_id, unitKerjaId: r.unit_kerja_id,
  }]));
}

/** JPT (and pimpinan unit kerja mandiri) use model A; everyone else model B (skp-rules.md §3.2–3.3). */
export const modelFor = (jabatanJenis: string): ModelSkp => (jabatanJenis.startsWith('JPT') ? 'JPT' : 'JA_JF');

/** While a draft, the penilai follows the org tree unless the admin fixed it; from submission on it is recorded. */
export const penilaiOf = (row: SkpRow, atasanIdNow: string | null) =>
  row.status === 'DRAFT' && row.penilaiSumber === 'ORG' ? atasanIdNow : row.penilaiId;

export async function loadSkpRow(db: DbOrTx, instansiId: string, id: string, forUpdate = false): Promise<SkpRow> {
  const q = db.select().from(skp).where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('SKP');
  return row;
}

export async function loadPeriode(db: DbOrTx, instansiId: string, id: string): Promise<PeriodeRow> {
  const [row] = await db.select().from(periode).where(and(eq(periode.instansiId, instansiId), eq(periode.id, id)));
  if (!row) throw notFound('Periode');
  return row;
}

/** May the caller read this SKP: its owner's chain and unit heads, its penilai, or the admin. */
export async function canSeeSkp(db: DbOrTx, actor: Actor, row: SkpRow): Promise<boolean> {
  const instansiId = tenantOf(actor);
  if (row.instansiId !== instansiId) return false;
  if (isAdmin(actor)) return true;
  if (actor.pegawaiId && actor.pegawaiId === row.penilaiId) return true;
  return canSeePegawai(db, actor, row.pegawaiId);
}

export async function loadVisibleSkp(db: DbOrTx, actor: Actor, id: string, forUpdate = false): Promise<SkpRow> {
  const row = await loadSkpRow(db, tenantOf(actor), id, forUpdate);
  if (!(await canSeeSkp(db, actor, row))) throw notFound('SKP');
  return row;
}

export async function versions(db: DbOrTx, row: SkpRow) {
  return db.select().from(skp).where(and(eq(skp.instansiId, row.instansiId), eq(skp.periodeId, row.periodeId), eq(skp.pegawaiId, row.pegawaiId)))
    .orderBy(asc(skp.versi));
}

/** The penilai's latest SKP in the periode and the RHK ids of all their versions (intervensi may point at either). */
export async function penilaiRhk(db: DbOrTx, instansiId: string, periodeId: string, penilaiId: string | null) {
  if (!penilaiId) return { options: [] as Skp['rhkAtasan'], ids: new Set<string>() };
  const skps = await db.select({ id: skp.id, status: skp.status, versi: skp.versi }).from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.periodeId, periodeId), eq(skp.pegawaiId, penilaiId))).orderBy(desc(skp.versi));
  if (!skps.length) return { options: [], ids: new Set<string>() };
  const rows = await db.select({ id: rhk.id, jenis: rhk.jenis, uraian: rhk.uraian, skpId: rhk.skpId }).from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.skpId, skps.map((s) => s.id)))).orderBy(asc(rhk.urutan));
  const latest = skps[0]!;
  return {
    options: rows.filter((r) => r.skpId === latest.id && r.uraian)
      .map((r) => ({ id: r.id, jenis: r.jenis as 'UTAMA' | 'TAMBAHAN', uraian: r.uraian, status: latest.status as Skp['status'] })),
    ids: new Set(rows.map((r) => r.id)),
  };
}
