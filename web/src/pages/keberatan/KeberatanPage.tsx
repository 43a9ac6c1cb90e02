import '../evaluasi/evaluasi.css';
import './keberatan.css';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDaftarKeberatan, useKeberatan, type Keberatan } from '../../api/keberatan.ts';
import { hasRole, useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconCheck } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { LABEL_PREDIKAT } from '../evaluasi/labels.ts';
import { KeberatanItem } from './KeberatanItem.tsx';

/**
 * /keberatan: the objections the caller decides (as atasan pejabat penilai, or as admin where none is
 * recorded) and the caller's own. `?id=` (from the evaluation card or a notification) picks one out.
 */
export default function KeberatanPage() {
  const t = useT();
  const me = useMe();
  const [params] = useSearchParams();
  const dipilih = params.get('id');
  const q = useDaftarKeberatan();
  const semua = q.data ? [...q.data.untukDiputus, ...q.data.diajukan] : [];
  const diDaftar = !!dipilih && semua.some((k) => k.id === dipilih);
  // Someone who may see it but has it in neither list (the pejabat penilai): load it alone.
  const satu = useKeberatan(dipilih, q.isSuccess && !diDaftar);
  const [pesan, setPesan] = useState<string | null>(null);
  const [diputusLain, setDiputusLain] = useState<ReadonlySet<string>>(new Set());

  // Bring the chosen objection into view once it is on the page.
  const siap = q.isSuccess && (diDaftar || satu.isSuccess);
  useEffect(() => {
    if (!siap || !dipilih) return;
    const el = document.getElementById(`kb-${dipilih}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, [siap, dipilih]);

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;

  const selesai = (saved: Keberatan) => {
    setPesan(saved.keputusan === 'DIKABULKAN' && saved.hasil
      ? t('keberatan.tersimpan.DIKABULKAN', { nama: saved.pegawai.nama, predikat: LABEL_PREDIKAT[saved.hasil.predikat] })
      : t('keberatan.tersimpan.DITOLAK', { nama: saved.pegawai.nama }));
    window.scrollTo({ top: 0 });
  };
  const item = (k: Keberatan) => (
    <KeberatanItem key={k.id} k={k} sorot={k.id === dipilih} diputusLain={diputusLain.has(k.id)} onSelesai={selesai}
      onBerubah={() => setDiputusLain((s) => new Set(s).add(k.id))} />
  );

  const { untukDiputus, diajukan } = q.data;
  const menunggu = untukDiputus.filter((k) => k.status === 'DIAJUKAN');
  const sudah = untukDiputus.filter((k) => k.status !== 'DIAJUKAN');
  const pemutus = untukDiputus.length > 0 || hasRole(me, 'ATASAN', 'ADMIN');
  const milikSendiri = diajukan.length > 0 || !!me.pegawai;

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('keberatan.title')} intro={t('keberatan.intro')} />
      {pesan && (
        <Alert color="green" icon={<IconCheck />} role="status" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setPesan(null)}>
          <Text size="md">{pesan}</Text>
        </Alert>
      )}

      {dipilih && !diDaftar && (
        satu.isPending && satu.fetchStatus !== 'idle' ? <Loading />
          : satu.isError ? <Alert color="orange" role="status"><Text size="md">{t('keberatan.tidakDitemukan')}</Text></Alert>
            : satu.data && (
              <Stack gap="sm" component="section" aria-labelledby="kb-dibuka">
                <Title order={2} size="h3" id="kb-dibuka">{t('keberatan.dibukaJudul')}</Title>
                {item(satu.data)}
              </Stack>
            )
      )}

      {pemutus && (
        <Stack gap="sm" component="section" aria-labelledby="kb-untuk-diputus">
          <Title order={2} size="h3" id="kb-untuk-diputus">{t('keberatan.untukDiputus')}</Title>
          {menunggu.length ? menunggu.map(item) : <Text c="dimmed" size="md">{t('keberatan.untukDiputusKosong')}</Text>}
        </Stack>
      )}

      {milikSendiri && (
        <Stack gap="sm" component="section" aria-labelledby="kb-diajukan">
          <Title order={2} size="h3" id="kb-diajukan">{t('keberatan.diajukanJudul')}</Title>
          {diajukan.length ? diajukan.map(item) : <Text c="dimmed" size="md">{t('keberatan.diajukanKosong')}</Text>}
        </Stack>
      )}

      {sudah.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="kb-sudah">
          <Title order={2} size="h3" id="kb-sudah">{t('keberatan.sudahDiputusDaftar')}</Title>
          {sudah.map(item)}
        </Stack>
      )}
    </Stack>
  );
}
