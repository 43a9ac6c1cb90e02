import { Alert, Button, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../api/client.ts';
import { skpKeys, type Skp } from '../../../api/skp.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { IconAlert, IconCheck } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { clearStoredDraft } from './draftStorage.ts';
import { StepHelp } from './StepHelp.tsx';
import type { SkpDraftApi } from './useSkpDraft.ts';

/** Which step fixes a kekurangan sentence (they start with "RHK utama 2", "Lampiran", ...). */
const stepFor = (k: string) => (k.startsWith('RHK utama') ? 0 : k.startsWith('RHK tambahan') ? 1 : k.startsWith('Lampiran') ? 3 : null);

const kekuranganOf = (e: unknown): string[] | null => {
  if (!(e instanceof ApiError) || e.status !== 422) return null;
  const list = (e.details as { kekurangan?: unknown } | undefined)?.kekurangan;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : null;
};

function Kekurangan({ items, onGo }: { items: string[]; onGo: (step: number) => void }) {
  const t = useT();
  return (
    <List spacing="xs" icon={<IconAlert size={18} />} style={{ overflowWrap: 'anywhere' }}>
      {items.map((k) => {
        const step = stepFor(k);
        return (
          <List.Item key={k}>
            {k}
            {step !== null && (
              <Button variant="subtle" size="compact-sm" ml="xs" onClick={() => onGo(step)}>
                {t('skp.periksa.buka', { n: step + 1 })}
              </Button>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/** Langkah 5: what still blocks submission (from the last save), then submission itself. */
export function PeriksaStep({ skp, d, onGo }: { skp: Skp; d: SkpDraftApi; onGo: (step: number) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const ajukan = useMutation({
    mutationFn: async () => {
      if (!(await d.flush(true))) throw new ApiError(0, 'UNSAVED', t('skp.periksa.belumTersimpan'));
      return api.post<Skp>(`/skp/${skp.id}/ajukan`, { version: d.version.current });
    },
    onSuccess: (saved) => {
      clearStoredDraft(skp.id);
      qc.setQueryData(skpKeys.one(skp.id), saved);
      void qc.invalidateQueries({ queryKey: skpKeys.all });
    },
  });
  const ditolak = kekuranganOf(ajukan.error);
  const menunggu = d.state.kind === 'pending' || d.state.kind === 'saving';

  return (
    <Stack gap="md">
      <StepHelp title={t('skp.help.periksaTitle')} lines={[t('skp.help.periksa1')]} />
      <Title order={4} size="h4">{t('skp.periksa.kekuranganTitle')}</Title>
      {menunggu && <Text c="dimmed" size="sm">{t('skp.periksa.menunggu')}</Text>}
      {d.kekurangan.length === 0
        ? <Alert color="teal" icon={<IconCheck />}>{t('skp.periksa.lengkap')}</Alert>
        : (
          <>
            <Text>{t('skp.periksa.masihKurang', { n: d.kekurangan.length })}</Text>
            <Kekurangan items={d.kekurangan} onGo={onGo} />
          </>
        )}
      <Text>{skp.penilai ? t('skp.periksa.penjelasan', { penilai: skp.penilai.nama }) : t('skp.periksa.penjelasanTanpaPenilai')}</Text>
      {ditolak && (
        <Alert color="red" icon={<IconAlert />} role="alert" title={t('skp.periksa.ditolak')}>
          {/* Only what the checklist above does not already show. */}
          {ditolak.some((k) => !d.kekurangan.includes(k))
            ? <Kekurangan items={ditolak.filter((k) => !d.kekurangan.includes(k))} onGo={onGo} />
            : <Text>{t('skp.periksa.lihatDaftar')}</Text>}
        </Alert>
      )}
      {ajukan.isError && !ditolak && <ErrorAlert error={ajukan.error} />}
      <div>
        <Button size="lg" loading={ajukan.isPending} disabled={!skp.akses.ajukan || d.state.kind === 'conflict'} onClick={() => ajukan.mutate()}>
          {t('skp.periksa.ajukan')}
        </Button>
      </div>
    </Stack>
  );
}
