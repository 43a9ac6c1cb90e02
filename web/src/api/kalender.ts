// Working-day calendar reads and writes: a pegawai's month, days off, leave.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Cuti, CutiInput, CutiPage, HariKalender, HariLibur, HariLiburInstansiInput, KalenderPegawai, StatusHari,
} from '../../../src/contracts/kalender.ts';
import { api } from './client.ts';

export type { Cuti, CutiInput, CutiPage, HariKalender, HariLibur, HariLiburInstansiInput, KalenderPegawai, StatusHari };
export { JENIS_CUTI, STATUS_HARI, type JenisCuti } from '../../../src/contracts/kalender-values.ts';

export const kalenderKeys = {
  pegawaiAll: ['kalender'] as const,
  pegawai: (pegawaiId: string, bulan: string) => ['kalender', pegawaiId, bulan] as const,
  liburAll: ['hari-libur'] as const,
  libur: (tahun: number) => ['hari-libur', tahun] as const,
  cutiAll: ['cuti'] as const,
  cuti: (tahun: number, pegawaiId: string | null, page: number) => ['cuti', tahun, pegawaiId ?? 'semua', page] as const,
};

/** This month on the device, as YYYY-MM. */
export function bulanIni(): string {
  return new Date().toLocaleDateString('sv-SE').slice(0, 7);
}

/** 'YYYY-MM' moved by `n` months. */
export function geserBulan(bulan: string, n: number): string {
  const [y, m] = bulan.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export const isBulan = (s: string | null): s is string => !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export function useKalenderPegawai(pegawaiId: string | null | undefined, bulan: string) {
  return useQuery({
    queryKey: kalenderKeys.pegawai(pegawaiId ?? '', bulan),
    queryFn: ({ signal }) => api.get<KalenderPegawai>(`/kalender/pegawai/${pegawaiId}`, { bulan }, signal),
    enabled: !!pegawaiId,
  });
}

export function useHariLibur(tahun: number) {
  return useQuery({
    queryKey: kalenderKeys.libur(tahun),
    queryFn: ({ signal }) => api.get<HariLibur[]>('/hari-libur', { tahun }, signal),
    staleTime: 5 * 60_000,
  });
}

export const CUTI_PAGE_SIZE = 25;

export function useCutiList(tahun: number, pegawaiId: string | null, page: number) {
  return useQuery({
    queryKey: kalenderKeys.cuti(tahun, pegawaiId, page),
    queryFn: ({ signal }) => api.get<CutiPage>('/cuti', { tahun, pegawaiId, page, pageSize: CUTI_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** After any change to days off or leave, calendars shown anywhere are stale too. */
function useInvalidateKalender() {
  const qc = useQueryClient();
  return (what: 'libur' | 'cuti') => {
    void qc.invalidateQueries({ queryKey: what === 'libur' ? kalenderKeys.liburAll : kalenderKeys.cutiAll });
    void qc.invalidateQueries({ queryKey: kalenderKeys.pegawaiAll });
  };
}

export function useAddLiburInstansi(onDone?: () => void) {
  const invalidate = useInvalidateKalender();
  return useMutation({
    mutationFn: (body: HariLiburInstansiInput) => api.post<HariLibur>('/hari-libur/instansi', body),
    onSuccess: () => { invalidate('libur'); onDone?.(); },
  });
}

export function useDeleteLiburInstansi(onDone?: () => void) {
  const invalidate = useInvalidateKalender();
  return useMutation({
    mutationFn: (tanggal: string) => api.del<unknown>(`/hari-libur/instansi/${tanggal}`),
    onSuccess: () => { invalidate('libur'); onDone?.(); },
  });
}

export function useAddCuti(onDone?: () => void) {
  const invalidate = useInvalidateKalender();
  return useMutation({
    mutationFn: (body: CutiInput) => api.post<Cuti>('/cuti', body),
    onSuccess: () => { invalidate('cuti'); onDone?.(); },
  });
}

export function useDeleteCuti(onDone?: () => void) {
  const invalidate = useInvalidateKalender();
  return useMutation({
    mutationFn: (id: string) => api.del<unknown>(`/cuti/${id}`),
    onSuccess: () => { invalidate('cuti'); onDone?.(); },
  });
}
