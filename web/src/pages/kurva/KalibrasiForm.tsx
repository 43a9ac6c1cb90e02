import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { kurvaKeys, useKalibrasi, type KurvaDistribusi } from '../../api/kurva.ts';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { IconAlert, IconCheck } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { isConflict } from '../../lib/useForm.ts';
import type { Ubahan } from './kurvaUi.tsx';

/** The reason and the save button for the predikat edited in the table; all or nothing on the server. */
export function KalibrasiForm({ k, ubah, tersimpan, onBatal, onTersimpan }: {
  k: KurvaDistribusi; ubah: Ubahan; tersimpan: boolean; onBatal: () => void; onTersimpan: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const simpan = useKalibrasi(k.unit.id, k.tahun);
  const [alasan, setAlasan] = useState('');
  const [salah, setSalah] = useState<string | null>(null);
  const jumlah = Object.keys(ubah).length;
  const serverAlasan = fieldErrors(simpan.error)['alasan'];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (alasan.trim().length < 10) { setSalah(t('kurva.kalibrasi.alasanPendek')); return; }
    simpan.mutate({
      perubahan: Object.entries(ubah).map(([evaluasiId, predikat]) => ({
        evaluasiId, predikat, version: k.pegawai.find((x) => x.evaluasiId === evaluasiId)?.version,
      })),
      alasan: alasan.trim(),
      version: k.penetapan?.version,
    }, { onSuccess: () => { setAlasan(''); onTersimpan(); } });
  };
  const muatUlang = () => {
    simpan.reset();
    onBatal();
    void qc.invalidateQueries({ queryKey: kurvaKeys.unit(k.unit.id, k.tahun) });
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate aria-label={t('kurva.kalibrasi.judul')}>
      <Stack gap="sm">
        <Title order={3} size="h4">{t('kurva.kalibrasi.judul')}</Title>
        {tersimpan && !jumlah && <Alert color="green" icon={<IconCheck />} role="status"><Text size="md">{t('kurva.kalibrasi.tersimpan')}</Text></Alert>}
        <Text size="md" fw={jumlah ? 600 : 400} aria-live="polite">
          {jumlah ? t('kurva.kalibrasi.jumlah', { n: jumlah }) : t('kurva.kalibrasi.tidakAda')}
        </Text>
        {simpan.isError && (isConflict(simpan.error) ? (
          <Alert color="orange" icon={<IconAlert />} title={t('error.conflictTitle')} role="alert">
            <Stack gap="sm" align="flex-start">
              <Text size="md">{t('kurva.kalibrasi.konflik')}</Text>
              <Button color="orange" onClick={muatUlang}>{t('error.conflictReload')}</Button>
            </Stack>
          </Alert>
        ) : !serverAlasan && <ErrorAlert error={simpan.error} />)}
        <Textarea
          size="md"
          label={t('kurva.kalibrasi.alasan')}
          description={t('kurva.kalibrasi.alasanHelp')}
          autosize
          minRows={3}
          maxLength={2000}
          value={alasan}
          onChange={(e) => { setAlasan(e.currentTarget.value); setSalah(null); }}
          error={salah ?? serverAlasan}
          required
        />
        <Group gap="sm">
          <Button type="submit" loading={simpan.isPending} disabled={!jumlah}>{t('kurva.kalibrasi.simpan')}</Button>
          {jumlah > 0 && <Button variant="default" onClick={() => { simpan.reset(); onBatal(); }}>{t('kurva.kalibrasi.batal')}</Button>}
        </Group>
      </Stack>
    </Paper>
  );
}
