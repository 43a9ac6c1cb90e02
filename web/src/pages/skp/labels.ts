// Display helpers shared by the SKP screens. Dates, months and numbers are always Indonesian.
import type { Skp } from '../../api/skp.ts';
import { formatNumber } from '../../i18n/format.ts';

export type StatusSkp = Skp['status'];
export const STATUS_COLOR: Record<StatusSkp, string> = { DRAFT: 'gray', DIAJUKAN: 'blue', DISETUJUI: 'teal' };

const bulanFmt = new Intl.DateTimeFormat('id-ID', { month: 'long' });
/** Januari … Desember, index 0 = bulan 1. */
export const NAMA_BULAN = Array.from({ length: 12 }, (_, i) => bulanFmt.format(new Date(2024, i, 1)));
export const namaBulan = (bulan: number) => NAMA_BULAN[bulan - 1] ?? String(bulan);

const jamFmt = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' });
/** "14.05" */
export const formatJam = (d: Date) => jamFmt.format(d);

type IkiTarget = Pick<Skp['rhk'][number]['iki'][number], 'target' | 'targetAtas' | 'satuan'>;
/** "61,95 %" or "80–90 dokumen"; '—' when no target yet. */
export function formatTarget(k: IkiTarget): string {
  if (k.target === null) return '—';
  const range = k.targetAtas !== null ? `${formatNumber(k.target)}–${formatNumber(k.targetAtas)}` : formatNumber(k.target);
  return `${range} ${k.satuan}`.trim();
}
