// Numbers on the realisasi screen, always the Indonesian way (decimal comma), whatever the UI language.
import type { RealisasiIki } from '../../api/realisasi.ts';

const angkaFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const tanggalFmt = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short' });

/** 108.3333 → "108,33"; 1500 → "1.500". */
export const angka = (n: number) => angkaFmt.format(n);

/** "12 laporan", "80–90 %"; '—' without a target. */
export function targetTeks(k: Pick<RealisasiIki, 'target' | 'targetAtas' | 'satuan'>): string {
  if (k.target === null) return '—';
  const nilai = k.targetAtas !== null ? `${angka(k.target)}–${angka(k.targetAtas)}` : angka(k.target);
  return `${nilai} ${k.satuan}`.trim();
}

/** "1 Jan – 31 Mar". */
export const rentang = (mulai: string, selesai: string) =>
  `${tanggalFmt.format(new Date(`${mulai}T00:00:00`))} – ${tanggalFmt.format(new Date(`${selesai}T00:00:00`))}`;
