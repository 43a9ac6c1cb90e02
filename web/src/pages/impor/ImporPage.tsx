import { Anchor, Badge, Button, Card, FileInput, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiUrl, request } from '../../api/client.ts';
import { keys, useImportJobs } from '../../api/queries.ts';
import type { ImportJob } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconDownload, IconUpload } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime, formatNumber } from '../../i18n/format.ts';
import { JENIS_IMPOR_LIST, type JenisImpor } from '../../lib/enums.ts';
import { ImportProgress, statusColor } from './ImportProgress.tsx';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';
const okFile = (f: File) => /\.(xlsx|csv)$/i.test(f.name);

export default function ImporPage() {
  const t = useT();
  const qc = useQueryClient();
  const [jenis, setJenis] = useState<JenisImpor>('unit-kerja');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const jobs = useImportJobs();

  const upload = useMutation({
    mutationFn: (f: File) => request<ImportJob>('POST', `/import/${jenis}`, { query: { namaFile: f.name }, raw: f }),
    onSuccess: (job) => {
      qc.setQueryData(keys.importJob(job.id), job);
      setActiveId(job.id);
      setFile(null);
      void qc.invalidateQueries({ queryKey: keys.imports, exact: true });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || !okFile(file)) {
      setFileError(t('impor.wrongType'));
      return;
    }
    upload.mutate(file);
  };

  const jenisLabel = t(`jenisImpor.${jenis}`);

  return (
    <Stack gap="lg">
      <PageHeader title={t('impor.title')} intro={t('impor.intro')} />
      <Card withBorder padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={560}>
            <Select
              label={t('impor.jenis')}
              data={JENIS_IMPOR_LIST.map((j) => ({ value: j, label: t(`jenisImpor.${j}`) }))}
              value={jenis}
              onChange={(j) => j && setJenis(j as JenisImpor)}
              allowDeselect={false}
            />
            <div>
              <Text size="md" fw={500} mb={4}>{t('impor.templates')}</Text>
              <Group gap="sm">
                <Button component="a" variant="light" leftSection={<IconDownload />} download
                  href={apiUrl(`/import/template/${jenis}`, { format: 'xlsx' })}
                  aria-label={t('impor.templateXlsx', { jenis: jenisLabel })}>
                  Excel (.xlsx)
                </Button>
                <Button component="a" variant="light" leftSection={<IconDownload />} download
                  href={apiUrl(`/import/template/${jenis}`, { format: 'csv' })}
                  aria-label={t('impor.templateCsv', { jenis: jenisLabel })}>
                  CSV
                </Button>
              </Group>
            </div>
            <FileInput
              label={t('impor.file')}
              placeholder={t('impor.filePlaceholder')}
              accept={ACCEPT}
              value={file}
              onChange={(f) => { setFile(f); setFileError(null); upload.reset(); }}
              error={fileError}
              clearable
              leftSection={<IconUpload size={18} />}
            />
            <ErrorAlert error={upload.error} />
            <Button type="submit" leftSection={<IconUpload />} loading={upload.isPending} disabled={!file} style={{ alignSelf: 'flex-start' }}>
              {t('impor.upload')}
            </Button>
          </Stack>
        </form>
      </Card>

      {activeId && <ImportProgress key={activeId} jobId={activeId} />}

      <section aria-labelledby="recent-imports">
        <Title order={2} size="h3" mb="sm" id="recent-imports">{t('impor.recent')}</Title>
        {jobs.isPending && <Loading />}
        {jobs.isError && <ErrorAlert error={jobs.error} onRetry={() => jobs.refetch()} />}
        {jobs.data?.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
        {jobs.data && jobs.data.length > 0 && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" fz="md" aria-labelledby="recent-imports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('impor.waktu')}</Table.Th>
                  <Table.Th>{t('impor.jenis')}</Table.Th>
                  <Table.Th>{t('impor.namaFile')}</Table.Th>
                  <Table.Th>{t('field.status')}</Table.Th>
                  <Table.Th>{t('impor.hasil')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.map((j) => (
                  <Table.Tr key={j.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(j.createdAt)}</Table.Td>
                    <Table.Td>{t(`jenisImpor.${j.jenis}`)}</Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => setActiveId(j.id)} aria-label={t('impor.show', { namaFile: j.namaFile })}>
                        {j.namaFile}
                      </Anchor>
                    </Table.Td>
                    <Table.Td><Badge variant="light" color={statusColor(j.status)} tt="none">{t(`impor.status.${j.status}`)}</Badge></Table.Td>
                    <Table.Td>
                      {t('impor.summary', { ditambah: formatNumber(j.ditambah), diperbarui: formatNumber(j.diperbarui), ditolak: formatNumber(j.ditolak) })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </section>
    </Stack>
  );
}
