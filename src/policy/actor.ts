// Who is calling: account, tenant, own pegawai record and roles. Roles ATASAN and PIMPINAN are
// derived from the org tree on every request, never stored, so a mutasi takes effect at once.
import { and, eq, isNull, lte, or, gte, sql } from 'drizzle-orm';
import type { Peran } from '../contracts/auth.ts';
import type { DbOrTx } from '../db/client.ts';
import { akun, jabatan, pegawai, penugasan, unitKerja } from '../db/schema.ts';
import { forbidden } from '../errors.ts';

export interface Actor {
  akunId: string;
  username: string;
  instansiId: string | null;
  pegawaiId: string | null;
  peran: ReadonlySet<Peran>;
  /** Paths of the units this person leads (definitively or as Plt/Plh). */
  ledUnitPaths: readonly string[];
  wajibGantiPassword: boolean;
  viaToken: boolean;
}

export type AkunRow = typeof akun.$inferSelect;

export async function loadActor(db: DbOrTx, a: AkunRow, viaToken: boolean, today: string): Promise<Actor> {
  const peran = new Set<Peran>();
  for (const p of a.peran) if (p === 'ADMIN' || p === 'SUPERADMIN') peran.add(p);
  let ledUnitPaths: string[] = [];
  if (a.pegawaiId && a.instansiId) {
    peran.add('PEGAWAI');
    const i = a.instansiId;
    const led = await db
      .selectDistinct({ path: unitKerja.path })
      .from(jabatan)
      .innerJoin(unitKerja, and(eq(unitKerja.instansiId, jabatan.instansiId), eq(unitKerja.id, jabatan.unitKerjaId)))
      .where(and(
        eq(jabatan.instansiId, i),
        eq(jabatan.kepalaUnit, true),
        or(
          sql`${jabatan.id} = (select jabatan_id from pegawai where instansi_id = ${i} and id = ${a.pegawaiId} and status = 'AKTIF')`,
          sql`${jabatan.id} in (select ${penugasan.jabatanId} from ${penugasan} where ${and(
            eq(penugasan.instansiId, i), eq(penugasan.pegawaiId, a.pegawaiId), lte(penugasan.mulai, today),
            or(isNull(penugasan.selesai), gte(penugasan.selesai, today)))})`,
        ),
      ));
    ledUnitPaths = led.map((r) => r.path);
    if (ledUnitPaths.length) peran.add('PIMPINAN');
    const [sub] = await db.select({ one: sql<number>`1` }).from(pegawai)
      .where(and(eq(pegawai.instansiId, i), eq(pegawai.atasanId, a.pegawaiId))).limit(1);
    if (sub) peran.add('ATASAN');
  }
  return {
    akunId: a.id, username: a.username, instansiId: a.instansiId, pegawaiId: a.pegawaiId, peran,
    ledUnitPaths, wajibGantiPassword: a.wajibGantiPassword, viaToken,
  };
}

export const isAdmin = (actor: Actor) => actor.peran.has('ADMIN') && actor.instansiId !== null;

/** The tenant of the caller; superadmins and accounts without one have no tenant data. */
export function tenantOf(actor: Actor): string {
  if (!actor.instansiId) throw forbidden('Akun ini tidak terikat pada instansi');
  return actor.instansiId;
}
