import { Badge } from '@mantine/core';
import type { KeberatanRingkas } from '../../api/keberatan.ts';
import { useT } from '../../i18n/context.tsx';

export type TahapKeberatan = 'DIAJUKAN' | 'DITOLAK' | 'DIKABULKAN';

/** Filed and waiting, or the decision once decided. */
export const tahapKeberatan = (k: Pick<KeberatanRingkas, 'status' | 'keputusan'>): TahapKeberatan =>
  (k.status === 'DIPUTUS' ? k.keputusan ?? 'DITOLAK' : 'DIAJUKAN');

// Dark shades under white text: readable for everyone, also in sunlight on a phone.
export const TAHAP_COLOR: Record<TahapKeberatan, string> = { DIAJUKAN: 'orange.9', DITOLAK: 'gray.7', DIKABULKAN: 'teal.9' };

/** "Keberatan diajukan / ditolak / dikabulkan". */
export function KeberatanBadge({ k, size = 'lg' }: { k: Pick<KeberatanRingkas, 'status' | 'keputusan'>; size?: 'md' | 'lg' }) {
  const t = useT();
  const tahap = tahapKeberatan(k);
  return <Badge size={size} tt="none" variant="filled" color={TAHAP_COLOR[tahap]}>{t(`keberatan.badge.${tahap}`)}</Badge>;
}
