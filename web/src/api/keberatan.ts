// Keberatan: the pegawai's objection to a FINAL annual evaluation, and the atasan pejabat penilai's decision.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DaftarKeberatan as DaftarSchema, HasilPenilaian as HasilSchema, Keberatan as KeberatanSchema,
  KeberatanRingkas as RingkasSchema, PutusanKeberatanRequest,
} from '../../../src/contracts/keberatan.ts';
import { api } from './client.ts';

export type Keberatan = z.infer<typeof KeberatanSchema>;
export type DaftarKeberatan = z.infer<typeof DaftarSchema>;
export type HasilPenilaian = z.infer<typeof HasilSchema>;
export type KeberatanRingkas = z.infer<typeof RingkasSchema>;
export type PutusanKeberatan = PutusanKeberatanRequest;
export type KeputusanKeberatan = NonNullable<Keberatan['keputusan']>;
/** What a 409 on a keberatan carries in `details.current`: the objection as it is now (at least its version). */
export type KeberatanConflict = Partial<Keberatan> & { version: number };

/** Same limits as AjukanKeberatanRequest / PutusanKeberatanRequest (src/contracts/keberatan.ts); the server decides. */
export const ALASAN_MIN = 20;
export const CATATAN_MIN = 10;
export const TEKS_MAX = 4000;

export const keberatanKeys = {
  all: ['keberatan'] as const,
  daftar: ['keberatan', 'daftar'] as const,
  one: (id: string) => ['keberatan', 'one', id] as const,
};

/** `/skp/{id}/evaluasi/tahunan/0/keberatan`: only the annual evaluation can be objected to. */
export const ajukanKeberatanPath = (skpId: string) => `/skp/${skpId}/evaluasi/tahunan/0/keberatan`;

export function useDaftarKeberatan() {
  return useQuery({
    queryKey: keberatanKeys.daftar,
    queryFn: ({ signal }) => api.get<DaftarKeberatan>('/keberatan', undefined, signal),
  });
}

export function useKeberatan(id: string | null, enabled = true) {
  return useQuery({
    queryKey: keberatanKeys.one(id ?? ''),
    queryFn: ({ signal }) => api.get<Keberatan>(`/keberatan/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: !!id && enabled,
    retry: false,
  });
}
