import { Anchor, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Matriks } from '../../api/skp.ts';
import { skpHref, StatusSkpBadge } from '../../components/tinjau/StatusSkpBadge.tsx';
import { useT } from '../../i18n/context.tsx';
import { usePhone } from '../../lib/usePhone.ts';

export type Baris = Matriks['baris'][number] & { judul: string };
type Kolom = Matriks['kolom'][number];

function Nama({ k }: { k: Kolom }) {
  return k.skpId
    ? <Anchor component={Link} to={skpHref(k.skpId, k.status)} fw={700} className="pecah">{k.pegawai.nama}</Anchor>
    : <Text fw={700} className="pecah">{k.pegawai.nama}</Text>;
}

function Sel({ isi }: { isi: { id: string; uraian: string }[] | undefined }) {
  const t = useT();
  if (!isi?.length) return <Text c="dimmed" size="sm">{t('matriks.kosong')}</Text>;
  return <ul>{isi.map((r) => <Text key={r.id} component="li" size="md" className="pecah">{r.uraian}</Text>)}</ul>;
}

function TombolTurunkan({ b, onTurunkan, fullWidth }: { b: Baris; onTurunkan: (b: Baris) => void; fullWidth?: boolean }) {
  const t = useT();
  return (
    <Button variant="light" size="sm" mt="xs" fullWidth={fullWidth} onClick={() => onTurunkan(b)}
      aria-label={`${t('matriks.turunkan')}: ${b.judul}`}>
      {t('matriks.turunkan')}
    </Button>
  );
}

/** My RHK (rows) × direct subordinates (columns); one card per RHK on a phone. */
export function MatriksTabel({ m, baris, onTurunkan }: { m: Matriks; baris: Baris[]; onTurunkan: (b: Baris) => void }) {
  const t = useT();
  const phone = usePhone();
  if (phone) {
    return (
      <Stack gap="md" component="ol" className="polos" aria-label={t('matriks.title')}>
        {baris.map((b) => (
          <Card key={b.id} withBorder padding="md" component="li">
            <Text size="sm" fw={700} c="dimmed">{b.judul}</Text>
            <Text size="lg" fw={600} className="pecah">{b.uraian}</Text>
            <TombolTurunkan b={b} onTurunkan={onTurunkan} fullWidth />
            <Stack gap="sm" component="ul" className="polos" mt="md">
              {m.kolom.map((k) => (
                <li key={k.pegawai.id} className="matriks-sel">
                  <Group gap="xs" wrap="wrap"><Nama k={k} /><StatusSkpBadge status={k.status} size="md" /></Group>
                  <Sel isi={m.sel[b.id]?.[k.pegawai.id]} />
                </li>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={300 + m.kolom.length * 200}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" fz="md" aria-label={t('matriks.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="matriks-rhk">{t('matriks.rhkSaya')}</Table.Th>
            {m.kolom.map((k) => (
              <Table.Th key={k.pegawai.id} scope="col" className="matriks-sel">
                <Nama k={k} />
                <Text size="sm" c="dimmed" fw={400} className="pecah">{k.pegawai.jabatan}</Text>
                <StatusSkpBadge status={k.status} size="md" mt={4} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {baris.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Th scope="row" className="matriks-rhk" fw={400}>
                <Text size="sm" fw={700} c="dimmed">{b.judul}</Text>
                <Text size="md" fw={600} className="pecah">{b.uraian}</Text>
                <TombolTurunkan b={b} onTurunkan={onTurunkan} />
              </Table.Th>
              {m.kolom.map((k) => (
                <Table.Td key={k.pegawai.id} className="matriks-sel"><Sel isi={m.sel[b.id]?.[k.pegawai.id]} /></Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
