import './evaluasi.css';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useDaftarEvaluasi, type Evaluasi } from '../../api/evaluasi.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconCheck, IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { EvaluasiCard, type Pesan } from './EvaluasiCard.tsx';
import { PenjelasanDrawer } from './PenjelasanDrawer.tsx';

/** Periodic and annual evaluation of one SKP: the pegawai closes realisasi, the penilai rates, fixes and finalises. */
export default function EvaluasiPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const q = useDaftarEvaluasi(id);
  const [pesan, setPesan] = useState<Pesan | null>(null);
  const [penjelasan, setPenjelasan] = useState<Evaluasi | null>(null);
  const judul = q.data ? t('evaluasi.title', { tahun: q.data.tahun }) : t('evaluasi.titleUmum');

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const saya = me.pegawai?.id ?? null;
  const tampilPesan = (p: Pesan) => { setPesan(p); window.scrollTo({ top: 0 }); };
  const kartu = (ev: Evaluasi) => (
    <EvaluasiCard key={ev.id} ev={ev} daftar={d} saya={saya} onPesan={tampilPesan} onPenjelasan={setPenjelasan} />
  );

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={`/skp/${d.skpId}`} size="md">← {t('evaluasi.keSkp')}</Anchor>
      <PageHeader title={judul} intro={t('evaluasi.intro', { frekuensi: t(`evaluasi.frekuensi.${d.frekuensi}`), versi: d.versi })} />
      <Facts rows={[
        [t('evaluasi.pegawai'), `${d.pegawai.nama} · NIP ${d.pegawai.nip}`],
        [t('evaluasi.penilai'), d.penilai ? `${d.penilai.nama} · NIP ${d.penilai.nip}` : t('evaluasi.penilaiTidakAda')],
      ]} />
      {pesan && (
        <Alert color={pesan.peringatan.length ? 'orange' : 'green'} icon={pesan.peringatan.length ? <IconAlert /> : <IconCheck />} role="status"
          withCloseButton closeButtonLabel={t('common.close')} onClose={() => setPesan(null)}
          title={pesan.peringatan.length ? t('evaluasi.peringatanJudul') : undefined}>
          <Text size="md">{pesan.teks}</Text>
          {pesan.peringatan.length > 0 && <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.25rem' }}>{pesan.peringatan.map((p) => <li key={p}>{p}</li>)}</ul>}
        </Alert>
      )}
      {(d.pengaturan.saranAktif || d.pengaturan.modeNumerik) && (
        <Text size="sm" c="dimmed">
          {[d.pengaturan.saranAktif && t('evaluasi.saranAktif'), d.pengaturan.modeNumerik && t('evaluasi.modeNumerik')].filter(Boolean).join(' ')}
        </Text>
      )}
      {d.keterangan && d.periodik.length === 0 && <Alert color="blue" icon={<IconInfo />}><Text size="md">{d.keterangan}</Text></Alert>}
      {d.periodik.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="ev-periodik">
          <Title order={2} size="h3" id="ev-periodik">{t('evaluasi.periodikJudul')}</Title>
          <div className="evaluasi-grid">{d.periodik.map(kartu)}</div>
        </Stack>
      )}
      {d.tahunan ? (
        <Stack gap="sm" component="section" aria-labelledby="ev-tahunan">
          <Title order={2} size="h3" id="ev-tahunan">{t('evaluasi.tahunanJudul')}</Title>
          <div className="evaluasi-grid">{kartu(d.tahunan)}</div>
        </Stack>
      ) : d.periodik.length > 0 && d.keterangan && <Text c="dimmed">{d.keterangan}</Text>}
      <PenjelasanDrawer ev={penjelasan} onClose={() => setPenjelasan(null)} />
    </Stack>
  );
}
