import { Alert, Badge, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isImportRunning, keys, useImportJob } from '../../api/queries.ts';
import type { ImportJob } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';

const REPORT_PAGE = 50;

export function statusColor(s: ImportJob['status']): string {
  return s === 'SELESAI' ? 'teal' : s === 'GAGAL' ? 'red' : 'blue';
}

function RejectedRows({ job }: { job: ImportJob }) {
  const t = useT();
  const [page, setPage] = useState(1);
  if (job.laporan.length === 0) {
    return isImportRunning(job) ? null : <Text c="dimmed">{t('impor.noRejected')}</Text>;
  }
  const rows = job.laporan.slice((page - 1) * REPORT_PAGE, page * REPORT_PAGE);
  return (
    <section aria-labelledby={`rejected-${job.id}`}>
      <Title order={3} size="h4" mb="xs" id={`rejected-${job.id}`}>{t('impor.rejected')} ({formatNumber(job.laporan.length)})</Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs" fz="md" aria-labelledby={`rejected-${job.id}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('impor.baris')}</Table.Th>
              <Table.Th w={200}>{t('impor.kunci')}</Table.Th>
              <Table.Th>{t('impor.alasan')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.baris}-${r.kunci ?? ''}`}>
                <Table.Td>{r.baris}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.kunci ?? t('common.none')}</Table.Td>
                <Table.Td>
                  {r.alasan.length === 1 ? r.alasan[0] : (
                    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>{r.alasan.map((a) => <li key={a}>{a}</li>)}</ul>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager page={page} pageSize={REPORT_PAGE} total={job.laporan.length} onChange={setPage} />
    </section>
  );
}

/** Progress of one import job (polled every second while it runs) and its rejected rows. */
export function ImportProgress({ jobId }: { jobId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const q = useImportJob(jobId);
  const job = q.data;
  const running = job ? isImportRunning(job) : true;

  // Once the job ends the imported data and the list of jobs are stale.
  useEffect(() => {
    if (!job || running) return;
    void qc.invalidateQueries({ queryKey: keys.imports, exact: true });
    void qc.invalidateQueries({ queryKey: keys.unitKerja });
    void qc.invalidateQueries({ queryKey: keys.jabatanAll });
    void qc.invalidateQueries({ queryKey: keys.pegawaiAll });
  }, [job?.status, running, qc]);

  if (q.isError && !job) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  if (!job) return null;
  const pct = job.total > 0 ? Math.round((job.diproses / job.total) * 100) : job.status === 'SELESAI' ? 100 : 0;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>{job.namaFile}</Title>
          <Badge size="lg" color={statusColor(job.status)} variant="light" tt="none">{t(`impor.status.${job.status}`)}</Badge>
        </Group>
        <Progress
          value={pct}
          size="xl"
          striped={running}
          animated={running}
          color={statusColor(job.status)}
          aria-label={t('impor.progressLabel')}
        />
        <Text size="md" aria-live="polite">
          {t('impor.progress', { diproses: formatNumber(job.diproses), total: formatNumber(job.total) })} ({pct}%)
        </Text>
        <Text size="md" fw={600}>
          {t('impor.summary', { ditambah: formatNumber(job.ditambah), diperbarui: formatNumber(job.diperbarui), ditolak: formatNumber(job.ditolak) })}
        </Text>
        {job.pesan && (
          <Alert color={job.status === 'GAGAL' ? 'red' : 'blue'} icon={<IconAlert />}><Text size="md">{job.pesan}</Text></Alert>
        )}
        <RejectedRows job={job} />
      </Stack>
    </Card>
  );
}
