// Who may do what with org master data. Every route asks here; reads are scoped by building the
// where-clause from the caller, so a record outside the caller's reach is simply not found.
import { sql, type SQL } from 'drizzle-orm';
import { forbidden } from '../errors.ts';
import { isAdmin, tenantOf, type Actor } from './actor.ts';

/** Unit tree and positions are not personal data: anyone in the instansi may read them. */
export const canReadStructure = (actor: Actor) => tenantOf(actor);

/** Master data writes, imports, accounts and tokens: admin kepegawaian of this instansi only. */
export function requireAdmin(actor: Actor): string {
  const instansiId = tenantOf(actor);
  if (!isAdmin(actor)) throw forbidden('Hanya admin kepegawaian yang dapat melakukan tindakan ini');
  return instansiId;
}

export function requireSuperadmin(actor: Actor): void {
  if (!actor.peran.has('SUPERADMIN')) throw forbidden('Hanya superadmin yang dapat mengelola instansi');
}

/**
 * Pegawai rows the caller may read, as a condition on alias `p` (pegawai) and `u` (its unit):
 * admin → whole instansi; everyone else → self, the chain below them by atasan, and the subtree
 * of units they lead (also as Plt/Plh).
 */
export function pegawaiVisibleSql(actor: Actor): SQL {
  const instansiId = tenantOf(actor);
  if (isAdmin(actor)) return sql`p.instansi_id = ${instansiId}`;
  const me = actor.pegawaiId;
  if (!me) return sql`false`;
  const chain = sql`p.id in (with recursive bawah(id) as (
      select id from pegawai where instansi_id = ${instansiId} and atasan_id = ${me}
      union
      select c.id from pegawai c join bawah b on c.atasan_id = b.id where c.instansi_id = ${instansiId}
    ) select id from bawah)`;
  const units = actor.ledUnitPaths.length
    ? sql` or ${sql.join(actor.ledUnitPaths.map((pth) => sql`u.path like ${pth + '%'}`), sql` or `)}`
    : sql``;
  return sql`p.instansi_id = ${instansiId} and (p.id = ${me} or ${chain}${units})`;
}
