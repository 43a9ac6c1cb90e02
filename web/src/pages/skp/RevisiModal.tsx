import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client.ts';
import { skpKeys, type Skp } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useForm } from '../../lib/useForm.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

type JenisRevisi = NonNullable<Skp['jenisRevisi']>;
const JENIS: readonly JenisRevisi[] = ['MUTASI', 'REORGANISASI', 'GANTI_ATASAN', 'UBAH_TARGET', 'LAINNYA'];
const SHOWN = ['jenis', 'alasan', 'berlakuMulai'];

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

function RevisiForm({ skp, onClose }: { skp: Skp; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const today = localToday();
  const form = useForm<{ jenis: JenisRevisi | null; alasan: string; berlakuMulai: string }>({
    jenis: null, alasan: '', berlakuMulai: today > skp.mulai && today <= skp.selesai ? today : '',
  });
  const { values: v, set, errors } = form;
  useWarnBeforeLeave(v.alasan.trim() !== '');
  const send = useMutation({
    mutationFn: () => api.post<Skp>(`/skp/${skp.id}/revisi`, { version: skp.version, ...v }),
    onSuccess: (created) => {
      qc.setQueryData(skpKeys.one(created.id), created);
      void qc.invalidateQueries({ queryKey: skpKeys.all });
      onClose();
      navigate(`/skp/${created.id}`);
    },
    onError: (e) => { form.takeServerErrors(e); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.jenis) missing['jenis'] = t('skp.revisi.pilihJenis');
    if (v.alasan.trim().length < 5) missing['alasan'] = t('skp.revisi.alasanPendek');
    if (!v.berlakuMulai) missing['berlakuMulai'] = t('skp.revisi.isiTanggal');
    if (Object.keys(missing).length) { form.setErrors(missing); return; }
    send.mutate();
  };
  const hasFields = Object.keys(errors).length > 0;

  return (
    <form onSubmit={submit} noValidate aria-label={t('skp.revisi.title')}>
      <Stack gap="md">
        <Text>{t('skp.revisi.intro')}</Text>
        <FieldErrorSummary errors={errors} shown={SHOWN} />
        {send.isError && !hasFields && <ErrorAlert error={send.error} />}
        <Select
          label={t('skp.revisi.jenis')}
          data={JENIS.map((j) => ({ value: j, label: t(`skp.jenisRevisi.${j}`) }))}
          value={v.jenis}
          onChange={(j) => set('jenis', j as JenisRevisi | null)}
          error={errors['jenis']}
          required
        />
        <Textarea
          size="md"
          label={t('skp.revisi.alasan')}
          description={t('skp.revisi.alasanHelp')}
          autosize
          minRows={3}
          value={v.alasan}
          onChange={(e) => set('alasan', e.currentTarget.value)}
          error={errors['alasan']}
          required
          withAsterisk={false}
        />
        <TextInput
          type="date"
          label={t('skp.revisi.berlakuMulai')}
          description={t('skp.revisi.berlakuHelp', { mulai: formatDate(skp.mulai), selesai: formatDate(skp.selesai) })}
          min={skp.mulai}
          max={skp.selesai}
          value={v.berlakuMulai}
          onChange={(e) => set('berlakuMulai', e.currentTarget.value)}
          error={errors['berlakuMulai']}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={send.isPending}>{t('skp.revisi.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RevisiModal({ skp, opened, onClose }: { skp: Skp; opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('skp.revisi.title')}>
      {opened && <RevisiForm skp={skp} onClose={onClose} />}
    </FormModal>
  );
}
