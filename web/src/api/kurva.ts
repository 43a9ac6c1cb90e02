// Predikat kinerja organisasi, the kurva distribusi of a unit, calibration and override.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  KalibrasiRequest, KurvaDistribusi as KurvaSchema, KurvaOverrideRequest, PenetapanPredikatOrganisasi as PenetapanSchema,
  SetPredikatOrganisasiRequest, UnitKurva as UnitKurvaSchema,
} from '../../../src/contracts/kurva.ts';
import { api } from './client.ts';

export type KurvaDistribusi = z.infer<typeof KurvaSchema>;
export type UnitKurva = z.infer<typeof UnitKurvaSchema>;
export type Penetapan = z.infer<typeof PenetapanSchema>;
export type PegawaiKurva = KurvaDistribusi['pegawai'][number];
export type StatusKurva = KurvaDistribusi['status'];
export type PredikatKinerja = NonNullable<PegawaiKurva['predikat']>;
export type PredikatOrganisasi = Penetapan['predikat'];
export type { KalibrasiRequest, KurvaOverrideRequest, SetPredikatOrganisasiRequest };

export const kurvaKeys = {
  all: ['kurva'] as const,
  daftar: (tahun: number) => ['kurva', 'daftar', tahun] as const,
  unit: (unitId: string, tahun: number) => ['kurva', 'unit', unitId, tahun] as const,
};

export function useDaftarUnitKurva(tahun: number | undefined) {
  return useQuery({
    queryKey: kurvaKeys.daftar(tahun ?? 0),
    queryFn: ({ signal }) => api.get<UnitKurva[]>('/predikat-organisasi', { tahun }, signal),
    enabled: !!tahun,
  });
}

export function useKurva(unitId: string | null, tahun: number | undefined) {
  return useQuery({
    queryKey: kurvaKeys.unit(unitId ?? '', tahun ?? 0),
    queryFn: ({ signal }) => api.get<KurvaDistribusi>(`/kurva/${unitId}/${tahun}`, undefined, signal),
    enabled: !!unitId && !!tahun,
  });
}

/** After any write the unit list changes too (status, predikat), so both are refreshed. */
function useKurvaWrite<B, R>(unitId: string, tahun: number, send: (body: B) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (data) => {
      if (data && typeof data === 'object' && 'pegawai' in data) qc.setQueryData(kurvaKeys.unit(unitId, tahun), data);
      void qc.invalidateQueries({ queryKey: kurvaKeys.all });
    },
  });
}

export const useTetapkanPredikat = (unitId: string, tahun: number) =>
  useKurvaWrite(unitId, tahun, (b: SetPredikatOrganisasiRequest) => api.put<Penetapan>(`/predikat-organisasi/${unitId}/${tahun}`, b));

export const useKalibrasi = (unitId: string, tahun: number) =>
  useKurvaWrite(unitId, tahun, (b: KalibrasiRequest) => api.post<KurvaDistribusi>(`/kurva/${unitId}/${tahun}/kalibrasi`, b));

export const useAbaikanKurva = (unitId: string, tahun: number) =>
  useKurvaWrite(unitId, tahun, (b: KurvaOverrideRequest) => api.post<KurvaDistribusi>(`/kurva/${unitId}/${tahun}/override`, b));
