import { Badge } from '@mantine/core';
import { useT } from '../../i18n/context.tsx';
import { STATUS_COLOR, type StatusSkp } from './labels.ts';

export function StatusBadge({ status, size = 'md' }: { status: StatusSkp; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  return <Badge size={size} variant="light" color={STATUS_COLOR[status]} tt="none">{t(`skp.status.${status}`)}</Badge>;
}
