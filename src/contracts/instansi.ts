import { z } from 'zod';
import { Uuid } from './common.ts';
import { JENIS_INSTANSI } from './values.ts';

export const Instansi = z.object({ id: Uuid, kode: z.string(), nama: z.string(), jenis: z.string(), createdAt: z.string() });
export const InstansiInput = z.object({
  kode: z.string().trim().min(2, 'Kode minimal 2 karakter').max(20).regex(/^[A-Z0-9-]+$/, 'Kode hanya huruf besar, angka, dan tanda minus'),
  nama: z.string().trim().min(3, 'Nama minimal 3 karakter').max(200),
  jenis: z.enum(JENIS_INSTANSI, 'Jenis instansi tidak dikenal'),
  adminUsername: z.string().trim().min(3).max(64).regex(/^[a-z0-9._-]+$/, 'Nama akun hanya huruf kecil, angka, titik, minus'),
});
export const InstansiCreated = Instansi.extend({ adminUsername: z.string(), passwordSementara: z.string() });
