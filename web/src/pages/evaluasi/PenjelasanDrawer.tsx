import '@mantine/core/styles/Drawer.css';
import { Alert, Badge, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePenjelasan, type Evaluasi, type Perhitungan } from '../../api/evaluasi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { usePhone } from '../../lib/usePhone.ts';
import { LABEL_KATEGORI_CAPAIAN_IKI } from '../../../../src/domain/enums.ts';
import { LABEL_RATING, PREDIKAT_COLOR, LABEL_PREDIKAT, angka, persen } from './labels.ts';
import { MatriksPredikat } from './MatriksPredikat.tsx';

function Bagian({ judul, children }: { judul: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={3} size="h4">{judul}</Title>
      {children}
    </Stack>
  );
}

type Iki = Perhitungan['hasilKerja'][number]['iki'][number];

function IkiBlok({ iki, numerik }: { iki: Iki; numerik: boolean }) {
  const t = useT();
  const judul = <Text fw={600}>{iki.nomor}. {iki.indikator || '—'}</Text>;
  if (iki.status === 'CELAH') {
    return (
      <div className="celah">
        {judul}
        <Text size="sm">{t('penjelasan.target')}: {iki.targetTeks}</Text>
        <Text c="orange.9" fw={600}>{t('penjelasan.celah')}</Text>
      </div>
    );
  }
  const rows: [string, ReactNode][] = [
    [t('penjelasan.target'), iki.targetTeks],
    [t('penjelasan.realisasi'), <>{iki.realisasi === null ? '—' : `${angka(iki.realisasi)} ${iki.satuan}`.trim()}{iki.sumberRealisasi && <Text span size="sm" c="dimmed"> · {iki.sumberRealisasi}</Text>}</>],
  ];
  if (iki.status === 'DIHITUNG') {
    rows.push([t('penjelasan.rumus'), <span className="rumus">{iki.rumusTeks}</span>]);
    rows.push([t('penjelasan.capaian'), `${persen(iki.capaian!)} · ${LABEL_KATEGORI_CAPAIAN_IKI[iki.kategori!]}`]);
    if (numerik) rows.push([t('penjelasan.nilaiCapaian'), <span className="rumus">{iki.nilaiTeks}</span>]);
  } else {
    rows.push([t('penjelasan.capaian'), <Text span c="orange.9">{iki.catatan}</Text>]);
  }
  return <div className="iki-blok">{judul}<Facts rows={rows} /></div>;
}

function Isi({ ev }: { ev: Evaluasi }) {
  const t = useT();
  const q = usePenjelasan(ev);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const { perhitungan: h, penilaian, sumber } = q.data;
  const numerik = h.nilaiNumerik !== null;
  return (
    <Stack gap="lg">
      <Alert color={sumber === 'SNAPSHOT' ? 'teal' : 'blue'} icon={<IconInfo />}>
        <Text size="md">{sumber === 'SNAPSHOT' ? t('penjelasan.sumberSnapshot', { waktu: formatDateTime(penilaian.finalAt) }) : t('penjelasan.sumberLangsung')}</Text>
      </Alert>
      <Bagian judul={t('penjelasan.aturan')}><Text>{h.aturan.label}</Text></Bagian>

      <Bagian judul={t('penjelasan.hasilKerja')}>
        {h.hasilKerja.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
        {h.hasilKerja.map((r) => (
          <Stack key={r.rhkId} gap="xs">
            <Text fw={700}>{t(r.jenis === 'UTAMA' ? 'penjelasan.rhkUtama' : 'penjelasan.rhkTambahan', { n: r.nomor })}: {r.uraian}</Text>
            {r.iki.map((k) => <IkiBlok key={k.ikiId} iki={k} numerik={numerik} />)}
          </Stack>
        ))}
      </Bagian>

      <Bagian judul={t('penjelasan.ringkasan')}>
        <Text>{h.capaian.teks}</Text>
        {h.celah.length > 0 && (
          <Alert color="orange" icon={<IconAlert />} title={t('penjelasan.celahJudul', { n: h.celah.length })}>
            <ul className="polos">{h.celah.map((c) => <li key={c.ikiId}>{c.teks}</li>)}</ul>
          </Alert>
        )}
        {h.saran.aktif && h.saran.teks && <Text c="blue.8">{t('penjelasan.saran')}: {h.saran.teks}</Text>}
        {numerik && <Text><Text span fw={600}>{t('penjelasan.nilaiNumerik')}:</Text> {h.nilaiNumerik!.teks}</Text>}
      </Bagian>

      {h.saranTahunan && <Bagian judul={t('penjelasan.saranTahunan')}><Text>{h.saranTahunan.teks}</Text></Bagian>}
      {h.pimpinan && <Bagian judul={t('penjelasan.pimpinan')}><Text>{h.pimpinan.teks}</Text></Bagian>}

      <Bagian judul={t('penjelasan.rating')}>
        <Facts rows={[
          [t('evaluasi.ratingHasil'), h.ratingHasil ? LABEL_RATING[h.ratingHasil] : t('evaluasi.belumDinilai')],
          [t('evaluasi.ratingPerilaku'), h.ratingPerilaku ? LABEL_RATING[h.ratingPerilaku] : t('evaluasi.belumDinilai')],
          ...(penilaian.dinilaiOleh ? [[t('evaluasi.dinilaiOleh'), t('evaluasi.olehWaktu', { nama: penilaian.dinilaiOleh.nama, waktu: formatDateTime(penilaian.dinilaiAt) })] as [string, ReactNode]] : []),
          ...(penilaian.ditetapkanAt ? [[t('evaluasi.ditetapkanAt'), formatDateTime(penilaian.ditetapkanAt)] as [string, ReactNode]] : []),
        ]} />
      </Bagian>

      <Bagian judul={t('penjelasan.matriks')}>
        <MatriksPredikat hasil={h.ratingHasil} perilaku={h.ratingPerilaku} />
        {h.matriks ? <Text fw={600}>{h.matriks.teks}</Text> : <Text c="dimmed">{t('penjelasan.matriksBelum')}</Text>}
        {h.predikat && (
          <Group gap="xs"><Text>{t('evaluasi.predikat')}:</Text><Badge size="lg" variant="filled" tt="none" color={PREDIKAT_COLOR[h.predikat]}>{LABEL_PREDIKAT[h.predikat]}</Badge></Group>
        )}
        {h.kalibrasi && <Alert color="orange" icon={<IconInfo />} title={t('penjelasan.kalibrasi')}><Text>{h.kalibrasi.teks}</Text></Alert>}
      </Bagian>

      {h.organisasi && (
        <Bagian judul={t('penjelasan.organisasi')}>
          <Text>{h.organisasi.unitKerja}: <Text span fw={700}>{h.organisasi.label}</Text></Text>
          <Text c={h.organisasi.kurvaOverride ? 'orange.9' : undefined}>{h.organisasi.kurvaTeks}</Text>
        </Bagian>
      )}

      {h.angkaKredit && <Bagian judul={t('penjelasan.angkaKredit')}><Text className="rumus">{h.angkaKredit.teks}</Text></Bagian>}
    </Stack>
  );
}

/** "Bagaimana ini dihitung?": every number of one evaluation with its formula, the matrix cell and the gaps. */
export function PenjelasanDrawer({ ev, onClose }: { ev: Evaluasi | null; onClose: () => void }) {
  const t = useT();
  const phone = usePhone();
  return (
    <Drawer
      opened={!!ev}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={ev ? t('penjelasan.judul', { label: ev.label }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}
    >
      {ev && <><Divider mb="md" /><Isi ev={ev} /></>}
    </Drawer>
  );
}
