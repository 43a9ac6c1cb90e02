import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAbaikanKurva, type KurvaDistribusi } from '../../api/kurva.ts';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { useT } from '../../i18n/context.tsx';

function AbaikanForm({ k, onClose }: { k: KurvaDistribusi; onClose: () => void }) {
  const t = useT();
  const kirim = useAbaikanKurva(k.unit.id, k.tahun);
  const [alasan, setAlasan] = useState('');
  const [salah, setSalah] = useState<string | null>(null);
  const serverAlasan = fieldErrors(kirim.error)['alasan'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (alasan.trim().length < 10) { setSalah(t('kurva.kalibrasi.alasanPendek')); return; }
    kirim.mutate({ alasan: alasan.trim(), version: k.penetapan?.version }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('kurva.abaikan.judul')}>
      <Stack gap="md">
        <Text size="md">{t('kurva.abaikan.intro')}</Text>
        {kirim.isError && !serverAlasan && <ErrorAlert error={kirim.error} />}
        <Textarea
          size="md"
          label={t('kurva.abaikan.alasan')}
          description={t('kurva.abaikan.alasanHelp')}
          autosize
          minRows={3}
          maxLength={2000}
          value={alasan}
          onChange={(e) => { setAlasan(e.currentTarget.value); setSalah(null); }}
          error={salah ?? serverAlasan}
          required
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" color="orange" loading={kirim.isPending}>{t('kurva.abaikan.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Records that the pimpinan keeps a spread outside the pola, with a written reason (§14.3 of the rules). */
export function AbaikanModal({ k, opened, onClose }: { k: KurvaDistribusi; opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('kurva.abaikan.judul')}>
      {opened && <AbaikanForm k={k} onClose={onClose} />}
    </FormModal>
  );
}
