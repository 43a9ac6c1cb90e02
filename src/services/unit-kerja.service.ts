import { and, eq, sql } from 'drizzle-orm';
import type { UnitKerja, UnitKerjaInput } from '../contracts/org.ts';
import { queryRows, type Db, type DbOrTx } from '../db/client.ts';
import { unitKerja } from '../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../errors.ts';
import { pgCode, UNIQUE_VIOLATION } from '../lib/pg-errors.ts';
import { todayWib } from '../lib/clock.ts';
import type { Actor } from '../policy/actor.ts';
import { canReadStructure, requireAdmin } from '../policy/org.policy.ts';
import { recomputeAtasan } from './atasan.ts';
import { audit } from './audit.ts';

type Row = typeof unitKerja.$inferSelect;
const present = (r: Row, jumlahPegawai = 0): UnitKerja => ({
  id: r.id, parentId: r.parentId, kode: r.kode, nama: r.nama, level: r.level, version: r.version, jumlahPegawai,
});

export async function listUnitKerja(db: Db, actor: Actor): Promise<UnitKerja[]> {
  const instansiId = canReadStructure(actor);
  const rows = await db.select({
    u: unitKerja,
    n: sql<number>`(select count(*)::int from pegawai p where p.instansi_id = ${unitKerja.instansiId} and p.unit_kerja_id = ${unitKerja.id})`,
  }).from(unitKerja).where(eq(unitKerja.instansiId, instansiId)).orderBy(unitKerja.path);
  return rows.map((r) => present(r.u, r.n));
}

async function loadParent(db: DbOrTx, instansiId: string, parentId: string | null) {
  if (!parentId) return null;
  const [p] = await db.select().from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, parentId)));
  if (!p) throw invalid({ parentId: 'Unit induk tidak ditemukan' });
  return p;
}

const duplicateKode = (e: unknown) => {
  if (pgCode(e) === UNIQUE_VIOLATION) return invalid({ kode: 'Kode unit sudah dipakai' });
  return e;
};

export async function createUnitKerja(db: Db, actor: Actor, input: UnitKerjaInput): Promise<UnitKerja> {
  const instansiId = requireAdmin(actor);
  try {
    return await db.transaction(async (tx) => {
      const parent = await loadParent(tx, instansiId, input.parentId);
      const id = crypto.randomUUID();
      const [row] = await tx.insert(unitKerja).values({
        instansiId, id, parentId: input.parentId, kode: input.kode, nama: input.nama,
        path: `${parent?.path ?? '/'}${id}/`, level: (parent?.level ?? 0) + 1,
      }).returning();
      await audit(tx, actor, instansiId, { entitas: 'unit_kerja', entitasId: id, aksi: 'CREATE', sesudah: row });
      return present(row!);
    });
  } catch (e) { throw duplicateKode(e); }
}

export async function updateUnitKerja(db: Db, actor: Actor, id: string, input: UnitKerjaInput & { version: number }): Promise<UnitKerja> {
  const instansiId = requireAdmin(actor);
  try {
    return await db.transaction(async (tx) => {
      const [cur] = await tx.select().from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id))).for('update');
      if (!cur) throw notFound('Unit kerja');
      if (cur.version !== input.version) throw versionConflict(present(cur));
      const parent = await loadParent(tx, instansiId, input.parentId);
      if (parent && parent.path.startsWith(cur.path)) throw invalid({ parentId: 'Unit induk tidak boleh unit itu sendiri atau bawahannya' });
      const path = `${parent?.path ?? '/'}${id}/`;
      const level = (parent?.level ?? 0) + 1;
      const [row] = await tx.update(unitKerja).set({
        parentId: input.parentId, kode: input.kode, nama: input.nama, path, level,
        version: cur.version + 1, updatedAt: new Date(),
      }).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id))).returning();
      if (path !== cur.path) {
        // Moving a unit moves its whole subtree: rewrite the descendants' path prefix and level.
        await tx.execute(sql`update unit_kerja set path = ${path} || substr(path, ${cur.path.length + 1}),
          level = level + ${level - cur.level} where instansi_id = ${instansiId} and path like ${cur.path + '%'} and id <> ${id}`);
        await recomputeAtasan(tx, instansiId, todayWib());
      }
      await audit(tx, actor, instansiId, { entitas: 'unit_kerja', entitasId: id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
      return present(row!);
    });
  } catch (e) { throw duplicateKode(e); }
}

export async function deleteUnitKerja(db: Db, actor: Actor, id: string): Promise<void> {
  const instansiId = requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [cur] = await tx.select().from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id))).for('update');
    if (!cur) throw notFound('Unit kerja');
    const [used] = await queryRows<{ anak: number; jab: number; peg: number }>(tx, sql`select
      (select count(*)::int from unit_kerja where instansi_id = ${instansiId} and parent_id = ${id}) as anak,
      (select count(*)::int from jabatan where instansi_id = ${instansiId} and unit_kerja_id = ${id}) as jab,
      (select count(*)::int from pegawai where instansi_id = ${instansiId} and unit_kerja_id = ${id}) as peg`);
    if (used && (used.anak || used.jab || used.peg)) {
      throw new AppError('BUSINESS_RULE',
        `Unit kerja masih dipakai: ${used.anak} sub-unit, ${used.jab} jabatan, ${used.peg} pegawai. Pindahkan dulu sebelum menghapus.`);
    }
    await tx.delete(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, id)));
    await audit(tx, actor, instansiId, { entitas: 'unit_kerja', entitasId: id, aksi: 'DELETE', sebelum: cur });
  });
}

