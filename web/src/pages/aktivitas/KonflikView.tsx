import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { menitDari, type StatusAktivitas } from '../../api/aktivitas.ts';
import { formatDurasi, formatOutput } from '../../components/aktivitas/format.ts';
import { StatusAktivitasBadge } from '../../components/aktivitas/StatusAktivitasBadge.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useT } from '../../i18n/context.tsx';
import type { OutboxItem } from '../../offline/db.ts';

interface Sisi { tanggal: string; rhk: string; uraian: string; output: string; durasi: string }

function Kolom({ judul, s, status, dihapus }: { judul: string; s: Sisi | null; status?: StatusAktivitas | undefined; dihapus?: boolean }) {
  const t = useT();
  return (
    <Stack gap={4} className="akt-konflik-kolom">
      <Group gap="xs" justify="space-between">
        <Text fw={700}>{judul}</Text>
        {status && <StatusAktivitasBadge status={status} />}
      </Group>
      {dihapus ? <Text fw={600} c="red.8">{t('offline.konflik.dihapus')}</Text> : s ? (
        <>
          <Text size="sm" c="dimmed">{formatDate(s.tanggal)} · {s.rhk}</Text>
          <Text size="md" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{s.uraian}</Text>
          <Text size="sm">{[s.output, s.durasi].filter(Boolean).join(' · ')}</Text>
        </>
      ) : <Text c="dimmed">{t('offline.konflik.tidakAda')}</Text>}
    </Stack>
  );
}

/** A change from this device that met a newer server copy: both side by side, the user decides. */
export function KonflikView({ item, onServer, onMine }: { item: OutboxItem; onServer: () => void; onMine: () => void }) {
  const t = useT();
  const [sibuk, setSibuk] = useState(false);
  const srv = item.server;
  const server: Sisi | null = srv ? {
    tanggal: srv.tanggal, rhk: srv.rhkUraian, uraian: srv.uraian, output: formatOutput(srv), durasi: formatDurasi(t, srv),
  } : null;
  const d = item.data;
  const mine: Sisi = {
    tanggal: d.tanggal, rhk: item.tampil.rhkUraian, uraian: d.uraian, output: formatOutput(d),
    durasi: formatDurasi(t, { jamMulai: d.jamMulai, jamSelesai: d.jamSelesai, menit: menitDari(d) }),
  };
  const pilih = (fn: () => void) => () => { setSibuk(true); fn(); };
  return (
    <Alert color="orange" icon={<IconAlert />} title={t('offline.konflik.judul')} role="alert" className="akt-konflik">
      <Stack gap="sm">
        <Text size="md">{item.pesan ?? t('offline.konflik.isi')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Kolom judul={t('offline.konflik.server')} s={server} status={srv?.status} />
          <Kolom judul={t('offline.konflik.saya')} s={mine} dihapus={item.hapus} />
        </SimpleGrid>
        <Group gap="sm">
          <Button color="orange" onClick={pilih(onServer)} disabled={sibuk}>{t('offline.konflik.pakaiServer')}</Button>
          <Button variant="outline" color="orange" onClick={pilih(onMine)} disabled={sibuk}>{t('offline.konflik.kirimSaya')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
