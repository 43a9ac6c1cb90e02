// Plt/Plh: a pegawai acting in a head position for a while; the atasan of that unit's staff follows.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { jabatan, pegawai, penugasan } from '../db/schema.ts';
import { invalid, notFound } from '../errors.ts';
import { todayWib } from '../lib/clock.ts';
import type { Actor } from '../policy/actor.ts';
import { requireAdmin } from '../policy/org.policy.ts';
import { recomputeAtasan } from './atasan.ts';
import { audit } from './audit.ts';

export async function listPenugasan(db: Db, actor: Actor) {
  const instansiId = requireAdmin(actor);
  const rows = await db.select({ t: penugasan, pn: pegawai.nama, jn: jabatan.nama }).from(penugasan)
    .innerJoin(pegawai, and(eq(pegawai.instansiId, penugasan.instansiId), eq(pegawai.id, penugasan.pegawaiId)))
    .innerJoin(jabatan, and(eq(jabatan.instansiId, penugasan.instansiId), eq(jabatan.id, penugasan.jabatanId)))
    .where(eq(penugasan.instansiId, instansiId)).orderBy(desc(penugasan.mulai));
  return rows.map((r) => ({
    id: r.t.id, pegawaiId: r.t.pegawaiId, pegawaiNama: r.pn, jabatanId: r.t.jabatanId, jabatanNama: r.jn,
    jenis: r.t.jenis as 'PLT' | 'PLH', mulai: r.t.mulai, selesai: r.t.selesai,
  }));
}

export async function createPenugasan(db: Db, actor: Actor, input: { pegawaiId: string; jabatanId: string; jenis: 'PLT' | 'PLH'; mulai: string; selesai: string | null }) {
  const instansiId = requireAdmin(actor);
  const id = await db.transaction(async (tx) => {
    const [p] = await tx.select({ id: pegawai.id }).from(pegawai).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, input.pegawaiId)));
    const [j] = await tx.select().from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, input.jabatanId)));
    const fields: Record<string, string> = {};
    if (!p) fields.pegawaiId = 'Pegawai tidak ditemukan';
    if (!j) fields.jabatanId = 'Jabatan tidak ditemukan';
    else if (!j.kepalaUnit) fields.jabatanId = 'Plt/Plh hanya untuk jabatan kepala unit';
    if (Object.keys(fields).length) throw invalid(fields);
    const [row] = await tx.insert(penugasan).values({ instansiId, ...input }).returning();
    await recomputeAtasan(tx, instansiId, todayWib());
    await audit(tx, actor, instansiId, { entitas: 'penugasan', entitasId: row!.id, aksi: 'CREATE', sesudah: row });
    return row!.id;
  });
  return (await listPenugasan(db, actor)).find((r) => r.id === id)!;
}

export async function deletePenugasan(db: Db, actor: Actor, id: string) {
  const instansiId = requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(penugasan).where(and(eq(penugasan.instansiId, instansiId), eq(penugasan.id, id))).returning();
    if (!row) throw notFound('Penugasan');
    await recomputeAtasan(tx, instansiId, todayWib());
    await audit(tx, actor, instansiId, { entitas: 'penugasan', entitasId: id, aksi: 'DELETE', sebelum: row });
  });
}
