import { Card, List, Stack, Table, Text, Title } from '@mantine/core';
import type { Skp } from '../../../api/skp.ts';
import { useT } from '../../../i18n/context.tsx';
import { usePhone } from '../../../lib/usePhone.ts';
import { BERAKHLAK } from '../../../../../src/domain/berakhlak.ts';

/** Perilaku kerja: the 7 BerAKHLAK values, their panduan perilaku, and the penilai's ekspektasi khusus. */
export function PerilakuTable({ ekspektasi }: { ekspektasi: Skp['ekspektasi'] }) {
  const t = useT();
  const phone = usePhone();
  const panduan = (p: readonly string[]) => (
    <List type="ordered" size="sm" spacing={2}>{p.map((x) => <List.Item key={x}>{x}</List.Item>)}</List>
  );
  if (phone) {
    return (
      <Stack gap="sm">
        {BERAKHLAK.map((n) => (
          <Card key={n.kode} withBorder padding="sm">
            <Title order={3} size="h5" mb={4}>{n.urutan}. {n.label}</Title>
            {panduan(n.panduan)}
            <Text size="sm" mt={6}><b>{t('skp.perilaku.ekspektasi')}:</b> {ekspektasi[n.kode] || '—'}</Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="xs" fz="sm" aria-label={t('skp.perilaku.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>{t('skp.kolom.no')}</Table.Th>
          <Table.Th>{t('skp.perilaku.kolom')}</Table.Th>
          <Table.Th w="40%">{t('skp.perilaku.ekspektasi')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {BERAKHLAK.map((n) => (
          <Table.Tr key={n.kode}>
            <Table.Td style={{ verticalAlign: 'top' }}>{n.urutan}</Table.Td>
            <Table.Td><Text fw={600} size="sm">{n.label}</Text>{panduan(n.panduan)}</Table.Td>
            <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'pre-wrap' }}>{ekspektasi[n.kode] || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
