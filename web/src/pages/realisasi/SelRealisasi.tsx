import { Alert, Badge, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { todayWib } from '../../api/aktivitas.ts';
import { ApiError } from '../../api/client.ts';
import {
  realisasiKeys, useSimpanRealisasi, type PeriodeRealisasi, type RealisasiIki, type RealisasiSel,
} from '../../api/realisasi.ts';
import { errorText, fieldErrors } from '../../components/ErrorAlert.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { LABEL_KATEGORI_CAPAIAN_IKI } from '../../../../src/domain/enums.ts';
import { angkaTeks, parseAngka } from '../skp/editor/draft.ts';
import { BuktiDukungCell } from './BuktiDukungCell.tsx';
import { angka } from './format.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

interface Props {
  skpId: string;
  iki: RealisasiIki;
  sel: RealisasiSel;
  periode: PeriodeRealisasi;
  /** The owner sees why a closed period cannot be written. */
  owner: boolean;
  /** Show the input's label (on a phone the period heading is not a column header). */
  labelTampil?: boolean;
}

const beda = (a: number, b: number) => Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Capaian as evidence, or why there is none; a gap is flagged, never shown as 0. */
export function CapaianTeks({ capaian, kosong, dimulai }: { capaian: RealisasiSel['capaian']; kosong: boolean; dimulai: boolean }) {
  const t = useT();
  if (kosong) {
    return dimulai
      ? <Badge color="orange" variant="light" size="md" style={{ textTransform: 'none' }}>{t('realisasi.belumDiisi')}</Badge>
      : <Badge color="gray" variant="light" size="md" style={{ textTransform: 'none' }}>{t('realisasi.belumDimulai')}</Badge>;
  }
  if (capaian.persen === null) {
    return capaian.alasan && capaian.alasan !== 'BELUM_DIISI'
      ? <Text size="sm" c="dimmed">{t(`realisasi.tanpaCapaian.${capaian.alasan}`)}</Text>
      : null;
  }
  return (
    <div>
      <Text size="sm" fw={600}>{t('realisasi.capaian', { persen: angka(capaian.persen) })}</Text>
      {capaian.kategori && <Text size="xs" c="dimmed">{t('realisasi.kategori', { kategori: LABEL_KATEGORI_CAPAIAN_IKI[capaian.kategori] })}</Text>}
    </div>
  );
}

/**
 * One IKI in one period. The owner types the value (decimal comma accepted), may take the sum of
 * accepted activities in one click, and must say why when the value differs from it. Saved on its
 * own with the version it was read at; a 409 shows the stored value and lets the owner choose.
 * Remounted by the parent when the stored version changes, so the field starts from the new value.
 */
export function SelRealisasi({ skpId, iki, sel, periode, owner, labelTampil = false }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const simpan = useSimpanRealisasi(skpId);
  const [teks, setTeks] = useState(angkaTeks(sel.nilai));
  const [alasan, setAlasan] = useState(sel.alasan ?? '');
  const [galat, setGalat] = useState<{ nilai?: string | undefined; alasan?: string | undefined; umum?: string | undefined }>({});
  const [konflik, setKonflik] = useState<RealisasiSel | null>(null);
  const edit = periode.bisaDiisi;
  const dimulai = periode.mulai <= todayWib();
  const nilai = parseAngka(teks);
  const pre = sel.nilaiAktivitas;
  const berbeda = typeof nilai === 'number' && pre !== null && beda(nilai, pre);
  const berubah = nilai !== sel.nilai || (berbeda && alasan.trim() !== (sel.alasan ?? ''));
  useWarnBeforeLeave(edit && berubah);
  const label = t('realisasi.input', { periode: periode.label });

  const kirim = (version: number) => {
    if (nilai === undefined) {
      setGalat({ nilai: t('realisasi.bukanAngka') });
      return;
    }
    if (berbeda && !alasan.trim()) {
      setGalat({ alasan: t('realisasi.alasanWajib') });
      return;
    }
    setGalat({});
    setKonflik(null);
    simpan.mutate({ ikiId: iki.id, periodeKe: sel.periodeKe, nilai, alasan: berbeda ? alasan.trim() : null, version }, {
      onError: (e) => {
        if (e instanceof ApiError && e.status === 409) {
          const cur = e.current<RealisasiSel>();
          if (cur) { setKonflik(cur); return; }
        }
        const f = fieldErrors(e);
        setGalat({ nilai: f.nilai, alasan: f.alasan, umum: f.nilai || f.alasan ? undefined : errorText(t, e) });
      },
    });
  };

  if (!edit) {
    return (
      <div className={`rl-sel${sel.kosong && dimulai ? ' rl-sel-kosong' : ''}`}>
        {!sel.kosong && <Text className="rl-nilai">{angka(sel.nilai!)} <Text span size="sm" c="dimmed">{iki.satuan}</Text></Text>}
        <CapaianTeks capaian={sel.capaian} kosong={sel.kosong} dimulai={dimulai} />
        {pre !== null && <Text size="xs" c="dimmed">{t('realisasi.dariAktivitas', { nilai: angka(pre) })}</Text>}
        {sel.alasan && <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>{t('realisasi.alasanTersimpan', { alasan: sel.alasan })}</Text>}
        {sel.catatan && <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{sel.catatan}</Text>}
        <BuktiDukungCell skpId={skpId} ikiId={iki.id} ke={sel.periodeKe} bukti={sel.bukti} edit={false} />
        {owner && periode.alasan && dimulai && <Text size="xs" c="dimmed">{periode.alasan}</Text>}
      </div>
    );
  }

  return (
    <div className={`rl-sel${sel.kosong && dimulai ? ' rl-sel-kosong' : ''}`}>
      <form onSubmit={(e) => { e.preventDefault(); kirim(sel.version); }} className="rl-sel">
        <TextInput
          label={labelTampil ? label : undefined}
          aria-label={label}
          inputMode="decimal"
          autoComplete="off"
          rightSection={iki.satuan.length <= 8 ? <Text size="xs" c="dimmed" pr={4}>{iki.satuan}</Text> : undefined}
          rightSectionWidth={iki.satuan.length <= 8 ? Math.max(28, iki.satuan.length * 8 + 8) : undefined}
          value={teks}
          onChange={(e) => { setTeks(e.currentTarget.value); setGalat({}); }}
          error={galat.nilai}
        />
        {pre !== null && (
          <div className="rl-prefill">
            <Badge variant="light" color="blue" size="lg" style={{ textTransform: 'none' }} title={t('realisasi.dariAktivitasBantuan')}>
              {t('realisasi.dariAktivitas', { nilai: angka(pre) })}
            </Badge>
            {nilai !== pre && (
              <Button size="compact-sm" variant="light" aria-label={t('realisasi.pakaiLabel', { nilai: angka(pre) })}
                onClick={() => { setTeks(angkaTeks(pre)); setGalat({}); }}>
                {t('realisasi.pakai')}
              </Button>
            )}
          </div>
        )}
        {berbeda && (
          <Textarea
            size="sm"
            label={t('realisasi.alasan')}
            description={t('realisasi.alasanBantuan', { nilai: angka(pre!) })}
            autosize
            minRows={2}
            maxLength={2000}
            value={alasan}
            onChange={(e) => { setAlasan(e.currentTarget.value); setGalat({}); }}
            error={galat.alasan}
          />
        )}
        {berubah && <Group><Button type="submit" size="compact-md" loading={simpan.isPending}>{t('realisasi.simpan')}</Button></Group>}
      </form>
      {konflik && (
        <Alert color="orange" icon={<IconAlert />} title={t('realisasi.konflik.judul')} role="alert" p="xs">
          <Stack gap={6}>
            <Text size="sm">{t('realisasi.konflik.isi', { nilai: konflik.nilai === null ? t('realisasi.belumDiisi') : angka(konflik.nilai) })}</Text>
            <Group gap={6}>
              <Button size="compact-sm" color="orange" onClick={() => void qc.invalidateQueries({ queryKey: realisasiKeys.one(skpId) })}>
                {t('realisasi.konflik.pakaiServer')}
              </Button>
              <Button size="compact-sm" variant="outline" color="orange" onClick={() => kirim(konflik.version)}>
                {t('realisasi.konflik.simpanSaya', { nilai: typeof nilai === 'number' ? angka(nilai) : teks })}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {galat.umum && <Text size="sm" c="red.8" role="alert">{galat.umum}</Text>}
      <CapaianTeks capaian={sel.capaian} kosong={sel.kosong} dimulai={dimulai} />
      <BuktiDukungCell skpId={skpId} ikiId={iki.id} ke={sel.periodeKe} bukti={sel.bukti} edit />
    </div>
  );
}
