// Evaluasi kinerja: periodic and annual evaluation of an approved SKP, its explanation, the frozen
// document (snapshot) and the instansi's evaluation settings. PermenPANRB 6/2022 (ratings × matrix),
// SE MenPANRB 3/2023 (predikat organisasi), PermenPANRB 8/2021 (numeric mode), PermenPANRB 1/2023 (angka kredit).
import { z } from 'zod';
import {
  ARAH_IKI, ASPEK, ATURAN_PENILAIAN, JENIS_RHK, JENJANG_JF, KATEGORI_CAPAIAN_IKI, KODE_BERAKHLAK, MODEL_SKP,
  PENDEKATAN_SKP, PERSPEKTIF, PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, RATINGS,
} from '../domain/enums.ts';
import { Uuid } from './common.ts';
import { KeberatanRingkas } from './keberatan.ts';
import { PegawaiRingkas } from './skp.ts';

/** OPEN → REALISASI_DIISI → DINILAI → PREDIKAT_DITETAPKAN → FINAL (skp-rules.md §2.1). */
export const STATUS_EVALUASI = ['OPEN', 'REALISASI_DIISI', 'DINILAI', 'PREDIKAT_DITETAPKAN', 'FINAL'] as const;
export type StatusEvaluasi = (typeof STATUS_EVALUASI)[number];
export const JENIS_EVALUASI = ['PERIODIK', 'TAHUNAN'] as const;
export type JenisEvaluasi = (typeof JENIS_EVALUASI)[number];
/** How a jenis is written in a URL. */
export const JENIS_EVALUASI_URL = ['periodik', 'tahunan'] as const;
export type JenisEvaluasiUrl = (typeof JENIS_EVALUASI_URL)[number];

const Rating = z.enum(RATINGS, 'Pilih Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi');
const Predikat = z.enum(PREDIKAT_KINERJA);

export const EvaluasiParams = z.object({
  id: Uuid,
  jenis: z.enum(JENIS_EVALUASI_URL, 'Jenis evaluasi harus periodik atau tahunan'),
  /** Month, quarter or semester number; 0 for the annual evaluation. */
  periodeKe: z.coerce.number().int().min(0).max(12),
});

export const EvaluasiVersionRequest = z.object({ version: z.number().int() });
export const NilaiRequest = z.object({
  version: z.number().int(),
  ratingHasil: Rating,
  ratingPerilaku: Rating,
});
export type NilaiRequest = z.infer<typeof NilaiRequest>;

// ---------------------------------------------------------------------------------------------
// Perhitungan: every number of one evaluation and how it was reached. The list, the explanation
// and the frozen snapshot all carry this same object, so they cannot disagree.

/** NORMAL realisasi ÷ target; KHUSUS (1 + (1 − realisasi ÷ target)); RANGE_* for a range target (PermenPANRB 8/2021). */
export const RUMUS_CAPAIAN = ['NORMAL', 'KHUSUS', 'RANGE_DALAM', 'RANGE_ATAS', 'RANGE_BAWAH'] as const;
/** DIHITUNG: has realisasi; CELAH: no realisasi (flagged, never counted as zero); TIDAK_DIHITUNG: target missing or 0. */
export const STATUS_IKI_EVALUASI = ['DIHITUNG', 'CELAH', 'TIDAK_DIHITUNG'] as const;

