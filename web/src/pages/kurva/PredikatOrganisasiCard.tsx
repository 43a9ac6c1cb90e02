import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { kurvaKeys, useTetapkanPredikat, type KurvaDistribusi, type PredikatOrganisasi } from '../../api/kurva.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert, IconCheck } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { isConflict } from '../../lib/useForm.ts';
import { PREDIKAT_ORG } from './kurvaUi.tsx';

/** The unit's predikat kinerja organisasi as set, and the form for whoever sets it (SE MenPANRB 3/2023). */
export function PredikatOrganisasiCard({ k }: { k: KurvaDistribusi }) {
  const t = useT();
  const p = k.penetapan;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">{t('kurva.org.judul')}</Title>
        <Text fz="1.5rem" fw={700} lh={1.2}>{p ? t(`kurva.predikatOrg.${p.predikat}`) : t('kurva.org.belum')}</Text>
        {p && (
          <>
            <Text size="sm" c="dimmed">{t('kurva.org.oleh', { oleh: p.ditetapkanOleh ?? '—', waktu: formatDateTime(p.ditetapkanAt) })}</Text>
            {p.alasan && <Facts rows={[[t('kurva.org.alasan'), p.alasan]]} />}
            <Text size="md">{t('kurva.org.ratingPimpinan', { rating: t(`kurva.rating.${p.ratingHasilKerjaPimpinan}`) })}</Text>
          </>
        )}
        {k.akses.menetapkan ? <TetapkanForm k={k} /> : <Text size="sm" c="dimmed">{t('kurva.org.hanyaPimpinan')}</Text>}
      </Stack>
    </Paper>
  );
}

function TetapkanForm({ k }: { k: KurvaDistribusi }) {
  const t = useT();
  const qc = useQueryClient();
  const p = k.penetapan;
  const kirim = useTetapkanPredikat(k.unit.id, k.tahun);
  const [predikat, setPredikat] = useState<PredikatOrganisasi | null>(p?.predikat ?? null);
  const [alasan, setAlasan] = useState(p?.alasan ?? '');
  const [salah, setSalah] = useState<string | null>(null);
  const [tersimpan, setTersimpan] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!predikat) { setSalah(t('kurva.org.pilihWajib')); return; }
    kirim.mutate({ predikat, alasan: alasan.trim() || null, version: p?.version }, { onSuccess: () => setTersimpan(true) });
  };
  const muatUlang = () => {
    kirim.reset();
    void qc.invalidateQueries({ queryKey: kurvaKeys.unit(k.unit.id, k.tahun) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('kurva.org.judul')}>
      <Stack gap="sm" mt="xs">
        {tersimpan && !kirim.isPending && <Alert color="green" icon={<IconCheck />} role="status"><Text size="md">{t('kurva.org.tersimpan')}</Text></Alert>}
        {kirim.isError && (isConflict(kirim.error) ? (
          <Alert color="orange" icon={<IconAlert />} title={t('error.conflictTitle')} role="alert">
            <Stack gap="sm" align="flex-start">
              <Text size="md">{t('kurva.org.konflik')}</Text>
              <Button color="orange" onClick={muatUlang}>{t('error.conflictReload')}</Button>
            </Stack>
          </Alert>
        ) : <ErrorAlert error={kirim.error} />)}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select
            size="md"
            label={t('kurva.org.pilih')}
            description={t('kurva.org.pilihHelp')}
            data={PREDIKAT_ORG.map((v) => ({ value: v, label: t(`kurva.predikatOrg.${v}`) }))}
            value={predikat}
            onChange={(v) => { setPredikat(v as PredikatOrganisasi | null); setSalah(null); setTersimpan(false); }}
            allowDeselect={false}
            error={salah}
            style={{ flex: '1 1 16rem' }}
            maw={360}
          />
          <Textarea
            size="md"
            label={t('kurva.org.alasanInput')}
            description={t('kurva.org.alasanHelp')}
            autosize
            minRows={2}
            maxLength={2000}
            value={alasan}
            onChange={(e) => { setAlasan(e.currentTarget.value); setTersimpan(false); }}
            style={{ flex: '2 1 18rem' }}
          />
        </Group>
        {p?.override && predikat !== p.predikat && <Text size="sm" c="orange.9">{t('kurva.org.overrideHilang')}</Text>}
        <Group>
          <Button type="submit" loading={kirim.isPending}>{p ? t('kurva.org.ubah') : t('kurva.org.tetapkan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
