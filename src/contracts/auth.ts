import { z } from 'zod';
import { Uuid } from './common.ts';

export const PERAN = ['PEGAWAI', 'ATASAN', 'PIMPINAN', 'ADMIN', 'SUPERADMIN'] as const;
export type Peran = (typeof PERAN)[number];

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'NIP atau nama akun wajib diisi').max(64),
  password: z.string().min(1, 'Kata sandi wajib diisi').max(256),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z.object({
  akunId: Uuid,
  username: z.string(),
  nama: z.string(),
  peran: z.array(z.enum(PERAN)),
  wajibGantiPassword: z.boolean(),
  locale: z.enum(['id', 'en']),
  instansi: z.object({ id: Uuid, nama: z.string() }).nullable(),
  pegawai: z.object({
    id: Uuid, nip: z.string(), nipTampil: z.string(), namaLengkap: z.string(),
    jabatan: z.string(), unitKerja: z.string(),
  }).nullable(),
});
export type Me = z.infer<typeof Me>;

export const LoginResponse = z.object({ user: Me, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const SessionResponse = LoginResponse;

export const ChangePasswordRequest = z.object({
  passwordLama: z.string().min(1, 'Kata sandi lama wajib diisi'),
  passwordBaru: z.string()
    .min(10, 'Kata sandi baru minimal 10 karakter')
    .max(256)
    .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), 'Kata sandi baru harus memuat huruf dan angka'),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const LocaleRequest = z.object({ locale: z.enum(['id', 'en']) });

export const TokenApi = z.object({
  id: Uuid, nama: z.string(), prefix: z.string(), createdAt: z.string(),
  lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
});
export type TokenApi = z.infer<typeof TokenApi>;
export const CreateTokenRequest = z.object({ nama: z.string().trim().min(3, 'Nama token minimal 3 karakter').max(100) });
export const CreateTokenResponse = TokenApi.extend({ token: z.string() });
