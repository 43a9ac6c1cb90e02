// Accepted activities rolled up per pegawai, RHK and month. Recomputed for exactly the keys a change
// touched, in the same transaction, so the rollup never drifts from the activities.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

export interface RekapKey { pegawaiId: string; rhkId: string; tanggal: string }

/** Serialises writers of one pegawai's activities (sorted, so two bulk verifications never deadlock). */
export async function lockPegawai(tx: DbOrTx, instansiId: string, pegawaiIds: Iterable<string>) {
  for (const id of [...new Set(pegawaiIds)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${instansiId + ':' + id}, 0))`);
  }
}

export async function recomputeRekap(tx: DbOrTx, instansiId: string, keys: RekapKey[]) {
  const uniq = new Map(keys.map((k) => [`${k.pegawaiId}|${k.rhkId}|${k.tanggal.slice(0, 7)}`, k]));
  if (!uniq.size) return;
  const values = sql.join([...uniq.values()].map((k) => sql`(${k.pegawaiId}::uuid, ${k.rhkId}::uuid, ${k.tanggal.slice(0, 7) + '-01'}::date)`), sql`, `);
  await tx.execute(sql`with k(pegawai_id, rhk_id, bulan) as (values ${values}),
    agg as (
      select k.pegawai_id, k.rhk_id, k.bulan, count(a.id)::int as banyak, coalesce(sum(a.jumlah), 0) as jumlah, coalesce(sum(a.menit), 0)::int as menit
      from k left join aktivitas a on a.instansi_id = ${instansiId} and a.pegawai_id = k.pegawai_id and a.rhk_id = k.rhk_id
        and a.status = 'DITERIMA' and a.tanggal >= k.bulan and a.tanggal < (k.bulan + interval '1 month')
      group by k.pegawai_id, k.rhk_id, k.bulan
    ),
    gone as (
      delete from aktivitas_rekap r using agg where r.instansi_id = ${instansiId} and r.pegawai_id = agg.pegawai_id
        and r.rhk_id = agg.rhk_id and r.bulan = agg.bulan and agg.banyak = 0
    )
    insert into aktivitas_rekap (instansi_id, pegawai_id, rhk_id, bulan, banyak, jumlah, menit)
    select ${instansiId}, pegawai_id, rhk_id, bulan, banyak, jumlah, menit from agg where banyak > 0
    on conflict (instansi_id, pegawai_id, rhk_id, bulan) do update set banyak = excluded.banyak, jumlah = excluded.jumlah, menit = excluded.menit`);
}
