import { Anchor, Badge, Card, Stack, Table, Text } from '@mantine/core';
import { usePhone } from '../lib/usePhone.ts';
import { Link } from 'react-router';
import type { Pegawai } from '../api/types.ts';
import { useT } from '../i18n/context.tsx';

function StatusBadge({ p }: { p: Pegawai }) {
  const t = useT();
  return <Badge variant="light" color={p.status === 'AKTIF' ? 'teal' : 'gray'} tt="none" size="md">{t(`status.${p.status}`)}</Badge>;
}

/** Pegawai rows; the name links to the detail page. On a phone each pegawai is a card instead of a wide row. */
export function PegawaiTable({ items, caption }: { items: Pegawai[]; caption: string }) {
  const t = useT();
  const phone = usePhone();

  if (phone) {
    return (
      <Stack gap="xs" component="ul" aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((p) => (
          <Card key={p.id} withBorder padding="sm" component="li">
            <Anchor component={Link} to={`/pegawai/${p.id}`} fw={700} size="lg">{p.namaLengkap}</Anchor>
            <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>{t('field.nip')} {p.nipTampil}</Text>
            <Text size="md">{p.jabatan.nama}</Text>
            <Text size="sm" c="dimmed">{p.unitKerja.nama}</Text>
            <Text size="sm">
              {t('field.atasan')}: {p.atasan ? p.atasan.namaLengkap : t('pegawai.noAtasan')}
            </Text>
            <div><StatusBadge p={p} /></div>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" fz="md" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('field.nip')}</Table.Th>
            <Table.Th>{t('field.namaLengkap')}</Table.Th>
            <Table.Th>{t('field.jabatan')}</Table.Th>
            <Table.Th>{t('field.unitKerja')}</Table.Th>
            <Table.Th>{t('field.status')}</Table.Th>
            <Table.Th>{t('field.atasan')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{p.nipTampil}</Table.Td>
              <Table.Td miw={180}>
                <Anchor component={Link} to={`/pegawai/${p.id}`} fw={600}>{p.namaLengkap}</Anchor>
              </Table.Td>
              <Table.Td>{p.jabatan.nama}</Table.Td>
              <Table.Td>{p.unitKerja.nama}</Table.Td>
              <Table.Td><StatusBadge p={p} /></Table.Td>
              <Table.Td>
                {p.atasan ? p.atasan.namaLengkap : <Text span c="dimmed">{t('pegawai.noAtasan')}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
