import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import { keys, useUnitKerjaList } from '../../api/queries.ts';
import type { UnitKerja } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPlus, IconSearch } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { buildUnitTree, matchingWithAncestors } from '../../lib/unitTree.ts';
import { UnitKerjaForm } from './UnitKerjaForm.tsx';
import { UnitTree } from './UnitTree.tsx';

type Editing = { mode: 'add'; parentId: string | null } | { mode: 'edit'; unit: UnitKerja } | null;

export default function UnitKerjaPage() {
  const t = useT();
  const qc = useQueryClient();
  const units = useUnitKerjaList();
  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  // Top-level units start open so the first screen shows the main structure.
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const open = expanded ?? new Set(tree.map((n) => n.unit.id));
  const [filter, setFilter] = useState('');
  const [debounced] = useDebouncedValue(filter, 250);
  const visible = useMemo(
    () => (debounced.trim() ? matchingWithAncestors(units.data ?? [], debounced) : undefined),
    [units.data, debounced],
  );
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<UnitKerja | null>(null);

  const del = useMutation({
    mutationFn: (u: UnitKerja) => api.del<unknown>(`/unit-kerja/${u.id}`),
    onSuccess: () => {
      setDeleting(null);
      void qc.invalidateQueries({ queryKey: keys.unitKerja });
    },
  });

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t('unitKerja.title')}
        intro={t('unitKerja.intro')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setEditing({ mode: 'add', parentId: null })}>{t('unitKerja.addRoot')}</Button>}
      />
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t('unitKerja.filter')}
          type="search"
          leftSection={<IconSearch size={18} />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          maw={420}
        />
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={() => setExpanded(new Set((units.data ?? []).map((u) => u.id)))}>{t('unitKerja.expandAll')}</Button>
          <Button variant="default" onClick={() => setExpanded(new Set())}>{t('unitKerja.collapseAll')}</Button>
        </Group>
      </Group>
      {units.isPending && <Loading />}
      {units.isError && <ErrorAlert error={units.error} onRetry={() => units.refetch()} />}
      {units.data && (
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed" mb="xs">{t('unitKerja.total', { n: units.data.length })}</Text>
          {units.data.length === 0 ? (
            <Text c="dimmed" p="md">{t('common.empty')}</Text>
          ) : (
            <UnitTree
              nodes={tree}
              expanded={open}
              onToggle={toggle}
              visible={visible}
              onAddChild={(u) => setEditing({ mode: 'add', parentId: u.id })}
              onEdit={(u) => setEditing({ mode: 'edit', unit: u })}
              onDelete={(u) => { del.reset(); setDeleting(u); }}
            />
          )}
        </Card>
      )}

      <FormModal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('unitKerja.editTitle') : t('unitKerja.addTitle')}
        size="md"
      >
        {editing && (
          <UnitKerjaForm
            key={editing.mode === 'edit' ? editing.unit.id : `add-${editing.parentId}`}
            unit={editing.mode === 'edit' ? editing.unit : undefined}
            parentId={editing.mode === 'add' ? editing.parentId : null}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              // Open the parent so the new sub-unit is visible right away.
              if (editing.mode === 'add' && editing.parentId) setExpanded(new Set(open).add(editing.parentId));
              setEditing(null);
            }}
          />
        )}
      </FormModal>
      <ConfirmModal
        opened={!!deleting}
        title={deleting ? t('unitKerja.deleteOf', { nama: deleting.nama }) : ''}
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
