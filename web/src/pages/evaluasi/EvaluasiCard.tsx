import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { evaluasiKeys, evaluasiPath, type DaftarEvaluasi, type Evaluasi, type EvaluasiAksiHasil, type EvaluasiConflict } from '../../api/evaluasi.ts';
import { dokumenEvaluasiUrl } from '../../api/dokumen.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconDownload, IconInfo } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { isConflict } from '../../lib/useForm.ts';
import { KeberatanBadge } from '../keberatan/KeberatanBadge.tsx';
import { KeberatanForm } from './KeberatanForm.tsx';
import { LABEL_PREDIKAT, LABEL_RATING, PREDIKAT_COLOR, STATUS_COLOR, angka, persen, type Rating } from './labels.ts';
import { NilaiForm } from './NilaiForm.tsx';

// Long labels wrap inside the button instead of running past a 360-px card.
const WRAP = { root: { height: 'auto', minHeight: 42, maxWidth: '100%' }, label: { whiteSpace: 'normal' as const, paddingBlock: 6 } };

/** Today in WIB (the server's calendar), YYYY-MM-DD. */
const hariIni = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

type Aksi = { aksi: 'realisasi-selesai' | 'tetapkan' | 'final' } | { aksi: 'nilai'; ratingHasil: Rating; ratingPerilaku: Rating };

export interface Pesan { teks: string; peringatan: string[] }

