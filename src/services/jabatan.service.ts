import { and, asc, eq, sql } from 'drizzle-orm';
import type { Jabatan, JabatanInput } from '../contracts/org.ts';
import { queryRows, type Db, type DbOrTx } from '../db/client.ts';
import { jabatan, unitKerja } from '../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../errors.ts';
import { todayWib } from '../lib/clock.ts';
import { pgCode, UNIQUE_VIOLATION } from '../lib/pg-errors.ts';
import type { Actor } from '../policy/actor.ts';
import { canReadStructure, requireAdmin } from '../policy/org.policy.ts';
import { recomputeAtasan } from './atasan.ts';
import { audit } from './audit.ts';

type Row = typeof jabatan.$inferSelect;
export const presentJabatan = (r: Row): Jabatan => ({
  id: r.id, unitKerjaId: r.unitKerjaId, kode: r.kode, nama: r.nama, jenis: r.jenis as Jabatan['jenis'],
  jenjang: r.jenjang as Jabatan['jenjang'], kelasJabatan: r.kelasJabatan, kepalaUnit: r.kepalaUnit, version: r.version,
});

export async function listJabatan(db: Db, actor: Actor, unitKerjaId?: string): Promise<Jabatan[]> {
  const instansiId = canReadStructure(actor);
  const rows = await db.select().from(jabatan)
    .where(and(eq(jabatan.instansiId, instansiId), unitKerjaId ? eq(jabatan.unitKerjaId, unitKerjaId) : undefined))
    .orderBy(sql`${jabatan.kepalaUnit} desc`, asc(jabatan.kelasJabatan), asc(jabatan.nama));
  return rows.map(presentJabatan);
}

async function checkUnit(tx: DbOrTx, instansiId: string, unitId: string) {
  const [u] = await tx.select({ id: unitKerja.id }).from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, unitId)));
  if (!u) throw invalid({ unitKerjaId: 'Unit kerja tidak ditemukan' });
}

function mapUnique(e: unknown) {
  if (pgCode(e) !== UNIQUE_VIOLATION) return e;
  const msg = String((e as { cause?: { constraint?: string }; constraint?: string }).cause?.constraint ?? (e as { constraint?: string }).constraint ?? e);
  if (msg.includes('kepala')) return invalid({ kepalaUnit: 'Unit ini sudah punya jabatan kepala unit' });
  return invalid({ kode: 'Kode jabatan sudah dipakai' });
}

export async function createJabatan(db: Db, actor: Actor, input: JabatanInput): Promise<Jabatan> {
  const instansiId = requireAdmin(actor);
  try {
    return await db.transaction(async (tx) => {
      await checkUnit(tx, instansiId, input.unitKerjaId);
      const [row] = await tx.insert(jabatan).values({ instansiId, ...input }).returning();
      await audit(tx, actor, instansiId, { entitas: 'jabatan', entitasId: row!.id, aksi: 'CREATE', sesudah: row });
      if (row!.kepalaUnit) await recomputeAtasan(tx, instansiId, todayWib());
      return presentJabatan(row!);
    });
  } catch (e) { throw mapUnique(e); }
}

export async function updateJabatan(db: Db, actor: Actor, id: string, input: JabatanInput & { version: number }): Promise<Jabatan> {
  const instansiId = requireAdmin(actor);
  try {
    return await db.transaction(async (tx) => {
      const [cur] = await tx.select().from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id))).for('update');
      if (!cur) throw notFound('Jabatan');
      if (cur.version !== input.version) throw versionConflict(presentJabatan(cur));
      await checkUnit(tx, instansiId, input.unitKerjaId);
      const { version: _v, ...fields } = input;
      const [row] = await tx.update(jabatan).set({ ...fields, version: cur.version + 1, updatedAt: new Date() })
        .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id))).returning();
      if (cur.kepalaUnit !== row!.kepalaUnit || cur.unitKerjaId !== row!.unitKerjaId) await recomputeAtasan(tx, instansiId, todayWib());
      await audit(tx, actor, instansiId, { entitas: 'jabatan', entitasId: id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
      return presentJabatan(row!);
    });
  } catch (e) { throw mapUnique(e); }
}

export async function deleteJabatan(db: Db, actor: Actor, id: string): Promise<void> {
  const instansiId = requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [cur] = await tx.select().from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id))).for('update');
    if (!cur) throw notFound('Jabatan');
    const [used] = await queryRows<{ n: number }>(tx, sql`select (
      (select count(*) from pegawai where instansi_id = ${instansiId} and jabatan_id = ${id}) +
      (select count(*) from penugasan where instansi_id = ${instansiId} and jabatan_id = ${id}))::int as n`);
    if (used && used.n > 0) throw new AppError('BUSINESS_RULE', `Jabatan masih dipakai oleh ${used.n} pegawai atau penugasan Plt/Plh`);
    await tx.delete(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)));
    await audit(tx, actor, instansiId, { entitas: 'jabatan', entitasId: id, aksi: 'DELETE', sebelum: cur });
  });
}
