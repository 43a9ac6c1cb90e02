// SKP and periode reads shared by the pegawai, atasan and admin screens.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Matriks as MatriksSchema, Periode as PeriodeSchema, Progres as ProgresSchema, RiwayatItem as RiwayatSchema,
  Skp as SkpSchema, SkpRingkas as SkpRingkasSchema, SkpTemplate as SkpTemplateSchema, SkpIsiInput, Perubahan as PerubahanSchema,
} from '../../../src/contracts/index.ts';
import { api } from './client.ts';

export type Periode = z.infer<typeof PeriodeSchema>;
export type Skp = z.infer<typeof SkpSchema>;
export type SkpRingkas = z.infer<typeof SkpRingkasSchema>;
export type Matriks = z.infer<typeof MatriksSchema>;
export type Progres = z.infer<typeof ProgresSchema>;
export type RiwayatItem = z.infer<typeof RiwayatSchema>;
export type SkpTemplate = z.infer<typeof SkpTemplateSchema>;
export type Perubahan = z.infer<typeof PerubahanSchema>;
export type { SkpIsiInput };
/** What a 409 on an SKP carries in `details.current`. */
export interface SkpConflict { version: number; diubahOleh: string | null; updatedAt: string; perubahan: Perubahan[] }

export const skpKeys = {
  periode: ['periode'] as const,
  all: ['skp'] as const,
  list: (periodeId: string, lingkup: 'saya' | 'bawahan' | 'dinilai') => ['skp', 'list', periodeId, lingkup] as const,
  one: (id: string) => ['skp', 'one', id] as const,
  riwayat: (id: string) => ['skp', 'riwayat', id] as const,
  matriks: (periodeId: string) => ['skp', 'matriks', periodeId] as const,
  progres: (periodeId: string) => ['skp', 'progres', periodeId] as const,
  template: (jabatanId?: string | null) => ['skp-template', jabatanId ?? 'all'] as const,
  templateAll: ['skp-template'] as const,
};

export function usePeriodeList() {
  return useQuery({ queryKey: skpKeys.periode, queryFn: ({ signal }) => api.get<Periode[]>('/periode', undefined, signal), staleTime: 5 * 60_000 });
}

/** The periode to show by default: this year's, else the newest. */
export function defaultPeriode(list: Periode[] | undefined): Periode | undefined {
  if (!list?.length) return undefined;
  const year = new Date().getFullYear();
  return list.find((p) => p.tahun === year) ?? list[0];
}

export function useSkpList(periodeId: string | undefined, lingkup: 'saya' | 'bawahan' | 'dinilai') {
  return useQuery({
    queryKey: skpKeys.list(periodeId ?? '', lingkup),
    queryFn: ({ signal }) => api.get<SkpRingkas[]>('/skp', { periodeId, lingkup }, signal),
    enabled: !!periodeId,
  });
}

export function useSkp(id: string | null | undefined) {
  return useQuery({ queryKey: skpKeys.one(id ?? ''), queryFn: ({ signal }) => api.get<Skp>(`/skp/${id}`, undefined, signal), enabled: !!id });
}

export function useSkpRiwayat(id: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: skpKeys.riwayat(id ?? ''),
    queryFn: ({ signal }) => api.get<RiwayatItem[]>(`/skp/${id}/riwayat`, undefined, signal),
    enabled: !!id && enabled,
  });
}

export function useMatriks(periodeId: string | undefined) {
  return useQuery({
    queryKey: skpKeys.matriks(periodeId ?? ''),
    queryFn: ({ signal }) => api.get<Matriks>('/skp/matriks', { periodeId }, signal),
    enabled: !!periodeId,
  });
}

export function useProgres(periodeId: string | undefined) {
  return useQuery({
    queryKey: skpKeys.progres(periodeId ?? ''),
    queryFn: ({ signal }) => api.get<Progres>('/skp/progres', { periodeId }, signal),
    enabled: !!periodeId,
  });
}

export function useTemplateList(jabatanId?: string | null, enabled = true) {
  return useQuery({
    queryKey: skpKeys.template(jabatanId),
    queryFn: ({ signal }) => api.get<SkpTemplate[]>('/skp-template', jabatanId ? { jabatanId } : undefined, signal),
    enabled,
  });
}