export const IkiPerhitungan = z.object({
  ikiId: Uuid,
  /** "1.2" = RHK 1, IKI 2 (utama and tambahan numbered separately, as on the form). */
  nomor: z.string(),
  indikator: z.string(),
  aspek: z.enum(ASPEK).nullable(),
  perspektif: z.enum(PERSPEKTIF).nullable(),
  arah: z.enum(ARAH_IKI),
  target: z.number().nullable(),
  targetAtas: z.number().nullable(),
  satuan: z.string(),
  /** "12 dokumen", "80–90 %". */
  targetTeks: z.string(),
  realisasi: z.number().nullable(),
  /** Where the realisasi came from, e.g. "Realisasi Triwulan I". */
  sumberRealisasi: z.string().nullable(),
  status: z.enum(STATUS_IKI_EVALUASI),
  rumus: z.enum(RUMUS_CAPAIAN).nullable(),
  /** The formula with its numbers: "13 ÷ 12 × 100 = 108,33%". */
  rumusTeks: z.string().nullable(),
  /** Capaian %, rounded to 2 decimals. */
  capaian: z.number().nullable(),
  /** Nilai capaian IKI (PermenPANRB 8/2021), rounded to 2 decimals. */
  nilaiCapaian: z.number().nullable(),
  kategori: z.enum(KATEGORI_CAPAIAN_IKI).nullable(),
  nilaiTeks: z.string().nullable(),
  catatan: z.string().nullable(),
});
export type IkiPerhitungan = z.infer<typeof IkiPerhitungan>;

export const RhkPerhitungan = z.object({
  rhkId: Uuid,
  /** "1", "2" within its jenis. */
  nomor: z.string(),
  jenis: z.enum(JENIS_RHK),
  uraian: z.string(),
  /** The atasan's RHK this one intervenes (text), if any. */
  intervensi: z.string().nullable(),
  iki: z.array(IkiPerhitungan),
});

export const SaranTahunan = z.object({
  /** Predikat of the periodic evaluations, oldest first. */
  dari: z.array(z.object({ label: z.string(), predikat: Predikat })),
  predikat: Predikat.nullable(),
  /** Ratings that give that predikat in the matrix; a starting point only (§14.1). */
  ratingHasil: z.enum(RATINGS).nullable(),
  ratingPerilaku: z.enum(RATINGS).nullable(),
  teks: z.string(),
});
export type SaranTahunan = z.infer<typeof SaranTahunan>;

export const OrganisasiPerhitungan = z.object({
  unitKerjaId: Uuid,
  unitKerja: z.string(),
  tahun: z.number().int(),
  predikat: z.enum(PREDIKAT_ORGANISASI),
  label: z.string(),
  /** The kurva distribusi was overridden by the official, with this reason (SE MenPANRB 3/2023; §14.3). */
  kurvaOverride: z.object({ alasan: z.string(), at: z.string().nullable() }).nullable(),
  kurvaTeks: z.string(),
});

export const Perhitungan = z.object({
  aturan: z.object({ kode: z.enum(ATURAN_PENILAIAN), label: z.string(), tahun: z.number().int() }),
  hasilKerja: z.array(RhkPerhitungan),
  capaian: z.object({
    /** Mean capaian % of the IKI that have realisasi (gaps left out, never zero), 2 decimals. */
    rataRata: z.number().nullable(),
    jumlahIki: z.number().int(),
    dihitung: z.number().int(),
    celah: z.number().int(),
    tidakDihitung: z.number().int(),
    teks: z.string(),
  }),
  /** IKI without realisasi in this period, in words. */
  celah: z.array(z.object({ ikiId: Uuid, nomor: z.string(), teks: z.string() })),
  /** Suggested rating hasil kerja from the mean capaian, only when the instansi turned it on (§14.5). */
  saran: z.object({
    aktif: z.boolean(),
    ratingHasil: z.enum(RATINGS).nullable(),
    ambangDiAtas: z.number(),
    ambangSesuai: z.number(),
    teks: z.string().nullable(),
  }),
  saranTahunan: SaranTahunan.nullable(),
  /** The pegawai heads a unit with a predikat organisasi: rating hasil kerja follows it (SE MenPANRB 3/2023; §14.4). */
  pimpinan: z.object({
    unitKerja: z.string(),
    predikatOrganisasi: z.enum(PREDIKAT_ORGANISASI),
    ratingHasilWajib: z.enum(RATINGS),
    teks: z.string(),
  }).nullable(),
  organisasi: OrganisasiPerhitungan.nullable(),
  ratingHasil: z.enum(RATINGS).nullable(),
  ratingPerilaku: z.enum(RATINGS).nullable(),
  /** The matrix cell of PermenPANRB 6/2022: "Di Atas Ekspektasi × Sesuai Ekspektasi → Baik". */
  matriks: z.object({ ratingHasil: z.enum(RATINGS), ratingPerilaku: z.enum(RATINGS), predikat: Predikat, teks: z.string() }).nullable(),
  /** The predikat of the evaluation: the one fixed (possibly changed by kurva calibration), else the matrix's. */
  predikat: Predikat.nullable(),
  /** Set when the fixed predikat differs from the matrix cell (calibration against the kurva distribusi). */
  kalibrasi: z.object({ dari: Predikat, ke: Predikat, teks: z.string() }).nullable(),
  /** Numeric mode: nilai capaian SKP = mean nilai capaian IKI (PermenPANRB 8/2021). */
  nilaiNumerik: z.object({ nilai: z.number(), teks: z.string() }).nullable(),
  /** JF only (PermenPANRB 1/2023): (bulan ÷ 12) × konversi × koefisien; nilai null until a predikat exists. */
  angkaKredit: z.object({
    jenjang: z.enum(JENJANG_JF),
    koefisien: z.number(),
    persenKonversi: z.number().nullable(),
    bulan: z.number().int(),
    nilai: z.number().nullable(),
    teks: z.string(),
  }).nullable(),
});
export type Perhitungan = z.infer<typeof Perhitungan>;

