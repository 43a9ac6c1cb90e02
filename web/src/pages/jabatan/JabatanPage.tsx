import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import { keys, useJabatanList, useUnitKerjaList } from '../../api/queries.ts';
import type { Jabatan } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPencil, IconPlus, IconTrash } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { usePhone } from '../../lib/usePhone.ts';
import { JabatanForm } from './JabatanForm.tsx';

const PAGE_SIZE = 50;
type Editing = { jabatan?: Jabatan } | null;

export default function JabatanPage() {
  const t = useT();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const unitKerjaId = params.get('unit');
  const list = useJabatanList(unitKerjaId);
  const units = useUnitKerjaList();
  const unitName = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.nama])), [units.data]);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Jabatan | null>(null);
  const phone = usePhone();

  const sorted = useMemo(
    () => [...(list.data ?? [])].sort((a, b) => b.kelasJabatan - a.kelasJabatan || a.nama.localeCompare(b.nama, 'id')),
    [list.data],
  );
  const rows = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const del = useMutation({
    mutationFn: (j: Jabatan) => api.del<unknown>(`/jabatan/${j.id}`),
    onSuccess: () => {
      setDeleting(null);
      void qc.invalidateQueries({ queryKey: keys.jabatanAll });
    },
  });

  const actions = (j: Jabatan) => (
    <Group gap={2} wrap="nowrap">
      <ActionIcon aria-label={t('jabatan.editOf', { nama: j.nama })} onClick={() => setEditing({ jabatan: j })}>
        <IconPencil />
      </ActionIcon>
      <ActionIcon color="red" aria-label={t('jabatan.deleteOf', { nama: j.nama })} onClick={() => { del.reset(); setDeleting(j); }}>
        <IconTrash />
      </ActionIcon>
    </Group>
  );
  const jenisText = (j: Jabatan) => (j.jenjang ? `${t(`jenisJabatan.${j.jenis}`)} ${t(`jenjang.${j.jenjang}`)}` : t(`jenisJabatan.${j.jenis}`));

  return (
    <Stack gap="md">
      <PageHeader
        title={t('jabatan.title')}
        intro={t('jabatan.intro')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setEditing({})}>{t('jabatan.add')}</Button>}
      />
      <UnitSelect
        label={t('jabatan.filterUnit')}
        placeholder={t('jabatan.allUnits')}
        clearable
        value={unitKerjaId}
        onChange={(id) => {
          setPage(1);
          setParams(id ? { unit: id } : {}, { replace: true });
        }}
        maw={520}
      />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <>
          <Text fw={600}>{t('jabatan.total', { n: list.data.length })}</Text>
          {list.data.length === 0 ? (
            <Text c="dimmed">{t('common.empty')}</Text>
          ) : phone ? (
            <Stack gap="xs" component="ul" aria-label={t('jabatan.title')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {rows.map((j) => (
                <Card key={j.id} withBorder padding="sm" component="li">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <div style={{ minWidth: 0 }}>
                      <Text fw={700} size="md">{j.nama}</Text>
                      <Text size="sm" c="dimmed">{j.kode}</Text>
                      <Text size="sm">{jenisText(j)} · {t('jabatan.kelas')} {j.kelasJabatan}</Text>
                      {!unitKerjaId && <Text size="sm" c="dimmed">{unitName.get(j.unitKerjaId) ?? ''}</Text>}
                      {j.kepalaUnit && <Badge size="sm" variant="light" tt="none">{t('jabatan.kepalaUnit')}</Badge>}
                    </div>
                    {actions(j)}
                  </Group>
                </Card>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover verticalSpacing="sm" fz="md" aria-label={t('jabatan.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('jabatan.kode')}</Table.Th>
                    <Table.Th>{t('jabatan.nama')}</Table.Th>
                    <Table.Th>{t('jabatan.jenis')}</Table.Th>
                    <Table.Th>{t('jabatan.kelas')}</Table.Th>
                    {!unitKerjaId && <Table.Th>{t('field.unitKerja')}</Table.Th>}
                    <Table.Th>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((j) => (
                    <Table.Tr key={j.id}>
                      <Table.Td>{j.kode}</Table.Td>
                      <Table.Td>
                        <Text fw={600} size="md">{j.nama}</Text>
                        {j.kepalaUnit && <Badge size="sm" variant="light" tt="none">{t('jabatan.kepalaUnit')}</Badge>}
                      </Table.Td>
                      <Table.Td>{jenisText(j)}</Table.Td>
                      <Table.Td>{j.kelasJabatan}</Table.Td>
                      {!unitKerjaId && <Table.Td>{unitName.get(j.unitKerjaId) ?? ''}</Table.Td>}
                      <Table.Td>{actions(j)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={sorted.length} onChange={setPage} />
        </>
      )}

      <FormModal opened={!!editing} onClose={() => setEditing(null)} title={editing?.jabatan ? t('jabatan.editTitle') : t('jabatan.addTitle')}>
        {editing && (
          <JabatanForm jabatan={editing.jabatan} unitKerjaId={unitKerjaId} onDone={() => setEditing(null)} />
        )}
      </FormModal>
      <ConfirmModal
        opened={!!deleting}
        title={deleting ? t('jabatan.deleteOf', { nama: deleting.nama }) : ''}
        message={deleting ? t('common.confirmDelete', { nama: deleting.nama }) : ''}
        confirmLabel={t('common.delete')}
        loading={del.isPending}
        error={del.error}
        onConfirm={() => deleting && del.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
