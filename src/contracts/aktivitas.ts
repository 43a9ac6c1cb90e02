// Daily activities: entry, offline sync, verification by the atasan, evidence and the monthly rollup.
import { z } from 'zod';
import { IsoDate, Uuid } from './common.ts';

export const STATUS_AKTIVITAS = ['MENUNGGU', 'DITERIMA', 'DITOLAK'] as const;
export type StatusAktivitas = (typeof STATUS_AKTIVITAS)[number];

const jam = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} harus berformat JJ:MM (00:00–23:59)`);

export const AktivitasInput = z.object({
  /** Made by the client so an offline entry synced twice is written once. */
  id: Uuid.optional(),
  tanggal: IsoDate.describe('Tanggal aktivitas (YYYY-MM-DD)'),
  rhkId: Uuid,
  rencanaAksiId: Uuid.nullable().default(null),
  uraian: z.string().trim().min(3, 'Tulis apa yang dikerjakan (paling sedikit 3 karakter)').max(2000, 'Uraian paling banyak 2000 karakter'),
  jumlah: z.number({ error: 'Jumlah output harus angka' }).finite().min(0, 'Jumlah output tidak boleh negatif').max(1e9).nullable().default(null),
  satuan: z.string().trim().max(100).nullable().default(null),
  jamMulai: jam('Jam mulai').nullable().default(null),
  jamSelesai: jam('Jam selesai').nullable().default(null),
  menit: z.number({ error: 'Durasi harus angka (menit)' }).int('Durasi dalam menit bulat').min(1, 'Durasi paling sedikit 1 menit').max(1440, 'Durasi paling lama 24 jam').nullable().default(null),
}).superRefine((v, ctx) => {
  if (v.jamMulai && v.jamSelesai && v.jamSelesai <= v.jamMulai) {
    ctx.addIssue({ code: 'custom', path: ['jamSelesai'], message: 'Jam selesai harus setelah jam mulai' });
  }
  if ((v.jamMulai === null) !== (v.jamSelesai === null)) {
    ctx.addIssue({ code: 'custom', path: [v.jamMulai ? 'jamSelesai' : 'jamMulai'], message: 'Isi jam mulai dan jam selesai, atau isi durasi saja' });
  }
  if (v.menit === null && !(v.jamMulai && v.jamSelesai)) {
    ctx.addIssue({ code: 'custom', path: ['menit'], message: 'Isi durasi (menit) atau jam mulai dan selesai' });
  }
  if (v.jumlah !== null && !v.satuan) ctx.addIssue({ code: 'custom', path: ['satuan'], message: 'Isi satuan output (misalnya dokumen, laporan, orang)' });
});
export type AktivitasInput = z.input<typeof AktivitasInput>;
export type AktivitasValues = z.output<typeof AktivitasInput>;

export const AktivitasUpdate = z.intersection(AktivitasInput, z.object({ version: z.number().int() }));

export const Bukti = z.object({
  id: Uuid, jenis: z.enum(['BERKAS', 'TAUTAN']), nama: z.string(), mime: z.string().nullable(),
  ukuran: z.number().int().nullable(), url: z.string().nullable(),
});
export type Bukti = z.infer<typeof Bukti>;

export const Aktivitas = z.object({
  id: Uuid, pegawaiId: Uuid, tanggal: z.string(), rhkId: Uuid, rhkUraian: z.string(),
  rencanaAksiId: Uuid.nullable(), rencanaAksiUraian: z.string().nullable(),
  uraian: z.string(), jumlah: z.number().nullable(), satuan: z.string().nullable(),
  jamMulai: z.string().nullable(), jamSelesai: z.string().nullable(), menit: z.number().int(),
  status: z.enum(STATUS_AKTIVITAS), catatanVerifikasi: z.string().nullable(), diverifikasiAt: z.string().nullable(),
  bukti: z.array(Bukti), version: z.number().int(), updatedAt: z.string(),
});
export type Aktivitas = z.infer<typeof Aktivitas>;

export const AktivitasQuery = z.object({
  pegawaiId: Uuid.optional(),
  dari: IsoDate,
  sampai: IsoDate,
  status: z.enum(STATUS_AKTIVITAS).optional(),
});

/** Offline batch: each item is written at most once by its client id; `version` is the copy the client edited. */
export const SinkronItem = z.object({
  id: Uuid,
  hapus: z.boolean().default(false),
  version: z.number().int().nullable().default(null),
  data: z.unknown().optional(),
});
export const SinkronRequest = z.object({ items: z.array(SinkronItem).min(1).max(500, 'Paling banyak 500 aktivitas per sinkron') });
export const HASIL_SINKRON = ['DIBUAT', 'DIPERBARUI', 'DIHAPUS', 'SAMA', 'KONFLIK', 'DITOLAK'] as const;
export const SinkronResult = z.object({
  hasil: z.array(z.object({
    id: Uuid, hasil: z.enum(HASIL_SINKRON), pesan: z.string().nullable(),
    fields: z.record(z.string(), z.string()).nullable(), aktivitas: Aktivitas.nullable(),
  })),
});
export type SinkronResult = z.infer<typeof SinkronResult>;

export const VerifikasiRequest = z.object({
  ids: z.array(Uuid).min(1, 'Pilih paling sedikit satu aktivitas').max(2000, 'Paling banyak 2000 aktivitas sekali verifikasi'),
  status: z.enum(['diterima', 'ditolak'], 'Status harus diterima atau ditolak'),
  catatan: z.string().trim().max(2000).nullable().default(null),
}).superRefine((v, ctx) => {
  if (v.status === 'ditolak' && !v.catatan) ctx.addIssue({ code: 'custom', path: ['catatan'], message: 'Tulis catatan agar pegawai tahu apa yang perlu diperbaiki' });
});
export const VerifikasiResult = z.object({
  diproses: z.array(Uuid),
  gagal: z.array(z.object({ id: Uuid, alasan: z.string() })),
});

export const AntrianQuery = z.object({ pegawaiId: Uuid.optional(), sampai: IsoDate.optional() });
export const Antrian = z.array(z.object({
  pegawai: z.object({ id: Uuid, nama: z.string(), nip: z.string(), jabatan: z.string() }),
  jumlah: z.number().int(),
  tertua: z.string(),
  hari: z.array(z.object({ tanggal: z.string(), aktivitas: z.array(Aktivitas) })),
}));

export const RekapQuery = z.object({ pegawaiId: Uuid.optional(), tahun: z.coerce.number().int().min(2022).max(2100) });
export const Rekap = z.array(z.object({
  rhkId: Uuid, rhkUraian: z.string(), bulan: z.number().int(), banyak: z.number().int(), jumlah: z.number(), menit: z.number().int(),
}));

export const PilihanRhkQuery = z.object({ tanggal: IsoDate });
export const PilihanRhk = z.array(z.object({
  rhkId: Uuid, uraian: z.string(), jenis: z.enum(['UTAMA', 'TAMBAHAN']), terakhirDipakai: z.string().nullable(),
  satuan: z.string().nullable(),
  rencanaAksi: z.array(z.object({ id: Uuid, bulan: z.number().int(), uraian: z.string() })),
}));

export const BuktiParams = z.object({ id: Uuid, buktiId: Uuid });
export const BuktiQuery = z.object({ nama: z.string().trim().min(1).max(200) });
export const TautanRequest = z.object({
  nama: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/, error: 'Tautan harus alamat http:// atau https:// yang valid' }),
});
export const MAX_BUKTI_BYTES = 5 * 1024 * 1024;
