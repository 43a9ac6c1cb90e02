import '@mantine/core/styles/Tabs.css';
import './realisasi.css';
import { Alert, Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useRealisasi } from '../../api/realisasi.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { RhkRealisasi } from './RhkRealisasi.tsx';
import { UmpanBalikPanel } from './UmpanBalikPanel.tsx';

const TAB_UMPAN_BALIK = 'umpan-balik';

/**
 * Realisasi of one SKP version per IKI per period, with bukti dukung and capaian as evidence, and
 * the umpan balik berkelanjutan on it (PermenPANRB 6/2022 Pasal 5). The owner fills it in; the
 * penilai and the chain above read it; the penilai writes feedback.
 */
export default function RealisasiPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const q = useRealisasi(id);
  usePageTitle(q.data ? `${t('realisasi.title')} · ${q.data.pegawai.nama}` : t('realisasi.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const r = q.data;
  const owner = me.pegawai?.id === r.pegawai.id;
  const tab = params.get('tab') === TAB_UMPAN_BALIK ? TAB_UMPAN_BALIK : 'realisasi';
  const periode = t(`realisasi.frekuensi.${r.frekuensi}`);
  const nomor = { UTAMA: 0, TAMBAHAN: 0 };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/skp/${r.skpId}`} size="md">← {t('realisasi.kembali')}</Anchor>
      <Stack gap={4}>
        <Title order={1} size="h2">{t('realisasi.judul', { tahun: r.tahun })}</Title>
        <Text c="dimmed">{t('realisasi.subjudul', { nama: r.pegawai.nama, mulai: formatDate(r.mulai), selesai: formatDate(r.selesai) })}</Text>
        {r.penilai && <Text c="dimmed" size="sm">{t('realisasi.penilai', { nama: r.penilai.nama })}</Text>}
      </Stack>
      {r.status !== 'DISETUJUI' && <Alert color="orange" icon={<IconInfo />}>{t('realisasi.belumDisetujui')}</Alert>}
      <Tabs value={tab} keepMounted={false}
        onChange={(v) => setParams(v === TAB_UMPAN_BALIK ? { tab: TAB_UMPAN_BALIK } : {}, { replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="realisasi">{t('realisasi.tab.realisasi')}</Tabs.Tab>
          <Tabs.Tab value={TAB_UMPAN_BALIK}>{t('realisasi.tab.umpanBalik')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="realisasi">
          <Stack gap="lg">
            <Text>{t(owner ? 'realisasi.intro' : 'realisasi.introPembaca', { periode })}</Text>
            <Alert color="blue" icon={<IconInfo />}>{t('realisasi.capaianInfo')}</Alert>
            {!r.rhk.length && <Text c="dimmed">{t('realisasi.kosongRhk')}</Text>}
            {[...r.rhk].sort((a, b) => (a.jenis === b.jenis ? 0 : a.jenis === 'UTAMA' ? -1 : 1)).map((x) => {
              nomor[x.jenis] += 1;
              const nama = `${t(x.jenis === 'UTAMA' ? 'realisasi.rhkUtama' : 'realisasi.rhkTambahan')} ${nomor[x.jenis]}`;
              return <RhkRealisasi key={x.id} skpId={r.skpId} rhk={x} nama={nama} periode={r.periode} owner={owner} />;
            })}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value={TAB_UMPAN_BALIK}>
          <UmpanBalikPanel skpId={r.skpId} disetujui={r.status === 'DISETUJUI'} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
