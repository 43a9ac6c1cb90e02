// A pegawai's own notifications: list with the unread count, mark one or all as read. Someone
// else's notification answers 404, like any record outside the caller's reach.
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Notifikasi, NotifikasiList, NotifikasiQuery } from '../contracts/notifikasi.ts';
import type { Db } from '../db/client.ts';
import { notifikasi } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { tenantOf, type Actor } from '../policy/actor.ts';

type Row = typeof notifikasi.$inferSelect;
const present = (r: Row): Notifikasi => ({
  id: r.id, jenis: r.jenis, judul: r.judul, isi: r.isi, tautan: r.tautan,
  dibacaAt: r.dibacaAt ? r.dibacaAt.toISOString() : null, createdAt: r.createdAt.toISOString(),
});

/** The caller's tenant and pegawai; an account without a pegawai record (admin) has no notifications. */
function owner(actor: Actor): { instansiId: string; pegawaiId: string | null } {
  return { instansiId: tenantOf(actor), pegawaiId: actor.pegawaiId };
}

export async function listNotifikasi(db: Db, actor: Actor, q: NotifikasiQuery): Promise<NotifikasiList> {
  const { instansiId, pegawaiId } = owner(actor);
  const empty = { items: [], total: 0, page: q.page, pageSize: q.pageSize, belumDibaca: 0 };
  if (!pegawaiId) return empty;
  const mine = and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId));
  const where = q.belumDibaca ? and(mine, isNull(notifikasi.dibacaAt)) : mine;
  const [[counts], rows] = await Promise.all([
    db.select({
      total: q.belumDibaca ? sql<number>`(count(*) filter (where ${notifikasi.dibacaAt} is null))::int` : sql<number>`count(*)::int`,
      belumDibaca: sql<number>`(count(*) filter (where ${notifikasi.dibacaAt} is null))::int`,
    }).from(notifikasi).where(mine),
    db.select().from(notifikasi).where(where)
      .orderBy(desc(notifikasi.createdAt), desc(notifikasi.id)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
  ]);
  return { ...empty, items: rows.map(present), total: counts?.total ?? 0, belumDibaca: counts?.belumDibaca ?? 0 };
}

export async function bacaNotifikasi(db: Db, actor: Actor, id: string): Promise<Notifikasi> {
  const { instansiId, pegawaiId } = owner(actor);
  if (!pegawaiId) throw notFound('Notifikasi');
  // The first reading time is kept: marking again changes nothing.
  const [row] = await db.update(notifikasi).set({ dibacaAt: sql`coalesce(${notifikasi.dibacaAt}, now())` })
    .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), eq(notifikasi.id, id))).returning();
  if (!row) throw notFound('Notifikasi');
  return present(row);
}

export async function bacaSemuaNotifikasi(db: Db, actor: Actor): Promise<{ ditandai: number }> {
  const { instansiId, pegawaiId } = owner(actor);
  if (!pegawaiId) return { ditandai: 0 };
  const rows = await db.update(notifikasi).set({ dibacaAt: new Date() })
    .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), isNull(notifikasi.dibacaAt)))
    .returning({ id: notifikasi.id });
  return { ditandai: rows.length };
}
