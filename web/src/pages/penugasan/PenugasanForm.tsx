import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { keys, useJabatanList } from '../../api/queries.ts';
import type { Penugasan, PenugasanInput } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { PegawaiSearchSelect } from '../../components/PegawaiSearchSelect.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { JENIS_PENUGASAN_LIST, type JenisPenugasan } from '../../lib/enums.ts';
import { useForm } from '../../lib/useForm.ts';

/** Fields this form shows messages under; other messages go to the summary. */
const SHOWN = ['pegawaiId', 'jabatanId', 'jenis', 'mulai', 'selesai'];

interface Values extends Record<string, unknown> {
  pegawaiId: string | null;
  unitKerjaId: string | null;
  jabatanId: string | null;
  jenis: JenisPenugasan;
  mulai: string;
  selesai: string;
}

const today = () => new Date().toLocaleDateString('sv-SE'); // yyyy-mm-dd in local time

export function PenugasanForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>({ pegawaiId: null, unitKerjaId: null, jabatanId: null, jenis: 'PLT', mulai: today(), selesai: '' });
  const { values: v, set, errors } = form;
  const jabatan = useJabatanList(v.unitKerjaId, !!v.unitKerjaId);

  const save = useMutation({
    mutationFn: (body: PenugasanInput) => api.post<Penugasan>('/penugasan', body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.penugasan });
      void qc.invalidateQueries({ queryKey: keys.pegawaiAll });
      onDone();
    },
    onError: (e) => form.takeServerErrors(e),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (!v.pegawaiId) local['pegawaiId'] = t('common.required');
    if (!v.jabatanId) local['jabatanId'] = t('common.required');
    if (!v.mulai) local['mulai'] = t('common.required');
    form.setErrors(local);
    if (Object.keys(local).length > 0 || !v.pegawaiId || !v.jabatanId) return;
    save.mutate({ pegawaiId: v.pegawaiId, jabatanId: v.jabatanId, jenis: v.jenis, mulai: v.mulai, selesai: v.selesai || null });
  };
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FieldErrorSummary errors={errors} shown={SHOWN} />
        {save.isError && !hasFieldErrors && <ErrorAlert error={save.error} />}
        <PegawaiSearchSelect
          label={t('penugasan.pegawai')}
          description={t('penugasan.pegawaiHelp')}
          value={v.pegawaiId}
          onChange={(id) => set('pegawaiId', id)}
          error={errors['pegawaiId']}
          required
        />
        <UnitSelect
          label={t('field.unitKerja')}
          value={v.unitKerjaId}
          onChange={(id) => {
            set('unitKerjaId', id);
            set('jabatanId', null);
          }}
          required
        />
        <Select
          label={t('penugasan.jabatan')}
          placeholder={v.unitKerjaId ? undefined : t('pegawai.pickUnitFirst')}
          disabled={!v.unitKerjaId}
          searchable
          data={(jabatan.data ?? []).map((j) => ({ value: j.id, label: j.kepalaUnit ? `${j.nama} — ${t('jabatan.kepalaUnit')}` : j.nama }))}
          value={v.jabatanId}
          onChange={(id) => set('jabatanId', id)}
          error={errors['jabatanId']}
          nothingFoundMessage={t('common.nothingFound')}
          required
        />
        <Select
          label={t('penugasan.jenis')}
          data={JENIS_PENUGASAN_LIST.map((j) => ({ value: j, label: t(`jenisPenugasan.${j}`) }))}
          value={v.jenis}
          onChange={(j) => j && set('jenis', j as JenisPenugasan)}
          allowDeselect={false}
          error={errors['jenis']}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput type="date" label={t('penugasan.mulai')} value={v.mulai} onChange={(e) => set('mulai', e.currentTarget.value)} error={errors['mulai']} required />
          <TextInput
            type="date"
            label={t('penugasan.selesai')}
            description={t('penugasan.selesaiHelp')}
            value={v.selesai}
            min={v.mulai || undefined}
            onChange={(e) => set('selesai', e.currentTarget.value)}
            error={errors['selesai']}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
