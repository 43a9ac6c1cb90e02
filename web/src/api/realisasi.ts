// Realisasi per IKI per period with bukti dukung, and umpan balik berkelanjutan on one SKP.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BuktiDukung as BuktiDukungSchema, PesanUmpanBalik as PesanSchema, RealisasiSel as SelSchema,
  RealisasiSkp as RealisasiSkpSchema, UmpanBalikSkp as UmpanBalikSchema,
} from '../../../src/contracts/realisasi.ts';
import { api, apiUrl, request } from './client.ts';

export type RealisasiSkp = z.infer<typeof RealisasiSkpSchema>;
export type RealisasiSel = z.infer<typeof SelSchema>;
export type RealisasiIki = RealisasiSkp['rhk'][number]['iki'][number];
export type PeriodeRealisasi = RealisasiSkp['periode'][number];
export type BuktiDukung = z.infer<typeof BuktiDukungSchema>;
export type UmpanBalikSkp = z.infer<typeof UmpanBalikSchema>;
export type PesanUmpanBalik = z.infer<typeof PesanSchema>;
export type Utas = UmpanBalikSkp['rhk'][number]['utas'][number];
/** The server's limit of bukti dukung per realisasi (MAX_BUKTI_PER_REALISASI). */
export const MAX_BUKTI_PER_REALISASI = 10;

export const realisasiKeys = {
  one: (skpId: string) => ['realisasi', skpId] as const,
  umpanBalik: (skpId: string) => ['umpan-balik', skpId] as const,
};

const selPath = (skpId: string, ikiId: string, ke: number) => `/skp/${skpId}/realisasi/${ikiId}/${ke}`;

/** The authorised download address of a bukti dukung file (the session cookie goes with it). */
export const buktiDukungUrl = (skpId: string, ikiId: string, ke: number, buktiId: string) => apiUrl(`${selPath(skpId, ikiId, ke)}/bukti/${buktiId}`);

export function useRealisasi(skpId: string) {
  return useQuery({
    queryKey: realisasiKeys.one(skpId),
    queryFn: ({ signal }) => api.get<RealisasiSkp>(`/skp/${skpId}/realisasi`, undefined, signal),
    enabled: !!skpId,
  });
}

export interface SimpanInput { ikiId: string; periodeKe: number; nilai: number | null; alasan: string | null; version: number }

export function useSimpanRealisasi(skpId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ ikiId, periodeKe, ...body }: SimpanInput) => api.put<RealisasiSel>(selPath(skpId, ikiId, periodeKe), body),
    // The year-to-date column and the other cells' versions come back with the table.
    onSuccess: () => qc.invalidateQueries({ queryKey: realisasiKeys.one(skpId) }),
  });
}

export function uploadBuktiDukung(skpId: string, ikiId: string, ke: number, id: string, nama: string, data: Blob) {
  return request<BuktiDukung>('PUT', `${selPath(skpId, ikiId, ke)}/bukti/${id}`, { query: { nama }, raw: data });
}

export function addTautanDukung(skpId: string, ikiId: string, ke: number, id: string, nama: string, url: string) {
  return api.post<BuktiDukung>(`${selPath(skpId, ikiId, ke)}/tautan/${id}`, { nama, url });
}

export function deleteBuktiDukung(skpId: string, ikiId: string, ke: number, id: string) {
  return api.del<{ ok: true }>(`${selPath(skpId, ikiId, ke)}/bukti/${id}`);
}

export function useUmpanBalik(skpId: string) {
  return useQuery({
    queryKey: realisasiKeys.umpanBalik(skpId),
    queryFn: ({ signal }) => api.get<UmpanBalikSkp>(`/skp/${skpId}/umpan-balik`, undefined, signal),
    enabled: !!skpId,
  });
}

export interface TulisInput { rhkId?: string; kodeBerakhlak?: string; isi: string; balasanUntukId?: string }

export function useTulisUmpanBalik(skpId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TulisInput) => api.post<PesanUmpanBalik>(`/skp/${skpId}/umpan-balik`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: realisasiKeys.umpanBalik(skpId) }),
  });
}