// ---------------------------------------------------------------------------------------------
// The API's view of one evaluation.

export const EvaluasiAkses = z.object({
  /** Owner: mark realisasi complete (OPEN → REALISASI_DIISI). */
  realisasiSelesai: z.boolean(),
  /** Penilai: set ratings (REALISASI_DIISI/DINILAI → DINILAI). */
  nilai: z.boolean(),
  /** Penilai: fix the predikat (DINILAI → PREDIKAT_DITETAPKAN). */
  tetapkan: z.boolean(),
  /** Penilai: lock the document (PREDIKAT_DITETAPKAN → FINAL). */
  final: z.boolean(),
  /** Owner: object to the FINAL annual evaluation, before the deadline, once. */
  keberatan: z.boolean(),
});

export const Evaluasi = z.object({
  id: Uuid,
  skpId: Uuid,
  jenis: z.enum(JENIS_EVALUASI),
  periodeKe: z.number().int(),
  label: z.string(),
  /** The dates this evaluation covers: the period within the SKP version. */
  mulai: z.string(),
  selesai: z.string(),
  status: z.enum(STATUS_EVALUASI),
  ratingHasil: z.enum(RATINGS).nullable(),
  ratingPerilaku: z.enum(RATINGS).nullable(),
  predikat: Predikat.nullable(),
  nilaiNumerik: z.number().nullable(),
  /** Who set the ratings. */
  penilai: PegawaiRingkas.nullable(),
  dinilaiAt: z.string().nullable(),
  ditetapkanAt: z.string().nullable(),
  finalAt: z.string().nullable(),
  kodeVerifikasi: z.string().nullable(),
  version: z.number().int(),
  diubahOleh: z.string().nullable(),
  updatedAt: z.string(),
  ringkasan: z.object({
    capaianRataRata: z.number().nullable(),
    jumlahIki: z.number().int(),
    jumlahCelah: z.number().int(),
    /** What the matrix gives for the current ratings (before the predikat is fixed, too). */
    predikatMatriks: Predikat.nullable(),
    nilaiNumerik: z.number().nullable(),
    angkaKredit: z.number().nullable(),
  }),
  saranRatingHasil: z.enum(RATINGS).nullable(),
  saranTahunan: SaranTahunan.nullable(),
  /** Set when the rating hasil kerja is bound by the unit's predikat organisasi. */
  ratingHasilWajib: z.enum(RATINGS).nullable(),
  /** Annual FINAL only: last day (WIB, inclusive) the pegawai may file a keberatan. */
  batasKeberatan: z.string().nullable(),
  keberatan: KeberatanRingkas.nullable(),
  akses: EvaluasiAkses,
});
export type Evaluasi = z.infer<typeof Evaluasi>;

