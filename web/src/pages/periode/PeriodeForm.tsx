import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/RadioIndicator.css';
import { Button, Group, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { skpKeys, type Periode } from '../../api/skp.ts';
import { FormProblems } from '../../components/FormProblems.tsx';
import { useScrollIntoView } from '../../components/tinjau/useScrollIntoView.ts';
import { useT } from '../../i18n/context.tsx';
import { orNull, useForm } from '../../lib/useForm.ts';
import { useVersionedSave } from '../../lib/useVersionedSave.ts';

const SHOWN = ['tahun', 'mulai', 'selesai', 'pendekatan', 'frekuensi', 'batasPenetapanSkp', 'batasEvaluasiTahunan'];
const PENDEKATAN = ['KUALITATIF', 'KUANTITATIF'] as const;
const FREKUENSI = ['BULANAN', 'TRIWULAN', 'SEMESTER'] as const;

interface Values extends Record<string, unknown> {
  tahun: number | string; mulai: string; selesai: string;
  pendekatan: Periode['pendekatan']; frekuensi: Periode['frekuensi'];
  batasPenetapanSkp: string; batasEvaluasiTahunan: string;
}

/** The usual calendar of a year: whole year, SKP set by end of January, yearly evaluation by next January. */
const bawaan = (tahun: number) => ({
  mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, batasPenetapanSkp: `${tahun}-01-31`, batasEvaluasiTahunan: `${tahun + 1}-01-31`,
});

const fromPeriode = (p: Periode | undefined, tahunBaru: number): Values => (p ? {
  tahun: p.tahun, mulai: p.mulai, selesai: p.selesai, pendekatan: p.pendekatan, frekuensi: p.frekuensi,
  batasPenetapanSkp: p.batasPenetapanSkp ?? '', batasEvaluasiTahunan: p.batasEvaluasiTahunan ?? '',
} : { tahun: tahunBaru, ...bawaan(tahunBaru), pendekatan: 'KUALITATIF', frekuensi: 'TRIWULAN' });

export function PeriodeForm({ periode, tahunBaru, onDone }: { periode?: Periode; tahunBaru: number; onDone: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>(() => fromPeriode(periode, tahunBaru));
  const { values: v, set, errors } = form;

  // A new periode follows the year typed, as long as its dates are still the defaults of the previous year.
  const gantiTahun = (n: number | string) => {
    set('tahun', n);
    if (periode || typeof n !== 'number' || typeof v.tahun !== 'number' || n < 2000 || n > 2100) return;
    const lama = bawaan(v.tahun);
    const baru = bawaan(n);
    for (const k of Object.keys(lama) as (keyof typeof lama)[]) if (v[k] === lama[k]) set(k, baru[k]);
  };
  const body = () => ({
    tahun: typeof v.tahun === 'number' ? v.tahun : Number.NaN, mulai: v.mulai, selesai: v.selesai,
    pendekatan: v.pendekatan, frekuensi: v.frekuensi,
    batasPenetapanSkp: orNull(v.batasPenetapanSkp), batasEvaluasiTahunan: orNull(v.batasEvaluasiTahunan),
  });
  const saving = useVersionedSave<Periode>({
    initialVersion: periode?.version ?? 0,
    send: (version) => (periode ? api.put<Periode>(`/periode/${periode.id}`, { ...body(), version }) : api.post<Periode>('/periode', body())),
    reload: async () => (periode ? api.get<Periode>(`/periode/${periode.id}`) : null),
    takeServerErrors: form.takeServerErrors,
    onSaved: () => { void qc.invalidateQueries({ queryKey: skpKeys.periode }); onDone(); },
    onReload: (fresh) => form.setValues(fromPeriode(fresh, tahunBaru)),
  });
  const masalahRef = useScrollIntoView<HTMLDivElement>(saving.save.isError || !!saving.conflict);
  const tanggal = (key: 'mulai' | 'selesai' | 'batasPenetapanSkp' | 'batasEvaluasiTahunan', description?: string) => (
    <TextInput type="date" label={t(`periode.${key}`)} description={description}
      value={v[key]} onChange={(e) => set(key, e.currentTarget.value)} error={errors[key]} required={!description} />
  );

  return (
    <form onSubmit={saving.submit} noValidate>
      <Stack gap="md">
        {(Object.keys(errors).length > 0 || saving.save.isError || !!saving.conflict) && (
          <Stack gap="md" ref={masalahRef} style={{ scrollMarginTop: '5rem' }}><FormProblems errors={errors} shown={SHOWN} saving={saving} /></Stack>
        )}
        <NumberInput label={t('periode.tahun')} min={2022} max={2100} allowDecimal={false} allowNegative={false} thousandSeparator={false}
          value={v.tahun} onChange={gantiTahun} error={errors['tahun']} required maw={200} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {tanggal('mulai')}
          {tanggal('selesai')}
        </SimpleGrid>
        <Radio.Group label={t('periode.pendekatan')} value={v.pendekatan} onChange={(p) => set('pendekatan', p as Values['pendekatan'])}
          error={errors['pendekatan']} required withAsterisk={false}>
          <Stack gap="sm" mt="xs">
            {PENDEKATAN.map((p) => <Radio key={p} value={p} size="md" label={t(`periode.pendekatan.${p}`)} description={t(`periode.pendekatanHelp.${p}`)} />)}
          </Stack>
        </Radio.Group>
        <Radio.Group label={t('periode.frekuensi')} description={t('periode.frekuensiHelp')} value={v.frekuensi}
          onChange={(f) => set('frekuensi', f as Values['frekuensi'])} error={errors['frekuensi']} required withAsterisk={false}>
          <Group gap="lg" mt="xs">
            {FREKUENSI.map((f) => <Radio key={f} value={f} size="md" label={t(`periode.frekuensi.${f}`)} />)}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {tanggal('batasPenetapanSkp', t('periode.batasPenetapanSkpHelp'))}
          {tanggal('batasEvaluasiTahunan', t('periode.batasEvaluasiTahunanHelp'))}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving.save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
