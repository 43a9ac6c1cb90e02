import { Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import { useTemplateList, type Skp } from '../../../api/skp.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { IconCopy } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import type { SkpDraftApi } from './useSkpDraft.ts';

/** Adds the RHK of a jabatan template to the draft (the server checks it is for this jabatan). */
export function TemplatePicker({ skp, d }: { skp: Skp; d: SkpDraftApi }) {
  const t = useT();
  const templates = useTemplateList();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const apply = useMutation({
    mutationFn: async () => {
      if (!(await d.flush(true))) throw new ApiError(0, 'UNSAVED', t('skp.template.simpanDulu'));
      return api.post<Skp>(`/skp/${skp.id}/terapkan-template`, { version: d.version.current, templateId });
    },
    onSuccess: (saved) => { d.absorb(saved); setTemplateId(null); },
  });
  const mine = (templates.data ?? []).filter((x) => x.jabatan === skp.pegawai.jabatan);
  if (!templates.data || mine.length === 0) return null;
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={4} size="h5">{t('skp.template.title')}</Title>
        <Text size="sm">{t('skp.template.help')}</Text>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('skp.template.label')}
            data={mine.map((x) => ({ value: x.id, label: `${x.nama} (${x.rhk.length} RHK)` }))}
            value={templateId}
            onChange={setTemplateId}
            style={{ flex: '1 1 14rem' }}
          />
          <Button leftSection={<IconCopy />} variant="light" disabled={!templateId} loading={apply.isPending} onClick={() => apply.mutate()}>
            {t('skp.template.terapkan')}
          </Button>
        </Group>
        {apply.isError && <ErrorAlert error={apply.error} />}
      </Stack>
    </Card>
  );
}
