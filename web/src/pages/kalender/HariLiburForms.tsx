import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent } from 'react';
import { JENIS_CUTI, useAddCuti, useAddLiburInstansi, type JenisCuti } from '../../api/kalender.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { PegawaiSearchSelect } from '../../components/PegawaiSearchSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { orNull, useForm } from '../../lib/useForm.ts';

const Actions = ({ onDone, saving }: { onDone: () => void; saving: boolean }) => {
  const t = useT();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
      <Button type="submit" loading={saving}>{t('common.save')}</Button>
    </Group>
  );
};

export function LiburInstansiForm({ tahun, onDone }: { tahun: number; onDone: () => void }) {
  const t = useT();
  const form = useForm({ tanggal: '', nama: '' });
  const { values: v, set, errors } = form;
  const save = useAddLiburInstansi(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!v.tanggal) local['tanggal'] = t('common.required');
    if (!v.nama.trim()) local['nama'] = t('common.required');
    form.setErrors(local);
    if (Object.keys(local).length === 0) save.mutate({ tanggal: v.tanggal, nama: v.nama.trim() }, { onError: (err) => form.takeServerErrors(err) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FieldErrorSummary errors={errors} shown={['tanggal', 'nama']} />
        {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
        <TextInput type="date" label={t('libur.tanggal')} value={v.tanggal} min={`${tahun}-01-01`} max={`${tahun}-12-31`}
          onChange={(e) => set('tanggal', e.currentTarget.value)} error={errors['tanggal']} required />
        <TextInput label={t('libur.nama')} description={t('libur.namaHelp')} value={v.nama} maxLength={200}
          onChange={(e) => set('nama', e.currentTarget.value)} error={errors['nama']} required />
        <Actions onDone={onDone} saving={save.isPending} />
      </Stack>
    </form>
  );
}

interface CutiValues extends Record<string, unknown> {
  pegawaiId: string | null; jenis: JenisCuti; mulai: string; selesai: string; keterangan: string;
}

export function CutiForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const form = useForm<CutiValues>({ pegawaiId: null, jenis: 'CUTI_TAHUNAN', mulai: '', selesai: '', keterangan: '' });
  const { values: v, set, errors } = form;
  const save = useAddCuti(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!v.pegawaiId) local['pegawaiId'] = t('common.required');
    if (!v.mulai) local['mulai'] = t('common.required');
    if (!v.selesai) local['selesai'] = t('common.required');
    form.setErrors(local);
    if (Object.keys(local).length > 0 || !v.pegawaiId) return;
    save.mutate({ pegawaiId: v.pegawaiId, jenis: v.jenis, mulai: v.mulai, selesai: v.selesai, keterangan: orNull(v.keterangan) },
      { onError: (err) => form.takeServerErrors(err) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FieldErrorSummary errors={errors} shown={['pegawaiId', 'jenis', 'mulai', 'selesai', 'keterangan']} />
        {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
        <PegawaiSearchSelect label={t('cuti.pegawai')} value={v.pegawaiId}
          onChange={(id) => set('pegawaiId', id)} error={errors['pegawaiId']} required />
        <Select label={t('cuti.jenisLabel')} data={JENIS_CUTI.map((j) => ({ value: j, label: t(`cuti.jenis.${j}`) }))}
          value={v.jenis} onChange={(j) => j && set('jenis', j as JenisCuti)} allowDeselect={false} error={errors['jenis']} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput type="date" label={t('cuti.mulai')} value={v.mulai} error={errors['mulai']} required
            onChange={(e) => { const d = e.currentTarget.value; set('mulai', d); if (!v.selesai || v.selesai < d) set('selesai', d); }} />
          <TextInput type="date" label={t('cuti.selesai')} value={v.selesai} min={v.mulai || undefined} error={errors['selesai']} required
            onChange={(e) => set('selesai', e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label={t('cuti.keterangan')} description={t('common.optional')} value={v.keterangan} maxLength={500} autosize minRows={2}
          onChange={(e) => set('keterangan', e.currentTarget.value)} error={errors['keterangan']} />
        <Actions onDone={onDone} saving={save.isPending} />
      </Stack>
    </form>
  );
}
