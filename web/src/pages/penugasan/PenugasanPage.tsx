import { ActionIcon, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys, usePenugasanList } from '../../api/queries.ts';
import type { Penugasan } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPlus, IconTrash } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { PenugasanForm } from './PenugasanForm.tsx';

export default function PenugasanPage() {
  const t = useT();
  const qc = useQueryClient();
  const list = usePenugasanList();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Penugasan | null>(null);
  const del = useMutation({
    mutationFn: (p: Penugasan) => api.del<unknown>(`/penugasan/${p.id}`),
    onSuccess: () => {
      setDeleting(null);
      void qc.invalidateQueries({ queryKey: keys.penugasan });
      void qc.invalidateQueries({ queryKey: keys.pegawaiAll });
    },
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('penugasan.title')}
        intro={t('penugasan.intro')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setAdding(true)}>{t('penugasan.add')}</Button>}
      />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" fz="md" aria-label={t('penugasan.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('penugasan.pegawai')}</Table.Th>
                <Table.Th>{t('penugasan.jabatan')}</Table.Th>
                <Table.Th>{t('penugasan.jenis')}</Table.Th>
                <Table.Th>{t('penugasan.periode')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td fw={600}>{p.pegawaiNama}</Table.Td>
                  <Table.Td>{p.jabatanNama}</Table.Td>
                  <Table.Td><Badge variant="light" color={p.jenis === 'PLT' ? 'blue' : 'grape'} tt="none">{p.jenis === 'PLT' ? 'Plt' : 'Plh'}</Badge></Table.Td>
                  <Table.Td>{formatDate(p.mulai)} – {p.selesai ? formatDate(p.selesai) : t('penugasan.ongoing')}</Table.Td>
                  <Table.Td>
                    <ActionIcon color="red" aria-label={t('penugasan.deleteOf', { nama: p.pegawaiNama })} onClick={() => { del.reset(); setDeleting(p); }}>
                      <IconTrash />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('penugasan.add')}>
        {adding && <PenugasanForm onDone={() => setAdding(false)} />}
      </FormModal>
      <ConfirmModal
        opened={!!deleting}
        title={deleting ? t('penugasan.deleteOf', { nama: deleting.pegawaiNama }) : ''}
        message={deleting ? t('common.confirmDelete', { nama: `${deleting.pegawaiNama} — ${deleting.jabatanNama}` }) : ''}
        confirmLabel={t('common.delete')}
        loading={del.isPending}
        error={del.error}
        onConfirm={() => deleting && del.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
