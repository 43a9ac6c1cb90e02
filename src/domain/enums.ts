// Canonical enumerations of skp-rules.md §1 (PermenPANRB 6/2022, SE MenPANRB 3/2023, UU 5/2014, PP 11/2017)
// plus the legacy scales of §8. Each enumeration is an `as const` array, its union type and a display label map.

/** PNS | PPPK; PPPK_PARUH_WAKTU is kept as a stored type only (§1, §14.10: the NI cannot tell it apart). */
export const JENIS_PEGAWAI = ['PNS', 'PPPK', 'PPPK_PARUH_WAKTU'] as const;
export type JenisPegawai = (typeof JENIS_PEGAWAI)[number];
export const LABEL_JENIS_PEGAWAI: Record<JenisPegawai, string> = {
  PNS: 'PNS',
  PPPK: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK Paruh Waktu',
};

export const JENIS_KELAMIN = ['L', 'P'] as const;
export type JenisKelamin = (typeof JENIS_KELAMIN)[number];
export const LABEL_JENIS_KELAMIN: Record<JenisKelamin, string> = { L: 'Laki-laki', P: 'Perempuan' };

/** UU 5/2014 and PP 11/2017 jabatan groups (§10). */
export const JENIS_JABATAN = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];
export const LABEL_JENIS_JABATAN: Record<JenisJabatan, string> = {
  JPT_UTAMA: 'Jabatan Pimpinan Tinggi Utama',
  JPT_MADYA: 'Jabatan Pimpinan Tinggi Madya',
  JPT_PRATAMA: 'Jabatan Pimpinan Tinggi Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

export const JENJANG_JF_KEAHLIAN = ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'] as const;
export const JENJANG_JF_KETERAMPILAN = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'] as const;
export const JENJANG_JF = [...JENJANG_JF_KEAHLIAN, ...JENJANG_JF_KETERAMPILAN] as const;
export type JenjangJf = (typeof JENJANG_JF)[number];
export const LABEL_JENJANG_JF: Record<JenjangJf, string> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

/** JPT model also serves "pimpinan unit kerja mandiri" (§1, §3.2). */
export const MODEL_SKP = ['JPT', 'JA_JF'] as const;
export type ModelSkp = (typeof MODEL_SKP)[number];
export const LABEL_MODEL_SKP: Record<ModelSkp, string> = {
  JPT: 'SKP Jabatan Pimpinan Tinggi / Pimpinan Unit Kerja Mandiri',
  JA_JF: 'SKP Jabatan Administrasi / Jabatan Fungsional',
};

export const PENDEKATAN_SKP = ['KUALITATIF', 'KUANTITATIF'] as const;
export type PendekatanSkp = (typeof PENDEKATAN_SKP)[number];
export const LABEL_PENDEKATAN_SKP: Record<PendekatanSkp, string> = {
  KUALITATIF: 'Pendekatan Hasil Kerja Kualitatif',
  KUANTITATIF: 'Pendekatan Hasil Kerja Kuantitatif',
};

export const JENIS_RHK = ['UTAMA', 'TAMBAHAN'] as const;
export type JenisRhk = (typeof JENIS_RHK)[number];
export const LABEL_JENIS_RHK: Record<JenisRhk, string> = { UTAMA: 'Utama', TAMBAHAN: 'Tambahan' };

export const ASPEK = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export type Aspek = (typeof ASPEK)[number];
export const LABEL_ASPEK: Record<Aspek, string> = {
  KUANTITAS: 'Kuantitas',
  KUALITAS: 'Kualitas',
  WAKTU: 'Waktu',
  BIAYA: 'Biaya',
};

export const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS_INTERNAL', 'PENGUATAN_INTERNAL', 'ANGGARAN'] as const;
export type Perspektif = (typeof PERSPEKTIF)[number];
export const LABEL_PERSPEKTIF: Record<Perspektif, string> = {
  PENERIMA_LAYANAN: 'Penerima Layanan',
  PROSES_BISNIS_INTERNAL: 'Proses Bisnis Internal',
  PENGUATAN_INTERNAL: 'Penguatan Internal',
  ANGGARAN: 'Anggaran',
};

/** Rating hasil kerja and rating perilaku kerja (PermenPANRB 6/2022), best first. */
export const RATINGS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
export type Rating = (typeof RATINGS)[number];
export const LABEL_RATING: Record<Rating, string> = {
  DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi',
  SESUAI_EKSPEKTASI: 'Sesuai Ekspektasi',
  DI_BAWAH_EKSPEKTASI: 'Di Bawah Ekspektasi',
};

/** Predikat kinerja pegawai (PermenPANRB 6/2022), best first; order is used for "adjacent" moves. */
export const PREDIKAT_KINERJA = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG_MISCONDUCT',
  'SANGAT_KURANG',
] as const;
export type PredikatKinerja = (typeof PREDIKAT_KINERJA)[number];
export const LABEL_PREDIKAT: Record<PredikatKinerja, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG_MISCONDUCT: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** Predikat kinerja organisasi (SE MenPANRB 3/2023), best first. */
export const PREDIKAT_ORGANISASI = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type PredikatOrganisasi = (typeof PREDIKAT_ORGANISASI)[number];
export const LABEL_PREDIKAT_ORGANISASI: Record<PredikatOrganisasi, string> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

