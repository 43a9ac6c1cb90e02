import { Group, Stack, Text, Title } from '@mantine/core';
import type { Aktivitas } from '../../api/aktivitas.ts';
import { formatMenit } from '../../components/aktivitas/format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatHari } from '../../components/kalender/KalenderBulan.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import type { OutboxItem } from '../../offline/db.ts';
import { gabungHari, totalMenit, type Entri } from './entri.ts';
import { EntriCard } from './EntriCard.tsx';

interface Props {
  tanggal: string;
  list: { data: Aktivitas[] | undefined; isPending: boolean; error: unknown; refetch: () => void };
  items: OutboxItem[];
  sedangDiubah: string | null;
  onUbah: (e: Entri) => void;
  onHapus: (e: Entri) => void;
}

/** The chosen day's entries (this device's unsent ones included) and the day's total time. */
export function DaftarHari({ tanggal, list, items, sedangDiubah, onUbah, onHapus }: Props) {
  const t = useT();
  const entri = gabungHari(tanggal, list.data ?? [], items);
  const total = totalMenit(entri);
  return (
    <section aria-labelledby="akt-hari-title">
      <Group justify="space-between" align="baseline" gap="xs" mb="xs">
        <Title order={2} size="h4" id="akt-hari-title">{t('aktivitas.daftar.judul', { hari: formatHari(t, tanggal) })}</Title>
        <Text fw={700} aria-live="polite">{t('aktivitas.daftar.total', { durasi: formatMenit(t, total) })}</Text>
      </Group>
      {list.isPending && !entri.length && <Loading />}
      {list.error !== null && list.data === undefined && (
        <Stack gap="xs" mb="xs">
          <ErrorAlert error={list.error} onRetry={list.refetch} />
          {entri.length > 0 && <Text size="sm" c="dimmed">{t('aktivitas.daftar.hanyaPerangkat')}</Text>}
        </Stack>
      )}
      {!list.isPending && entri.length === 0 && list.data !== undefined && <Text c="dimmed">{t('aktivitas.daftar.kosong')}</Text>}
      {entri.length > 0 && (
        <ul className="akt-list" aria-label={t('aktivitas.daftar.judul', { hari: formatHari(t, tanggal) })}>
          {entri.map((e) => (
            <EntriCard key={e.id} e={e} sedangDiubah={sedangDiubah === e.id} onUbah={onUbah} onHapus={onHapus} />
          ))}
        </ul>
      )}
    </section>
  );
}
