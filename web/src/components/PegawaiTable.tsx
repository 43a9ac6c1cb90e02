import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Pegawai } from '../api/types.ts';
import { useT } from '../i18n/context.tsx';

/** Pegawai rows; the name links to the detail page. Scrolls sideways on a phone. */
export function PegawaiTable({ items, caption }: { items: Pegawai[]; caption: string }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={960}>
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
              <Table.Td>
                <Anchor component={Link} to={`/pegawai/${p.id}`} fw={600}>{p.namaLengkap}</Anchor>
              </Table.Td>
              <Table.Td>{p.jabatan.nama}</Table.Td>
              <Table.Td>{p.unitKerja.nama}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={p.status === 'AKTIF' ? 'teal' : 'gray'} tt="none" size="md">{t(`status.${p.status}`)}</Badge>
              </Table.Td>
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
