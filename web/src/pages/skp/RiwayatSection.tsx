import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSkpRiwayat } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconChevronDown, IconChevronRight } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import type { MessageKey } from '../../i18n/id.ts';
import { formatDateTime } from '../../i18n/format.ts';

const AKSI = ['CREATE', 'UPDATE', 'AJUKAN', 'SETUJUI', 'KEMBALIKAN', 'REVISI', 'DITUTUP_REVISI', 'GANTI_PENILAI', 'EKSPEKTASI', 'TURUNKAN_RHK', 'TERAPKAN_TEMPLATE'];

function Riwayat({ id }: { id: string }) {
  const t = useT();
  const q = useSkpRiwayat(id);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  return (
    <Stack component="ol" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {q.data.map((r, i) => (
        <li key={`${r.waktu}-${i}`} style={{ borderLeft: '3px solid var(--mantine-color-gray-3)', paddingLeft: '0.75rem' }}>
          <Text fw={700}>{AKSI.includes(r.aksi) ? t(`skp.aksi.${r.aksi}` as MessageKey) : r.aksi}</Text>
          <Text size="sm" c="dimmed">{formatDateTime(r.waktu)} · {r.oleh ?? t('skp.riwayat.sistem')}</Text>
          {r.perubahan.length > 0 && (
            <List size="sm" mt={4} spacing={2} style={{ overflowWrap: 'anywhere' }}>
              {r.perubahan.map((p) => (
                <List.Item key={p.bagian}>
                  <Text span size="sm" fw={600}>{p.bagian}: </Text>
                  <Text span size="sm">{p.tersimpan || '—'} → {p.milikAnda || '—'}</Text>
                </List.Item>
              ))}
            </List>
          )}
        </li>
      ))}
    </Stack>
  );
}

/** The audit trail, loaded only when opened (it can be long). */
export function RiwayatSection({ id }: { id: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">{t('skp.riwayat.title')}</Title>
        <div>
          <Button
            variant="subtle"
            leftSection={open ? <IconChevronDown /> : <IconChevronRight />}
            aria-expanded={open}
            aria-controls="skp-riwayat"
            onClick={() => setOpen((o) => !o)}
            h="auto"
            py={8}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          >
            {open ? t('skp.riwayat.hide') : t('skp.riwayat.show')}
          </Button>
        </div>
        <div id="skp-riwayat">{open && <Riwayat id={id} />}</div>
      </Stack>
    </Card>
  );
}
