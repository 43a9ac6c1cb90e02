import { Alert, Card, Group, List, Text, Title } from '@mantine/core';
import type { Skp } from '../../api/skp.ts';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconInfo } from '../../components/icons.tsx';
import { StatusSkpBadge } from '../../components/tinjau/StatusSkpBadge.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { LABEL_MODEL_SKP, LABEL_PENDEKATAN_SKP } from '../../../../src/domain/enums.ts';

/** Who, for which period, in which state; plus what the reviewer should know before reading on. */
export function KepalaSkp({ skp }: { skp: Skp }) {
  const t = useT();
  const p = skp.pegawai;
  return (
    <>
      <Card withBorder padding="md">
        <Facts rows={[
          [t('tinjau.kolomPegawai'), <>{p.nama}<Text size="sm" c="dimmed">{t('field.nip')} {p.nip}{p.golongan ? ` · ${p.golongan}` : ''}</Text></>],
          [t('tinjau.kolomJabatan'), <>{p.jabatan}<Text size="sm" c="dimmed">{p.unitKerja}</Text></>],
          [t('tinjau.penilai'), skp.penilai ? <>{skp.penilai.nama}<Text size="sm" c="dimmed">{skp.penilai.jabatan}</Text></> : t('tinjau.tanpaPenilai')],
          [t('tinjau.periode'), `${skp.tahun} (${formatDate(skp.mulai)} – ${formatDate(skp.selesai)})`],
          [t('tinjau.kolomStatus'), (
            <Group gap="xs">
              <StatusSkpBadge status={skp.status} />
              {skp.versi > 1 && <Text size="sm">{t('tinjau.versi', { n: skp.versi })}</Text>}
              {skp.diajukanAt && skp.status === 'DIAJUKAN' && <Text size="sm" c="dimmed">{t('tinjau.diajukanPada', { tanggal: formatDate(skp.diajukanAt) })}</Text>}
              {skp.disetujuiAt && skp.status === 'DISETUJUI' && <Text size="sm" c="dimmed">{t('tinjau.disetujuiPada', { tanggal: formatDate(skp.disetujuiAt) })}</Text>}
            </Group>
          )],
          [t('tinjau.model'), `${LABEL_MODEL_SKP[skp.model]} · ${LABEL_PENDEKATAN_SKP[skp.pendekatan]}`],
        ]} />
      </Card>
      {skp.penilaiSumber === 'ADMIN' && (
        <Alert color="blue" icon={<IconInfo />}>
          <Text size="md">{t('tinjau.penilaiDariAdmin')}{skp.penilaiAlasan ? ` ${t('tinjau.alasan', { alasan: skp.penilaiAlasan })}` : ''}</Text>
        </Alert>
      )}
      {skp.jenisRevisi && skp.alasanRevisi && (
        <Alert color="blue" icon={<IconInfo />}>
          <Text size="md">{t('tinjau.revisi', { alasan: skp.alasanRevisi })}</Text>
        </Alert>
      )}
      {skp.status === 'DRAFT' && skp.catatanPengembalian && (
        <Alert color="orange" icon={<IconInfo />} title={t('tinjau.catatanTerakhir')}>
          <Text size="md" className="pecah" style={{ whiteSpace: 'pre-wrap' }}>{skp.catatanPengembalian}</Text>
        </Alert>
      )}
      {skp.kekurangan.length > 0 && (
        <Alert color="orange" icon={<IconAlert />} title={t('tinjau.kekuranganJudul', { n: skp.kekurangan.length })}>
          <List size="md" spacing={2}>{skp.kekurangan.map((k) => <List.Item key={k}>{k}</List.Item>)}</List>
        </Alert>
      )}
    </>
  );
}

export function LampiranCard({ lampiran }: { lampiran: Skp['lampiran'] }) {
  const t = useT();
  const isi = (s: string) => (s ? <Text span className="pecah" style={{ whiteSpace: 'pre-wrap' }}>{s}</Text> : <Text span c="orange.9">{t('tinjau.belumDiisi')}</Text>);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="lampiran-judul">
      <Title order={2} size="h3" id="lampiran-judul" mb="sm">{t('tinjau.lampiran')}</Title>
      <Facts rows={[
        [t('tinjau.dukunganSumberDaya'), isi(lampiran.dukunganSumberDaya)],
        [t('tinjau.skemaPertanggungjawaban'), isi(lampiran.skemaPertanggungjawaban)],
        [t('tinjau.konsekuensi'), isi(lampiran.konsekuensi)],
      ]} />
    </Card>
  );
}
