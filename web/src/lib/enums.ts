// Option lists for selects, straight from the contracts' zod-free value lists.
import {
  GOLONGAN, JENIS_IMPORT, JENIS_INSTANSI, JENIS_JABATAN, JENIS_PENUGASAN, JENJANG_JF, STATUS_PEGAWAI,
} from '../../../src/contracts/values.ts';

export type Golongan = (typeof GOLONGAN)[number];
export type JenisJabatan = (typeof JENIS_JABATAN)[number];
export type JenjangJf = (typeof JENJANG_JF)[number];
export type StatusPegawai = (typeof STATUS_PEGAWAI)[number];
export type JenisPenugasan = (typeof JENIS_PENUGASAN)[number];
export type JenisImpor = (typeof JENIS_IMPORT)[number];
export type JenisInstansi = (typeof JENIS_INSTANSI)[number];

export const GOLONGAN_LIST: readonly Golongan[] = GOLONGAN;
export const JENIS_JABATAN_LIST: readonly JenisJabatan[] = JENIS_JABATAN;
export const JENJANG_LIST: readonly JenjangJf[] = JENJANG_JF;
export const STATUS_LIST: readonly StatusPegawai[] = STATUS_PEGAWAI;
export const JENIS_PENUGASAN_LIST: readonly JenisPenugasan[] = JENIS_PENUGASAN;
export const JENIS_IMPOR_LIST: readonly JenisImpor[] = JENIS_IMPORT;
export const JENIS_INSTANSI_LIST: readonly JenisInstansi[] = JENIS_INSTANSI;
