import { ActionIcon, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { bulanIni, geserBulan, isBulan, useKalenderPegawai, type HariKalender } from '../../api/kalender.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { IconChevronRight } from '../../components/icons.tsx';
import { formatBulan, formatHari, KalenderBulan } from '../../components/kalender/KalenderBulan.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';

/** The signed-in pegawai's month. Month and picked day live in the address, so a link or reload keeps them. */
export default function KalenderSayaPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const bulan = isBulan(params.get('bulan')) ? params.get('bulan')! : bulanIni();
  const kalender = useKalenderPegawai(me.pegawai?.id, bulan);
  const hariIni = kalender.data?.hariIni;
  const dipilih = params.get('tanggal')?.startsWith(bulan) ? params.get('tanggal') : hariIni?.startsWith(bulan) ? hariIni : null;
  const hari = kalender.data?.hari.find((h) => h.tanggal === dipilih) ?? null;

  const pindah = (b: string) => setParams(b === bulanIni() ? {} : { bulan: b }, { replace: true });
  const pilih = (tanggal: string) => setParams({ bulan, tanggal }, { replace: true });

  return (
    <Stack gap="md">
      <PageHeader title={t('kalender.title')} intro={t('kalender.intro')} />
      {!me.pegawai && <Text c="dimmed">{t('kalender.noPegawai')}</Text>}
      {me.pegawai && (
        <>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <ActionIcon variant="default" size="xl" aria-label={t('kalender.prevMonth')} onClick={() => pindah(geserBulan(bulan, -1))}>
              <span style={{ display: 'inline-flex', transform: 'rotate(180deg)' }}><IconChevronRight /></span>
            </ActionIcon>
            <Stack gap={0} align="center">
              <Title order={2} size="h3" aria-live="polite">{formatBulan(bulan)}</Title>
              {bulan !== bulanIni() && <Button variant="subtle" size="compact-sm" onClick={() => pindah(bulanIni())}>{t('kalender.thisMonth')}</Button>}
            </Stack>
            <ActionIcon variant="default" size="xl" aria-label={t('kalender.nextMonth')} onClick={() => pindah(geserBulan(bulan, 1))}>
              <IconChevronRight />
            </ActionIcon>
          </Group>
          {kalender.isPending && <Loading />}
          {kalender.isError && <ErrorAlert error={kalender.error} onRetry={() => kalender.refetch()} />}
          {kalender.data && (
            <>
              <KalenderBulan data={kalender.data} onPilih={pilih} dipilih={dipilih} />
              <RincianHari hari={hari} />
            </>
          )}
        </>
      )}
    </Stack>
  );
}

function RincianHari({ hari }: { hari: HariKalender | null }) {
  const t = useT();
  if (!hari) return <Text c="dimmed">{t('kalender.detail.pilih')}</Text>;
  const rows: [string, string][] = [
    [t('kalender.detail.jenisHari'), hari.namaLibur ? `${t(`kalender.jenis.${hari.jenis}`)}: ${hari.namaLibur}` : t(`kalender.jenis.${hari.jenis}`)],
    [t('kalender.detail.status'), t(`kalender.status.${hari.status}`)],
  ];
  if (hari.cuti) rows.push([t('kalender.detail.cuti'), t(`cuti.jenis.${hari.cuti}`)]);
  const a = hari.aktivitas;
  if (a.menunggu + a.diterima + a.ditolak > 0) {
    rows.push(
      [t('kalender.detail.menunggu'), String(a.menunggu)],
      [t('kalender.detail.diterima'), String(a.diterima)],
      [t('kalender.detail.ditolak'), String(a.ditolak)],
      [t('kalender.detail.durasi'), t('kalender.detail.durasiNilai', { jam: Math.floor(hari.menit / 60), menit: hari.menit % 60 })],
    );
  }
  return (
    <Card withBorder padding="md" aria-live="polite">
      <Title order={2} size="h4" mb="xs">{formatHari(t, hari.tanggal)}</Title>
      <Facts rows={rows} />
    </Card>
  );
}