export const PERIODE_EVALUASI = ['BULANAN', 'TRIWULAN', 'SEMESTER', 'TAHUNAN'] as const;
export type PeriodeEvaluasi = (typeof PERIODE_EVALUASI)[number];
export const LABEL_PERIODE_EVALUASI: Record<PeriodeEvaluasi, string> = {
  BULANAN: 'Bulanan',
  TRIWULAN: 'Triwulanan',
  SEMESTER: 'Semesteran',
  TAHUNAN: 'Tahunan',
};

/** Triwulan IV is the "akhir" period on the evaluation form (§6.5). */
export const TRIWULAN = ['I', 'II', 'III', 'IV'] as const;
export type Triwulan = (typeof TRIWULAN)[number];
export const LABEL_TRIWULAN: Record<Triwulan, string> = {
  I: 'Triwulan I',
  II: 'Triwulan II',
  III: 'Triwulan III',
  IV: 'Triwulan IV (Akhir)',
};

/** BerAKHLAK core values, in their official order; the 21 panduan perilaku live in berakhlak.ts. */
export const KODE_BERAKHLAK = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type KodeBerakhlak = (typeof KODE_BERAKHLAK)[number];
export const LABEL_BERAKHLAK: Record<KodeBerakhlak, string> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};

/** Direction of an IKI: NAIK = higher is better (normal), TURUN = lower is better (special condition, 8/2021). */
export const ARAH_IKI = ['NAIK', 'TURUN'] as const;
export type ArahIki = (typeof ARAH_IKI)[number];
export const LABEL_ARAH_IKI: Record<ArahIki, string> = {
  NAIK: 'Semakin tinggi semakin baik',
  TURUN: 'Semakin rendah semakin baik',
};

/** Kategori nilai capaian IKI (PermenPANRB 8/2021). */
export const KATEGORI_CAPAIAN_IKI = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT_KURANG'] as const;
export type KategoriCapaianIki = (typeof KATEGORI_CAPAIAN_IKI)[number];
export const LABEL_KATEGORI_CAPAIAN_IKI: Record<KategoriCapaianIki, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  CUKUP: 'Cukup',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** Predikat kinerja PP 30/2019 Pasal 41 (numeric era). */
export const PREDIKAT_PP30 = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'SANGAT_KURANG'] as const;
export type PredikatPP30 = (typeof PREDIKAT_PP30)[number];
export const LABEL_PREDIKAT_PP30: Record<PredikatPP30, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  CUKUP: 'Cukup',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/** Sebutan nilai prestasi kerja PP 46/2011. */
export const SEBUTAN_PP46 = ['SANGAT_BAIK', 'BAIK', 'CUKUP', 'KURANG', 'BURUK'] as const;
export type SebutanPP46 = (typeof SEBUTAN_PP46)[number];
export const LABEL_SEBUTAN_PP46: Record<SebutanPP46, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  CUKUP: 'Cukup',
  KURANG: 'Kurang',
  BURUK: 'Buruk',
};

/** Rule sets, oldest first (§0); see rule-set.ts for the year mapping. */
export const ATURAN_PENILAIAN = ['PP46_2011', 'PP30_2019', 'PERMENPANRB_8_2021', 'PERMENPANRB_6_2022'] as const;
export type AturanPenilaian = (typeof ATURAN_PENILAIAN)[number];
export const LABEL_ATURAN_PENILAIAN: Record<AturanPenilaian, string> = {
  PP46_2011: 'PP 46/2011 (Penilaian Prestasi Kerja PNS)',
  PP30_2019: 'PP 30/2019 (Penilaian Kinerja PNS)',
  PERMENPANRB_8_2021: 'PermenPANRB 8/2021 (Sistem Manajemen Kinerja PNS)',
  PERMENPANRB_6_2022: 'PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN)',
};

/** Type guard for any of the enumerations above: `isOneOf(RATINGS, x)`. */
export function isOneOf<const T extends readonly string[]>(values: T, value: unknown): value is T[number] {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
