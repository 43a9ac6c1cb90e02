// Bearer tokens for integrations: shown once, stored as a hash, revocable. A token acts with the
// rights of the admin who issued it, and stops working when that account is disabled.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { akun, tokenApi } from '../db/schema.ts';
import { randomToken, sha256 } from '../auth/tokens.ts';
import { notFound } from '../errors.ts';
import { loadActor, type Actor } from '../policy/actor.ts';
import { requireAdmin } from '../policy/org.policy.ts';
import { audit } from './audit.ts';
import { todayWib } from '../lib/clock.ts';

const TOKEN_PREFIX = 'ekt_';

const present = (r: typeof tokenApi.$inferSelect) => ({
  id: r.id, nama: r.nama, prefix: r.prefix, createdAt: r.createdAt.toISOString(),
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null,
});

export async function listTokens(db: Db, actor: Actor) {
  const instansiId = requireAdmin(actor);
  const rows = await db.select().from(tokenApi).where(eq(tokenApi.instansiId, instansiId)).orderBy(desc(tokenApi.createdAt));
  return rows.map(present);
}

export async function createToken(db: Db, actor: Actor, nama: string) {
  const instansiId = requireAdmin(actor);
  const token = TOKEN_PREFIX + randomToken();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(tokenApi).values({
      instansiId, nama, tokenHash: sha256(token), prefix: token.slice(0, 10), akunId: actor.akunId, dibuatOleh: actor.akunId,
    }).returning();
    await audit(tx, actor, instansiId, { entitas: 'token_api', entitasId: row!.id, aksi: 'CREATE', sesudah: { nama } });
    return { ...present(row!), token };
  });
}

export async function revokeToken(db: Db, actor: Actor, id: string) {
  const instansiId = requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx.update(tokenApi).set({ revokedAt: new Date() })
      .where(and(eq(tokenApi.instansiId, instansiId), eq(tokenApi.id, id), isNull(tokenApi.revokedAt))).returning();
    if (!row) throw notFound('Token');
    await audit(tx, actor, instansiId, { entitas: 'token_api', entitasId: id, aksi: 'REVOKE' });
  });
}

export async function lookupBearer(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [row] = await db.select({ t: tokenApi, a: akun }).from(tokenApi).innerJoin(akun, eq(akun.id, tokenApi.akunId))
    .where(and(eq(tokenApi.tokenHash, sha256(token)), isNull(tokenApi.revokedAt), eq(akun.aktif, true)));
  if (!row) return null;
  await db.update(tokenApi).set({ lastUsedAt: new Date() }).where(and(eq(tokenApi.instansiId, row.t.instansiId), eq(tokenApi.id, row.t.id)));
  return loadActor(db, row.a, true, todayWib());
}
