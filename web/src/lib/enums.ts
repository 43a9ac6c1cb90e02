// Option lists for selects. Typed against the contracts (type-only import keeps zod out of the bundle);
// a Record forces every contract value to be listed here.
import type {
  GOLONGAN, JENIS_IMPORT, JENIS_JABATAN, JENIS_PENUGASAN, JENJANG_JF, STATUS_PEGAWAI,
} from '../../../src/contracts/index.ts';
import type { InstansiInput } from '../api/types.ts';

export type Golongan = (typeof GOLONGAN)[number];
export type JenisJabatan = (typeof JENIS_JABATAN)[number];
export type JenjangJf = (typeof JENJANG_JF)[number];
export type StatusPegawai = (typeof STATUS_PEGAWAI)[number];
export type JenisPenugasan = (typeof JENIS_PENUGASAN)[number];
export type JenisImpor = (typeof JENIS_IMPORT)[number];
export type JenisInstansi = InstansiInput['jenis'];

const keysOf = <K extends string>(r: Record<K, true>): K[] => Object.keys(r) as K[];

export const GOLONGAN_LIST = keysOf<Golongan>({
  'I/a': true, 'I/b': true, 'I/c': true, 'I/d': true, 'II/a': true, 'II/b': true, 'II/c': true, 'II/d': true,
  'III/a': true, 'III/b': true, 'III/c': true, 'III/d': true, 'IV/a': true, 'IV/b': true, 'IV/c': true, 'IV/d': true, 'IV/e': true,
  I: true, II: true, III: true, IV: true, V: true, VI: true, VII: true, VIII: true, IX: true, X: true, XI: true, XII: true,
  XIII: true, XIV: true, XV: true, XVI: true, XVII: true,
});
export const JENIS_JABATAN_LIST = keysOf<JenisJabatan>({
  JPT_UTAMA: true, JPT_MADYA: true, JPT_PRATAMA: true, ADMINISTRATOR: true, PENGAWAS: true, PELAKSANA: true, FUNGSIONAL: true,
});
export const JENJANG_LIST = keysOf<JenjangJf>({
  AHLI_PERTAMA: true, AHLI_MUDA: true, AHLI_MADYA: true, AHLI_UTAMA: true, PEMULA: true, TERAMPIL: true, MAHIR: true, PENYELIA: true,
});
export const STATUS_LIST = keysOf<StatusPegawai>({
  AKTIF: true, CUTI: true, TUGAS_BELAJAR: true, DIBERHENTIKAN_SEMENTARA: true, PENSIUN: true, NONAKTIF: true,
});
export const JENIS_PENUGASAN_LIST = keysOf<JenisPenugasan>({ PLT: true, PLH: true });
export const JENIS_IMPOR_LIST = keysOf<JenisImpor>({ 'unit-kerja': true, jabatan: true, pegawai: true });
export const JENIS_INSTANSI_LIST = keysOf<JenisInstansi>({ KEMENTERIAN: true, LEMBAGA: true, PROVINSI: true, KABUPATEN: true, KOTA: true });
