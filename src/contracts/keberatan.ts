// Keberatan: the pegawai's objection to a FINAL annual evaluation (PP 30/2019; skp-rules.md §2.1:
// FINAL → KEBERATAN_DIAJUKAN → KEBERATAN_DIPUTUS). Decided by the atasan pejabat penilai; when granted
// the ratings change through a new frozen document, never by editing the old one.
import { z } from 'zod';
import { PREDIKAT_KINERJA, RATINGS } from '../domain/enums.ts';
import { Uuid } from './common.ts';
import { PegawaiRingkas } from './skp.ts';

export const STATUS_KEBERATAN = ['DIAJUKAN', 'DIPUTUS'] as const;
export type StatusKeberatan = (typeof STATUS_KEBERATAN)[number];
export const KEPUTUSAN_KEBERATAN = ['DITOLAK', 'DIKABULKAN'] as const;
export type KeputusanKeberatan = (typeof KEPUTUSAN_KEBERATAN)[number];

const Rating = z.enum(RATINGS, 'Pilih Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi');

/** Ratings, predikat and document code of the evaluation, before or after the decision. */
export const HasilPenilaian = z.object({
  ratingHasil: z.enum(RATINGS),
  ratingPerilaku: z.enum(RATINGS),
  predikat: z.enum(PREDIKAT_KINERJA),
  kodeVerifikasi: z.string(),
});
export type HasilPenilaian = z.infer<typeof HasilPenilaian>;

export const Keberatan = z.object({
  id: Uuid,
  evaluasiId: Uuid,
  skpId: Uuid,
  tahun: z.number().int(),
  pegawai: PegawaiRingkas,
  /** The pejabat penilai whose annual rating is objected to. */
  penilai: PegawaiRingkas.nullable(),
  /** Atasan pejabat penilai, who decides; null when the SKP records none (the admin then records the decision). */
  pemutus: PegawaiRingkas.nullable(),
  alasan: z.string(),
  diajukanAt: z.string(),
  /** Last day (inclusive, WIB) the objection could be filed: FINAL + the instansi's batas hari. */
  batasPengajuan: z.string(),
  semula: HasilPenilaian,
  status: z.enum(STATUS_KEBERATAN),
  keputusan: z.enum(KEPUTUSAN_KEBERATAN).nullable(),
  catatanKeputusan: z.string().nullable(),
  diputusAt: z.string().nullable(),
  diputusOleh: z.string().nullable(),
  /** The ratings and new document after a granted objection. */
  hasil: HasilPenilaian.nullable(),
  version: z.number().int(),
  akses: z.object({ putuskan: z.boolean() }),
});
export type Keberatan = z.infer<typeof Keberatan>;

export const DaftarKeberatan = z.object({
  /** Objections waiting for (or decided by) the caller as atasan pejabat penilai, or as admin. */
  untukDiputus: z.array(Keberatan),
  /** The caller's own objections. */
  diajukan: z.array(Keberatan),
});
export type DaftarKeberatan = z.infer<typeof DaftarKeberatan>;

export const AjukanKeberatanRequest = z.object({
  alasan: z.string({ error: 'Tuliskan alasan keberatan' }).trim()
    .min(20, 'Tuliskan alasan keberatan dengan jelas (minimal 20 karakter)').max(4000, 'Alasan paling panjang 4000 karakter'),
});
export type AjukanKeberatanRequest = z.infer<typeof AjukanKeberatanRequest>;

export const PutusanKeberatanRequest = z.object({
  version: z.number().int(),
  keputusan: z.enum(KEPUTUSAN_KEBERATAN, 'Pilih keputusan: ditolak atau dikabulkan'),
  catatan: z.string({ error: 'Tuliskan pertimbangan keputusan' }).trim()
    .min(10, 'Tuliskan pertimbangan keputusan (minimal 10 karakter)').max(4000, 'Pertimbangan paling panjang 4000 karakter'),
  /** Required when granted: the ratings that replace the penilai's. */
  ratingHasil: Rating.nullable().default(null),
  ratingPerilaku: Rating.nullable().default(null),
}).superRefine((v, ctx) => {
  if (v.keputusan !== 'DIKABULKAN') return;
  if (!v.ratingHasil) ctx.addIssue({ code: 'custom', path: ['ratingHasil'], message: 'Pilih rating hasil kerja pengganti' });
  if (!v.ratingPerilaku) ctx.addIssue({ code: 'custom', path: ['ratingPerilaku'], message: 'Pilih rating perilaku kerja pengganti' });
});
export type PutusanKeberatanRequest = z.input<typeof PutusanKeberatanRequest>;

/** What the evaluation card shows about an objection. */
export const KeberatanRingkas = z.object({
  id: Uuid,
  status: z.enum(STATUS_KEBERATAN),
  keputusan: z.enum(KEPUTUSAN_KEBERATAN).nullable(),
  diajukanAt: z.string(),
  diputusAt: z.string().nullable(),
});
export type KeberatanRingkas = z.infer<typeof KeberatanRingkas>;
