import '@mantine/core/styles/Radio.css';
import { Badge, Button, Card, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { evaluasiKeys } from '../../api/evaluasi.ts';
import {
  CATATAN_MIN, keberatanKeys, TEKS_MAX, type Keberatan, type KeberatanConflict, type KeputusanKeberatan, type PutusanKeberatan,
} from '../../api/keberatan.ts';
import { ConflictAlert } from '../../components/ConflictAlert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { useT } from '../../i18n/context.tsx';
import { isConflict } from '../../lib/useForm.ts';
import { predikatKinerja } from '../../../../src/domain/predikat.ts';
import { MatriksPredikat } from '../evaluasi/MatriksPredikat.tsx';
import { LABEL_PREDIKAT, LABEL_RATING, PREDIKAT_COLOR, RATINGS, type Rating } from '../evaluasi/labels.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

const SHOWN = ['keputusan', 'catatan', 'ratingHasil', 'ratingPerilaku'];
const KEPUTUSAN: readonly KeputusanKeberatan[] = ['DITOLAK', 'DIKABULKAN'];

interface Isian { keputusan: KeputusanKeberatan | null; catatan: string; ratingHasil: Rating | null; ratingPerilaku: Rating | null }
const KOSONG: Isian = { keputusan: null, catatan: '', ratingHasil: null, ratingPerilaku: null };

/**
 * The atasan pejabat penilai's decision on one objection: reject, or grant with two replacement ratings
 * whose predikat is shown live from the matrix (the server computes it again). Sent with the version on
 * screen; a 409 keeps what was typed and offers the fresh state or sending it anyway.
 */
export function PutusanForm({ k, onSelesai, onBerubah }: {
  k: Keberatan; onSelesai: (saved: Keberatan) => void; onBerubah: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [v, setV] = useState<Isian>(KOSONG);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [version, setVersion] = useState(k.version);
  const [konflik, setKonflik] = useState<KeberatanConflict | null>(null);
  useWarnBeforeLeave(v !== KOSONG);
  const refresh = () => { void qc.invalidateQueries({ queryKey: keberatanKeys.all }); };

  const putus = useMutation({
    mutationFn: (ver: number) => api.post<Keberatan>(`/keberatan/${k.id}/putusan`, {
      version: ver,
      keputusan: v.keputusan!,
      catatan: v.catatan.trim(),
      ratingHasil: v.keputusan === 'DIKABULKAN' ? v.ratingHasil : null,
      ratingPerilaku: v.keputusan === 'DIKABULKAN' ? v.ratingPerilaku : null,
    } satisfies PutusanKeberatan),
    onSuccess: (saved) => {
      qc.setQueryData(keberatanKeys.one(saved.id), saved);
      void qc.invalidateQueries({ queryKey: keberatanKeys.all });
      void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
      onSelesai(saved);
    },
    onError: (e) => {
      if (e instanceof ApiError && Object.keys(e.fields).length > 0) { setErrors(e.fields); return; }
      if (isConflict(e)) setKonflik(e.current<KeberatanConflict>() ?? { version: k.version });
      // 409 or 422 (e.g. decided meanwhile): show the state as it is now.
      if (e instanceof ApiError && (e.status === 409 || e.status === 422 || e.status === 404)) { onBerubah(); refresh(); }
    },
  });

  const set = <K extends keyof Isian>(key: K, value: Isian[K]) => {
    setV((s) => ({ ...s, [key]: value }));
    // "Same ratings as before" comes back under ratingHasil, so changing either rating clears it.
    const weg: string[] = key === 'keputusan' ? ['keputusan', 'ratingHasil', 'ratingPerilaku']
      : key === 'ratingPerilaku' ? ['ratingPerilaku', 'ratingHasil'] : [key];
    setErrors((e) => {
      if (!weg.some((w) => w in e)) return e;
      const rest = { ...e };
      for (const w of weg) delete rest[w];
      return rest;
    });
  };

  const periksa = (): Record<string, string> => {
    const g: Record<string, string> = {};
    if (!v.keputusan) g['keputusan'] = t('keberatan.keputusanWajib');
    const n = v.catatan.trim().length;
    if (n === 0) g['catatan'] = t('keberatan.catatanWajib');
    else if (n < CATATAN_MIN) g['catatan'] = t('keberatan.catatanPendek', { min: CATATAN_MIN });
    else if (n > TEKS_MAX) g['catatan'] = t('keberatan.catatanPanjang', { max: TEKS_MAX });
    if (v.keputusan === 'DIKABULKAN') {
      if (!v.ratingHasil) g['ratingHasil'] = t('keberatan.ratingHasilWajib');
      if (!v.ratingPerilaku) g['ratingPerilaku'] = t('keberatan.ratingPerilakuWajib');
      if (v.ratingHasil === k.semula.ratingHasil && v.ratingPerilaku === k.semula.ratingPerilaku) g['ratingHasil'] = t('keberatan.ratingSama');
    }
    return g;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const g = periksa();
    setErrors(g);
    if (Object.keys(g).length) return;
    setKonflik(null);
    putus.mutate(version);
  };

  const ambilTerbaru = () => {
    setVersion(konflik?.version ?? k.version);
    setV(KOSONG);
    setErrors({});
    setKonflik(null);
    putus.reset();
    refresh();
  };
  const kirimTetap = () => {
    const ver = konflik?.version ?? k.version;
    setVersion(ver);
    setKonflik(null);
    putus.mutate(ver);
  };

  const adaGalat = Object.keys(errors).length > 0;
  const baru = v.ratingHasil && v.ratingPerilaku ? predikatKinerja(v.ratingHasil, v.ratingPerilaku) : null;
  const pilihanRating = RATINGS.map((r) => ({ value: r, label: LABEL_RATING[r] }));
  const idJudul = `putus-${k.id}`;

  return (
    <Card withBorder padding="sm" bg="gray.0" component="section" aria-labelledby={idJudul}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={4} size="h4" id={idJudul}>{t('keberatan.putusJudul')}</Title>
            <Text size="md" c="dimmed">{t('keberatan.putusIntro')}</Text>
          </div>
          <FieldErrorSummary errors={errors} shown={SHOWN} />
          {konflik && <ConflictAlert onReload={ambilTerbaru} onOverwrite={kirimTetap} />}
          {putus.isError && !adaGalat && !konflik && <ErrorAlert error={putus.error} />}

          <Radio.Group
            label={t('keberatan.pilihKeputusan')}
            value={v.keputusan}
            onChange={(x) => set('keputusan', x as KeputusanKeberatan)}
            error={errors['keputusan']}
            errorProps={{ role: 'alert' }}
            size="md"
            styles={{ label: { fontWeight: 700 } }}
          >
            <Stack gap="sm" mt="xs">
              {KEPUTUSAN.map((x) => <Radio key={x} value={x} label={t(`keberatan.opsi.${x}`)} size="md" />)}
            </Stack>
          </Radio.Group>

          {v.keputusan === 'DIKABULKAN' && (
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('keberatan.ratingHasilBaru')}
                  description={t('keberatan.semulaNilai', { nilai: LABEL_RATING[k.semula.ratingHasil] })}
                  placeholder={t('keberatan.pilihRating')}
                  data={pilihanRating}
                  value={v.ratingHasil}
                  onChange={(x) => set('ratingHasil', x as Rating | null)}
                  allowDeselect={false}
                  error={errors['ratingHasil']}
                  errorProps={{ role: 'alert' }}
                  required
                />
                <Select
                  label={t('keberatan.ratingPerilakuBaru')}
                  description={t('keberatan.semulaNilai', { nilai: LABEL_RATING[k.semula.ratingPerilaku] })}
                  placeholder={t('keberatan.pilihRating')}
                  data={pilihanRating}
                  value={v.ratingPerilaku}
                  onChange={(x) => set('ratingPerilaku', x as Rating | null)}
                  allowDeselect={false}
                  error={errors['ratingPerilaku']}
                  errorProps={{ role: 'alert' }}
                  required
                />
              </SimpleGrid>
              <div aria-live="polite" className="kb-predikat-baru">
                {baru ? (
                  <Group gap="xs" wrap="wrap">
                    <Text fw={700} size="lg">{t('keberatan.predikatBaru', { predikat: LABEL_PREDIKAT[baru] })}</Text>
                    <Badge size="lg" tt="none" color={PREDIKAT_COLOR[baru]} aria-hidden>{LABEL_PREDIKAT[baru]}</Badge>
                  </Group>
                ) : <Text c="dimmed">{t('keberatan.predikatBelum')}</Text>}
                <Text size="md" c="dimmed">{t('keberatan.semulaNilai', { nilai: LABEL_PREDIKAT[k.semula.predikat] })}</Text>
              </div>
              <MatriksPredikat hasil={v.ratingHasil} perilaku={v.ratingPerilaku} />
              <Text size="md">{t('keberatan.dokumenBaru')}</Text>
            </Stack>
          )}

          <Textarea
            size="md"
            label={t('keberatan.catatanLabel')}
            description={t('keberatan.catatanBantuan', { min: CATATAN_MIN })}
            autosize minRows={4} maxRows={12} maxLength={TEKS_MAX}
            required withAsterisk={false}
            value={v.catatan}
            onChange={(e) => set('catatan', e.currentTarget.value)}
            error={errors['catatan']}
            errorProps={{ role: 'alert' }}
            styles={{ label: { fontWeight: 700 } }}
          />
          <div>
            <Button type="submit" size="lg" loading={putus.isPending} color={v.keputusan === 'DIKABULKAN' ? 'teal.8' : undefined}>
              {t('keberatan.simpan')}
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
