// The header bell: one polled read gives both the unread count and the newest notifications.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { BacaSemuaResult as BacaSemuaSchema, Notifikasi as NotifikasiSchema, NotifikasiList as NotifikasiListSchema } from '../../../src/contracts/index.ts';
import { api } from './client.ts';

export type Notifikasi = z.infer<typeof NotifikasiSchema>;
export type NotifikasiList = z.infer<typeof NotifikasiListSchema>;

export const notifikasiKeys = { all: ['notifikasi'] as const };

/** How many of the newest notifications the dropdown lists. */
export const NOTIFIKASI_DROPDOWN = 10;

export function useNotifikasi(enabled = true) {
  return useQuery({
    queryKey: notifikasiKeys.all,
    queryFn: ({ signal }) => api.get<NotifikasiList>('/notifikasi', { pageSize: NOTIFIKASI_DROPDOWN }, signal),
    enabled,
    // Reminders arrive once a day; a minute's delay is fine, and the tab catches up when it is looked at again.
    refetchInterval: 60_000,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

export function useBacaNotifikasi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Notifikasi>(`/notifikasi/${id}/baca`),
    onSuccess: (n) => {
      qc.setQueryData<NotifikasiList>(notifikasiKeys.all, (old) => old && {
        ...old,
        items: old.items.map((i) => (i.id === n.id ? n : i)),
        belumDibaca: Math.max(0, old.belumDibaca - (old.items.some((i) => i.id === n.id && !i.dibacaAt) ? 1 : 0)),
      });
      void qc.invalidateQueries({ queryKey: notifikasiKeys.all });
    },
  });
}

export function useBacaSemuaNotifikasi() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<z.infer<typeof BacaSemuaSchema>>('/notifikasi/baca-semua'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notifikasiKeys.all }),
  });
}
