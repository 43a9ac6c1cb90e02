import { Badge, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { PegawaiKurva, PredikatKinerja } from '../../api/kurva.ts';
import { useT } from '../../i18n/context.tsx';
import { usePhone } from '../../lib/usePhone.ts';
import { PREDIKAT, type Ubahan } from './kurvaUi.tsx';

const STATUS_EVALUASI = ['OPEN', 'REALISASI_DIISI', 'DINILAI', 'PREDIKAT_DITETAPKAN', 'FINAL'] as const;
type StatusEvaluasi = (typeof STATUS_EVALUASI)[number];
const dikenal = (s: string): s is StatusEvaluasi => (STATUS_EVALUASI as readonly string[]).includes(s);

interface Props {
  pegawai: readonly PegawaiKurva[];
  ubah: Ubahan;
  bolehUbah: boolean;
  onUbah: (evaluasiId: string, p: PredikatKinerja) => void;
}

/** Each pegawai's annual predikat; open ones get a select, final ones say why they cannot change. */
export function PegawaiPredikat({ pegawai, ubah, bolehUbah, onUbah }: Props) {
  const t = useT();
  const phone = usePhone();
  const opsi = PREDIKAT.map((p) => ({ value: p, label: t(`kurva.predikat.${p}`) }));
  const rating = (r: PegawaiKurva['ratingHasil']) => (r ? t(`kurva.rating.${r}`) : '—');

  const predikatSel = (x: PegawaiKurva) => {
    const baru = ubah[x.evaluasiId];
    if (bolehUbah && x.dapatDikalibrasi) {
      return (
        <Stack gap={2}>
          <Select
            aria-label={t('kurva.pegawai.predikatUntuk', { nama: x.nama })}
            data={opsi}
            value={baru ?? x.predikat}
            onChange={(v) => v && onUbah(x.evaluasiId, v as PredikatKinerja)}
            allowDeselect={false}
            miw={190}
          />
          {baru && x.predikat && <Text size="sm" c="blue.8" fw={600}>{t('kurva.pegawai.diubah', { dari: t(`kurva.predikat.${x.predikat}`) })}</Text>}
        </Stack>
      );
    }
    return (
      <Stack gap={2} align="flex-start">
        <Text fw={600}>{x.predikat ? t(`kurva.predikat.${x.predikat}`) : t('kurva.pegawai.belumDitetapkan')}</Text>
        {x.status === 'FINAL'
          ? <Badge variant="light" color="gray" tt="none" size="md">{t('kurva.pegawai.final')}</Badge>
          : !x.dapatDikalibrasi && <Text size="sm" c="dimmed">{dikenal(x.status) ? t(`kurva.evaluasi.${x.status}`) : x.status}</Text>}
      </Stack>
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">{t('kurva.pegawai.judul')}</Title>
        {phone ? (
          <ul className="kurva-kartu">
            {pegawai.map((x) => (
              <li key={x.evaluasiId} data-ubah={ubah[x.evaluasiId] ? '' : undefined}>
                <Text fw={600} className="pecah">{x.nama}</Text>
                <Text size="sm" c="dimmed" className="pecah">{x.nip} · {x.jabatan}</Text>
                <Text size="sm" mt={4}>{t('kurva.pegawai.ratingHasil')}: {rating(x.ratingHasil)}</Text>
                <Text size="sm" mb={6}>{t('kurva.pegawai.ratingPerilaku')}: {rating(x.ratingPerilaku)}</Text>
                {predikatSel(x)}
              </li>
            ))}
          </ul>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table className="kurva-pegawai" verticalSpacing="sm" striped={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kurva.pegawai.nama')}</Table.Th>
                  <Table.Th>{t('kurva.pegawai.jabatan')}</Table.Th>
                  <Table.Th>{t('kurva.pegawai.ratingHasil')}</Table.Th>
                  <Table.Th>{t('kurva.pegawai.ratingPerilaku')}</Table.Th>
                  <Table.Th>{t('kurva.pegawai.predikat')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pegawai.map((x) => (
                  <Table.Tr key={x.evaluasiId} data-ubah={ubah[x.evaluasiId] ? '' : undefined}>
                    <Table.Td>
                      <Text fw={600} className="pecah">{x.nama}</Text>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{x.nip}</Text>
                    </Table.Td>
                    <Table.Td className="pecah">{x.jabatan}</Table.Td>
                    <Table.Td>{rating(x.ratingHasil)}</Table.Td>
                    <Table.Td>{rating(x.ratingPerilaku)}</Table.Td>
                    <Table.Td>{predikatSel(x)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
