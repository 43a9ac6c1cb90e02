import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useKurva, type KurvaDistribusi } from '../../api/kurva.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconCheck, IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { cekKurvaDistribusi } from '../../../../src/domain/kurva-distribusi.ts';
import { AbaikanModal } from './AbaikanModal.tsx';
import { DistribusiGrafik } from './DistribusiGrafik.tsx';
import { KalibrasiForm } from './KalibrasiForm.tsx';
import { PegawaiPredikat } from './PegawaiPredikat.tsx';
import { PredikatOrganisasiCard } from './PredikatOrganisasiCard.tsx';
import { StatusKurvaBadge, jumlahDengan, type Ubahan } from './kurvaUi.tsx';

/** One unit's kurva: org predikat, spread before and after the edits, rule breaks, proposal, calibration, override. */
export function KurvaUnit({ unitId, tahun, onKembali }: { unitId: string; tahun: number; onKembali: () => void }) {
  const t = useT();
  const q = useKurva(unitId, tahun);
  return (
    <Stack gap="md">
      <Anchor component="button" type="button" onClick={onKembali} style={{ alignSelf: 'flex-start', minHeight: 44 }}>
        ← {t('kurva.kembali')}
      </Anchor>
      {q.isPending && <Loading />}
      {q.isError && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
      {q.data && <KurvaIsi k={q.data} />}
    </Stack>
  );
}

function KurvaIsi({ k }: { k: KurvaDistribusi }) {
  const t = useT();
  const [ubah, setUbah] = useState<Ubahan>({});
  const [usulanDiterapkan, setUsulanDiterapkan] = useState(false);
  const [abaikan, setAbaikan] = useState(false);
  const [tersimpan, setTersimpan] = useState(false);
  // Edits that change nothing are dropped, so "n changes" and the bars stay honest.
  const efektif = useMemo(() => Object.fromEntries(Object.entries(ubah).filter(([id, p]) =>
    k.pegawai.some((x) => x.evaluasiId === id && x.predikat !== p))) as Ubahan, [ubah, k.pegawai]);
  const adaUbah = Object.keys(efektif).length > 0;
  const sebelum = useMemo(() => jumlahDengan(k.pegawai, {}), [k.pegawai]);
  const sesudah = useMemo(() => jumlahDengan(k.pegawai, efektif), [k.pegawai, efektif]);
  const cekSesudah = k.penetapan && adaUbah && k.n > 0 ? cekKurvaDistribusi(k.penetapan.predikat, sesudah) : null;
  const kepala = k.unit.kepala.map((x) => (x.jenis === 'DEFINITIF' ? x.nama : `${t(`kurva.kepala.${x.jenis}`)} ${x.nama}`)).join(', ');

  const terapkanUsulan = () => {
    const u = k.usulan;
    if (!u?.mungkin) return;
    setUbah((cur) => ({ ...cur, ...Object.fromEntries(u.perubahan.map((p) => [p.evaluasiId, p.ke])) }));
    setUsulanDiterapkan(true);
    setTersimpan(false);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" className="pecah">{k.unit.nama}</Title>
          <Facts rows={[
            ...(k.unit.indukNama ? [[t('kurva.unit.induk'), k.unit.indukNama] as [string, string]] : []),
            [t('kurva.unit.kepala'), kepala || t('kurva.unit.tanpaKepala')],
          ]} />
        </Stack>
        <StatusKurvaBadge status={k.status} />
      </Group>

      <PredikatOrganisasiCard k={k} />

      {k.catatan.length > 0 && (
        <Alert color="blue" icon={<IconInfo />}>
          <Stack gap={6}>{k.catatan.map((c) => <Text key={c} size="md">{c}</Text>)}</Stack>
        </Alert>
      )}

      {k.penetapan?.override && k.status === 'DIABAIKAN' && (
        <Alert color="orange" icon={<IconAlert />} title={t('kurva.abaikan.tercatat', { oleh: k.penetapan.override.oleh ?? '—', waktu: formatDateTime(k.penetapan.override.at) })}>
          <Text size="md">{k.penetapan.override.alasan}</Text>
        </Alert>
      )}

      {k.pegawai.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={3} size="h4">{t('kurva.grafik.judul')}</Title>
            <Text size="sm" c="dimmed">
              {t('kurva.grafik.n', { n: k.n })}{k.belumAdaPredikat > 0 ? ` ${t('kurva.grafik.belumAda', { n: k.belumAdaPredikat })}` : ''}
            </Text>
            {k.penetapan && (
              <Text size="sm">
                <Text span fw={600}>{t('kurva.pola.judul', { predikat: t(`kurva.predikatOrg.${k.penetapan.predikat}`) })}: </Text>
                {t(`kurva.pola.${k.penetapan.predikat}`)}
              </Text>
            )}
            <DistribusiGrafik sebelum={sebelum} sesudah={adaUbah ? sesudah : null} org={k.penetapan?.predikat ?? null} />

            {k.cek && (k.cek.sesuai
              ? <Alert color="green" icon={<IconCheck />}><Text size="md">{t('kurva.cek.sesuai')}</Text></Alert>
              : (
                <Alert color="red" icon={<IconAlert />} title={t('kurva.cek.judulPelanggaran')}>
                  <List size="md">{k.cek.pelanggaran.map((p) => <List.Item key={p.pesan}>{p.pesan}</List.Item>)}</List>
                </Alert>
              ))}
            {k.cek && k.cek.peringatan.length > 0 && (
              <Alert color="yellow" icon={<IconInfo />} title={t('kurva.cek.judulPeringatan')}>
                <List size="md">{k.cek.peringatan.map((p) => <List.Item key={p.pesan}>{p.pesan}</List.Item>)}</List>
              </Alert>
            )}
            {cekSesudah && (
              <Alert color={cekSesudah.sesuai ? 'green' : 'orange'} icon={cekSesudah.sesuai ? <IconCheck /> : <IconAlert />} aria-live="polite">
                <Text size="md" fw={600}>{t(cekSesudah.sesuai ? 'kurva.cek.sesudahSesuai' : 'kurva.cek.sesudahBelum')}</Text>
                {!cekSesudah.sesuai && <List size="md">{cekSesudah.pelanggaran.map((p) => <List.Item key={p.pesan}>{p.pesan}</List.Item>)}</List>}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}

      {k.usulan && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Title order={3} size="h4">{k.usulan.mungkin ? t('kurva.usulan.judul') : t('kurva.usulan.tidakMungkin')}</Title>
            {k.usulan.mungkin ? (
              <>
                <Text size="md">{t('kurva.usulan.intro', { n: k.usulan.jumlahDipindah })}</Text>
                <List size="md">
                  {k.usulan.perubahan.map((p) => (
                    <List.Item key={p.evaluasiId}>
                      {t('kurva.usulan.baris', { nama: p.nama, dari: t(`kurva.predikat.${p.dari}`), ke: t(`kurva.predikat.${p.ke}`) })}
                    </List.Item>
                  ))}
                </List>
                {k.usulan.catatan && <Alert color="yellow" icon={<IconAlert />}><Text size="md">{k.usulan.catatan}</Text></Alert>}
                {k.akses.kalibrasi && k.usulan.perubahan.length > 0 && (
                  <Group gap="sm">
                    <Button onClick={terapkanUsulan}>{t('kurva.usulan.terapkan')}</Button>
                    {usulanDiterapkan && <Text size="sm" role="status">{t('kurva.usulan.diterapkan')}</Text>}
                  </Group>
                )}
              </>
            ) : <Text size="md">{k.usulan.alasan}</Text>}
          </Stack>
        </Paper>
      )}

      {k.pegawai.length > 0 && (
        <PegawaiPredikat
          pegawai={k.pegawai}
          ubah={efektif}
          bolehUbah={k.akses.kalibrasi && !!k.penetapan}
          onUbah={(id, p) => { setUbah((u) => ({ ...u, [id]: p })); setTersimpan(false); }}
        />
      )}

      {k.pegawai.length > 0 && k.akses.kalibrasi && (k.penetapan
        ? (
          <KalibrasiForm
            k={k}
            ubah={efektif}
            tersimpan={tersimpan}
            onBatal={() => { setUbah({}); setUsulanDiterapkan(false); }}
            onTersimpan={() => { setUbah({}); setUsulanDiterapkan(false); setTersimpan(true); }}
          />
        )
        : <Text c="dimmed">{t('kurva.kalibrasi.perluPredikat')}</Text>)}

      {k.status === 'TIDAK_SESUAI' && (k.akses.mengabaikan
        ? (
          <Group>
            <Button variant="outline" color="orange" onClick={() => setAbaikan(true)}>{t('kurva.abaikan.tombol')}</Button>
          </Group>
        )
        : <Text size="sm" c="dimmed">{t('kurva.abaikan.hanyaPimpinan')}</Text>)}
      <AbaikanModal k={k} opened={abaikan} onClose={() => setAbaikan(false)} />
    </Stack>
  );
}
