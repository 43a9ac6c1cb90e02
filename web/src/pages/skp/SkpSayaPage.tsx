import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSkp, useSkpList } from '../../api/skp.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodeSelect, usePeriodePilihan } from '../../components/PeriodeSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { StartPanel } from './StartPanel.tsx';
import { VersiList } from './VersiList.tsx';

/** The versions of my SKP in the chosen periode, read from the newest one. */
function MySkp({ latestId }: { latestId: string }) {
  const t = useT();
  const q = useSkp(latestId);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const skp = q.data;
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">{t('skp.saya.versiTitle', { tahun: skp.tahun })}</Title>
        <VersiList versi={skp.versiLain} />
        <div>
          <Button component={Link} to={`/skp/${skp.id}`} size="lg">
            {skp.akses.ubah ? t('skp.saya.lanjutkan') : t('skp.saya.lihat')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}

export default function SkpSayaPage() {
  const t = useT();
  const me = useMe();
  const pilihan = usePeriodePilihan();
  const { list: periodeList, periode } = pilihan;
  const list = useSkpList(periode?.id, 'saya');
  const latest = list.data?.filter((s) => s.id).at(-1);

  return (
    <Stack gap="md" maw={1100}>
      <PageHeader title={t('skp.saya.title')} intro={t('skp.saya.intro')} />
      {!me.pegawai && <Alert color="gray" icon={<IconInfo />}>{t('skp.saya.bukanPegawai')}</Alert>}
      {periodeList.isPending && <Loading />}
      {periodeList.isError && <ErrorAlert error={periodeList.error} onRetry={() => periodeList.refetch()} />}
      {periodeList.data?.length === 0 && <Alert color="gray" icon={<IconInfo />}>{t('skp.saya.noPeriode')}</Alert>}
      {periode && <PeriodeSelect pilihan={pilihan} />}
      {list.isPending && periode && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {me.pegawai && periode && list.data && (latest?.id
        ? <MySkp latestId={latest.id} />
        : periode.status === 'DIBUKA'
          ? <StartPanel periode={periode} />
          : <Text>{t('skp.saya.periodeTutup', { tahun: periode.tahun })}</Text>)}
    </Stack>
  );
}
