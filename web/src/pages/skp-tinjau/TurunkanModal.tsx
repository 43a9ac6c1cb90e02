import { Alert, Button, Checkbox, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { skpKeys, type Matriks } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconAlert, IconCheck } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import type { Baris } from './MatriksTabel.tsx';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

interface Hasil { ditambahkan: string[]; dilewati: { pegawaiId: string; alasan: string }[] }

function Isi({ m, baris, onClose }: { m: Matriks; baris: Baris; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [pilih, setPilih] = useState<Set<string>>(new Set());
  const [uraian, setUraian] = useState(baris.uraian);
  const [kurang, setKurang] = useState<string | null>(null);
  useWarnBeforeLeave(uraian !== baris.uraian);
  const nama = new Map(m.kolom.map((k) => [k.pegawai.id, k.pegawai.nama]));
  const semua = m.kolom.map((k) => k.pegawai.id);
  const kirim = useMutation({
    mutationFn: () => api.post<Hasil>('/skp/turunkan', {
      rhkId: baris.id, pegawaiIds: [...pilih],
      // Unchanged text is sent as null: the server then copies the RHK as it is.
      uraian: uraian.trim() && uraian.trim() !== baris.uraian ? uraian.trim() : null,
    }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: skpKeys.all }),
  });
  const ubah = (id: string, on: boolean) => { setKurang(null); setPilih((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; }); };

  if (kirim.data) {
    const { ditambahkan, dilewati } = kirim.data;
    return (
      <Stack gap="md">
        {ditambahkan.length > 0 && (
          <Alert color="green" icon={<IconCheck />} role="status" title={t('matriks.hasilDitambahkan', { n: ditambahkan.length })}>
            <List size="md">{ditambahkan.map((id) => <List.Item key={id}>{nama.get(id) ?? id}</List.Item>)}</List>
          </Alert>
        )}
        {dilewati.length > 0 && (
          <Alert color="orange" icon={<IconAlert />} role="status" title={t('matriks.hasilDilewati', { n: dilewati.length })}>
            <List size="md">{dilewati.map((d) => <List.Item key={d.pegawaiId}><Text span fw={600}>{nama.get(d.pegawaiId) ?? d.pegawaiId}</Text>: {d.alasan}</List.Item>)}</List>
          </Alert>
        )}
        <Group justify="flex-end"><Button onClick={onClose}>{t('common.close')}</Button></Group>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); if (pilih.size === 0) setKurang(t('matriks.pilihMinimal')); else kirim.mutate(); }}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={700} c="dimmed">{baris.judul}</Text>
          <Text size="md" className="pecah">{baris.uraian}</Text>
        </div>
        <Text size="md">{t('matriks.turunkanIntro')}</Text>
        <Textarea label={t('matriks.uraianLabel')} description={t('matriks.uraianHelp')} autosize minRows={2} maxRows={8} size="md"
          maxLength={2000} value={uraian} onChange={(e) => setUraian(e.currentTarget.value)} />
        <Stack gap="sm" role="group" aria-labelledby="turunkan-bawahan">
          <Text id="turunkan-bawahan" fw={600} size="md">{t('matriks.pilihBawahan')}</Text>
          {kurang && <Text c="red.8" size="md" role="alert">{kurang}</Text>}
          <Checkbox label={t('matriks.pilihSemua')} checked={pilih.size === semua.length && semua.length > 0}
            indeterminate={pilih.size > 0 && pilih.size < semua.length}
            onChange={(e) => { setKurang(null); setPilih(new Set(e.currentTarget.checked ? semua : [])); }} />
          {m.kolom.map((k) => {
            const sudah = (m.sel[baris.id]?.[k.pegawai.id]?.length ?? 0) > 0;
            return (
              <Checkbox key={k.pegawai.id} label={k.pegawai.nama} checked={pilih.has(k.pegawai.id)}
                onChange={(e) => ubah(k.pegawai.id, e.currentTarget.checked)}
                description={[k.pegawai.jabatan, t(`tinjau.status.${k.status}`), sudah ? t('matriks.sudahAda') : ''].filter(Boolean).join(' · ')} />
            );
          })}
        </Stack>
        <ErrorAlert error={kirim.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={kirim.isPending}>{t('matriks.kirim', { n: pilih.size })}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Hands one of my RHK down to the chosen subordinates and shows who got it and who was skipped, and why. */
export function TurunkanModal({ m, baris, onClose }: { m: Matriks; baris: Baris | null; onClose: () => void }) {
  const t = useT();
  return (
    <FormModal opened={!!baris} onClose={onClose} title={t('matriks.turunkan')}>
      {baris && <Isi key={baris.id} m={m} baris={baris} onClose={onClose} />}
    </FormModal>
  );
}
