// Periodic and annual evaluation of an SKP, its explanation, and the instansi's evaluation settings.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DaftarEvaluasi as DaftarSchema, Evaluasi as EvaluasiSchema, EvaluasiAksiHasil as AksiSchema,
  PengaturanPenilaian as PengaturanSchema, Penjelasan as PenjelasanSchema,
} from '../../../src/contracts/evaluasi.ts';
import { api } from './client.ts';

export type DaftarEvaluasi = z.infer<typeof DaftarSchema>;
export type Evaluasi = z.infer<typeof EvaluasiSchema>;
export type EvaluasiAksiHasil = z.infer<typeof AksiSchema>;
export type Penjelasan = z.infer<typeof PenjelasanSchema>;
export type Perhitungan = Penjelasan['perhitungan'];
export type PengaturanPenilaian = z.infer<typeof PengaturanSchema>;
export type StatusEvaluasi = Evaluasi['status'];
export type AksiEvaluasi = 'realisasi-selesai' | 'nilai' | 'tetapkan' | 'final' | 'penjelasan';
/** What a 409 on an evaluation carries in `details.current`. */
export interface EvaluasiConflict { version: number; status: StatusEvaluasi; diubahOleh: string | null; updatedAt: string }

export const evaluasiKeys = {
  all: ['evaluasi'] as const,
  daftar: (skpId: string) => ['evaluasi', 'daftar', skpId] as const,
  penjelasan: (skpId: string, jenis: string, periodeKe: number) => ['evaluasi', 'penjelasan', skpId, jenis, periodeKe] as const,
  pengaturan: ['pengaturan-penilaian'] as const,
};

/** `/skp/{id}/evaluasi/periodik/1/nilai` */
export function evaluasiPath(ev: Pick<Evaluasi, 'skpId' | 'jenis' | 'periodeKe'>, aksi: AksiEvaluasi): string {
  return `/skp/${ev.skpId}/evaluasi/${ev.jenis === 'TAHUNAN' ? 'tahunan' : 'periodik'}/${ev.periodeKe}/${aksi}`;
}

export function useDaftarEvaluasi(skpId: string) {
  return useQuery({
    queryKey: evaluasiKeys.daftar(skpId),
    queryFn: ({ signal }) => api.get<DaftarEvaluasi>(`/skp/${skpId}/evaluasi`, undefined, signal),
    enabled: !!skpId,
  });
}

export function usePenjelasan(ev: Pick<Evaluasi, 'skpId' | 'jenis' | 'periodeKe' | 'version'> | null) {
  return useQuery({
    // The version is part of the key: a new rating or predikat means a new explanation.
    queryKey: [...evaluasiKeys.penjelasan(ev?.skpId ?? '', ev?.jenis ?? '', ev?.periodeKe ?? -1), ev?.version ?? 0],
    queryFn: ({ signal }) => api.get<Penjelasan>(evaluasiPath(ev!, 'penjelasan'), undefined, signal),
    enabled: !!ev,
  });
}

export function usePengaturanPenilaian() {
  return useQuery({
    queryKey: evaluasiKeys.pengaturan,
    queryFn: ({ signal }) => api.get<PengaturanPenilaian>('/pengaturan-penilaian', undefined, signal),
  });
}
