import { Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SkpRingkas } from '../../api/skp.ts';
import { skpHref, StatusSkpBadge } from '../../components/tinjau/StatusSkpBadge.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { usePhone } from '../../lib/usePhone.ts';

function Aksi({ r, fullWidth }: { r: SkpRingkas; fullWidth?: boolean }) {
  const t = useT();
  if (!r.id) return <Text c="dimmed" size="sm">{t('tinjau.belumAdaSkp')}</Text>;
  const tinjau = r.status === 'DIAJUKAN';
  return (
    <Button
      component={Link}
      to={skpHref(r.id, r.status)}
      variant={tinjau ? 'filled' : 'default'}
      fullWidth={fullWidth}
      aria-label={t(tinjau ? 'tinjau.tinjauOf' : 'tinjau.lihatOf', { nama: r.pegawai.nama })}
    >
      {t(tinjau ? 'tinjau.tinjau' : 'tinjau.lihat')}
    </Button>
  );
}

/** When the SKP last moved: submitted date while it waits, else the last change. */
function Waktu({ r }: { r: SkpRingkas }) {
  const t = useT();
  if (r.status === 'DIAJUKAN' && r.diajukanAt) return <>{t('tinjau.diajukanPada', { tanggal: formatDate(r.diajukanAt) })}</>;
  if (r.updatedAt) return <>{t('tinjau.diubahPada', { tanggal: formatDate(r.updatedAt) })}</>;
  return null;
}

/** Subordinates' SKP: cards on a phone, a table on wider screens. */
export function SkpRingkasList({ rows, label }: { rows: SkpRingkas[]; label: string }) {
  const t = useT();
  const phone = usePhone();
  if (phone) {
    return (
      <Stack gap="sm" component="ul" className="polos" aria-label={label}>
        {rows.map((r) => (
          <Card key={r.pegawai.id} withBorder padding="md" component="li">
            <Stack gap={6}>
              <Text fw={700} size="lg" className="pecah">{r.pegawai.nama}</Text>
              <Text size="md" className="pecah">{r.pegawai.jabatan}</Text>
              <Group gap="xs">
                <StatusSkpBadge status={r.status} />
                {r.id && <Text size="sm" c="dimmed">{t('tinjau.jumlahRhk', { n: r.jumlahRhk })}</Text>}
              </Group>
              <Text size="sm" c="dimmed"><Waktu r={r} /></Text>
              <Aksi r={r} fullWidth />
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" fz="md" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={200}>{t('tinjau.kolomPegawai')}</Table.Th>
            <Table.Th>{t('tinjau.kolomJabatan')}</Table.Th>
            <Table.Th>{t('tinjau.kolomStatus')}</Table.Th>
            <Table.Th>{t('tinjau.kolomRhk')}</Table.Th>
            <Table.Th>{t('tinjau.kolomWaktu')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.pegawai.id}>
              <Table.Td>
                <Text fw={600} size="md">{r.pegawai.nama}</Text>
                <Text size="sm" c="dimmed">{t('field.nip')} {r.pegawai.nip}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="md">{r.pegawai.jabatan}</Text>
                <Text size="sm" c="dimmed">{r.pegawai.unitKerja}</Text>
              </Table.Td>
              <Table.Td><StatusSkpBadge status={r.status} /></Table.Td>
              <Table.Td>{r.id ? r.jumlahRhk : t('common.none')}</Table.Td>
              <Table.Td><Text size="sm"><Waktu r={r} /></Text></Table.Td>
              <Table.Td><Aksi r={r} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
