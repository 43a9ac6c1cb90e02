import '@mantine/core/styles/List.css';
import '../../components/tinjau/tinjau.css';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useMatriks } from '../../api/skp.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodeSelect, usePeriodePilihan } from '../../components/PeriodeSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { MatriksTabel, type Baris } from './MatriksTabel.tsx';
import { TurunkanModal } from './TurunkanModal.tsx';

/** Matriks peran hasil: how my RHK are carried by each direct subordinate, and handing RHK down. */
export default function MatriksPage() {
  const t = useT();
  const me = useMe();
  const pilihan = usePeriodePilihan();
  const q = useMatriks(me.pegawai ? pilihan.periode?.id : undefined);
  const [turunkan, setTurunkan] = useState<Baris | null>(null);
  // Utama first, each numbered within its jenis as on the SKP form.
  const baris = useMemo<Baris[]>(() => {
    const list = q.data?.baris ?? [];
    const urut = [...list.filter((b) => b.jenis === 'UTAMA'), ...list.filter((b) => b.jenis === 'TAMBAHAN')];
    const n = { UTAMA: 0, TAMBAHAN: 0 };
    return urut.map((b) => ({ ...b, judul: t(b.jenis === 'UTAMA' ? 'tinjau.rhkUtamaN' : 'tinjau.rhkTambahanN', { n: (n[b.jenis] += 1) }) }));
  }, [q.data, t]);
  const m = q.data;

  return (
    <Stack gap="md">
      <PageHeader title={t('matriks.title')} intro={t('matriks.intro')} />
      <PeriodeSelect pilihan={pilihan} />
      {!me.pegawai && <Text c="dimmed">{t('beranda.noPegawai')}</Text>}
      {pilihan.list.isError && <ErrorAlert error={pilihan.list.error} onRetry={() => pilihan.list.refetch()} />}
      {pilihan.list.data?.length === 0 && <Text c="dimmed">{t('tinjau.belumAdaPeriode')}</Text>}
      {(pilihan.list.isPending || (q.isPending && q.fetchStatus !== 'idle')) && <Loading />}
      {q.isError && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
      {m && !m.skpId && (
        <Alert color="blue" icon={<IconInfo />} title={t('matriks.belumPunyaSkp')}>
          <Stack gap="sm" align="flex-start">
            <Text size="md">{t('matriks.belumPunyaSkpHelp')}</Text>
            <Button component={Link} to="/skp">{t('matriks.keSkpSaya')}</Button>
          </Stack>
        </Alert>
      )}
      {m?.skpId && baris.length === 0 && (
        <Alert color="blue" icon={<IconInfo />} title={t('matriks.belumAdaRhk')}>
          <Stack gap="sm" align="flex-start">
            <Text size="md">{t('matriks.belumAdaRhkHelp')}</Text>
            <Button component={Link} to={`/skp/${m.skpId}`}>{t('matriks.keSkpSaya')}</Button>
          </Stack>
        </Alert>
      )}
      {m && baris.length > 0 && m.kolom.length === 0 && <Text c="dimmed">{t('tinjau.tidakAdaBawahan')}</Text>}
      {m && baris.length > 0 && m.kolom.length > 0 && (
        <>
          <Text size="md" c="dimmed">{t('matriks.cara')}</Text>
          <MatriksTabel m={m} baris={baris} onTurunkan={setTurunkan} />
          <TurunkanModal m={m} baris={turunkan} onClose={() => setTurunkan(null)} />
        </>
      )}
    </Stack>
  );
}
