// The atasan (direct superior) of every pegawai, derived from the unit tree: the holder of the
// head position of the pegawai's unit, or, for a unit head, of the parent unit; vacant heads are
// covered by a Plt, then a Plh, then the next unit up. An admin override wins over the tree.
// Persisted on pegawai.atasan_id and recomputed in the same transaction as any org change.
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.ts';
import { jabatan, pegawai, penugasan, unitKerja } from '../db/schema.ts';

export type AtasanSumber = 'STRUKTUR' | 'PENGATURAN_ADMIN' | 'PLT' | 'PLH';

export interface OrgSnapshot {
  units: { id: string; parentId: string | null }[];
  heads: { id: string; unitKerjaId: string }[];
  pegawai: { id: string; jabatanId: string; unitKerjaId: string; atasanOverrideId: string | null; aktif: boolean }[];
  acting: { pegawaiId: string; jabatanId: string; jenis: 'PLT' | 'PLH' }[];
}

export interface AtasanResult { atasanId: string | null; sumber: AtasanSumber | null }

/** Pure derivation over a snapshot of one instansi; the same input always gives the same map. */
export function deriveAtasan(s: OrgSnapshot): Map<string, AtasanResult> {
  const parentOf = new Map(s.units.map((u) => [u.id, u.parentId]));
  const headJabatanOfUnit = new Map(s.heads.map((h) => [h.unitKerjaId, h.id]));
  const unitOfHeadJabatan = new Map(s.heads.map((h) => [h.id, h.unitKerjaId]));
  const holder = new Map<string, { pegawaiId: string; sumber: AtasanSumber }>();
  const rank: Record<AtasanSumber, number> = { STRUKTUR: 0, PLT: 1, PLH: 2, PENGATURAN_ADMIN: 3 };
  const offer = (unitId: string, pegawaiId: string, sumber: AtasanSumber) => {
    const cur = holder.get(unitId);
    // Deterministic: best source first, then lowest id, so concurrent recomputes agree.
    if (!cur || rank[sumber] < rank[cur.sumber] || (rank[sumber] === rank[cur.sumber] && pegawaiId < cur.pegawaiId)) {
      holder.set(unitId, { pegawaiId, sumber });
    }
  };
  const aktif = new Set<string>();
  for (const p of s.pegawai) {
    if (!p.aktif) continue;
    aktif.add(p.id);
    const u = unitOfHeadJabatan.get(p.jabatanId);
    if (u) offer(u, p.id, 'STRUKTUR');
  }
  for (const a of s.acting) {
    const u = unitOfHeadJabatan.get(a.jabatanId);
    if (u && aktif.has(a.pegawaiId)) offer(u, a.pegawaiId, a.jenis);
  }
  const result = new Map<string, AtasanResult>();
  for (const p of s.pegawai) {
    if (p.atasanOverrideId) {
      result.set(p.id, { atasanId: p.atasanOverrideId, sumber: 'PENGATURAN_ADMIN' });
      continue;
    }
    const leads = headJabatanOfUnit.get(p.unitKerjaId) === p.jabatanId;
    let unit: string | null | undefined = leads ? parentOf.get(p.unitKerjaId) : p.unitKerjaId;
    let found: AtasanResult = { atasanId: null, sumber: null };
    for (let guard = 0; unit && guard < 64; guard++) {
      const h = holder.get(unit);
      if (h && h.pegawaiId !== p.id) { found = { atasanId: h.pegawaiId, sumber: h.sumber }; break; }
      unit = parentOf.get(unit);
    }
    result.set(p.id, found);
  }
  return result;
}

/** Recompute and store the atasan of every pegawai of one instansi; returns how many changed. */
export async function recomputeAtasan(db: DbOrTx, instansiId: string, today: string): Promise<number> {
  // Sequential on purpose: inside a transaction both drivers have a single connection.
  const units = await db.select({ id: unitKerja.id, parentId: unitKerja.parentId }).from(unitKerja).where(eq(unitKerja.instansiId, instansiId));
  const heads = await db.select({ id: jabatan.id, unitKerjaId: jabatan.unitKerjaId }).from(jabatan)
      .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.kepalaUnit, true)));
  const rows = await db.select({
      id: pegawai.id, jabatanId: pegawai.jabatanId, unitKerjaId: pegawai.unitKerjaId,
      atasanOverrideId: pegawai.atasanOverrideId, status: pegawai.status,
      atasanId: pegawai.atasanId, atasanSumber: pegawai.atasanSumber,
    }).from(pegawai).where(eq(pegawai.instansiId, instansiId));
  const acting = await db.select({ pegawaiId: penugasan.pegawaiId, jabatanId: penugasan.jabatanId, jenis: penugasan.jenis }).from(penugasan)
      .where(and(eq(penugasan.instansiId, instansiId), sql`${penugasan.mulai} <= ${today}`,
        sql`(${penugasan.selesai} is null or ${penugasan.selesai} >= ${today})`));
  const derived = deriveAtasan({
    units, heads,
    pegawai: rows.map((r) => ({ ...r, aktif: r.status === 'AKTIF' || r.status === 'CUTI' })),
    acting: acting.map((a) => ({ ...a, jenis: a.jenis === 'PLH' ? 'PLH' as const : 'PLT' as const })),
  });
  const changed = rows.filter((r) => {
    const d = derived.get(r.id)!;
    return d.atasanId !== r.atasanId || d.sumber !== r.atasanSumber;
  });
  for (let i = 0; i < changed.length; i += 1000) {
    const chunk = changed.slice(i, i + 1000);
    const values = sql.join(chunk.map((r) => {
      const d = derived.get(r.id)!;
      return sql`(${r.id}::uuid, ${d.atasanId}::uuid, ${d.sumber}::text)`;
    }), sql`, `);
    await db.execute(sql`update pegawai p set atasan_id = v.a, atasan_sumber = v.s
      from (values ${values}) as v(id, a, s) where p.instansi_id = ${instansiId} and p.id = v.id`);
  }
  return changed.length;
}
