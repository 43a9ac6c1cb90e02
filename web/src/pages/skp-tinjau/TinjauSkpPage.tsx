import '@mantine/core/styles/List.css';
import '../../components/tinjau/tinjau.css';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSkp, type Skp } from '../../api/skp.ts';
import { hasRole, useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconCheck, IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { EkspektasiCard } from './EkspektasiCard.tsx';
import { KepalaSkp, LampiranCard } from './KepalaSkp.tsx';
import { KeputusanCard } from './KeputusanCard.tsx';
import { RhkAtasanPanel } from './RhkAtasanPanel.tsx';
import { RhkPegawaiCard } from './RhkPegawaiCard.tsx';
import { nomorRhk, petaAtasan } from './tautan.ts';

function RhkPegawai({ skp }: { skp: Skp }) {
  const t = useT();
  const me = useMe();
  const peta = useMemo(() => petaAtasan(skp), [skp]);
  const nomor = useMemo(() => nomorRhk(skp.rhk), [skp.rhk]);
  const bagian = (['UTAMA', 'TAMBAHAN'] as const).map((jenis) => ({ jenis, rhk: skp.rhk.filter((r) => r.jenis === jenis) }));
  return (
    <div className="tinjau-kolom">
      <section aria-labelledby="rhk-pegawai-judul">
        <Title order={2} size="h3" id="rhk-pegawai-judul" mb="sm">{t('tinjau.rhkPegawaiJudul', { nama: skp.pegawai.nama })}</Title>
        <Stack gap="lg">
          {bagian.map(({ jenis, rhk }) => (jenis === 'TAMBAHAN' && rhk.length === 0 ? null : (
            <Stack key={jenis} gap="sm">
              <Title order={3} size="h4">{t(`tinjau.jenisJamak.${jenis}`)}</Title>
              {rhk.length === 0 && <Text c="orange.9">{t('tinjau.rhkUtamaKosong')}</Text>}
              {rhk.map((r) => <RhkPegawaiCard key={r.id} rhk={r} nomor={nomor.get(r.id) ?? 0} peta={peta} model={skp.model} />)}
            </Stack>
          )))}
        </Stack>
      </section>
      <RhkAtasanPanel skp={skp} peta={peta} nomor={nomor} saya={!!me.pegawai && me.pegawai.id === skp.penilai?.id} />
    </div>
  );
}

/** The penilai reviews a subordinate's SKP against their own RHK, sets ekspektasi, and decides. */
export default function TinjauSkpPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const q = useSkp(id);
  const [dirty, setDirty] = useState(false);
  const [pesan, setPesan] = useState<string | null>(null);
  usePageTitle(q.data ? t('tinjau.title', { nama: q.data.pegawai.nama }) : t('tinjau.titleUmum'));
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);
  // The atasan goes back to the list; an admin deciding for the top of the chain stays here.
  const onDone = (_saved: Skp, teks: string) => {
    if (hasRole(me, 'ATASAN')) navigate('/skp-bawahan', { state: { pesan: teks } });
    else { setPesan(teks); window.scrollTo({ top: 0 }); }
  };

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const skp = q.data;
  const bisaPutus = skp.akses.setujui || skp.akses.kembalikan;
  const adaEkspektasi = Object.values(skp.ekspektasi).some((v) => !!v);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('tinjau.title', { nama: skp.pegawai.nama })}
        actions={(
          <>
            {hasRole(me, 'ATASAN') && <Button component={Link} to="/skp-bawahan" variant="subtle">{t('tinjau.keDaftar')}</Button>}
            <Button component={Link} to={`/skp/${skp.id}`} variant="default">{t('tinjau.lihatLengkap')}</Button>
          </>
        )}
      />
      {pesan && <Alert color="green" icon={<IconCheck />} role="status"><Text size="md">{pesan}</Text></Alert>}
      {bisaPutus ? (
        <Alert color="blue" icon={<IconInfo />}>
          <Group gap="xs">
            <Text size="md">{t('tinjau.petunjuk')}</Text>
            <Anchor href="#keputusan" size="md">{t('tinjau.keKeputusan')}</Anchor>
          </Group>
        </Alert>
      ) : !pesan && (
        <Alert color="gray" icon={<IconInfo />}>
          <Text size="md">
            {t(`tinjau.bacaSajaStatus.${skp.status}`)}
          </Text>
        </Alert>
      )}
      <KepalaSkp skp={skp} />
      <RhkPegawai skp={skp} />
      <LampiranCard lampiran={skp.lampiran} />
      {(skp.akses.ubahEkspektasi || adaEkspektasi) && <EkspektasiCard skp={skp} onDirtyChange={onDirtyChange} />}
      {bisaPutus && <KeputusanCard skp={skp} ekspektasiBelumDisimpan={dirty} onDone={onDone} />}
    </Stack>
  );
}
