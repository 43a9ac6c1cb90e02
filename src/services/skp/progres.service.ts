// Admin view of SKP progress across the instansi: per unit, how many pegawai have not started,
// are drafting, have submitted, or are approved (latest version of each pegawai's SKP).
import { sql } from 'drizzle-orm';
import { STATUS_SKP_BAWAHAN } from '../../contracts/skp.ts';
import { queryRows, type Db } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { requireAdmin } from '../../policy/org.policy.ts';
import { loadPeriode } from './skp-context.ts';

type Status = (typeof STATUS_SKP_BAWAHAN)[number];
const zero = () => Object.fromEntries(STATUS_SKP_BAWAHAN.map((s) => [s, 0])) as Record<Status, number>;

export async function progresSkp(db: Db, actor: Actor, periodeId: string) {
  const instansiId = requireAdmin(actor);
  await loadPeriode(db, instansiId, periodeId);
  const rows = await queryRows<{ unit_id: string; nama: string; level: number; status: Status; n: number }>(db, sql`
    select u.id as unit_id, u.nama, u.level, coalesce(s.status, 'BELUM_MULAI') as status, count(*)::int as n
    from pegawai p join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id
    left join lateral (select status from skp where instansi_id = p.instansi_id and pegawai_id = p.id and periode_id = ${periodeId}
      order by versi desc limit 1) s on true
    where p.instansi_id = ${instansiId} and p.status = 'AKTIF'
    group by u.id, u.nama, u.level, u.path, coalesce(s.status, 'BELUM_MULAI') order by u.path`);
  const total = zero();
  const unit = new Map<string, { unitKerjaId: string; nama: string; level: number; jumlah: Record<Status, number> }>();
  for (const r of rows) {
    const u = unit.get(r.unit_id) ?? { unitKerjaId: r.unit_id, nama: r.nama, level: r.level, jumlah: zero() };
    u.jumlah[r.status] += r.n;
    total[r.status] += r.n;
    unit.set(r.unit_id, u);
  }
  return { total, unit: [...unit.values()] };
}
