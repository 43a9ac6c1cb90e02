import { z } from 'zod';
import { Uuid } from './common.ts';

export const PENDEKATAN = ['KUALITATIF', 'KUANTITATIF'] as const;
/** Frequency of periodic evaluation chosen by the instansi (PermenPANRB 6/2022; skp-rules.md §1). */
export const FREKUENSI_EVALUASI = ['BULANAN', 'TRIWULAN', 'SEMESTER'] as const;
export const STATUS_PERIODE = ['DIBUKA', 'DIKUNCI'] as const;

export const Periode = z.object({
  id: Uuid, tahun: z.number().int(), mulai: z.string(), selesai: z.string(),
  pendekatan: z.enum(PENDEKATAN), frekuensi: z.enum(FREKUENSI_EVALUASI),
  batasPenetapanSkp: z.string().nullable(), batasEvaluasiTahunan: z.string().nullable(),
  status: z.enum(STATUS_PERIODE), version: z.number().int(),
});
export type Periode = z.infer<typeof Periode>;

const tanggal = (label: string) => z.iso.date(`${label} harus tanggal yang valid (YYYY-MM-DD)`);

export const PeriodeInput = z.object({
  tahun: z.number({ error: 'Tahun harus angka' }).int().min(2022, 'Tahun minimal 2022 (PermenPANRB 6/2022)').max(2100, 'Tahun tidak valid'),
  mulai: tanggal('Tanggal mulai'),
  selesai: tanggal('Tanggal selesai'),
  pendekatan: z.enum(PENDEKATAN, 'Pendekatan harus KUALITATIF atau KUANTITATIF').default('KUALITATIF'),
  frekuensi: z.enum(FREKUENSI_EVALUASI, 'Frekuensi harus BULANAN, TRIWULAN, atau SEMESTER').default('TRIWULAN'),
  batasPenetapanSkp: tanggal('Batas penetapan SKP').nullable().default(null),
  batasEvaluasiTahunan: tanggal('Batas evaluasi tahunan').nullable().default(null),
}).superRefine((v, ctx) => {
  const inYear = (d: string) => d.startsWith(`${v.tahun}-`);
  if (!inYear(v.mulai)) ctx.addIssue({ code: 'custom', path: ['mulai'], message: `Tanggal mulai harus di tahun ${v.tahun}` });
  if (!inYear(v.selesai)) ctx.addIssue({ code: 'custom', path: ['selesai'], message: `Tanggal selesai harus di tahun ${v.tahun}` });
  if (v.selesai < v.mulai) ctx.addIssue({ code: 'custom', path: ['selesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' });
  if (v.batasPenetapanSkp && (v.batasPenetapanSkp < v.mulai || v.batasPenetapanSkp > v.selesai)) {
    ctx.addIssue({ code: 'custom', path: ['batasPenetapanSkp'], message: 'Batas penetapan SKP harus di dalam periode' });
  }
  if (v.batasEvaluasiTahunan && v.batasEvaluasiTahunan < v.selesai) {
    ctx.addIssue({ code: 'custom', path: ['batasEvaluasiTahunan'], message: 'Batas evaluasi tahunan tidak boleh sebelum akhir periode' });
  }
});
export type PeriodeInput = z.input<typeof PeriodeInput>;
export const PeriodeUpdate = z.intersection(PeriodeInput, z.object({ version: z.number().int() }));
export const PeriodeStatusRequest = z.object({ version: z.number().int() });