/** One period (or the year): its state, numbers, predikat, and the next step for whoever may take it. */
export function EvaluasiCard({ ev, daftar, saya, onPesan, onPenjelasan }: {
  ev: Evaluasi; daftar: DaftarEvaluasi; saya: string | null; onPesan: (p: Pesan) => void; onPenjelasan: (ev: Evaluasi) => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [konfirmasiFinal, setKonfirmasiFinal] = useState(false);
  const aksi = useMutation({
    mutationFn: (a: Aksi) => (a.aksi === 'nilai'
      ? api.put<EvaluasiAksiHasil>(evaluasiPath(ev, 'nilai'), { version: ev.version, ratingHasil: a.ratingHasil, ratingPerilaku: a.ratingPerilaku })
      : api.post<EvaluasiAksiHasil>(evaluasiPath(ev, a.aksi), { version: ev.version })),
    onSuccess: (res, a) => {
      setKonfirmasiFinal(false);
      void qc.invalidateQueries({ queryKey: evaluasiKeys.daftar(ev.skpId) });
      const label = ev.label;
      const teks = a.aksi === 'realisasi-selesai' ? t('evaluasi.realisasiSelesaiPesan', { label })
        : a.aksi === 'nilai' ? t('evaluasi.nilaiPesan', { label })
          : a.aksi === 'tetapkan' ? t('evaluasi.tetapkanPesan', { label, predikat: res.evaluasi.predikat ? LABEL_PREDIKAT[res.evaluasi.predikat] : '—' })
            : t('evaluasi.finalPesan', { label });
      onPesan({ teks, peringatan: res.peringatan });
    },
  });
  const fields = aksi.error instanceof ApiError ? aksi.error.fields : {};
  const konflik = isConflict(aksi.error) ? aksi.error.current<EvaluasiConflict>() : null;
  const muatUlang = () => { aksi.reset(); void qc.invalidateQueries({ queryKey: evaluasiKeys.daftar(ev.skpId) }); };
  const pemilik = !!saya && saya === daftar.pegawai.id;

  const rows: [string, ReactNode][] = [
    [t('evaluasi.capaian'), ev.ringkasan.capaianRataRata === null ? <Text span c="dimmed">{t('evaluasi.capaianBelum')}</Text> : persen(ev.ringkasan.capaianRataRata)],
  ];
  if (ev.ringkasan.jumlahCelah > 0) {
    rows.push([t('evaluasi.iki'), <Text span c="orange.9" fw={600}>{t('evaluasi.celah', { n: ev.ringkasan.jumlahCelah, total: ev.ringkasan.jumlahIki })}</Text>]);
  }
  if (ev.ratingHasil && ev.ratingPerilaku) {
    rows.push([t('evaluasi.ratingHasil'), LABEL_RATING[ev.ratingHasil]], [t('evaluasi.ratingPerilaku'), LABEL_RATING[ev.ratingPerilaku]]);
  }
  if (ev.penilai && ev.dinilaiAt) rows.push([t('evaluasi.dinilaiOleh'), t('evaluasi.olehWaktu', { nama: ev.penilai.nama, waktu: formatDateTime(ev.dinilaiAt) })]);
  if (ev.ringkasan.nilaiNumerik !== null) rows.push([t('evaluasi.nilaiNumerik'), angka(ev.ringkasan.nilaiNumerik)]);
  if (ev.ringkasan.angkaKredit !== null) rows.push([t('evaluasi.angkaKredit'), angka(ev.ringkasan.angkaKredit)]);
  if (ev.kodeVerifikasi) rows.push([t('evaluasi.kodeVerifikasi'), <span className="rumus">{ev.kodeVerifikasi}</span>]);

  const predikat = ev.predikat ?? ev.ringkasan.predikatMatriks;
  // The owner sees when the time to object ran out (the server alone decides whether it has).
  const batasLewat = pemilik && ev.jenis === 'TAHUNAN' && ev.status === 'FINAL' && !ev.keberatan && !ev.akses.keberatan
    && !!ev.batasKeberatan && hariIni() > ev.batasKeberatan.slice(0, 10);
  const menunggu = ev.status === 'OPEN' && !ev.akses.realisasiSelesai
    ? (pemilik ? null : t('evaluasi.menungguPegawai', { nama: daftar.pegawai.nama }))
    : ev.status === 'REALISASI_DIISI' && !ev.akses.nilai ? t('evaluasi.menungguPenilai', { nama: daftar.penilai?.nama ?? t('evaluasi.penilaiTidakAda') })
      : null;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`ev-${ev.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3} size="h4" id={`ev-${ev.id}`}>{ev.label}</Title>
            <Text size="sm" c="dimmed">{formatDate(ev.mulai)} – {formatDate(ev.selesai)}</Text>
          </div>
          <Badge variant="light" size="lg" tt="none" color={STATUS_COLOR[ev.status]}>{t(`evaluasi.status.${ev.status}`)}</Badge>
        </Group>
        <Group gap="xs">
          <Text>{t('evaluasi.predikat')}:</Text>
          {predikat ? (
            <Badge size="lg" tt="none" variant={ev.predikat ? 'filled' : 'outline'} color={PREDIKAT_COLOR[predikat]}>
              {ev.predikat ? LABEL_PREDIKAT[predikat] : t('evaluasi.predikatPratinjau', { predikat: LABEL_PREDIKAT[predikat] })}
            </Badge>
          ) : <Text span c="dimmed">{t('evaluasi.predikatBelum')}</Text>}
        </Group>
        <Facts rows={rows} />
        {menunggu && <Text c="dimmed">{menunggu}</Text>}
        {konflik ? (
          <Alert color="orange" icon={<IconAlert />} title={t('evaluasi.konflikJudul')} role="alert">
            <Stack gap="sm" align="flex-start">
              <Text size="md">{t('evaluasi.konflikIsi', { oleh: konflik.diubahOleh ?? '—', waktu: formatDateTime(konflik.updatedAt) })}</Text>
              <Button color="orange" onClick={muatUlang}>{t('error.conflictReload')}</Button>
            </Stack>
          </Alert>
        ) : !Object.keys(fields).length && !konfirmasiFinal && <ErrorAlert error={aksi.error} />}

        {ev.akses.realisasiSelesai && (
          <Stack gap={6}>
            <Text size="sm" c="dimmed">{ev.jenis === 'TAHUNAN' ? t('evaluasi.realisasiSelesaiBantuanTahunan') : t('evaluasi.realisasiSelesaiBantuan', { label: ev.label })}</Text>
            <div>
              <Button loading={aksi.isPending} onClick={() => aksi.mutate({ aksi: 'realisasi-selesai' })}>{t('evaluasi.realisasiSelesai')}</Button>
            </div>
          </Stack>
        )}
        {ev.akses.nilai && (
          <Card withBorder padding="sm" bg="gray.0">
            <Title order={4} size="h5" mb="xs">{t('evaluasi.nilaiJudul', { label: ev.label })}</Title>
            <NilaiForm key={`${ev.id}-${ev.version}`} ev={ev} fields={fields} loading={aksi.isPending && aksi.variables?.aksi === 'nilai'}
              onSubmit={(v) => aksi.mutate({ aksi: 'nilai', ...v })} />
          </Card>
        )}
        {(ev.akses.tetapkan || ev.akses.final) && (
          <Group gap="sm">
            {ev.akses.tetapkan && (
              <Button color="teal.8" loading={aksi.isPending && aksi.variables?.aksi === 'tetapkan'} onClick={() => aksi.mutate({ aksi: 'tetapkan' })}>
                {t('evaluasi.tetapkan')}
              </Button>
            )}
            {ev.akses.final && <Button color="green.9" onClick={() => { aksi.reset(); setKonfirmasiFinal(true); }}>{t('evaluasi.finalkan')}</Button>}
          </Group>
        )}
        {ev.keberatan && (
          <Group gap="sm" wrap="wrap">
            <KeberatanBadge k={ev.keberatan} />
            <Text size="sm" c="dimmed">
              {ev.keberatan.diputusAt ? t('keberatan.diputusPada', { waktu: formatDateTime(ev.keberatan.diputusAt) })
                : t('keberatan.diajukanPada', { waktu: formatDateTime(ev.keberatan.diajukanAt) })}
            </Text>
            <Anchor component={Link} to={`/keberatan?id=${ev.keberatan.id}`} size="md" fw={600}>{t('keberatan.lihat')}</Anchor>
          </Group>
        )}
        {ev.akses.keberatan && <KeberatanForm ev={ev} onTerkirim={(teks) => onPesan({ teks, peringatan: [] })} />}
        {batasLewat && <Text c="dimmed">{t('keberatan.batasLewat', { tanggal: formatDate(ev.batasKeberatan) })}</Text>}
        <div>
          <Button variant="subtle" leftSection={<IconInfo />} onClick={() => onPenjelasan(ev)} px={0}>{t('evaluasi.penjelasanBuka')}</Button>
        </div>
        {ev.status === 'FINAL' && (
          <div>
            <Button component="a" href={dokumenEvaluasiUrl(ev)} target="_blank" rel="noopener" variant="default" leftSection={<IconDownload />} styles={WRAP}>
              {t('dokumen.unduh')}
            </Button>
          </div>
        )}
      </Stack>
      <ConfirmModal
        opened={konfirmasiFinal}
        title={t('evaluasi.finalJudul', { label: ev.label })}
        message={t('evaluasi.finalIsi')}
        confirmLabel={t('evaluasi.finalkan')}
        loading={aksi.isPending}
        error={konfirmasiFinal ? aksi.error : null}
        onConfirm={() => aksi.mutate({ aksi: 'final' })}
        onClose={() => setKonfirmasiFinal(false)}
      />
    </Card>
  );
}