export const DaftarEvaluasi = z.object({
  skpId: Uuid,
  tahun: z.number().int(),
  versi: z.number().int(),
  frekuensi: z.enum(['BULANAN', 'TRIWULAN', 'SEMESTER']),
  pegawai: PegawaiRingkas,
  penilai: PegawaiRingkas.nullable(),
  /** Why there is nothing (or no annual evaluation) to show, in Bahasa Indonesia. */
  keterangan: z.string().nullable(),
  pengaturan: z.object({ saranAktif: z.boolean(), modeNumerik: z.boolean() }),
  periodik: z.array(Evaluasi),
  tahunan: Evaluasi.nullable(),
});
export type DaftarEvaluasi = z.infer<typeof DaftarEvaluasi>;

export const EvaluasiAksiHasil = z.object({
  evaluasi: Evaluasi,
  /** Not blocking: e.g. IKI without realisasi in that period. */
  peringatan: z.array(z.string()),
});
export type EvaluasiAksiHasil = z.infer<typeof EvaluasiAksiHasil>;

export const Penjelasan = z.object({
  evaluasiId: Uuid,
  jenis: z.enum(JENIS_EVALUASI),
  periodeKe: z.number().int(),
  label: z.string(),
  status: z.enum(STATUS_EVALUASI),
  /** LANGSUNG: computed now from current data; SNAPSHOT: read from the frozen FINAL document. */
  sumber: z.enum(['LANGSUNG', 'SNAPSHOT']),
  perhitungan: Perhitungan,
  penilaian: z.object({
    dinilaiOleh: PegawaiRingkas.nullable(),
    dinilaiAt: z.string().nullable(),
    ditetapkanAt: z.string().nullable(),
    finalAt: z.string().nullable(),
  }),
});
export type Penjelasan = z.infer<typeof Penjelasan>;

// ---------------------------------------------------------------------------------------------
// The frozen dokumen evaluasi kinerja pegawai (skp-rules.md §6.6), stored in `evaluasi.snapshot`
// when the evaluation becomes FINAL and never changed afterwards. The PDF is rendered from it.

export const UmpanBalikItem = z.object({
  id: Uuid,
  balasanUntukId: Uuid.nullable(),
  penulis: z.object({ id: Uuid, nama: z.string() }),
  isi: z.string(),
  /** ISO timestamp. */
  waktu: z.string(),
});
export type UmpanBalikItem = z.infer<typeof UmpanBalikItem>;

