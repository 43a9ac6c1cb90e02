import { Alert, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { skpKeys, type Skp, type SkpConflict } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { isConflict } from '../../lib/useForm.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

type Keputusan = { jenis: 'setujui' } | { jenis: 'kembalikan'; catatan: string };

/**
 * Approve or return the SKP, based on the version on screen. If it changed meanwhile the penilai
 * reloads and looks again: a decision is never applied to content they have not seen.
 */
export function KeputusanCard({ skp, ekspektasiBelumDisimpan, onDone }: {
  skp: Skp; ekspektasiBelumDisimpan: boolean; onDone: (saved: Skp, pesan: string) => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const [kembalikanOpen, setKembalikanOpen] = useState(false);
  const [catatan, setCatatan] = useState('');
  const [catatanError, setCatatanError] = useState<string | null>(null);
  useWarnBeforeLeave(kembalikanOpen && catatan.trim() !== '');
  const putus = useMutation({
    mutationFn: (k: Keputusan) => (k.jenis === 'setujui'
      ? api.post<Skp>(`/skp/${skp.id}/setujui`, { version: skp.version })
      : api.post<Skp>(`/skp/${skp.id}/kembalikan`, { version: skp.version, catatan: k.catatan })),
    onSuccess: (saved, k) => {
      setKembalikanOpen(false);
      void qc.invalidateQueries({ queryKey: skpKeys.all });
      qc.setQueryData(skpKeys.one(saved.id), saved);
      onDone(saved, t(k.jenis === 'setujui' ? 'tinjau.disetujuiPesan' : 'tinjau.dikembalikanPesan', { nama: skp.pegawai.nama }));
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields['catatan']) setCatatanError(e.fields['catatan']);
    },
  });
  const konflik = isConflict(putus.error) ? putus.error.current<SkpConflict>() : null;
  const muatUlang = () => {
    putus.reset();
    setKembalikanOpen(false);
    void qc.invalidateQueries({ queryKey: skpKeys.one(skp.id) });
  };
  const kirimKembalikan = () => {
    const c = catatan.trim();
    if (!c) { setCatatanError(t('tinjau.catatanWajib')); return; }
    putus.mutate({ jenis: 'kembalikan', catatan: c });
  };
  const masalah = putus.isError && (isConflict(putus.error) ? (
    <Alert color="orange" icon={<IconAlert />} title={t('tinjau.konflikJudul')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="md">
          {konflik?.diubahOleh ? t('tinjau.konflikOleh', { oleh: konflik.diubahOleh, waktu: formatDateTime(konflik.updatedAt) }) : t('tinjau.konflikIsi')}
        </Text>
        <Button color="orange" onClick={muatUlang}>{t('error.conflictReload')}</Button>
      </Stack>
    </Alert>
  ) : !(putus.error instanceof ApiError && putus.error.fields['catatan']) && <ErrorAlert error={putus.error} />);

  return (
    <Card withBorder padding="md" component="section" id="keputusan" aria-labelledby="keputusan-judul" shadow="sm">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="keputusan-judul">{t('tinjau.keputusanJudul')}</Title>
          <Text c="dimmed">{t('tinjau.keputusanIntro')}</Text>
        </div>
        {ekspektasiBelumDisimpan && (
          <Alert color="orange" icon={<IconAlert />}><Text size="md">{t('tinjau.simpanEkspektasiDulu')}</Text></Alert>
        )}
        {!kembalikanOpen && masalah}
        <Group gap="sm">
          <Button color="green.9" size="lg" disabled={!skp.akses.setujui || ekspektasiBelumDisimpan}
            loading={putus.isPending && putus.variables?.jenis === 'setujui'}
            onClick={() => putus.mutate({ jenis: 'setujui' })}>
            {t('tinjau.setujui')}
          </Button>
          <Button color="red" variant="outline" size="lg" disabled={!skp.akses.kembalikan}
            onClick={() => { putus.reset(); setCatatanError(null); setKembalikanOpen(true); }}>
            {t('tinjau.kembalikan')}
          </Button>
        </Group>
      </Stack>
      <FormModal opened={kembalikanOpen} onClose={() => setKembalikanOpen(false)} title={t('tinjau.kembalikanJudul')} size="md">
        <form onSubmit={(e) => { e.preventDefault(); kirimKembalikan(); }} noValidate>
          <Stack gap="md">
            <Text size="md">{t('tinjau.kembalikanIntro', { nama: skp.pegawai.nama })}</Text>
            {masalah}
            <Textarea
              label={t('tinjau.catatanLabel')}
              description={t('tinjau.catatanHelp')}
              autosize minRows={4} maxRows={12} size="md" maxLength={4000} required withAsterisk={false} data-autofocus
              value={catatan}
              onChange={(e) => { setCatatan(e.currentTarget.value); setCatatanError(null); }}
              error={catatanError}
              errorProps={{ role: 'alert' }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setKembalikanOpen(false)}>{t('common.cancel')}</Button>
              <Button type="submit" color="red" loading={putus.isPending}>{t('tinjau.kembalikanKirim')}</Button>
            </Group>
          </Stack>
        </form>
      </FormModal>
    </Card>
  );
}
