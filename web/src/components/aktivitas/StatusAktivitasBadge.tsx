import { Badge } from '@mantine/core';
import type { StatusAktivitas } from '../../api/aktivitas.ts';
import { useT } from '../../i18n/context.tsx';

const COLOR: Record<StatusAktivitas, string> = { MENUNGGU: 'gray', DITERIMA: 'green', DITOLAK: 'red' };

/** Menunggu / Diterima / Dikembalikan: the word is always shown, colour only supports it. */
export function StatusAktivitasBadge({ status }: { status: StatusAktivitas }) {
  const t = useT();
  return <Badge color={COLOR[status]} variant={status === 'DITOLAK' ? 'filled' : 'light'} tt="none" size="lg">{t(`aktivitas.status.${status}`)}</Badge>;
}