export const EvaluasiSnapshot = z.object({
  /** Shape version of this document. */
  format: z.literal(1),
  evaluasiId: Uuid,
  jenis: z.enum(JENIS_EVALUASI),
  periodeKe: z.number().int(),
  /** "Triwulan I", "Tahunan". */
  label: z.string(),
  tahun: z.number().int(),
  /** Dates covered (the period within the SKP version). */
  mulai: z.string(),
  selesai: z.string(),
  instansi: z.object({ id: Uuid, nama: z.string() }),
  skp: z.object({
    id: Uuid, versi: z.number().int(), model: z.enum(MODEL_SKP), pendekatan: z.enum(PENDEKATAN_SKP),
    mulai: z.string(), selesai: z.string(),
  }),
  /** Header as frozen at SKP approval (nama, NIP, golongan, jabatan, unit kerja). */
  pegawai: PegawaiRingkas,
  penilai: PegawaiRingkas.nullable(),
  atasanPenilai: PegawaiRingkas.nullable(),
  jabatan: z.object({ jenis: z.string(), jenjang: z.enum(JENJANG_JF).nullable(), kepalaUnit: z.boolean() }),
  /** Capaian kinerja organisasi with its kurva status, when one is set for the year. */
  capaianOrganisasi: OrganisasiPerhitungan.nullable(),
  /** Hasil kerja table: RHK → IKI with target, realisasi, capaian; umpan balik thread per RHK. */
  hasilKerja: z.array(RhkPerhitungan.extend({ umpanBalik: z.array(UmpanBalikItem) })),
  /** Perilaku kerja table: the 7 BerAKHLAK values with panduan, ekspektasi khusus pimpinan and umpan balik. */
  perilaku: z.array(z.object({
    kode: z.enum(KODE_BERAKHLAK),
    label: z.string(),
    panduan: z.array(z.string()),
    ekspektasi: z.string().nullable(),
    umpanBalik: z.array(UmpanBalikItem),
  })),
  ratingHasil: z.enum(RATINGS),
  ratingPerilaku: z.enum(RATINGS),
  predikat: Predikat,
  /** Display labels of the three above. */
  teks: z.object({ ratingHasil: z.string(), ratingPerilaku: z.string(), predikat: z.string() }),
  nilaiNumerik: z.number().nullable(),
  angkaKredit: z.number().nullable(),
  /** Every number and how it was reached (same object as the explanation). */
  perhitungan: Perhitungan,
  penilaian: z.object({
    dinilaiOleh: PegawaiRingkas.nullable(),
    dinilaiAt: z.string().nullable(),
    ditetapkanAt: z.string().nullable(),
    finalAt: z.string(),
    /** Account that locked the document. */
    finalOleh: z.string(),
  }),
  /** Random code printed as a QR on the document; resolves to a public check page. */
  kodeVerifikasi: z.string(),
  /** Set on the document that replaced an earlier one after a granted keberatan. */
  keberatan: z.object({
    diajukanAt: z.string(),
    diputusAt: z.string(),
    /** Name of the official who decided (atasan pejabat penilai, or the admin account). */
    diputusOleh: z.string(),
    catatan: z.string(),
    semula: z.object({ ratingHasil: z.enum(RATINGS), ratingPerilaku: z.enum(RATINGS), predikat: Predikat }),
    kodeSebelum: z.string(),
  }).nullable().optional(),
});
export type EvaluasiSnapshot = z.infer<typeof EvaluasiSnapshot>;

// ---------------------------------------------------------------------------------------------
// Instansi settings.

export const PengaturanPenilaian = z.object({
  saranAktif: z.boolean(),
  ambangDiAtas: z.number(),
  ambangSesuai: z.number(),
  modeNumerik: z.boolean(),
  /** Days after FINAL in which a pegawai may file a keberatan (PP 30/2019 leaves it to the instansi here; §14.11). */
  batasKeberatanHari: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PengaturanPenilaian = z.infer<typeof PengaturanPenilaian>;

export const PengaturanPenilaianInput = z.object({
  saranAktif: z.boolean(),
  ambangDiAtas: z.number({ error: 'Ambang Di Atas Ekspektasi harus angka' }).finite().max(1000, 'Ambang paling tinggi 1000%'),
  ambangSesuai: z.number({ error: 'Ambang Sesuai Ekspektasi harus angka' }).finite(),
  modeNumerik: z.boolean(),
  batasKeberatanHari: z.number({ error: 'Batas hari keberatan harus angka' }).int('Batas hari keberatan harus bilangan bulat')
    .min(1, 'Batas keberatan paling sedikit 1 hari').max(90, 'Batas keberatan paling lama 90 hari').default(14),
  version: z.number().int(),
}).superRefine((v, ctx) => {
  if (!(v.ambangSesuai > 0)) ctx.addIssue({ code: 'custom', path: ['ambangSesuai'], message: 'Ambang Sesuai Ekspektasi harus lebih dari 0%' });
  if (!(v.ambangDiAtas > v.ambangSesuai)) {
    ctx.addIssue({ code: 'custom', path: ['ambangDiAtas'], message: 'Ambang Di Atas Ekspektasi harus lebih tinggi dari ambang Sesuai Ekspektasi' });
  }
});
export type PengaturanPenilaianInput = z.input<typeof PengaturanPenilaianInput>;
