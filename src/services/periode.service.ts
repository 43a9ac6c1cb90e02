// Performance periods: opened and configured by the admin, readable by everyone in the instansi,
// locked when the year is closed (a locked period refuses changes to its settings).
import { and, desc, eq } from 'drizzle-orm';
import { PeriodeInput as PeriodeSchema, type Periode, type PeriodeInput } from '../contracts/periode.ts';
import type { Db } from '../db/client.ts';
import { periode } from '../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../errors.ts';
import { pgCode, UNIQUE_VIOLATION } from '../lib/pg-errors.ts';
import type { Actor } from '../policy/actor.ts';
import { canReadStructure, requireAdmin } from '../policy/org.policy.ts';
import { audit } from './audit.ts';

type Row = typeof periode.$inferSelect;
const present = (r: Row): Periode => ({
  id: r.id, tahun: r.tahun, mulai: r.mulai, selesai: r.selesai, pendekatan: r.pendekatan as Periode['pendekatan'],
  frekuensi: r.frekuensi as Periode['frekuensi'], batasPenetapanSkp: r.batasPenetapanSkp, batasEvaluasiTahunan: r.batasEvaluasiTahunan,
  status: r.status as Periode['status'], version: r.version,
});
const duplicateYear = (e: unknown) => (pgCode(e) === UNIQUE_VIOLATION ? invalid({ tahun: 'Periode untuk tahun ini sudah ada' }) : e);

export async function listPeriode(db: Db, actor: Actor): Promise<Periode[]> {
  const instansiId = canReadStructure(actor);
  return (await db.select().from(periode).where(eq(periode.instansiId, instansiId)).orderBy(desc(periode.tahun))).map(present);
}

export async function getPeriode(db: Db, actor: Actor, id: string): Promise<Periode> {
  const instansiId = canReadStructure(actor);
  const [row] = await db.select().from(periode).where(and(eq(periode.instansiId, instansiId), eq(periode.id, id)));
  if (!row) throw notFound('Periode');
  return present(row);
}

export async function createPeriode(db: Db, actor: Actor, raw: PeriodeInput): Promise<Periode> {
  const instansiId = requireAdmin(actor);
  const input = PeriodeSchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(periode).values({ instansiId, ...input }).returning();
      await audit(tx, actor, instansiId, { entitas: 'periode', entitasId: row!.id, aksi: 'CREATE', sesudah: row });
      return present(row!);
    });
  } catch (e) { throw duplicateYear(e); }
}

async function lock(tx: Parameters<Parameters<Db['transaction']>[0]>[0], instansiId: string, id: string) {
  const [cur] = await tx.select().from(periode).where(and(eq(periode.instansiId, instansiId), eq(periode.id, id))).for('update');
  if (!cur) throw notFound('Periode');
  return cur;
}

export async function updatePeriode(db: Db, actor: Actor, id: string, raw: PeriodeInput & { version: number }): Promise<Periode> {
  const instansiId = requireAdmin(actor);
  const input = PeriodeSchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const cur = await lock(tx, instansiId, id);
      if (cur.version !== raw.version) throw versionConflict(present(cur));
      if (cur.status === 'DIKUNCI') throw new AppError('BUSINESS_RULE', 'Periode sudah dikunci; buka kembali sebelum mengubah pengaturannya');
      const [row] = await tx.update(periode).set({ ...input, version: cur.version + 1, updatedAt: new Date() })
        .where(and(eq(periode.instansiId, instansiId), eq(periode.id, id))).returning();
      await audit(tx, actor, instansiId, { entitas: 'periode', entitasId: id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
      return present(row!);
    });
  } catch (e) { throw duplicateYear(e); }
}

export async function setPeriodeStatus(db: Db, actor: Actor, id: string, status: 'DIBUKA' | 'DIKUNCI', version: number): Promise<Periode> {
  const instansiId = requireAdmin(actor);
  return db.transaction(async (tx) => {
    const cur = await lock(tx, instansiId, id);
    if (cur.version !== version) throw versionConflict(present(cur));
    if (cur.status === status) throw new AppError('BUSINESS_RULE', status === 'DIKUNCI' ? 'Periode sudah dikunci' : 'Periode sudah terbuka');
    const [row] = await tx.update(periode).set({ status, version: cur.version + 1, updatedAt: new Date() })
      .where(and(eq(periode.instansiId, instansiId), eq(periode.id, id))).returning();
    await audit(tx, actor, instansiId, { entitas: 'periode', entitasId: id, aksi: status === 'DIKUNCI' ? 'KUNCI' : 'BUKA', sebelum: { status: cur.status }, sesudah: { status } });
    return present(row!);
  });
}
