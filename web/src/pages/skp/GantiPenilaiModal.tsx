import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { skpKeys, type Skp, type SkpConflict } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { PegawaiSearchSelect } from '../../components/PegawaiSearchSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { isConflict, useForm } from '../../lib/useForm.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

const SHOWN = ['penilaiId', 'alasan'];

function GantiPenilaiForm({ skp, onClose, onDone }: { skp: Skp; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<{ penilaiId: string | null; alasan: string }>({ penilaiId: null, alasan: '' });
  const { values: v, set, errors } = form;
  useWarnBeforeLeave(v.alasan.trim() !== '');
  const send = useMutation({
    mutationFn: () => api.put<Skp>(`/skp/${skp.id}/penilai`, { version: skp.version, penilaiId: v.penilaiId, alasan: v.alasan.trim() }),
    onSuccess: (saved) => {
      qc.setQueryData(skpKeys.one(saved.id), saved);
      void qc.invalidateQueries({ queryKey: skpKeys.all });
      onDone();
    },
    onError: (e) => { form.takeServerErrors(e); },
  });
  const konflik = isConflict(send.error) ? send.error.current<SkpConflict>() : null;
  // Keeps what was typed: after the reload the admin sees the current penilai and decides again.
  const muatUlang = () => {
    send.reset();
    void qc.invalidateQueries({ queryKey: skpKeys.one(skp.id) });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.penilaiId) missing['penilaiId'] = t('skp.penilai.pilihWajib');
    if (v.alasan.trim().length < 5) missing['alasan'] = t('skp.penilai.alasanPendek');
    if (Object.keys(missing).length) { form.setErrors(missing); return; }
    send.mutate();
  };
  const hasFields = Object.keys(errors).length > 0;

  return (
    <form onSubmit={submit} noValidate aria-label={t('skp.penilai.title')}>
      <Stack gap="md">
        <Text>{t('skp.penilai.intro', { nama: skp.pegawai.nama })}</Text>
        <Text>
          <Text span c="dimmed">{t('skp.penilai.saatIni')}: </Text>
          <Text span fw={600}>{skp.penilai?.nama ?? t('skp.penilaiBelumAda')}</Text>
        </Text>
        <FieldErrorSummary errors={errors} shown={SHOWN} />
        {send.isError && (isConflict(send.error) ? (
          <Alert color="orange" icon={<IconAlert />} title={t('skp.penilai.konflikJudul')} role="alert">
            <Stack gap="sm" align="flex-start">
              <Text size="md">
                {konflik?.diubahOleh
                  ? t('skp.penilai.konflikOleh', { oleh: konflik.diubahOleh, waktu: formatDateTime(konflik.updatedAt) })
                  : t('skp.penilai.konflikIsi')}
              </Text>
              <Button color="orange" onClick={muatUlang}>{t('error.conflictReload')}</Button>
            </Stack>
          </Alert>
        ) : !hasFields && <ErrorAlert error={send.error} />)}
        <PegawaiSearchSelect
          size="md"
          label={t('skp.penilai.baru')}
          description={t('skp.penilai.baruHelp')}
          placeholder={t('skp.penilai.baruPlaceholder')}
          value={v.penilaiId}
          onChange={(id) => set('penilaiId', id)}
          excludeId={skp.pegawai.id}
          error={errors['penilaiId']}
          required
          withAsterisk={false}
          data-autofocus
        />
        <Textarea
          size="md"
          label={t('skp.penilai.alasan')}
          description={t('skp.penilai.alasanHelp')}
          autosize
          minRows={3}
          maxLength={2000}
          value={v.alasan}
          onChange={(e) => set('alasan', e.currentTarget.value)}
          error={errors['alasan']}
          required
          withAsterisk={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={send.isPending}>{t('skp.penilai.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Admin only: records a different pejabat penilai when the org data (e.g. from SIASN) is wrong. */
export function GantiPenilaiModal({ skp, opened, onClose, onDone }: {
  skp: Skp; opened: boolean; onClose: () => void; onDone: () => void;
}) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('skp.penilai.title')}>
      {opened && <GantiPenilaiForm skp={skp} onClose={onClose} onDone={onDone} />}
    </FormModal>
  );
}
