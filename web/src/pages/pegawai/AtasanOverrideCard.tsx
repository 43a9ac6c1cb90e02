import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { Pegawai } from '../../api/types.ts';
import { AtasanText } from '../../components/AtasanText.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconAlert, IconInfo } from '../../components/icons.tsx';
import { PegawaiSearchSelect } from '../../components/PegawaiSearchSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { isConflict } from '../../lib/useForm.ts';

/** Admin override of the atasan derived from the org structure. */
export function AtasanOverrideCard({ pegawai }: { pegawai: Pegawai }) {
  const t = useT();
  const qc = useQueryClient();
  const [atasanId, setAtasanId] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (id: string | null) => api.put<Pegawai>(`/pegawai/${pegawai.id}/atasan`, { atasanId: id, version: pegawai.version }),
    onSuccess: (saved) => {
      qc.setQueryData(keys.pegawai(pegawai.id), saved);
      void qc.invalidateQueries({ queryKey: keys.pegawaiAll });
      setAtasanId(null);
    },
  });
  const reload = () => {
    save.reset();
    void qc.invalidateQueries({ queryKey: keys.pegawai(pegawai.id) });
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3">{t('pegawai.overrideTitle')}</Title>
        <Text size="md" c="dimmed">{t('pegawai.overrideHelp')}</Text>
        <div><Text span c="dimmed">{t('field.atasan')}: </Text><AtasanText atasan={pegawai.atasan} /></div>
        {pegawai.atasanOverrideId && (
          <Alert color="orange" icon={<IconInfo />}><Text size="md">{t('pegawai.overrideActive')}</Text></Alert>
        )}
        {save.isError && isConflict(save.error) ? (
          <Alert color="orange" icon={<IconAlert />} title={t('error.conflictTitle')} role="alert">
            <Button color="orange" onClick={reload}>{t('error.conflictReload')}</Button>
          </Alert>
        ) : (
          <ErrorAlert error={save.error} />
        )}
        <PegawaiSearchSelect
          label={t('pegawai.overrideSelect')}
          description={t('penugasan.pegawaiHelp')}
          value={atasanId}
          onChange={setAtasanId}
          excludeId={pegawai.id}
        />
        <Group gap="sm">
          <Button onClick={() => save.mutate(atasanId)} disabled={!atasanId} loading={save.isPending && save.variables !== null}>
            {t('pegawai.overrideSave')}
          </Button>
          {pegawai.atasanOverrideId && (
            <Button variant="outline" onClick={() => save.mutate(null)} loading={save.isPending && save.variables === null}>
              {t('pegawai.overrideClear')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
