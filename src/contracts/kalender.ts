// Working-day calendar: national and instansi days off, pegawai leave, and one pegawai's month.
import { z } from 'zod';
import { PageQuery, paged, Uuid } from './common.ts';
import { JENIS_CUTI, JENIS_HARI, JENIS_LIBUR, JENIS_LIBUR_NASIONAL, STATUS_HARI } from './kalender-values.ts';

export * from './kalender-values.ts';

/** A date in the years the calendar covers, so a typo such as 0226 is caught at once. */
const tanggal = (label: string) => z.iso.date(`${label} harus tanggal yang valid (YYYY-MM-DD)`)
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', `${label} harus antara tahun 2000 dan 2100`);
const nama = (label: string) => z.string({ error: `${label} wajib diisi` }).trim()
  .min(3, `${label} minimal 3 karakter`).max(200, `${label} paling banyak 200 karakter`);

export const TahunQuery = z.object({
  tahun: z.coerce.number({ error: 'Tahun harus angka' }).int('Tahun harus angka bulat')
    .min(2000, 'Tahun minimal 2000').max(2100, 'Tahun maksimal 2100').optional(),
});
export const BulanQuery = z.object({
  bulan: z.string({ error: 'Bulan wajib diisi (YYYY-MM)' }).regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, 'Bulan harus berformat YYYY-MM'),
});
export const TanggalParams = z.object({ tanggal: tanggal('Tanggal') });

export const HariLibur = z.object({
  tanggal: z.string(), nama: z.string(), jenis: z.enum(JENIS_LIBUR), sumber: z.string().nullable(),
});
export type HariLibur = z.infer<typeof HariLibur>;

export const HariLiburInstansiInput = z.object({ tanggal: tanggal('Tanggal'), nama: nama('Nama hari libur') });
export type HariLiburInstansiInput = z.input<typeof HariLiburInstansiInput>;

export const HariLiburNasionalInput = z.object({
  tanggal: tanggal('Tanggal'),
  nama: nama('Nama hari libur'),
  jenis: z.enum(JENIS_LIBUR_NASIONAL, 'Jenis harus LIBUR_NASIONAL atau CUTI_BERSAMA'),
  sumber: z.string().trim().max(200, 'Sumber paling banyak 200 karakter').nullable().default(null),
});
export type HariLiburNasionalInput = z.input<typeof HariLiburNasionalInput>;

export const Cuti = z.object({
  id: Uuid, pegawaiId: Uuid, pegawaiNama: z.string(), pegawaiNip: z.string(),
  jenis: z.enum(JENIS_CUTI), mulai: z.string(), selesai: z.string(), keterangan: z.string().nullable(),
  /** Working days inside the leave (PP 11/2017 counts cuti tahunan in working days). */
  hariKerja: z.number().int(),
});
export type Cuti = z.infer<typeof Cuti>;

/** Newest first, a page at a time: a large instansi records thousands of leave days a year. */
export const CutiQuery = PageQuery.extend({ pegawaiId: Uuid.optional(), tahun: TahunQuery.shape.tahun });
export const CutiPage = paged(Cuti);
export type CutiPage = z.infer<typeof CutiPage>;

export const CutiInput = z.object({
  pegawaiId: z.uuid('Pilih pegawai'),
  jenis: z.enum(JENIS_CUTI, 'Jenis cuti tidak dikenal'),
  mulai: tanggal('Tanggal mulai'),
  selesai: tanggal('Tanggal selesai'),
  keterangan: z.string().trim().max(500, 'Keterangan paling banyak 500 karakter').nullable().default(null),
}).superRefine((v, ctx) => {
  if (v.selesai < v.mulai) ctx.addIssue({ code: 'custom', path: ['selesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' });
});
export type CutiInput = z.input<typeof CutiInput>;

export const HariKalender = z.object({
  tanggal: z.string(),
  jenis: z.enum(JENIS_HARI),
  namaLibur: z.string().nullable(),
  cuti: z.enum(JENIS_CUTI).nullable(),
  aktivitas: z.object({ menunggu: z.number().int(), diterima: z.number().int(), ditolak: z.number().int() }),
  /** Minutes of the activities that still count (not DITOLAK). */
  menit: z.number().int(),
  status: z.enum(STATUS_HARI),
});
export type HariKalender = z.infer<typeof HariKalender>;

export const KalenderPegawai = z.object({
  pegawai: z.object({ id: Uuid, namaLengkap: z.string(), nipTampil: z.string() }),
  bulan: z.string(),
  /** Today in WIB: the line between KOSONG and AKAN_DATANG. */
  hariIni: z.string(),
  hari: z.array(HariKalender),
  ringkasan: z.object({ hariKerja: z.number().int(), terisi: z.number().int(), kosong: z.number().int(), cuti: z.number().int() }),
});
export type KalenderPegawai = z.infer<typeof KalenderPegawai>;
