// Daily reminders: pegawai with working days left without activities, and atasan with a verification
// queue that has waited too long. One set-based statement per instansi and kind; the unique `kunci`
// makes a repeated run (retry, second process, restart) create nothing new.
import { inArray, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Job } from 'pg-boss';
import type { Config } from '../config.ts';
import { queryRows, type Db } from '../db/client.ts';
import { instansi } from '../db/schema.ts';
import { todayWib } from '../lib/clock.ts';
import { hariKerjaList, isHariKerja } from '../services/kalender.service.ts';

export interface PengingatOptions {
  /** Working days before today that must each have at least one activity. */
  hariKosong: number;
  /** A waiting activity older than this many days is reminded to the atasan. */
  antrianHari: number;
  /** Limits the run to these instansi (a re-run for one tenant); all when absent. */
  instansiIds?: readonly string[];
}

export interface PengingatHasil {
  /** Instansi for which today is a working day and reminders were made. */
  instansi: number;
  /** Instansi skipped because today is a day off there. */
  libur: number;
  aktivitasKosong: number;
  antrianVerifikasi: number;
}

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** "Senin, 23 November 2026" from YYYY-MM-DD, without depending on the runtime's locale data. */
export function tanggalPanjang(tanggal: string): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  return `${HARI[d.getUTCDay()]}, ${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function tambahHari(tanggal: string, n: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The last `n` working days before `today`, oldest first. */
export async function hariKerjaSebelum(db: Db, instansiId: string, today: string, n: number): Promise<string[]> {
  // Generous window: the longest national break (Idulfitri with cuti bersama) is about ten days.
  const days = await hariKerjaList(db, instansiId, tambahHari(today, -(n * 2 + 14)), tambahHari(today, -1));
  return [...days].sort().slice(-n);
}

/** Reminds every AKTIF pegawai of the given days on which they logged nothing and were not on leave. */
export async function pengingatAktivitasKosong(db: Db, instansiId: string, today: string, hari: readonly string[]): Promise<number> {
  if (!hari.length) return 0;
  const values = sql.join(hari.map((h) => sql`(${h}::date, ${tanggalPanjang(h)}::text)`), sql`, `);
  const [r] = await queryRows<{ n: number }>(db, sql`
    with hari(tanggal, label) as (values ${values}),
    kosong as (
      select p.id as pegawai_id, string_agg(h.label, '; ' order by h.tanggal) as daftar
      from pegawai p cross join hari h
      where p.instansi_id = ${instansiId} and p.status = 'AKTIF'
        and not exists (select 1 from aktivitas a where a.instansi_id = p.instansi_id and a.pegawai_id = p.id and a.tanggal = h.tanggal
          and a.status <> 'DITOLAK')
        and not exists (select 1 from cuti c where c.instansi_id = p.instansi_id and c.pegawai_id = p.id and h.tanggal between c.mulai and c.selesai)
      group by p.id
    ),
    baru as (
      insert into notifikasi (instansi_id, pegawai_id, jenis, judul, isi, tautan, kunci)
      select ${instansiId}, k.pegawai_id, 'AKTIVITAS_KOSONG', 'Aktivitas belum diisi',
        'Anda belum mengisi aktivitas harian pada ' || k.daftar || '.', '/aktivitas', ${`aktivitas-kosong:${today}`}::text
      from kosong k
      on conflict (instansi_id, pegawai_id, kunci) do nothing
      returning 1
    )
    select count(*)::int as n from baru`);
  return r?.n ?? 0;
}

/** Tells each atasan how many activities of their direct bawahan have waited more than `antrianHari` days. */
export async function pengingatAntrianVerifikasi(db: Db, instansiId: string, today: string, antrianHari: number): Promise<number> {
  // Calendar days in WIB: created on the 21st is 4 days old on the 25th, created on the 22nd only 3.
  const batas = tambahHari(today, -antrianHari);
  const [r] = await queryRows<{ n: number }>(db, sql`
    with antrian as (
      select p.atasan_id as pegawai_id, count(*)::int as n
      from aktivitas a
      join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
      join pegawai atasan on atasan.instansi_id = p.instansi_id and atasan.id = p.atasan_id and atasan.status = 'AKTIF'
      where a.instansi_id = ${instansiId} and a.status = 'MENUNGGU'
        and (a.created_at at time zone 'Asia/Jakarta')::date < ${batas}::date
      group by p.atasan_id
    ),
    baru as (
      insert into notifikasi (instansi_id, pegawai_id, jenis, judul, isi, tautan, kunci)
      select ${instansiId}, q.pegawai_id, 'ANTRIAN_VERIFIKASI', q.n::text || ' aktivitas menunggu verifikasi',
        'Ada ' || q.n::text || ' aktivitas bawahan langsung Anda yang menunggu verifikasi lebih dari ' || ${String(antrianHari)}::text || ' hari.',
        '/verifikasi', ${`antrian:${today}`}::text
      from antrian q
      on conflict (instansi_id, pegawai_id, kunci) do nothing
      returning 1
    )
    select count(*)::int as n from baru`);
  return r?.n ?? 0;
}

/** One reminder run for `today` (YYYY-MM-DD, WIB) over every instansi; quiet where today is a day off. */
export async function jalankanPengingat(db: Db, today: string, opts: PengingatOptions): Promise<PengingatHasil> {
  const hasil: PengingatHasil = { instansi: 0, libur: 0, aktivitasKosong: 0, antrianVerifikasi: 0 };
  const rows = await db.select({ id: instansi.id }).from(instansi)
    .where(opts.instansiIds ? inArray(instansi.id, [...opts.instansiIds]) : undefined);
  for (const { id } of rows) {
    if (!(await isHariKerja(db, id, today))) { hasil.libur++; continue; }
    hasil.instansi++;
    hasil.aktivitasKosong += await pengingatAktivitasKosong(db, id, today, await hariKerjaSebelum(db, id, today, opts.hariKosong));
    hasil.antrianVerifikasi += await pengingatAntrianVerifikasi(db, id, today, opts.antrianHari);
  }
  return hasil;
}

export type JobLog = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** Job data of a reminder run; a date or a single instansi is only for a manual re-run. */
export interface PengingatData { tanggal?: string; instansiId?: string }

/** The pg-boss handler of the daily run; `afterRun` queues the e-mail copies. */
export function pengingatWorker(db: Db, config: Pick<Config, 'PENGINGAT_HARI_KOSONG' | 'PENGINGAT_ANTRIAN_HARI'>, log: JobLog, afterRun?: () => Promise<unknown>) {
  return async ([job]: Job<PengingatData>[]): Promise<PengingatHasil> => {
    const today = job?.data?.tanggal ?? todayWib();
    const hasil = await jalankanPengingat(db, today, {
      hariKosong: config.PENGINGAT_HARI_KOSONG, antrianHari: config.PENGINGAT_ANTRIAN_HARI,
      ...(job?.data?.instansiId ? { instansiIds: [job.data.instansiId] } : {}),
    });
    log.info({ today, ...hasil }, 'pengingat harian selesai');
    await afterRun?.();
    return hasil;
  };
}
