import '@mantine/core/styles/Chip.css';
import '../../components/tinjau/tinjau.css';
import { Alert, Chip, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSkpList, type SkpRingkas } from '../../api/skp.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconCheck } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodeSelect, usePeriodePilihan } from '../../components/PeriodeSelect.tsx';
import { STATUS_SKP, type StatusSkp } from '../../components/tinjau/StatusSkpBadge.tsx';
import { useT } from '../../i18n/context.tsx';
import { SkpRingkasList } from './SkpRingkasList.tsx';

type Filter = StatusSkp | 'SEMUA';

/** What needs the atasan first: waiting for approval, then drafts, not started, approved. */
const URUTAN: Record<StatusSkp, number> = { DIAJUKAN: 0, DRAFT: 1, BELUM_MULAI: 2, DISETUJUI: 3 };
const urut = (rows: SkpRingkas[]) => [...rows].sort((a, b) => URUTAN[a.status] - URUTAN[b.status] || a.pegawai.nama.localeCompare(b.pegawai.nama, 'id'));

export default function SkpBawahanPage() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const pesan = (location.state as { pesan?: string } | null)?.pesan;
  const pilihan = usePeriodePilihan();
  const periodeId = pilihan.periode?.id;
  const bawahan = useSkpList(periodeId, 'bawahan');
  const dinilai = useSkpList(periodeId, 'dinilai');
  const [filter, setFilter] = useState<Filter>('SEMUA');
  // Coming back from a decision: the message sits at the top, the review page was scrolled far down.
  useEffect(() => { if (pesan) window.scrollTo({ top: 0 }); }, [pesan]);

  // Someone I rate who is not my direct subordinate (e.g. the admin set me as their penilai).
  const lain = useMemo(() => {
    const langsung = new Set((bawahan.data ?? []).map((r) => r.pegawai.id));
    return (dinilai.data ?? []).filter((r) => !langsung.has(r.pegawai.id));
  }, [bawahan.data, dinilai.data]);
  const semua = useMemo(() => [...(bawahan.data ?? []), ...lain], [bawahan.data, lain]);
  const jumlah = useMemo(() => {
    const n: Record<StatusSkp, number> = { BELUM_MULAI: 0, DRAFT: 0, DIAJUKAN: 0, DISETUJUI: 0 };
    for (const r of semua) n[r.status] += 1;
    return n;
  }, [semua]);
  const tampil = (rows: SkpRingkas[]) => urut(filter === 'SEMUA' ? rows : rows.filter((r) => r.status === filter));
  const bawahanTampil = tampil(bawahan.data ?? []);
  const lainTampil = tampil(lain);
  const loading = pilihan.list.isPending || (!!periodeId && (bawahan.isPending || dinilai.isPending));

  return (
    <Stack gap="md">
      <PageHeader title={t('tinjau.bawahanTitle')} intro={t('tinjau.bawahanIntro')} />
      {pesan && (
        <Alert color="green" icon={<IconCheck />} role="status">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="md">{pesan}</Text>
            <CloseButton aria-label={t('common.close')} onClick={() => navigate(`${location.pathname}${location.search}`, { replace: true, state: null })} />
          </Group>
        </Alert>
      )}
      <PeriodeSelect pilihan={pilihan} />
      {!me.pegawai && <Text c="dimmed">{t('beranda.noPegawai')}</Text>}
      {pilihan.list.isError && <ErrorAlert error={pilihan.list.error} onRetry={() => pilihan.list.refetch()} />}
      {pilihan.list.data?.length === 0 && <Text c="dimmed">{t('tinjau.belumAdaPeriode')}</Text>}
      {loading && <Loading />}
      {bawahan.isError && <ErrorAlert error={bawahan.error} onRetry={() => bawahan.refetch()} />}
      {dinilai.isError && <ErrorAlert error={dinilai.error} onRetry={() => dinilai.refetch()} />}
      {bawahan.data && dinilai.data && (
        <>
          <Title order={2} size="h3" c={jumlah.DIAJUKAN ? 'blue.8' : undefined} aria-live="polite">
            {jumlah.DIAJUKAN ? t('tinjau.menunggu', { n: jumlah.DIAJUKAN }) : t('tinjau.tidakAdaMenunggu')}
          </Title>
          <Chip.Group value={filter} onChange={(v) => setFilter(v as Filter)}>
            <Group gap="xs" role="radiogroup" aria-label={t('tinjau.filterStatus')}>
              <Chip value="SEMUA" size="md">{t('tinjau.filterSemua', { n: semua.length })}</Chip>
              {STATUS_SKP.map((s) => (
                <Chip key={s} value={s} size="md">{t('tinjau.filterStatusN', { status: t(`tinjau.status.${s}`), n: jumlah[s] })}</Chip>
              ))}
            </Group>
          </Chip.Group>
          <section aria-labelledby="bawahan-langsung">
            <Title order={2} size="h3" id="bawahan-langsung" mb="sm">{t('tinjau.bawahanLangsung')}</Title>
            {bawahan.data.length === 0 ? <Text c="dimmed">{t('tinjau.tidakAdaBawahan')}</Text>
              : bawahanTampil.length === 0 ? <Text c="dimmed">{t('tinjau.tidakAdaSesuaiFilter')}</Text>
                : <SkpRingkasList rows={bawahanTampil} label={t('tinjau.bawahanLangsung')} />}
          </section>
          {lain.length > 0 && (
            <section aria-labelledby="dinilai-lain">
              <Title order={2} size="h3" id="dinilai-lain">{t('tinjau.dinilaiLain')}</Title>
              <Text c="dimmed" mb="sm">{t('tinjau.dinilaiLainIntro')}</Text>
              {lainTampil.length === 0 ? <Text c="dimmed">{t('tinjau.tidakAdaSesuaiFilter')}</Text>
                : <SkpRingkasList rows={lainTampil} label={t('tinjau.dinilaiLain')} />}
            </section>
          )}
        </>
      )}
    </Stack>
  );
}
