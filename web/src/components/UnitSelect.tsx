import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useUnitKerjaList } from '../api/queries.ts';
import { useT } from '../i18n/context.tsx';
import { buildUnitTree, flattenUnitTree } from '../lib/unitTree.ts';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Units that may not be chosen (a unit's own subtree when choosing its parent). */
  exclude?: ReadonlySet<string>;
};

/** Searchable unit picker in tree order; the parent's name tells apart units with the same name. */
export function UnitSelect({ value, onChange, exclude, ...rest }: Props) {
  const t = useT();
  const units = useUnitKerjaList();
  const { data, depth } = useMemo(() => {
    const list = units.data ?? [];
    const names = new Map(list.map((u) => [u.id, u.nama]));
    const depth = new Map<string, number>();
    const data = flattenUnitTree(buildUnitTree(list))
      .filter((n) => !exclude?.has(n.unit.id))
      .map((n) => {
        depth.set(n.unit.id, n.depth);
        const parent = n.unit.parentId ? names.get(n.unit.parentId) : undefined;
        return { value: n.unit.id, label: parent ? `${n.unit.nama} (${parent})` : n.unit.nama };
      });
    return { data, depth };
  }, [units.data, exclude]);

  return (
    <Select
      searchable
      data={data}
      value={value}
      onChange={(v) => onChange(v)}
      nothingFoundMessage={t('common.nothingFound')}
      limit={200}
      disabled={units.isPending}
      renderOption={({ option }) => (
        <span style={{ paddingLeft: `${(depth.get(option.value) ?? 0) * 0.75}rem` }}>{option.label}</span>
      )}
      {...rest}
    />
  );
}
