// Accounts made by the admin for pegawai (and for a new instansi's first admin): a temporary
// password shown once, which must be changed at first login.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { akun, pegawai, sesi } from '../db/schema.ts';
import { hashPassword, temporaryPassword } from '../auth/password.ts';
import { notFound } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import { requireAdmin } from '../policy/org.policy.ts';
import { audit } from './audit.ts';

export async function issuePegawaiAccount(db: Db, actor: Actor, pegawaiId: string) {
  const instansiId = requireAdmin(actor);
  const passwordSementara = temporaryPassword();
  const passwordHash = await hashPassword(passwordSementara);
  return db.transaction(async (tx) => {
    const [p] = await tx.select({ id: pegawai.id, nip: pegawai.nip }).from(pegawai)
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, pegawaiId)));
    if (!p) throw notFound('Pegawai');
    const [row] = await tx.insert(akun).values({
      instansiId, pegawaiId, username: p.nip, passwordHash, wajibGantiPassword: true,
    }).onConflictDoUpdate({
      target: akun.username,
      set: { passwordHash, wajibGantiPassword: true, gagalLogin: 0, terkunciSampai: null, aktif: true },
      setWhere: sql`${akun.pegawaiId} = ${pegawaiId} and ${akun.instansiId} = ${instansiId}`,
    }).returning({ id: akun.id });
    if (!row) throw notFound('Pegawai');
    await tx.delete(sesi).where(eq(sesi.akunId, row.id));
    await audit(tx, actor, instansiId, { entitas: 'akun', entitasId: row.id, aksi: 'RESET_PASSWORD', sesudah: { pegawaiId, username: p.nip } });
    return { username: p.nip, passwordSementara };
  });
}
