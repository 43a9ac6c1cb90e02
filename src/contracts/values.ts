// Enumerations as plain constants, free of zod, so the SPA can import the values without the
// validation library; the zod contracts build their enums from these.
export { JENIS_JABATAN, JENJANG_JF } from '../domain/enums.ts';

export const STATUS_PEGAWAI = ['AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'DIBERHENTIKAN_SEMENTARA', 'PENSIUN', 'NONAKTIF'] as const;
export const GOLONGAN = [
  'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d',
  'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
  // PPPK golongan I–XVII (Perpres 98/2020)
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;
export const JENIS_PENUGASAN = ['PLT', 'PLH'] as const;
export const JENIS_IMPORT = ['unit-kerja', 'jabatan', 'pegawai'] as const;
export const JENIS_INSTANSI = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA'] as const;
