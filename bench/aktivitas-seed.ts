// A kabupaten's year of daily activities, written straight into the tables with SQL, so the
// activity benchmark enters its entries into tables and indexes of the size they have in use
// (design: 10,000 pegawai, ~7 million activities a year) rather than into empty ones.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { queryRows } from '../src/db/client.ts';

export interface SeededYear { periodeId: string; tahun: number; aktivitas: number; seconds: number }

/**
 * For every pegawai of the instansi: an approved SKP of last year with 3 RHK, and about
 * `perDay` activities on each Monday–Friday (a whole number per day, drawn so the mean is
 * `perDay`), each with its audit row, all accepted but most of the last two weeks' (the atasan's
 * queue); the daily totals behind the 24-hour cap and the monthly rollup of the accepted ones are
 * filled from them. Triggers are off while the rows go in (the totals are written once, afterwards;
 * this takes a superuser, as the bench's own databases have), and the tables are vacuumed and
 * analysed at the end, as they would be in use.
 */
export async function seedYear(db: Db, instansiId: string, perDay: number): Promise<SeededYear> {
  const t0 = performance.now();
  const tahun = new Date().getFullYear() - 1;
  const mulai = `${tahun}-01-01`; const selesai = `${tahun}-12-31`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql`insert into periode (instansi_id, tahun, mulai, selesai, pendekatan, frekuensi)
      values (${instansiId}, ${tahun}, ${mulai}, ${selesai}, 'KUALITATIF', 'TRIWULAN')`);
    await tx.execute(sql`insert into skp (instansi_id, periode_id, pegawai_id, model, pendekatan, status, mulai, selesai, disetujui_at)
      select p.instansi_id, pr.id, p.id, 'JA_JF', 'KUALITATIF', 'DISETUJUI', pr.mulai, pr.selesai, now()
      from pegawai p join periode pr on pr.instansi_id = p.instansi_id and pr.tahun = ${tahun}
      where p.instansi_id = ${instansiId}`);
    await tx.execute(sql`insert into rhk (instansi_id, skp_id, urutan, jenis, uraian)
      select s.instansi_id, s.id, g, 'UTAMA', 'Hasil kerja ' || g from skp s, generate_series(1, 3) g where s.instansi_id = ${instansiId}`);
    // Entries per day: floor(perDay + u), u uniform in [0, 1) from a hash of pegawai and day. Ids are
    // UUID v7 of the time each was made, as the app makes them, and rows go in in that order.
    await tx.execute(sql`insert into aktivitas (instansi_id, id, pegawai_id, tanggal, rhk_id, uraian, jumlah, satuan, menit, status, diverifikasi_at, created_at, updated_at)
      select instansi_id, (lpad(to_hex((extract(epoch from made) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3)
          || substr('89ab', 1 + get_byte(decode(substr(h, 4, 2), 'hex'), 0) % 4, 1) || substr(h, 6, 15))::uuid,
        pegawai_id, d::date, rhk_id, 'Menyusun laporan kegiatan harian', 1, 'laporan', 30 + (k * 37) % 90,
        case when d < ${selesai}::date - 14 or k = 2 then 'DITERIMA' else 'MENUNGGU' end,
        case when d < ${selesai}::date - 14 or k = 2 then d + interval '1 day' end, made, made
      from (select s.instansi_id, s.pegawai_id, d, k, r.ids[1 + k % 3] as rhk_id, md5(random()::text) as h,
          d + interval '8 hours' + (k * 2) * interval '1 hour' + (abs(hashtext(s.pegawai_id::text)) % 3600) * interval '1 second' as made
        from skp s
        cross join lateral (select array_agg(id order by urutan) as ids from rhk where rhk.instansi_id = s.instansi_id and rhk.skp_id = s.id) r
        cross join generate_series(s.mulai::timestamp, s.selesai::timestamp, interval '1 day') d
        cross join lateral generate_series(1, floor(${perDay}::float8 + (abs(hashtext(s.pegawai_id::text || d::text)) % 1000) / 1000.0)::int) k
        where s.instansi_id = ${instansiId} and extract(isodow from d) < 6) x
      order by made`);
    await tx.execute(sql`insert into audit_log (instansi_id, at, entitas, entitas_id, aksi, sesudah)
      select instansi_id, created_at, 'aktivitas', id::text, 'CREATE', jsonb_build_object('id', id, 'tanggal', tanggal, 'menit', menit)
      from aktivitas where instansi_id = ${instansiId} order by created_at`);
    await tx.execute(sql`insert into aktivitas_hari (instansi_id, pegawai_id, tanggal, menit)
      select instansi_id, pegawai_id, tanggal, sum(menit) from aktivitas where instansi_id = ${instansiId} group by 1, 2, 3`);
    await tx.execute(sql`insert into aktivitas_rekap (instansi_id, pegawai_id, rhk_id, bulan, banyak, jumlah, menit)
      select instansi_id, pegawai_id, rhk_id, date_trunc('month', tanggal)::date, count(*)::int, coalesce(sum(jumlah), 0), sum(menit)::int
      from aktivitas where instansi_id = ${instansiId} and status = 'DITERIMA' group by 1, 2, 3, 4`);
  });
  for (const t of ['periode', 'skp', 'rhk', 'aktivitas', 'aktivitas_hari', 'aktivitas_rekap', 'audit_log']) await db.execute(sql.raw(`vacuum analyze ${t}`));
  const [n] = await queryRows<{ n: number; periode_id: string }>(db, sql`select count(*)::int as n, (select id from periode where instansi_id = ${instansiId} and tahun = ${tahun}) as periode_id
    from aktivitas where instansi_id = ${instansiId}`);
  return { periodeId: n!.periode_id, tahun, aktivitas: n!.n, seconds: (performance.now() - t0) / 1000 };
}
