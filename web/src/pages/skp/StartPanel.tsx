import { Button, Card, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../api/client.ts';
import { skpKeys, useTemplateList, type Periode, type Skp } from '../../api/skp.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconCopy, IconPlus } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';

type Sumber = 'KOSONG' | 'TAHUN_LALU' | 'TEMPLATE';

/** First visit in a periode: three ways to start, each explained in one sentence. */
export function StartPanel({ periode }: { periode: Periode }) {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const templates = useTemplateList();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (sumber: Sumber) => api.post<Skp>('/skp', { periodeId: periode.id, sumber, templateId: sumber === 'TEMPLATE' ? templateId : null }),
    onSuccess: (skp) => {
      qc.setQueryData(skpKeys.one(skp.id), skp);
      void qc.invalidateQueries({ queryKey: skpKeys.all });
      navigate(`/skp/${skp.id}`);
    },
    onError: (e) => {
      // Started meanwhile (another tab): open the one that exists.
      const existing = e instanceof ApiError && e.code === 'CONFLICT' ? (e.details as { id?: string } | undefined)?.id : undefined;
      if (existing) navigate(`/skp/${existing}`);
    },
  });
  const mine = (templates.data ?? []).filter((x) => x.jabatan === me.pegawai?.jabatan);
  const failed = (s: Sumber) => create.isError && create.variables === s ? <ErrorAlert error={create.error} /> : null;
  const busy = (s: Sumber) => create.isPending && create.variables === s;

  return (
    <Stack gap="md">
      <Title order={2} size="h3">{t('skp.start.title', { tahun: periode.tahun })}</Title>
      <Text>{t('skp.start.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Card withBorder padding="lg">
          <Stack gap="sm" h="100%">
            <Title order={3} size="h4">{t('skp.start.kosongTitle')}</Title>
            <Text size="sm" style={{ flex: 1 }}>{t('skp.start.kosongHelp')}</Text>
            {failed('KOSONG')}
            <Button leftSection={<IconPlus />} loading={busy('KOSONG')} disabled={create.isPending} onClick={() => create.mutate('KOSONG')}>
              {t('skp.start.kosong')}
            </Button>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm" h="100%">
            <Title order={3} size="h4">{t('skp.start.tahunLaluTitle')}</Title>
            <Text size="sm" style={{ flex: 1 }}>{t('skp.start.tahunLaluHelp', { tahun: periode.tahun - 1 })}</Text>
            {failed('TAHUN_LALU')}
            <Button variant="light" leftSection={<IconCopy />} loading={busy('TAHUN_LALU')} disabled={create.isPending} onClick={() => create.mutate('TAHUN_LALU')}>
              {t('skp.start.tahunLalu')}
            </Button>
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm" h="100%">
            <Title order={3} size="h4">{t('skp.start.templateTitle')}</Title>
            <Text size="sm">{t('skp.start.templateHelp')}</Text>
            {templates.isPending && <Loading />}
            {templates.isError && <ErrorAlert error={templates.error} onRetry={() => templates.refetch()} />}
            {templates.data && mine.length === 0 && <Text size="sm" c="dimmed" style={{ flex: 1 }}>{t('skp.start.templateNone')}</Text>}
            {mine.length > 0 && (
              <Select
                label={t('skp.template.label')}
                data={mine.map((x) => ({ value: x.id, label: x.nama }))}
                value={templateId}
                onChange={setTemplateId}
                style={{ flex: 1 }}
              />
            )}
            {failed('TEMPLATE')}
            {mine.length > 0 && (
              <Button variant="light" loading={busy('TEMPLATE')} disabled={create.isPending || !templateId} onClick={() => create.mutate('TEMPLATE')}>
                {t('skp.start.template')}
              </Button>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
