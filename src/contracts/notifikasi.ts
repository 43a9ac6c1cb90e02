import { z } from 'zod';
import { Uuid } from './common.ts';

/** Kinds made by the reminder job; other parts of the app may add their own. */
export const JENIS_NOTIFIKASI = ['AKTIVITAS_KOSONG', 'ANTRIAN_VERIFIKASI'] as const;

export const Notifikasi = z.object({
  id: Uuid, jenis: z.string(), judul: z.string(), isi: z.string(), tautan: z.string().nullable(),
  dibacaAt: z.string().nullable(), createdAt: z.string(),
});
export type Notifikasi = z.infer<typeof Notifikasi>;

export const NotifikasiQuery = z.object({
  belumDibaca: z.enum(['true', 'false'], 'belumDibaca harus true atau false').default('false').transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type NotifikasiQuery = z.infer<typeof NotifikasiQuery>;

export const NotifikasiList = z.object({
  items: z.array(Notifikasi), total: z.number().int(), page: z.number().int(), pageSize: z.number().int(),
  /** Unread count over all of the caller's notifications, for the badge. */
  belumDibaca: z.number().int(),
});
export type NotifikasiList = z.infer<typeof NotifikasiList>;

export const BacaSemuaResult = z.object({ ditandai: z.number().int() });
