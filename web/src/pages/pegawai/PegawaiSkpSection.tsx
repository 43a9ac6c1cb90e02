import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { skpKeys, type SkpRingkas } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PeriodeSelect, usePeriodePilihan } from '../../components/PeriodeSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import type { StatusSkp } from '../skp/labels.ts';
import { StatusBadge } from '../skp/StatusBadge.tsx';

/** All versions of one pegawai's SKP in a periode; under skpKeys.all so SKP changes refresh it. */
function usePegawaiSkp(pegawaiId: string, periodeId: string | undefined) {
  return useQuery({
    queryKey: [...skpKeys.all, 'pegawai', pegawaiId, periodeId ?? ''] as const,
    queryFn: ({ signal }) => api.get<SkpRingkas[]>('/skp', { periodeId, pegawaiId }, signal),
    enabled: !!periodeId,
  });
}

function Versi({ r, id }: { r: SkpRingkas; id: string }) {
  const t = useT();
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700}>{t('skp.versiKe', { versi: r.versi ?? 1 })}</Text>
            {/* A listed version always exists, so it is never BELUM_MULAI. */}
            <StatusBadge status={r.status as StatusSkp} size="sm" />
          </Group>
          {r.mulai && r.selesai && (
            <Text size="sm" c="dimmed">{t('skp.berlaku', { mulai: formatDate(r.mulai), selesai: formatDate(r.selesai) })}</Text>
          )}
          <Text size="sm">
            <Text span c="dimmed">{t('pegawai.skp.penilai')}: </Text>
            {r.penilai ? r.penilai.nama : <Text span c="dimmed">{t('skp.penilaiBelumAda')}</Text>}
          </Text>
        </Stack>
        <Button component={Link} to={`/skp/${id}`} variant="default" aria-label={t('pegawai.skp.bukaVersi', { versi: r.versi ?? 1 })}>
          {t('pegawai.skp.buka')}
        </Button>
      </Group>
    </Card>
  );
}

/** The pegawai's SKP for a chosen periode, so the admin (or an atasan) can open and correct it. */
export function PegawaiSkpSection({ pegawaiId }: { pegawaiId: string }) {
  const t = useT();
  const pilihan = usePeriodePilihan();
  const { list: periodeList, periode } = pilihan;
  const list = usePegawaiSkp(pegawaiId, periode?.id);
  const rows = (list.data ?? []).filter((r): r is SkpRingkas & { id: string } => !!r.id);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="pegawai-skp-judul">
      <Stack gap="md">
        <Title order={2} size="h3" id="pegawai-skp-judul">{t('pegawai.skp.title')}</Title>
        {periodeList.isPending && <Loading />}
        {periodeList.isError && <ErrorAlert error={periodeList.error} onRetry={() => periodeList.refetch()} />}
        {periodeList.data?.length === 0 && <Alert color="gray" icon={<IconInfo />}>{t('skp.saya.noPeriode')}</Alert>}
        {periode && <PeriodeSelect pilihan={pilihan} />}
        {list.isPending && periode && <Loading />}
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        {list.data && rows.length === 0 && <Text c="dimmed">{t('pegawai.skp.belumAda')}</Text>}
        {rows.length > 0 && (
          <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('pegawai.skp.daftar', { tahun: periode?.tahun ?? '' })}>
            {rows.map((r) => <Versi key={r.id} r={r} id={r.id} />)}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
