import { z } from 'zod';
import { Uuid } from './common.ts';

import { JENIS_IMPORT } from './values.ts';

export { JENIS_IMPORT };
export type JenisImport = (typeof JENIS_IMPORT)[number];

export const ImportBaris = z.object({ baris: z.number().int(), kunci: z.string().nullable(), alasan: z.array(z.string()) });
export const ImportJob = z.object({
  id: Uuid, jenis: z.enum(JENIS_IMPORT), namaFile: z.string(),
  status: z.enum(['MENUNGGU', 'MEMBACA', 'MEMERIKSA', 'MENYIMPAN', 'SELESAI', 'GAGAL']),
  total: z.number().int(), diproses: z.number().int(), ditambah: z.number().int(),
  diperbarui: z.number().int(), ditolak: z.number().int(),
  laporan: z.array(ImportBaris), pesan: z.string().nullable(), createdAt: z.string(), selesaiAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;
export const ImportParams = z.object({ jenis: z.enum(JENIS_IMPORT) });
export const ImportQuery = z.object({ namaFile: z.string().min(1).max(200) });
