import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import type { UnitKerja } from '../../api/types.ts';
import { IconChevronDown, IconChevronRight, IconPencil, IconPlus, IconTrash } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import type { UnitNode } from '../../lib/unitTree.ts';

export interface UnitTreeActions {
  onAddChild: (parent: UnitKerja) => void;
  onEdit: (u: UnitKerja) => void;
  onDelete: (u: UnitKerja) => void;
}

interface Props extends UnitTreeActions {
  nodes: UnitNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** When filtering: only these ids are shown. */
  visible?: ReadonlySet<string>;
}

/** Nested list with disclosure buttons: simple for screen readers and large enough to tap. */
export function UnitTree({ nodes, expanded, onToggle, visible, ...actions }: Props) {
  const t = useT();
  const shown = visible ? nodes.filter((n) => visible.has(n.unit.id)) : nodes;
  return (
    <ul className="tree-list">
      {shown.map(({ unit, children }) => {
        const open = !!visible || expanded.has(unit.id);
        const hasChildren = children.length > 0;
        const listId = `unit-children-${unit.id}`;
        return (
          <li key={unit.id}>
            <div className="tree-row">
              <div className="tree-row-main">
                {hasChildren ? (
                  <ActionIcon
                    size="lg"
                    onClick={() => onToggle(unit.id)}
                    aria-expanded={open}
                    aria-controls={listId}
                    aria-label={open ? t('unitKerja.collapse', { nama: unit.nama }) : t('unitKerja.expand', { nama: unit.nama })}
                  >
                    {open ? <IconChevronDown /> : <IconChevronRight />}
                  </ActionIcon>
                ) : (
                  <span style={{ width: 34, flex: 'none' }} aria-hidden="true" />
                )}
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} size="md">{unit.nama}</Text>
                  <Group gap={6}>
                    <Badge variant="outline" color="gray" size="sm" tt="none">{unit.kode}</Badge>
                    <Text size="sm" c="dimmed">
                      {t('unitKerja.pegawaiCount', { n: unit.jumlahPegawai })}
                      {hasChildren ? ` · ${t('unitKerja.subCount', { n: children.length })}` : ''}
                    </Text>
                  </Group>
                </div>
              </div>
              <Group gap={2} wrap="nowrap" className="tree-actions">
                <Tooltip label={t('unitKerja.addChild', { nama: unit.nama })}>
                  <ActionIcon aria-label={t('unitKerja.addChild', { nama: unit.nama })} onClick={() => actions.onAddChild(unit)}>
                    <IconPlus />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('unitKerja.editOf', { nama: unit.nama })}>
                  <ActionIcon aria-label={t('unitKerja.editOf', { nama: unit.nama })} onClick={() => actions.onEdit(unit)}>
                    <IconPencil />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t('unitKerja.deleteOf', { nama: unit.nama })}>
                  <ActionIcon color="red" aria-label={t('unitKerja.deleteOf', { nama: unit.nama })} onClick={() => actions.onDelete(unit)}>
                    <IconTrash />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </div>
            {hasChildren && open && (
              <div id={listId}>
                <UnitTree nodes={children} expanded={expanded} onToggle={onToggle} visible={visible} {...actions} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
