// Working-day calendar enumerations, free of zod so the SPA can import the values.

/** What kind of day a date is for an instansi; holidays win over the weekend so their name shows. */
export const JENIS_HARI = ['KERJA', 'AKHIR_PEKAN', 'LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_INSTANSI'] as const;
export type JenisHari = (typeof JENIS_HARI)[number];

/** National days off per the yearly SKB Menteri Agama, Menaker and MenPANRB. */
export const JENIS_LIBUR_NASIONAL = ['LIBUR_NASIONAL', 'CUTI_BERSAMA'] as const;
export type JenisLiburNasional = (typeof JENIS_LIBUR_NASIONAL)[number];
export const JENIS_LIBUR = [...JENIS_LIBUR_NASIONAL, 'LIBUR_INSTANSI'] as const;
export type JenisLibur = (typeof JENIS_LIBUR)[number];

/** A pegawai's day in the month view. */
export const STATUS_HARI = ['TERISI', 'KOSONG', 'CUTI', 'LIBUR', 'AKAN_DATANG'] as const;
export type StatusHari = (typeof STATUS_HARI)[number];

/**
 * Jenis cuti PNS of PP 11/2017 (as amended by PP 17/2020), Pasal 310, plus dinas luar and tugas
 * belajar: not leave, but days the pegawai is away from the office and logs no daily activity.
 */
export const JENIS_CUTI = [
  'CUTI_TAHUNAN', 'CUTI_BESAR', 'CUTI_SAKIT', 'CUTI_MELAHIRKAN', 'CUTI_ALASAN_PENTING',
  'CUTI_DI_LUAR_TANGGUNGAN_NEGARA', 'DINAS_LUAR', 'TUGAS_BELAJAR',
] as const;
export type JenisCuti = (typeof JENIS_CUTI)[number];
export const LABEL_JENIS_CUTI: Record<JenisCuti, string> = {
  CUTI_TAHUNAN: 'Cuti tahunan',
  CUTI_BESAR: 'Cuti besar',
  CUTI_SAKIT: 'Cuti sakit',
  CUTI_MELAHIRKAN: 'Cuti melahirkan',
  CUTI_ALASAN_PENTING: 'Cuti karena alasan penting',
  CUTI_DI_LUAR_TANGGUNGAN_NEGARA: 'Cuti di luar tanggungan negara',
  DINAS_LUAR: 'Dinas luar',
  TUGAS_BELAJAR: 'Tugas belajar',
};
