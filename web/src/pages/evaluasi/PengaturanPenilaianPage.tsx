import { Alert, Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { evaluasiKeys, usePengaturanPenilaian, type PengaturanPenilaian } from '../../api/evaluasi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormProblems } from '../../components/FormProblems.tsx';
import { IconCheck } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useForm } from '../../lib/useForm.ts';
import { useVersionedSave } from '../../lib/useVersionedSave.ts';

const SHOWN = ['saranAktif', 'ambangDiAtas', 'ambangSesuai', 'modeNumerik', 'batasKeberatanHari'];

interface Values extends Record<string, unknown> {
  saranAktif: boolean; ambangDiAtas: number | string; ambangSesuai: number | string; modeNumerik: boolean;
  batasKeberatanHari: number | string;
}
const fromData = (p: PengaturanPenilaian): Values => ({
  saranAktif: p.saranAktif, ambangDiAtas: p.ambangDiAtas, ambangSesuai: p.ambangSesuai, modeNumerik: p.modeNumerik,
  batasKeberatanHari: p.batasKeberatanHari,
});
const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

/** Remounted after each save (keyed by version), so the next save claims the new version. */
function Formulir({ data, tersimpan, setTersimpan }: { data: PengaturanPenilaian; tersimpan: string | null; setTersimpan: (w: string | null) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>(() => fromData(data));
  const { values: v, set, errors } = form;
  const saving = useVersionedSave<PengaturanPenilaian>({
    initialVersion: data.version,
    send: (version) => api.put<PengaturanPenilaian>('/pengaturan-penilaian', {
      saranAktif: v.saranAktif, ambangDiAtas: num(v.ambangDiAtas), ambangSesuai: num(v.ambangSesuai), modeNumerik: v.modeNumerik,
      batasKeberatanHari: num(v.batasKeberatanHari), version,
    }),
    reload: () => api.get<PengaturanPenilaian>('/pengaturan-penilaian'),
    takeServerErrors: form.takeServerErrors,
    onSaved: (saved) => {
      qc.setQueryData(evaluasiKeys.pengaturan, saved);
      void qc.invalidateQueries({ queryKey: evaluasiKeys.all });
      setTersimpan(saved.updatedAt);
    },
    onReload: (fresh) => { form.setValues(fromData(fresh)); qc.setQueryData(evaluasiKeys.pengaturan, fresh); },
  });
  return (
    <form onSubmit={(e) => { setTersimpan(null); saving.submit(e); }} noValidate>
      <Stack gap="lg" maw={720}>
        {(Object.keys(errors).length > 0 || saving.save.isError || !!saving.conflict) && <FormProblems errors={errors} shown={SHOWN} saving={saving} />}
        {tersimpan && <Alert color="green" icon={<IconCheck />} role="status"><Text size="md">{t('pengaturan.tersimpan', { waktu: formatDateTime(tersimpan) })}</Text></Alert>}
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Checkbox size="md" label={t('pengaturan.saranAktif')} description={t('pengaturan.saranBantuan')}
              checked={v.saranAktif} onChange={(e) => set('saranAktif', e.currentTarget.checked)} error={errors['saranAktif']} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput label={t('pengaturan.ambangDiAtas')} description={t('pengaturan.ambangDiAtasBantuan')} suffix="%" decimalSeparator=","
                min={0} max={1000} value={v.ambangDiAtas} onChange={(n) => set('ambangDiAtas', n)} error={errors['ambangDiAtas']} disabled={!v.saranAktif} />
              <NumberInput label={t('pengaturan.ambangSesuai')} description={t('pengaturan.ambangSesuaiBantuan')} suffix="%" decimalSeparator=","
                min={0} max={1000} value={v.ambangSesuai} onChange={(n) => set('ambangSesuai', n)} error={errors['ambangSesuai']} disabled={!v.saranAktif} />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Checkbox size="md" label={t('pengaturan.modeNumerik')} description={t('pengaturan.modeNumerikBantuan')}
            checked={v.modeNumerik} onChange={(e) => set('modeNumerik', e.currentTarget.checked)} error={errors['modeNumerik']} />
        </Card>
        <Card withBorder padding="lg">
          <NumberInput size="md" maw={{ base: '100%', sm: 420 }} label={t('pengaturan.batasKeberatanHari')} description={t('pengaturan.batasKeberatanBantuan')}
            suffix={t('pengaturan.hari')} min={1} max={90} allowDecimal={false} allowNegative={false} clampBehavior="none"
            value={v.batasKeberatanHari} onChange={(n) => set('batasKeberatanHari', n)} error={errors['batasKeberatanHari']} />
        </Card>
        <Group gap="sm">
          <Button type="submit" loading={saving.save.isPending}>{t('common.save')}</Button>
          <Text size="sm" c="dimmed">{t('pengaturan.terakhir', { waktu: formatDateTime(data.updatedAt) })}</Text>
        </Group>
      </Stack>
    </form>
  );
}

/** Admin: whether a rating suggestion is shown from capaian, its thresholds, the numeric mode, and the keberatan deadline. */
export default function PengaturanPenilaianPage() {
  const t = useT();
  const q = usePengaturanPenilaian();
  const [tersimpan, setTersimpan] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <PageHeader title={t('pengaturan.title')} intro={t('pengaturan.intro')} />
      {q.isPending && <Loading />}
      {q.isError && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
      {q.data && <Formulir key={q.data.version} data={q.data} tersimpan={tersimpan} setTersimpan={setTersimpan} />}
    </Stack>
  );
}
