// SKP (sasaran kinerja pegawai) shapes: the document as edited, as read, and the workflow requests.
// Drafts may be incomplete (autosave); completeness is checked when the SKP is submitted.
import { z } from 'zod';
import { ARAH_IKI, ASPEK, JENIS_RHK, KODE_BERAKHLAK, MODEL_SKP, PENDEKATAN_SKP, PERSPEKTIF } from '../domain/enums.ts';
import { IsoDate, Uuid } from './common.ts';

export const STATUS_SKP = ['DRAFT', 'DIAJUKAN', 'DISETUJUI'] as const;
export const STATUS_SKP_BAWAHAN = ['BELUM_MULAI', ...STATUS_SKP] as const;
export const JENIS_REVISI = ['MUTASI', 'REORGANISASI', 'GANTI_ATASAN', 'UBAH_TARGET', 'LAINNYA'] as const;
export const SUMBER_SKP = ['KOSONG', 'TAHUN_LALU', 'TEMPLATE'] as const;

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter`);
const angka = (label: string) => z.number({ error: `${label} harus angka` }).finite(`${label} harus angka`);

export const IkiInput = z.object({
  id: Uuid.optional(),
  aspek: z.enum(ASPEK, 'Aspek harus kuantitas, kualitas, waktu, atau biaya').nullable().default(null),
  indikator: teks(1000, 'Indikator').default(''),
  target: angka('Target').nullable().default(null),
  targetAtas: angka('Batas atas target').nullable().default(null),
  satuan: teks(100, 'Satuan').default(''),
  arah: z.enum(ARAH_IKI, 'Arah harus NAIK atau TURUN').default('NAIK'),
  perspektif: z.enum(PERSPEKTIF, 'Perspektif tidak dikenal').nullable().default(null),
}).superRefine((v, ctx) => {
  if (v.target !== null && v.target < 0) ctx.addIssue({ code: 'custom', path: ['target'], message: 'Target tidak boleh negatif' });
  if (v.targetAtas !== null && v.target !== null && v.targetAtas < v.target) {
    ctx.addIssue({ code: 'custom', path: ['targetAtas'], message: 'Batas atas target tidak boleh lebih kecil dari target' });
  }
});
export type IkiInput = z.input<typeof IkiInput>;

export const RencanaAksiInput = z.object({
  id: Uuid.optional(),
  bulan: z.number({ error: 'Bulan harus angka 1–12' }).int().min(1, 'Bulan harus 1–12').max(12, 'Bulan harus 1–12'),
  uraian: teks(1000, 'Rencana aksi').default(''),
});

export const RhkInput = z.object({
  id: Uuid.optional(),
  jenis: z.enum(JENIS_RHK, 'Jenis RHK harus UTAMA atau TAMBAHAN').default('UTAMA'),
  uraian: teks(2000, 'Uraian RHK').default(''),
  intervensiRhkId: Uuid.nullable().default(null),
  intervensiTeks: teks(2000, 'RHK atasan').nullable().default(null),
  iki: z.array(IkiInput).max(20, 'Paling banyak 20 indikator per RHK').default([]),
  rencanaAksi: z.array(RencanaAksiInput).max(60, 'Paling banyak 60 rencana aksi per RHK').default([]),
});
export type RhkInput = z.input<typeof RhkInput>;

export const Lampiran = z.object({
  dukunganSumberDaya: teks(4000, 'Dukungan sumber daya').default(''),
  skemaPertanggungjawaban: teks(4000, 'Skema pertanggungjawaban').default(''),
  konsekuensi: teks(4000, 'Konsekuensi').default(''),
});
export type Lampiran = z.infer<typeof Lampiran>;

export const SkpIsi = z.object({
  rhk: z.array(RhkInput).max(50, 'Paling banyak 50 RHK').default([]),
  lampiran: Lampiran.default({ dukunganSumberDaya: '', skemaPertanggungjawaban: '', konsekuensi: '' }),
});
export type SkpIsiInput = z.input<typeof SkpIsi>;
export type SkpIsi = z.output<typeof SkpIsi>;

export const SkpSaveRequest = SkpIsi.extend({ version: z.number().int() });
export type SkpSaveRequest = z.input<typeof SkpSaveRequest>;

/** Ekspektasi khusus pimpinan per BerAKHLAK value (skp-rules.md §3.4), written by the penilai. */
export const Ekspektasi = z.partialRecord(z.enum(KODE_BERAKHLAK), teks(2000, 'Ekspektasi khusus'));
export const EkspektasiRequest = z.object({ ekspektasi: Ekspektasi, version: z.number().int() });

export const SkpCreateRequest = z.object({
  periodeId: Uuid,
  sumber: z.enum(SUMBER_SKP).default('KOSONG'),
  templateId: Uuid.nullable().default(null),
});
export type SkpCreateRequest = z.input<typeof SkpCreateRequest>;

export const VersionRequest = z.object({ version: z.number().int() });
export const KembalikanRequest = z.object({
  version: z.number().int(),
  catatan: z.string().trim().min(1, 'Tulis catatan agar pegawai tahu apa yang perlu diperbaiki').max(4000),
});
export const RevisiRequest = z.object({
  version: z.number().int(),
  jenis: z.enum(JENIS_REVISI, 'Pilih jenis revisi'),
  alasan: z.string().trim().min(5, 'Tulis alasan revisi (paling sedikit 5 karakter)').max(2000),
  berlakuMulai: IsoDate,
});
export type RevisiRequest = z.input<typeof RevisiRequest>;
export const PenilaiRequest = z.object({
  version: z.number().int(),
  penilaiId: Uuid,
  alasan: z.string().trim().min(5, 'Tulis alasan penggantian penilai').max(2000),
});
export const TerapkanTemplateRequest = z.object({ version: z.number().int(), templateId: Uuid });

export const PegawaiRingkas = z.object({
  id: Uuid, nama: z.string(), nip: z.string(), golongan: z.string().nullable(),
  jabatan: z.string(), unitKerja: z.string(),
});
export type PegawaiRingkas = z.infer<typeof PegawaiRingkas>;

const Iki = z.object({
  id: Uuid, aspek: z.enum(ASPEK).nullable(), indikator: z.string(), target: z.number().nullable(),
  targetAtas: z.number().nullable(), satuan: z.string(), arah: z.enum(ARAH_IKI), perspektif: z.enum(PERSPEKTIF).nullable(),
});
const Rhk = z.object({
  id: Uuid, jenis: z.enum(JENIS_RHK), uraian: z.string(), intervensiRhkId: Uuid.nullable(),
  intervensiUraian: z.string().nullable(), intervensiTeks: z.string().nullable(),
  iki: z.array(Iki), rencanaAksi: z.array(z.object({ id: Uuid, bulan: z.number().int(), uraian: z.string() })),
});
export type Rhk = z.infer<typeof Rhk>;

export const SkpAkses = z.object({
  ubah: z.boolean(), ajukan: z.boolean(), setujui: z.boolean(), kembalikan: z.boolean(),
  revisi: z.boolean(), ubahEkspektasi: z.boolean(), ubahPenilai: z.boolean(),
});

export const SkpVersiRingkas = z.object({
  id: Uuid, versi: z.number().int(), status: z.enum(STATUS_SKP), mulai: z.string(), selesai: z.string(),
  jenisRevisi: z.enum(JENIS_REVISI).nullable(), alasanRevisi: z.string().nullable(),
});

export const Skp = z.object({
  id: Uuid, periodeId: Uuid, tahun: z.number().int(), versi: z.number().int(),
  model: z.enum(MODEL_SKP), pendekatan: z.enum(PENDEKATAN_SKP), status: z.enum(STATUS_SKP),
  mulai: z.string(), selesai: z.string(),
  pegawai: PegawaiRingkas, penilai: PegawaiRingkas.nullable(), atasanPenilai: PegawaiRingkas.nullable(),
  penilaiSumber: z.enum(['ORG', 'ADMIN']), penilaiAlasan: z.string().nullable(),
  rhk: z.array(Rhk), lampiran: Lampiran, ekspektasi: Ekspektasi,
  catatanPengembalian: z.string().nullable(),
  revisiDariId: Uuid.nullable(), jenisRevisi: z.enum(JENIS_REVISI).nullable(), alasanRevisi: z.string().nullable(),
  diajukanAt: z.string().nullable(), disetujuiAt: z.string().nullable(),
  updatedAt: z.string(), diubahOleh: z.string().nullable(), version: z.number().int(),
  /** What still blocks submission (skp-rules.md §2.1), in Bahasa Indonesia. */
  kekurangan: z.array(z.string()),
  akses: SkpAkses,
  versiLain: z.array(SkpVersiRingkas),
  /** RHK of the penilai this SKP may intervene (the picker's options). */
  rhkAtasan: z.array(z.object({ id: Uuid, jenis: z.enum(JENIS_RHK), uraian: z.string(), status: z.enum(STATUS_SKP) })),
});
export type Skp = z.infer<typeof Skp>;

export const SkpRingkas = z.object({
  id: Uuid.nullable(), pegawai: PegawaiRingkas, status: z.enum(STATUS_SKP_BAWAHAN),
  versi: z.number().int().nullable(), jumlahRhk: z.number().int(), diajukanAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  mulai: z.string().nullable(), selesai: z.string().nullable(), penilai: PegawaiRingkas.nullable(),
});
export type SkpRingkas = z.infer<typeof SkpRingkas>;

export const SkpListQuery = z.object({
  periodeId: Uuid,
  lingkup: z.enum(['saya', 'bawahan', 'dinilai']).default('saya'),
  /** All versions of this pegawai's SKP instead of a lingkup (admin, or someone above them). */
  pegawaiId: Uuid.optional(),
});

export const Perubahan = z.object({ bagian: z.string(), tersimpan: z.string(), milikAnda: z.string() });
export type Perubahan = z.infer<typeof Perubahan>;

export const MatriksQuery = z.object({ periodeId: Uuid });
export const Matriks = z.object({
  skpId: Uuid.nullable(),
  baris: z.array(z.object({ id: Uuid, jenis: z.enum(JENIS_RHK), uraian: z.string() })),
  kolom: z.array(z.object({ pegawai: PegawaiRingkas, skpId: Uuid.nullable(), status: z.enum(STATUS_SKP_BAWAHAN) })),
  /** cells[row rhk id][pegawai id] = the subordinate's RHK that intervene that row. */
  sel: z.record(z.string(), z.record(z.string(), z.array(z.object({ id: Uuid, uraian: z.string() })))),
});
export type Matriks = z.infer<typeof Matriks>;

export const TurunkanRequest = z.object({
  rhkId: Uuid,
  pegawaiIds: z.array(Uuid).min(1, 'Pilih paling sedikit satu bawahan').max(200),
  uraian: z.string().trim().max(2000).nullable().default(null),
});
export const TurunkanResult = z.object({
  ditambahkan: z.array(Uuid),
  dilewati: z.array(z.object({ pegawaiId: Uuid, alasan: z.string() })),
});

export const ProgresQuery = z.object({ periodeId: Uuid });
export const Progres = z.object({
  total: z.record(z.enum(STATUS_SKP_BAWAHAN), z.number().int()),
  unit: z.array(z.object({
    unitKerjaId: Uuid, nama: z.string(), level: z.number().int(),
    jumlah: z.record(z.enum(STATUS_SKP_BAWAHAN), z.number().int()),
  })),
});

export const RiwayatItem = z.object({
  waktu: z.string(), oleh: z.string().nullable(), aksi: z.string(), perubahan: z.array(Perubahan),
});

export const TemplateRhk = z.array(RhkInput.omit({ id: true, intervensiRhkId: true }));
export const SkpTemplateInput = z.object({
  jabatanId: Uuid,
  nama: z.string().trim().min(3, 'Nama template paling sedikit 3 karakter').max(200),
  rhk: TemplateRhk.min(1, 'Template harus berisi paling sedikit satu RHK'),
});
export const SkpTemplateUpdate = SkpTemplateInput.extend({ version: z.number().int() });
export const SkpTemplate = z.object({
  id: Uuid, jabatanId: Uuid, jabatan: z.string(), nama: z.string(),
  rhk: z.array(RhkInput.omit({ id: true, intervensiRhkId: true })), version: z.number().int(), updatedAt: z.string(),
});
export type SkpTemplate = z.infer<typeof SkpTemplate>;
export const TemplateQuery = z.object({ jabatanId: Uuid.optional() });
