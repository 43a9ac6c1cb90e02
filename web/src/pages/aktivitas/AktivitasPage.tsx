import '@mantine/core/styles/List.css';
import './aktivitas.css';
import { ActionIcon, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { todayWib, useAktivitasList, useKalenderBulan, usePilihanRhk } from '../../api/aktivitas.ts';
import { geserBulan } from '../../api/kalender.ts';
import { useMe } from '../../auth/session.ts';
import { SinkronBanner } from '../../components/aktivitas/SinkronBanner.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconChevronRight } from '../../components/icons.tsx';
import { formatBulan, KalenderBulan } from '../../components/kalender/KalenderBulan.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { hapus, perluDiperiksa } from '../../offline/engine.ts';
import { useOutbox } from '../../offline/useOutbox.ts';
import { AktivitasForm } from './AktivitasForm.tsx';
import { DaftarHari } from './DaftarHari.tsx';
import { dariOutbox, keData, type Entri } from './entri.ts';
import { EntriCard } from './EntriCard.tsx';
import { useAktivitasForm } from './useAktivitasForm.ts';

/** Daily activities of the signed-in pegawai: entry form, the day's list, problems to fix, and the month. */
export default function AktivitasPage() {
  const t = useT();
  const me = useMe();
  if (!me.pegawai) {
    return (
      <Stack gap="md">
        <PageHeader title={t('aktivitas.title')} />
        <Text c="dimmed">{t('aktivitas.noPegawai')}</Text>
      </Stack>
    );
  }
  return <Isi akunId={me.akunId} pegawaiId={me.pegawai.id} />;
}

function Isi({ akunId, pegawaiId }: { akunId: string; pegawaiId: string }) {
  const t = useT();
  const st = useAktivitasForm(akunId);
  const ob = useOutbox();
  const formTanggal = st.form.values.tanggal;
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(formTanggal);
  // The day shown follows the form, except that browsing the calendar during an edit leaves the edit alone.
  const [hari, setHari] = useState(valid ? formTanggal : todayWib());
  useEffect(() => {
    if (valid) setHari(formTanggal);
  }, [formTanggal, valid]);
  const [bulan, setBulan] = useState(hari.slice(0, 7));
  useEffect(() => setBulan(hari.slice(0, 7)), [hari]);

  const pilihan = usePilihanRhk(akunId, valid ? formTanggal : todayWib());
  const list = useAktivitasList(hari, hari);
  const kalender = useKalenderBulan(pegawaiId, bulan);
  const [hapusEntri, setHapusEntri] = useState<Entri | null>(null);
  const formTop = useRef<HTMLDivElement>(null);

  const pilihHari = (d: string) => {
    setHari(d);
    if (!st.target.ubah) st.form.set('tanggal', d);
  };

  const onUbah = useCallback((e: Entri) => {
    st.mulaiUbah(e);
    formTop.current?.scrollIntoView({ block: 'start' });
  }, [st]);
  const onHapus = useCallback((e: Entri) => setHapusEntri(e), []);

  // Problems on other days than the one shown: they must not go unseen.
  const masalahLain = ob.items.filter((i) => perluDiperiksa(i) && i.data.tanggal !== hari && i.id !== st.target.id).map((i) => dariOutbox(i, undefined));

  return (
    <Stack gap="md">
      <PageHeader title={t('aktivitas.title')} intro={t('aktivitas.intro')} />
      <SinkronBanner />
      <div className="akt-layout">
        <Stack gap="lg" className="akt-main">
          <div ref={formTop} style={{ scrollMarginTop: '5rem' }}>
            <AktivitasForm st={st} akunId={akunId} pilihan={pilihan} />
          </div>
          {masalahLain.length > 0 && (
            <section aria-labelledby="akt-masalah-title">
              <Title order={2} size="h4" id="akt-masalah-title" mb="xs">{t('offline.perluDiperiksaJudul')}</Title>
              <ul className="akt-list">
                {masalahLain.map((e) => (
                  <EntriCard key={e.id} e={e} denganTanggal sedangDiubah={false} onUbah={onUbah} onHapus={onHapus} />
                ))}
              </ul>
            </section>
          )}
          <DaftarHari tanggal={hari} list={list} items={ob.items} sedangDiubah={st.target.ubah ? st.target.id : null}
            onUbah={onUbah} onHapus={onHapus} />
        </Stack>
        <aside className="akt-side" aria-labelledby="akt-kal-title">
          <Card withBorder padding="sm">
            <Stack gap="sm">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <ActionIcon variant="default" aria-label={t('kalender.prevMonth')} onClick={() => setBulan(geserBulan(bulan, -1))}>
                  <span style={{ display: 'inline-flex', transform: 'rotate(180deg)' }}><IconChevronRight /></span>
                </ActionIcon>
                <Title order={2} size="h4" id="akt-kal-title" aria-live="polite">{formatBulan(bulan)}</Title>
                <ActionIcon variant="default" aria-label={t('kalender.nextMonth')} onClick={() => setBulan(geserBulan(bulan, 1))}>
                  <IconChevronRight />
                </ActionIcon>
              </Group>
              {hari !== todayWib() && (
                <Button variant="subtle" size="compact-md" onClick={() => pilihHari(todayWib())}>{t('aktivitas.kalender.hariIni')}</Button>
              )}
              {kalender.isPending && <Loading />}
              {kalender.isError && <ErrorAlert error={kalender.error} onRetry={() => kalender.refetch()} />}
              {kalender.data && <KalenderBulan data={kalender.data} onPilih={pilihHari} dipilih={hari} />}
            </Stack>
          </Card>
        </aside>
      </div>
      <ConfirmModal
        opened={!!hapusEntri}
        title={t('aktivitas.hapus.judul')}
        message={t('aktivitas.hapus.isi', { uraian: hapusEntri?.uraian.slice(0, 80) ?? '' })}
        confirmLabel={t('common.delete')}
        onClose={() => setHapusEntri(null)}
        onConfirm={() => {
          const e = hapusEntri;
          setHapusEntri(null);
          if (!e) return;
          if (st.target.id === e.id) st.selesaiUbah();
          void hapus({ id: e.id, version: e.version, data: keData(e), tampil: { rhkUraian: e.rhkUraian, rencanaAksiUraian: e.rencanaAksiUraian } });
        }}
      />
    </Stack>
  );
}
