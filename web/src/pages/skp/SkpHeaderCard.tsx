import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { API_BASE } from '../../api/client.ts';
import type { Skp } from '../../api/skp.ts';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconCheck, IconDownload, IconInfo, IconPencil } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { usePhone } from '../../lib/usePhone.ts';
import { formatDate } from '../../i18n/format.ts';
import { LABEL_MODEL_SKP, LABEL_PENDEKATAN_SKP } from '../../../../src/domain/enums.ts';
import { GantiPenilaiModal } from './GantiPenilaiModal.tsx';
import { RevisiModal } from './RevisiModal.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { VersiList } from './VersiList.tsx';

function Orang({ p, none }: { p: Skp['penilai']; none: string }) {
  if (!p) return <Text span c="dimmed">{none}</Text>;
  return (
    <>
      <Text span fw={600}>{p.nama}</Text>
      <Text size="sm" c="dimmed">NIP {p.nip}{p.golongan ? ` · ${p.golongan}` : ''}</Text>
      <Text size="sm" c="dimmed">{p.jabatan} · {p.unitKerja}</Text>
    </>
  );
}

/** Who, for which period, in which state; the document's own actions sit here too. */
export function SkpHeaderCard({ skp }: { skp: Skp }) {
  const t = useT();
  const phone = usePhone();
  const [revisi, setRevisi] = useState(false);
  const [gantiPenilai, setGantiPenilai] = useState(false);
  // The SKP id it was done on, so the notice does not follow a switch to another version.
  const [penilaiDiganti, setPenilaiDiganti] = useState<string | null>(null);
  const rows: [string, ReactNode][] = [
    [t('skp.pegawai'), <Orang p={skp.pegawai} none="" />],
    [t('skp.penilai'), (
      <>
        <Orang p={skp.penilai} none={t('skp.penilaiBelumAda')} />
        {skp.penilaiSumber === 'ADMIN' && (
          <Text size="sm" c="orange.9">{t('skp.penilaiAdmin', { alasan: skp.penilaiAlasan ?? '—' })}</Text>
        )}
      </>
    )],
    [t('skp.atasanPenilai'), <Orang p={skp.atasanPenilai} none={t('skp.atasanPenilaiTidakAda')} />],
    [t('skp.berlakuLabel'), `${formatDate(skp.mulai)} – ${formatDate(skp.selesai)}`],
    [t('skp.model'), LABEL_MODEL_SKP[skp.model]],
    [t('skp.pendekatan'), LABEL_PENDEKATAN_SKP[skp.pendekatan]],
    [t('skp.statusLabel'), <StatusBadge status={skp.status} />],
  ];
  const canTinjau = skp.akses.setujui || skp.akses.kembalikan || skp.akses.ubahEkspektasi;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Text c="dimmed" size="sm">{t('skp.versiKe', { versi: skp.versi })}</Text>
            <Title order={1} size="h2">{t('skp.judul', { tahun: skp.tahun })}</Title>
          </div>
          <StatusBadge status={skp.status} size="lg" />
        </Group>
        {skp.catatanPengembalian && (
          <Alert color="orange" icon={<IconAlert />} title={t('skp.dikembalikanTitle')} role="alert">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{t('skp.dikembalikan', { catatan: skp.catatanPengembalian })}</Text>
          </Alert>
        )}
        {skp.jenisRevisi && (
          <Alert color="blue" icon={<IconInfo />} title={t('skp.revisiKarena', { jenis: t(`skp.jenisRevisi.${skp.jenisRevisi}`) })}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{t('skp.alasanRevisiIs', { alasan: skp.alasanRevisi ?? '—' })}</Text>
          </Alert>
        )}
        {penilaiDiganti === skp.id && (
          <Alert color="teal" icon={<IconCheck />} role="status" withCloseButton onClose={() => setPenilaiDiganti(null)}
            closeButtonLabel={t('common.close')}>
            <Text size="md">{t('skp.penilai.berhasil', { nama: skp.penilai?.nama ?? '—' })}</Text>
          </Alert>
        )}
        {phone && skp.akses.ubah ? (
          // While editing on a phone the form matters most; the details stay one tap away.
          <details>
            <summary style={{ cursor: 'pointer', padding: '0.625rem 0' }}>
              <Anchor component="span" fw={600}>{t('skp.dataPegawai')}</Anchor>
            </summary>
            <Facts rows={rows} />
          </details>
        ) : <Facts rows={rows} />}
        <Group gap="sm">
          <Button component="a" href={`${API_BASE}/skp/${skp.id}/pdf`} target="_blank" rel="noopener" variant="default" leftSection={<IconDownload />}>
            {t('skp.cetak')}
          </Button>
          {canTinjau && <Button component={Link} to={`/skp/${skp.id}/tinjau`} variant="light">{t('skp.tinjau')}</Button>}
          {skp.status === 'DISETUJUI' && (
            <Button component={Link} to={`/skp/${skp.id}/realisasi`} variant="light">{t('realisasi.tautanSkp')}</Button>
          )}
          {skp.status === 'DISETUJUI' && (
            <Button component={Link} to={`/skp/${skp.id}/evaluasi`} variant="light">{t('evaluasi.link')}</Button>
          )}
          {skp.akses.revisi && (
            <Button variant="light" leftSection={<IconPencil />} onClick={() => setRevisi(true)}>{t('skp.revisi.open')}</Button>
          )}
          {skp.akses.ubahPenilai && (
            <Button variant="light" color="orange" onClick={() => { setPenilaiDiganti(null); setGantiPenilai(true); }}>{t('skp.penilai.open')}</Button>
          )}
        </Group>
        {skp.versiLain.length > 1 && (
          <details>
            <summary style={{ cursor: 'pointer', padding: '0.625rem 0' }}>
              <Anchor component="span" fw={600}>{t('skp.versiLain', { n: skp.versiLain.length })}</Anchor>
            </summary>
            <VersiList versi={skp.versiLain} currentId={skp.id} />
          </details>
        )}
      </Stack>
      <RevisiModal skp={skp} opened={revisi} onClose={() => setRevisi(false)} />
      <GantiPenilaiModal skp={skp} opened={gantiPenilai} onClose={() => setGantiPenilai(false)}
        onDone={() => { setGantiPenilai(false); setPenilaiDiganti(skp.id); }} />
    </Card>
  );
}
