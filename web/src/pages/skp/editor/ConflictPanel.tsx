import { Alert, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { SkpConflict } from '../../../api/skp.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { IconAlert } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { usePhone } from '../../../lib/usePhone.ts';

interface Props { current: SkpConflict | null; onTakeServer: () => Promise<void>; onKeepMine: () => Promise<unknown> }

/** Someone saved this SKP first (another tab or device): show what differs and let the owner choose. */
export function ConflictPanel({ current, onTakeServer, onKeepMine }: Props) {
  const t = useT();
  const phone = usePhone();
  const [busy, setBusy] = useState<'server' | 'mine' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = (which: 'server' | 'mine', fn: () => Promise<unknown>) => {
    setBusy(which);
    setError(null);
    fn().catch(setError).finally(() => setBusy(null));
  };
  const rows = current?.perubahan ?? [];
  return (
    <Alert color="orange" icon={<IconAlert />} role="alert"
      title={current ? t('skp.conflict.title', { oleh: current.diubahOleh ?? t('skp.conflict.orangLain'), waktu: formatDateTime(current.updatedAt) }) : t('skp.conflict.titleUmum')}>
      <Stack gap="sm">
        <Text>{t('skp.conflict.body')}</Text>
        {rows.length > 0 && (phone ? (
          <Stack gap="xs">
            {rows.map((p) => (
              <Card key={p.bagian} withBorder padding="xs">
                <Text fw={600} size="sm">{p.bagian}</Text>
                <Text size="sm"><b>{t('skp.conflict.tersimpan')}:</b> {p.tersimpan || '—'}</Text>
                <Text size="sm"><b>{t('skp.conflict.milikAnda')}:</b> {p.milikAnda || '—'}</Text>
              </Card>
            ))}
          </Stack>
        ) : (
          <Table withTableBorder fz="sm" bg="white" aria-label={t('skp.conflict.tabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('skp.conflict.bagian')}</Table.Th>
                <Table.Th>{t('skp.conflict.tersimpan')}</Table.Th>
                <Table.Th>{t('skp.conflict.milikAnda')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.bagian}>
                  <Table.Td fw={600}>{p.bagian}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{p.tersimpan || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{p.milikAnda || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
        <ErrorAlert error={error} />
        <Group gap="sm">
          <Button color="orange" loading={busy === 'server'} disabled={!!busy} onClick={() => run('server', onTakeServer)}>{t('skp.conflict.pakaiTersimpan')}</Button>
          <Button color="orange" variant="outline" loading={busy === 'mine'} disabled={!!busy} onClick={() => run('mine', onKeepMine)}>{t('skp.conflict.simpanPunyaSaya')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
