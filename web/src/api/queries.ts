// Query keys and read hooks shared by several screens.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import type {
  ImportJob, Instansi, Jabatan, Pegawai, PegawaiPage, Penugasan, TokenApi, UnitKerja,
} from './types.ts';

export const keys = {
  unitKerja: ['unit-kerja'] as const,
  jabatan: (unitKerjaId?: string | null) => ['jabatan', unitKerjaId ?? 'all'] as const,
  jabatanAll: ['jabatan'] as const,
  pegawaiAll: ['pegawai'] as const,
  pegawaiPage: (p: PegawaiListParams) => ['pegawai', 'page', p] as const,
  pegawai: (id: string) => ['pegawai', 'one', id] as const,
  bawahan: (id: string) => ['pegawai', 'bawahan', id] as const,
  penugasan: ['penugasan'] as const,
  imports: ['import'] as const,
  importJob: (id: string) => ['import', id] as const,
  tokenApi: ['token-api'] as const,
  instansi: ['instansi'] as const,
};

export interface PegawaiListParams {
  q?: string;
  unitKerjaId?: string | null;
  page: number;
  pageSize: number;
}

const LONG = 5 * 60_000;

export function useUnitKerjaList() {
  return useQuery({ queryKey: keys.unitKerja, queryFn: ({ signal }) => api.get<UnitKerja[]>('/unit-kerja', undefined, signal), staleTime: LONG });
}

export function useJabatanList(unitKerjaId?: string | null, enabled = true) {
  return useQuery({
    queryKey: keys.jabatan(unitKerjaId),
    queryFn: ({ signal }) => api.get<Jabatan[]>('/jabatan', { unitKerjaId }, signal),
    staleTime: LONG,
    enabled,
  });
}

export function usePegawaiPage(params: PegawaiListParams) {
  return useQuery({
    queryKey: keys.pegawaiPage(params),
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { ...params }, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePegawai(id: string | null | undefined) {
  return useQuery({
    queryKey: keys.pegawai(id ?? ''),
    queryFn: ({ signal }) => api.get<Pegawai>(`/pegawai/${id}`, undefined, signal),
    enabled: !!id,
  });
}

export function useBawahan(id: string | null | undefined) {
  return useQuery({
    queryKey: keys.bawahan(id ?? ''),
    queryFn: ({ signal }) => api.get<Pegawai[]>(`/pegawai/${id}/bawahan`, undefined, signal),
    enabled: !!id,
  });
}

export function usePenugasanList() {
  return useQuery({ queryKey: keys.penugasan, queryFn: ({ signal }) => api.get<Penugasan[]>('/penugasan', undefined, signal) });
}

export function useImportJobs() {
  return useQuery({ queryKey: keys.imports, queryFn: ({ signal }) => api.get<ImportJob[]>('/import', undefined, signal) });
}

const RUNNING: ReadonlySet<ImportJob['status']> = new Set(['MENUNGGU', 'MEMBACA', 'MEMERIKSA', 'MENYIMPAN']);
export const isImportRunning = (job: ImportJob) => RUNNING.has(job.status);

/** Polls every second while the job runs. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: keys.importJob(id ?? ''),
    queryFn: ({ signal }) => api.get<ImportJob>(`/import/${id}`, undefined, signal),
    enabled: !!id,
    refetchInterval: (q) => (q.state.data && !isImportRunning(q.state.data) ? false : 1000),
  });
}

export function useTokenApiList() {
  return useQuery({ queryKey: keys.tokenApi, queryFn: ({ signal }) => api.get<TokenApi[]>('/token-api', undefined, signal) });
}

export function useInstansiList() {
  return useQuery({ queryKey: keys.instansi, queryFn: ({ signal }) => api.get<Instansi[]>('/instansi', undefined, signal) });
}
