// Daily activities: the pegawai's entries, RHK choices, the atasan's verification queue.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Aktivitas as AktivitasSchema, Antrian as AntrianSchema, Bukti as BuktiSchema, PilihanRhk as PilihanRhkSchema,
  SinkronResult as SinkronResultSchema, VerifikasiResult as VerifikasiResultSchema,
} from '../../../src/contracts/aktivitas.ts';
import { api, apiUrl, ApiError, NETWORK_ERROR } from './client.ts';
import { kalenderKeys, type KalenderPegawai } from './kalender.ts';

export type Aktivitas = z.infer<typeof AktivitasSchema>;
export type Bukti = z.infer<typeof BuktiSchema>;
export type PilihanRhk = z.infer<typeof PilihanRhkSchema>;
export type RhkPilihan = PilihanRhk[number];
export type Antrian = z.infer<typeof AntrianSchema>;
export type SinkronResult = z.infer<typeof SinkronResultSchema>;
export type HasilSinkron = SinkronResult['hasil'][number];
export type VerifikasiResult = z.infer<typeof VerifikasiResultSchema>;
export type StatusAktivitas = Aktivitas['status'];
/** The server's limit per evidence file (MAX_BUKTI_BYTES in the contract; a value import would pull zod into the bundle). */
export const MAX_BUKTI_BYTES = 5 * 1024 * 1024;
/** The server's limit of evidence items per activity. */
export const MAX_BUKTI_PER_AKTIVITAS = 5;

/** What the pegawai typed, in the shape POST /aktivitas and /aktivitas/sinkron take (without the id). */
export interface AktivitasData {
  tanggal: string;
  rhkId: string;
  rencanaAksiId: string | null;
  uraian: string;
  jumlah: number | null;
  satuan: string | null;
  jamMulai: string | null;
  jamSelesai: string | null;
  menit: number | null;
}

export const aktivitasKeys = {
  all: ['aktivitas'] as const,
  list: (dari: string, sampai: string) => ['aktivitas', 'list', dari, sampai] as const,
  pilihan: (tanggal: string) => ['aktivitas', 'pilihan', tanggal] as const,
  antrian: ['aktivitas', 'antrian'] as const,
};

const wibFmt = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Jakarta' });
/** Today in WIB as YYYY-MM-DD: the server refuses later dates by the same clock. */
export const todayWib = (): string => wibFmt.format(new Date());

/** YYYY-MM-DD moved by `n` days. */
export function geserTanggal(tanggal: string, n: number): string {
  const d = new Date(`${tanggal}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Minutes an entry counts for: from the clock times when given, else the minutes typed. */
export function menitDari(a: Pick<AktivitasData, 'jamMulai' | 'jamSelesai' | 'menit'>): number {
  if (a.jamMulai && a.jamSelesai) {
    const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
    return Math.max(0, m(a.jamSelesai) - m(a.jamMulai));
  }
  return a.menit ?? 0;
}

/** The authorised download address of an evidence file (the session cookie goes with it). */
export const buktiUrl = (aktivitasId: string, buktiId: string) => apiUrl(`/aktivitas/${aktivitasId}/bukti/${buktiId}`);

// Reads the service worker may answer from its cache: always try, even when the browser says offline
// (the default would pause them until the connection returns).
const OFFLINE_FIRST = 'offlineFirst' as const;
/** Offline, a failed read says so at once instead of waiting, paused, for a retry. */
const retryOnline = (n: number, e: unknown) => navigator.onLine && n < 2 && isNetwork(e);

const isNetwork = (e: unknown) => e instanceof ApiError && (e.code === NETWORK_ERROR || e.status >= 500);

// The last RHK list per account, so a pegawai who opens the app without signal on a new day can still log work.
const PILIHAN_KEY = 'ekinerja.aktivitas.pilihan.';
function simpanPilihan(akunId: string, data: PilihanRhk) {
  try { localStorage.setItem(PILIHAN_KEY + akunId, JSON.stringify(data)); } catch { /* full or private mode */ }
}
function pilihanTersimpan(akunId: string): PilihanRhk | null {
  try {
    const s = localStorage.getItem(PILIHAN_KEY + akunId);
    return s ? (JSON.parse(s) as PilihanRhk) : null;
  } catch {
    return null;
  }
}

export function usePilihanRhk(akunId: string, tanggal: string, enabled = true) {
  return useQuery({
    queryKey: aktivitasKeys.pilihan(tanggal),
    queryFn: async ({ signal }) => {
      try {
        const data = await api.get<PilihanRhk>('/aktivitas/pilihan-rhk', { tanggal }, signal);
        if (tanggal === todayWib()) simpanPilihan(akunId, data);
        return data;
      } catch (e) {
        const saved = isNetwork(e) ? pilihanTersimpan(akunId) : null;
        if (saved) return saved;
        throw e;
      }
    },
    enabled: enabled && /^\d{4}-\d{2}-\d{2}$/.test(tanggal),
    staleTime: 5 * 60_000,
    networkMode: OFFLINE_FIRST,
    retry: retryOnline,
  });
}

export function useAktivitasList(dari: string, sampai: string, enabled = true) {
  return useQuery({
    queryKey: aktivitasKeys.list(dari, sampai),
    queryFn: ({ signal }) => api.get<Aktivitas[]>('/aktivitas', { dari, sampai }, signal),
    enabled: enabled && /^\d{4}-\d{2}-\d{2}$/.test(dari) && /^\d{4}-\d{2}-\d{2}$/.test(sampai),
    networkMode: OFFLINE_FIRST,
    retry: retryOnline,
  });
}

export function useAntrian() {
  return useQuery({
    queryKey: aktivitasKeys.antrian,
    queryFn: ({ signal }) => api.get<Antrian>('/aktivitas/antrian', undefined, signal),
    staleTime: 0,
    networkMode: OFFLINE_FIRST,
    retry: retryOnline,
  });
}

/** A pegawai's month (same cache entry as useKalenderPegawai), read even offline so the cached copy shows. */
export function useKalenderBulan(pegawaiId: string, bulan: string) {
  return useQuery({
    queryKey: kalenderKeys.pegawai(pegawaiId, bulan),
    queryFn: ({ signal }) => api.get<KalenderPegawai>(`/kalender/pegawai/${pegawaiId}`, { bulan }, signal),
    networkMode: OFFLINE_FIRST,
    retry: retryOnline,
  });
}

export interface VerifikasiInput { ids: string[]; status: 'diterima' | 'ditolak'; catatan: string | null }

export function useVerifikasi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: VerifikasiInput) => api.post<VerifikasiResult>('/aktivitas/verifikasi', body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: aktivitasKeys.all });
      void qc.invalidateQueries({ queryKey: ['kalender'] });
    },
  });
}
