import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import { keys, useUnitKerjaList } from '../../api/queries.ts';
import type { UnitKerja } from '../../api/types.ts';
import { FormProblems } from '../../components/FormProblems.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { buildUnitTree, flattenUnitTree, subtreeIds } from '../../lib/unitTree.ts';
import { useForm } from '../../lib/useForm.ts';
import { useVersionedSave } from '../../lib/useVersionedSave.ts';

/** Fields this form shows messages under; other messages go to the summary. */
const SHOWN = ['parentId', 'kode', 'nama'];

interface Values extends Record<string, unknown> {
  parentId: string | null;
  kode: string;
  nama: string;
}

const fromUnit = (u: UnitKerja | undefined, parentId: string | null): Values => ({
  parentId: u ? u.parentId : parentId, kode: u?.kode ?? '', nama: u?.nama ?? '',
});

interface Props {
  unit?: UnitKerja;
  /** Preset parent when adding a sub-unit. */
  parentId?: string | null;
  onSaved: () => void;
  onCancel: () => void;
}

export function UnitKerjaForm({ unit, parentId = null, onSaved, onCancel }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const units = useUnitKerjaList();
  const form = useForm<Values>(() => fromUnit(unit, parentId));
  const { values: v, set, errors } = form;

  // A unit cannot be moved under itself or its own sub-units.
  const exclude = useMemo(() => {
    if (!unit || !units.data) return undefined;
    const node = flattenUnitTree(buildUnitTree(units.data)).find((n) => n.unit.id === unit.id);
    return node ? subtreeIds(node) : new Set([unit.id]);
  }, [unit, units.data]);

  const body = () => ({ parentId: v.parentId, kode: v.kode.trim(), nama: v.nama.trim() });
  const saving = useVersionedSave<UnitKerja>({
    initialVersion: unit?.version ?? 0,
    send: (version) => (unit ? api.put<UnitKerja>(`/unit-kerja/${unit.id}`, { ...body(), version }) : api.post<UnitKerja>('/unit-kerja', body())),
    reload: async () => (unit ? (await api.get<UnitKerja[]>('/unit-kerja')).find((u) => u.id === unit.id) ?? null : null),
    takeServerErrors: form.takeServerErrors,
    onSaved: () => {
      void qc.invalidateQueries({ queryKey: keys.unitKerja });
      onSaved();
    },
    onReload: (fresh) => {
      form.setValues(fromUnit(fresh, null));
      void qc.invalidateQueries({ queryKey: keys.unitKerja });
    },
  });
  const { save, submit } = saving;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblems errors={errors} shown={SHOWN} saving={saving} />
        <UnitSelect
          label={t('unitKerja.parent')}
          placeholder={t('unitKerja.parentNone')}
          clearable
          value={v.parentId}
          onChange={(id) => set('parentId', id)}
          exclude={exclude}
          error={errors['parentId']}
        />
        <TextInput label={t('unitKerja.kode')} value={v.kode} onChange={(e) => set('kode', e.currentTarget.value)} error={errors['kode']} required autoComplete="off" />
        <TextInput label={t('unitKerja.nama')} value={v.nama} onChange={(e) => set('nama', e.currentTarget.value)} error={errors['nama']} required autoComplete="off" />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
