import '@mantine/core/styles/Radio.css';
import { Button, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Evaluasi } from '../../api/evaluasi.ts';
import { useT } from '../../i18n/context.tsx';
import { predikatKinerja } from '../../../../src/domain/predikat.ts';
import { LABEL_PREDIKAT, LABEL_RATING, RATINGS, type Rating } from './labels.ts';

/**
 * The penilai's two ratings. A periodic suggestion from capaian is shown, never applied; the annual form
 * starts from the periods' predikat (a starting point only); a unit head's rating hasil kerja is fixed
 * by the predikat organisasi.
 */
export function NilaiForm({ ev, fields, loading, onSubmit }: {
  ev: Evaluasi; fields: Record<string, string>; loading: boolean;
  onSubmit: (v: { ratingHasil: Rating; ratingPerilaku: Rating }) => void;
}) {
  const t = useT();
  const [hasil, setHasil] = useState<Rating | null>(ev.ratingHasil ?? ev.ratingHasilWajib ?? ev.saranTahunan?.ratingHasil ?? null);
  const [perilaku, setPerilaku] = useState<Rating | null>(ev.ratingPerilaku ?? ev.saranTahunan?.ratingPerilaku ?? null);
  const [kosong, setKosong] = useState(false);
  const prefilled = !ev.ratingHasil && !!ev.saranTahunan?.predikat;
  const kirim = () => {
    if (!hasil || !perilaku) { setKosong(true); return; }
    onSubmit({ ratingHasil: hasil, ratingPerilaku: perilaku });
  };
  const pilihan = (wajib: Rating | null) => RATINGS.map((r) => (
    <Radio key={r} value={r} label={LABEL_RATING[r]} size="md" disabled={!!wajib && r !== wajib} />
  ));
  return (
    <form onSubmit={(e) => { e.preventDefault(); kirim(); }} noValidate>
      <Stack gap="md">
        {prefilled && <Text size="sm" c="blue.8">{t('evaluasi.saranTahunan', { predikat: LABEL_PREDIKAT[ev.saranTahunan!.predikat!] })}</Text>}
        <Radio.Group
          label={t('evaluasi.ratingHasil')}
          value={hasil}
          onChange={(v) => { setHasil(v as Rating); setKosong(false); }}
          description={ev.ratingHasilWajib ? t('evaluasi.wajib', { rating: LABEL_RATING[ev.ratingHasilWajib] })
            : ev.saranRatingHasil ? t('evaluasi.saran', { rating: LABEL_RATING[ev.saranRatingHasil] }) : undefined}
          error={fields['ratingHasil'] ?? (kosong && !hasil ? t('evaluasi.pilihRating') : undefined)}
          errorProps={{ role: 'alert' }}
          size="md"
        >
          <Stack gap="xs" mt="xs">{pilihan(ev.ratingHasilWajib)}</Stack>
        </Radio.Group>
        <Radio.Group
          label={t('evaluasi.ratingPerilaku')}
          value={perilaku}
          onChange={(v) => { setPerilaku(v as Rating); setKosong(false); }}
          error={fields['ratingPerilaku'] ?? (kosong && !perilaku ? t('evaluasi.pilihRating') : undefined)}
          errorProps={{ role: 'alert' }}
          size="md"
        >
          <Stack gap="xs" mt="xs">{pilihan(null)}</Stack>
        </Radio.Group>
        {hasil && perilaku && (
          <Text fw={600} aria-live="polite">{t('evaluasi.hasilMatriks', { predikat: LABEL_PREDIKAT[predikatKinerja(hasil, perilaku)] })}</Text>
        )}
        <div><Button type="submit" loading={loading}>{t('evaluasi.nilaiSimpan')}</Button></div>
      </Stack>
    </form>
  );
}
