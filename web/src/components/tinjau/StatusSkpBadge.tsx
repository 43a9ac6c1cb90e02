import { Badge, type BadgeProps } from '@mantine/core';
import type { SkpRingkas } from '../../api/skp.ts';
import { useT } from '../../i18n/context.tsx';

export type StatusSkp = SkpRingkas['status'];

/** Workflow order: the order totals, filters and legends are shown in. */
export const STATUS_SKP: readonly StatusSkp[] = ['BELUM_MULAI', 'DRAFT', 'DIAJUKAN', 'DISETUJUI'];

/** One colour per status, the same on badges, bars and totals; the text always goes with it. */
export const WARNA_STATUS: Record<StatusSkp, string> = {
  BELUM_MULAI: 'gray',
  DRAFT: 'orange',
  DIAJUKAN: 'blue',
  DISETUJUI: 'green',
};

export function StatusSkpBadge({ status, ...rest }: { status: StatusSkp } & Omit<BadgeProps, 'color' | 'children'>) {
  const t = useT();
  return (
    // Never shortened to "Diaju…" when a table column is tight.
    <Badge variant="light" color={WARNA_STATUS[status]} tt="none" size="lg" style={{ minWidth: 'max-content' }} {...rest}>
      {t(`tinjau.status.${status}`)}
    </Badge>
  );
}

/** Where an atasan goes from a subordinate's SKP: the review screen while it waits, else the read view. */
export function skpHref(id: string, status: StatusSkp): string {
  return status === 'DIAJUKAN' ? `/skp/${id}/tinjau` : `/skp/${id}`;
}
