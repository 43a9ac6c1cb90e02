import { z } from 'zod';
import { IsoDate, PageQuery, Uuid, paged } from './common.ts';

import { GOLONGAN, JENIS_JABATAN, JENIS_PENUGASAN, JENJANG_JF, STATUS_PEGAWAI } from './values.ts';

export { GOLONGAN, JENIS_JABATAN, JENIS_PENUGASAN, JENJANG_JF, STATUS_PEGAWAI };

const text = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} wajib diisi`).max(max, `${label} maksimal ${max} karakter`);
const optionalText = (max = 100) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const UnitKerja = z.object({
  id: Uuid, parentId: Uuid.nullable(), kode: z.string(), nama: z.string(), level: z.number().int(),
  version: z.number().int(), jumlahPegawai: z.number().int(),
});
export type UnitKerja = z.infer<typeof UnitKerja>;
export const UnitKerjaInput = z.object({
  parentId: Uuid.nullable(),
  kode: text('Kode unit', 50),
  nama: text('Nama unit'),
});
export type UnitKerjaInput = z.infer<typeof UnitKerjaInput>;
export const UnitKerjaUpdate = UnitKerjaInput.extend({ version: z.number().int() });

export const Jabatan = z.object({
  id: Uuid, unitKerjaId: Uuid, kode: z.string(), nama: z.string(),
  jenis: z.enum(JENIS_JABATAN), jenjang: z.enum(JENJANG_JF).nullable(), kelasJabatan: z.number().int(),
  kepalaUnit: z.boolean(), version: z.number().int(),
});
export type Jabatan = z.infer<typeof Jabatan>;
export const JabatanInput = z.object({
  unitKerjaId: Uuid,
  kode: text('Kode jabatan', 50),
  nama: text('Nama jabatan'),
  jenis: z.enum(JENIS_JABATAN, 'Jenis jabatan tidak dikenal'),
  jenjang: z.enum(JENJANG_JF, 'Jenjang tidak dikenal').nullable().default(null),
  kelasJabatan: z.number({ error: 'Kelas jabatan harus angka' }).int('Kelas jabatan harus bilangan bulat')
    .min(1, 'Kelas jabatan 1 sampai 17').max(17, 'Kelas jabatan 1 sampai 17'),
  kepalaUnit: z.boolean().default(false),
}).superRefine((v, ctx) => {
  if (v.jenis === 'FUNGSIONAL' && !v.jenjang) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang wajib diisi untuk jabatan fungsional' });
  if (v.jenis !== 'FUNGSIONAL' && v.jenjang) ctx.addIssue({ code: 'custom', path: ['jenjang'], message: 'Jenjang hanya untuk jabatan fungsional' });
});
export type JabatanInput = z.infer<typeof JabatanInput>;
export const JabatanUpdate = z.intersection(JabatanInput, z.object({ version: z.number().int() }));
export const JabatanQuery = z.object({ unitKerjaId: Uuid.optional() });

export const AtasanRingkas = z.object({
  id: Uuid, nip: z.string(), namaLengkap: z.string(), jabatan: z.string(),
  sumber: z.enum(['STRUKTUR', 'PENGATURAN_ADMIN', 'PLT', 'PLH']),
});

export const Pegawai = z.object({
  id: Uuid, nip: z.string(), nipTampil: z.string(), nipLama: z.string().nullable(),
  jenisAsn: z.enum(['PNS', 'PPPK']), nama: z.string(), gelarDepan: z.string().nullable(),
  gelarBelakang: z.string().nullable(), namaLengkap: z.string(), tanggalLahir: IsoDate,
  jenisKelamin: z.enum(['L', 'P']), golongan: z.string().nullable(),
  jabatan: z.object({ id: Uuid, nama: z.string(), jenis: z.enum(JENIS_JABATAN), kelasJabatan: z.number().int() }),
  unitKerja: z.object({ id: Uuid, nama: z.string() }),
  status: z.enum(STATUS_PEGAWAI), email: z.string().nullable(),
  atasan: AtasanRingkas.nullable(), atasanOverrideId: Uuid.nullable(),
  punyaAkun: z.boolean(),
  version: z.number().int(),
});
export type Pegawai = z.infer<typeof Pegawai>;

export const PegawaiInput = z.object({
  nip: z.string().trim().min(1, 'NIP wajib diisi').max(40),
  nipLama: z.string().trim().regex(/^\d{9}$/, 'NIP lama harus 9 digit').nullish().transform((v) => v ?? null),
  nama: text('Nama'),
  gelarDepan: optionalText(40),
  gelarBelakang: optionalText(60),
  golongan: z.enum(GOLONGAN, 'Golongan tidak dikenal').nullish().transform((v) => v ?? null),
  jabatanId: Uuid.or(z.literal('')).refine((v) => v !== '', 'Jabatan wajib dipilih'),
  unitKerjaId: Uuid.or(z.literal('')).refine((v) => v !== '', 'Unit kerja wajib dipilih'),
  status: z.enum(STATUS_PEGAWAI, 'Status tidak dikenal').default('AKTIF'),
  email: z.email('Format email tidak valid').nullish().or(z.literal('')).transform((v) => (v ? v : null)),
});
export type PegawaiInput = z.input<typeof PegawaiInput>;
export const PegawaiUpdate = PegawaiInput.extend({ version: z.number().int() });

export const PegawaiQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitKerjaId: Uuid.optional(),
  /** Include the whole subtree below unitKerjaId. */
  subtree: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
});
export const PegawaiPage = paged(Pegawai);

export const AtasanOverrideRequest = z.object({ atasanId: Uuid.nullable(), version: z.number().int() });

export const Penugasan = z.object({
  id: Uuid, pegawaiId: Uuid, pegawaiNama: z.string(), jabatanId: Uuid, jabatanNama: z.string(),
  jenis: z.enum(JENIS_PENUGASAN), mulai: IsoDate, selesai: IsoDate.nullable(),
});
export const PenugasanInput = z.object({
  pegawaiId: Uuid, jabatanId: Uuid, jenis: z.enum(JENIS_PENUGASAN),
  mulai: z.iso.date('Tanggal mulai tidak valid'), selesai: z.iso.date('Tanggal selesai tidak valid').nullable().default(null),
}).refine((v) => !v.selesai || v.selesai >= v.mulai, { path: ['selesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal mulai' });

export const AkunPegawaiResponse = z.object({ username: z.string(), passwordSementara: z.string() });
