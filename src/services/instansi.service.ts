// Superadmin: the list of instansi and their first admin. No personal data crosses this boundary.
import { asc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { akun, instansi } from '../db/schema.ts';
import { hashPassword, temporaryPassword } from '../auth/password.ts';
import { invalid } from '../errors.ts';
import { pgCode, UNIQUE_VIOLATION } from '../lib/pg-errors.ts';
import type { Actor } from '../policy/actor.ts';
import { requireSuperadmin } from '../policy/org.policy.ts';
import { audit } from './audit.ts';

const present = (r: typeof instansi.$inferSelect) => ({ id: r.id, kode: r.kode, nama: r.nama, jenis: r.jenis, createdAt: r.createdAt.toISOString() });

export async function listInstansi(db: Db, actor: Actor) {
  requireSuperadmin(actor);
  return (await db.select().from(instansi).orderBy(asc(instansi.nama))).map(present);
}

export async function createInstansi(db: Db, actor: Actor, input: { kode: string; nama: string; jenis: string; adminUsername: string }) {
  requireSuperadmin(actor);
  const passwordSementara = temporaryPassword();
  const passwordHash = await hashPassword(passwordSementara);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(instansi).values({ kode: input.kode, nama: input.nama, jenis: input.jenis }).returning();
      await tx.insert(akun).values({ instansiId: row!.id, username: input.adminUsername, passwordHash, peran: ['ADMIN'], wajibGantiPassword: true });
      await audit(tx, actor, row!.id, { entitas: 'instansi', entitasId: row!.id, aksi: 'CREATE', sesudah: present(row!) });
      return { ...present(row!), adminUsername: input.adminUsername, passwordSementara };
    });
  } catch (e) {
    if (pgCode(e) === UNIQUE_VIOLATION) {
      const c = String((e as { cause?: { constraint?: string } }).cause?.constraint ?? '');
      throw invalid(c.includes('username') ? { adminUsername: 'Nama akun sudah dipakai' } : { kode: 'Kode instansi sudah dipakai' });
    }
    throw e;
  }
}
