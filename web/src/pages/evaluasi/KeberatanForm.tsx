import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { evaluasiKeys, type Evaluasi } from '../../api/evaluasi.ts';
import { ALASAN_MIN, ajukanKeberatanPath, keberatanKeys, TEKS_MAX, type Keberatan } from '../../api/keberatan.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { useT, type Translate } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { LABEL_PREDIKAT, LABEL_RATING, PREDIKAT_COLOR } from './labels.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

const SHOWN = ['alasan'];

/** The same limits as AjukanKeberatanRequest; the server checks again. */
function periksaAlasan(t: Translate, alasan: string): string | null {
  const n = alasan.trim().length;
  if (n === 0) return t('keberatan.alasanWajib');
  if (n < ALASAN_MIN) return t('keberatan.alasanPendek', { min: ALASAN_MIN });
  if (n > TEKS_MAX) return t('keberatan.alasanPanjang', { max: TEKS_MAX });
  return null;
}

/**
 * The owner's "Ajukan keberatan" on a FINAL annual evaluation: a dialog with the deadline, the ratings
 * objected to and the reason. The draft lives here, outside the dialog, so it survives an error and
 * closing the dialog by mistake.
 */
export function KeberatanForm({ ev, onTerkirim }: { ev: Evaluasi; onTerkirim: (teks: string) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [buka, setBuka] = useState(false);
  const [alasan, setAlasan] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useWarnBeforeLeave(buka && alasan.trim() !== '');
  const kirim = useMutation({
    mutationFn: () => api.post<Keberatan>(ajukanKeberatanPath(ev.skpId), { alasan: alasan.trim() }),
    onSuccess: () => {
      setBuka(false);
      setAlasan('');
      void qc.invalidateQueries({ queryKey: evaluasiKeys.daftar(ev.skpId) });
      void qc.invalidateQueries({ queryKey: keberatanKeys.all });
      onTerkirim(t('keberatan.terkirim'));
    },
    onError: (e) => { if (e instanceof ApiError) setErrors(e.fields); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const galat = periksaAlasan(t, alasan);
    if (galat) { setErrors({ alasan: galat }); return; }
    setErrors({});
    kirim.mutate();
  };
  const batas = formatDate(ev.batasKeberatan);
  const adaGalat = Object.keys(errors).length > 0;
  const panjang = alasan.trim().length;

  return (
    <Stack gap={6}>
      <Text size="md">{t('keberatan.ajukanBantuan', { tanggal: batas })}</Text>
      <div>
        <Button variant="outline" color="orange.9" onClick={() => { kirim.reset(); setBuka(true); }}>{t('keberatan.ajukan')}</Button>
      </div>
      <FormModal opened={buka} onClose={() => setBuka(false)} title={t('keberatan.modalJudul')} size="lg">
        <form onSubmit={submit} noValidate aria-label={t('keberatan.modalJudul')}>
          <Stack gap="md">
            <Alert color="blue" icon={<IconInfo />} p="sm">
              <Text size="lg" fw={700}>{t('keberatan.batas', { tanggal: batas })}</Text>
              <Text size="md" mt={4}>{t('keberatan.modalIntro')}</Text>
            </Alert>
            <Stack gap={4}>
              <Text fw={600}>{t('keberatan.semula')}</Text>
              <Facts rows={[
                [t('keberatan.ratingHasil'), ev.ratingHasil ? LABEL_RATING[ev.ratingHasil] : '—'],
                [t('keberatan.ratingPerilaku'), ev.ratingPerilaku ? LABEL_RATING[ev.ratingPerilaku] : '—'],
                [t('keberatan.predikat'), ev.predikat
                  ? <Badge size="lg" tt="none" color={PREDIKAT_COLOR[ev.predikat]}>{LABEL_PREDIKAT[ev.predikat]}</Badge> : '—'],
              ]} />
            </Stack>
            {Object.keys(errors).some((k) => !SHOWN.includes(k)) && <FieldErrorSummary errors={errors} shown={SHOWN} />}
            {kirim.isError && !adaGalat && <ErrorAlert error={kirim.error} />}
            {kirim.isError && <Text size="sm" c="dimmed">{t('keberatan.drafTersimpan')}</Text>}
            <Textarea
              size="md"
              label={t('keberatan.alasan')}
              description={t('keberatan.alasanBantuan', { min: ALASAN_MIN })}
              autosize minRows={5} maxRows={14} maxLength={TEKS_MAX}
              required withAsterisk={false} data-autofocus
              value={alasan}
              onChange={(e) => {
                setAlasan(e.currentTarget.value);
                if (errors['alasan']) setErrors(({ alasan: _gone, ...rest }) => rest);
              }}
              error={errors['alasan']}
              errorProps={{ role: 'alert' }}
            />
            <Text size="sm" c={panjang > 0 && panjang < ALASAN_MIN ? 'orange.9' : 'dimmed'} mt={-8}>
              {t('keberatan.jumlahKarakter', { n: panjang })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setBuka(false)}>{t('common.cancel')}</Button>
              <Button type="submit" color="orange.9" loading={kirim.isPending}>{t('keberatan.kirim')}</Button>
            </Group>
          </Stack>
        </form>
      </FormModal>
    </Stack>
  );
}
