// Public page: the signed-in screens' stylesheet may not be loaded, so it brings the one extra it uses.
import '@mantine/core/styles/Badge.css';
import { Alert, Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { useVerifikasiDokumen } from '../api/dokumen.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Facts } from '../components/Facts.tsx';
import { IconAlert, IconCheck } from '../components/icons.tsx';
import { useT } from '../i18n/context.tsx';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';
import { PREDIKAT_COLOR } from './evaluasi/labels.ts';

/**
 * Where the QR code of a printed dokumen evaluasi leads: says whether the code belongs to a final document
 * and shows what the paper must say. Public, so it works for a verifier without an account.
 */
export default function VerifikasiDokumenPage() {
  const { kode = '' } = useParams();
  const t = useT();
  usePageTitle(t('dokumen.verifikasiJudul'));
  const q = useVerifikasiDokumen(kode);
  const tidakDikenal = q.error instanceof ApiError && q.error.status === 404;

  let isi: ReactNode;
  if (q.isPending) {
    isi = (
      <Center p="md" role="status" aria-live="polite">
        <Loader size="md" aria-hidden="true" />
        <Text ml="sm" c="dimmed">{t('dokumen.memeriksa')}</Text>
      </Center>
    );
  } else if (tidakDikenal) {
    isi = (
      <Alert color="red" icon={<IconAlert />} title={t('dokumen.tidakDikenal')} role="alert">
        <Text size="md">{t('dokumen.tidakDikenalIsi', { kode })}</Text>
      </Alert>
    );
  } else if (q.isError) {
    isi = <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  } else {
    const d = q.data;
    const rows: [string, ReactNode][] = [
      [t('dokumen.kode'), <Text span ff="monospace">{d.kodeVerifikasi}</Text>],
      [t('dokumen.instansi'), d.instansi],
      [t('dokumen.nama'), d.pegawai.nama],
      [t('dokumen.nip'), d.pegawai.nip],
      [t('dokumen.jabatan'), d.pegawai.jabatan],
      [t('dokumen.unitKerja'), d.pegawai.unitKerja],
      [t('dokumen.penilai'), d.penilai ? `${d.penilai.nama} (NIP ${d.penilai.nip})` : '—'],
      [t('dokumen.periode'), t('dokumen.periodeIsi', { label: d.periode.label, tahun: d.periode.tahun, mulai: formatDate(d.periode.mulai), selesai: formatDate(d.periode.selesai) })],
      [t('dokumen.ratingHasil'), d.ratingHasil],
      [t('dokumen.ratingPerilaku'), d.ratingPerilaku],
      [t('dokumen.predikat'), <Badge size="lg" tt="none" color={PREDIKAT_COLOR[d.predikat.kode]}>{d.predikat.label}</Badge>],
      [t('dokumen.finalAt'), formatDateTime(d.finalAt)],
      [t('dokumen.sidik'), <Text span size="xs" ff="monospace">{d.sidik}</Text>],
    ];
    isi = (
      <Stack gap="md">
        {d.berlaku ? (
          <Alert color="green" icon={<IconCheck />} title={t('dokumen.asli')} role="status">
            <Text size="md">{t('dokumen.asliIsi')}</Text>
          </Alert>
        ) : (
          <Alert color="red.9" variant="filled" icon={<IconAlert />} title={t('dokumen.tidakBerlaku')} role="alert"
            styles={{ title: { fontSize: '1.125rem' } }}>
            <Text size="md" fw={600}>{t('dokumen.tidakBerlakuIsi', { tanggal: formatDate(d.digantiPada) || '—' })}</Text>
            <Text size="md" mt={4}>{t('dokumen.tidakBerlakuSaran')}</Text>
          </Alert>
        )}
        <Facts rows={rows} />
      </Stack>
    );
  }

  return (
    <main className="full-center">
      <Stack w="100%" maw={680} gap="md">
        <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'xl' }} radius="md">
          <Stack gap="md">
            <div>
              <Text fw={700} c="blue.8" size="lg">{t('app.name')}</Text>
              <Title order={1} size="h2">{t('dokumen.verifikasiJudul')}</Title>
              <Text c="dimmed" size="md" mt={4}>{t('dokumen.verifikasiIntro')}</Text>
            </div>
            {isi}
            <Group>
              <Button component={Link} to="/" variant="default">{t('dokumen.keAplikasi')}</Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </main>
  );
}
