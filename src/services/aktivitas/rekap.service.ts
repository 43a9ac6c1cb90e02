// The monthly realisation feed: accepted activities per RHK per month, read from the rollup.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { canSeePegawai } from '../../policy/org.policy.ts';

export async function rekapAktivitas(db: Db, actor: Actor, pegawaiId: string | undefined, tahun: number) {
  const instansiId = tenantOf(actor);
  const who = pegawaiId ?? actor.pegawaiId;
  if (!who) throw notFound('Pegawai');
  if (!(await canSeePegawai(db, actor, who))) throw notFound('Pegawai');
  const rows = await queryRows<{ rhk_id: string; uraian: string; bulan: string; banyak: number; jumlah: number; menit: number }>(db, sql`
    select k.rhk_id, r.uraian, k.bulan::text as bulan, k.banyak, k.jumlah, k.menit from aktivitas_rekap k
    join rhk r on r.instansi_id = k.instansi_id and r.id = k.rhk_id
    where k.instansi_id = ${instansiId} and k.pegawai_id = ${who} and k.bulan >= ${`${tahun}-01-01`} and k.bulan <= ${`${tahun}-12-01`}
    order by r.uraian, k.bulan`);
  return rows.map((r) => ({ rhkId: r.rhk_id, rhkUraian: r.uraian, bulan: Number(r.bulan.slice(5, 7)), banyak: r.banyak, jumlah: Number(r.jumlah), menit: r.menit }));
}
