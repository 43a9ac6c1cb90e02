// Who is calling: account, tenant, own pegawai record and roles. Roles ATASAN and PIMPINAN are
// derived from the org tree on every request, never stored, so a mutasi takes effect at once.
import { sql, type SQL } from 'drizzle-orm';
import type { Peran } from '../contracts/auth.ts';
import { queryRows, type DbOrTx } from '../db/client.ts';
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

export interface ActorFacts { paths: string[] | null; has_sub: boolean }

/**
 * The units a pegawai heads (definitively or as Plt/Plh today) and whether anyone reports to them,
 * as two select columns, so a session lookup can fetch them in the same round trip.
 */
export function actorFactsColumns(instansiId: SQL, pegawaiId: SQL, today: string): SQL {
  return sql`array(select distinct u.path from ${jabatan} j
      join ${unitKerja} u on u.instansi_id = j.instansi_id and u.id = j.unit_kerja_id
      where j.instansi_id = ${instansiId} and j.kepala_unit and (
        j.id = (select jabatan_id from pegawai where instansi_id = ${instansiId} and id = ${pegawaiId} and status = 'AKTIF')
        or j.id in (select jabatan_id from ${penugasan} pn where pn.instansi_id = ${instansiId} and pn.pegawai_id = ${pegawaiId}
          and pn.mulai <= ${today} and (pn.selesai is null or pn.selesai >= ${today})))) as paths,
    exists (select 1 from ${pegawai} where instansi_id = ${instansiId} and atasan_id = ${pegawaiId}) as has_sub`;
}

export async function loadActor(db: DbOrTx, a: AkunRow, viaToken: boolean, today: string, pre?: ActorFacts): Promise<Actor> {
  const peran = new Set<Peran>();
  for (const p of a.peran) if (p === 'ADMIN' || p === 'SUPERADMIN') peran.add(p);
  let ledUnitPaths: string[] = [];
  if (a.pegawaiId && a.instansiId) {
    peran.add('PEGAWAI');
    const i = a.instansiId;
    const [facts] = pre ? [pre] : await queryRows<ActorFacts>(db, sql`select ${actorFactsColumns(sql`${i}`, sql`${a.pegawaiId}`, today)}`);
    ledUnitPaths = facts?.paths ?? [];
    if (ledUnitPaths.length) peran.add('PIMPINAN');
    if (facts?.has_sub) peran.add('ATASAN');
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
