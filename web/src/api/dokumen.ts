// The dokumen evaluasi kinerja pegawai: its PDF address and the public check behind its QR code.
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { VerifikasiDokumen as VerifikasiSchema } from '../../../src/contracts/dokumen-evaluasi.ts';
import { API_BASE, api } from './client.ts';
import type { Evaluasi } from './evaluasi.ts';

export type VerifikasiDokumen = z.infer<typeof VerifikasiSchema>;

/** Only a FINAL evaluation has a document. */
export function dokumenEvaluasiUrl(ev: Pick<Evaluasi, 'skpId' | 'jenis' | 'periodeKe'>): string {
  return `${API_BASE}/skp/${ev.skpId}/evaluasi/${ev.jenis === 'TAHUNAN' ? 'tahunan' : 'periodik'}/${ev.periodeKe}/dokumen.pdf`;
}

export function useVerifikasiDokumen(kode: string) {
  return useQuery({
    queryKey: ['verifikasi-dokumen', kode],
    queryFn: ({ signal }) => api.get<VerifikasiDokumen>(`/verifikasi-dokumen/${encodeURIComponent(kode)}`, undefined, signal),
    enabled: !!kode,
    staleTime: Infinity,
  });
}
