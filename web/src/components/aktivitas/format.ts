import type { Translate } from '../../i18n/context.tsx';

/** 90 → '1 jam 30 menit'; 45 → '45 menit'. */
export function formatMenit(t: Translate, menit: number): string {
  const jam = Math.floor(menit / 60);
  const sisa = menit % 60;
  if (jam === 0) return t('aktivitas.durasi.menit', { n: sisa });
  if (sisa === 0) return t('aktivitas.durasi.jam', { n: jam });
  return t('aktivitas.durasi.jamMenit', { jam, menit: sisa });
}

/** The time span as typed ('08.00–09.30') or the minutes. */
export function formatDurasi(t: Translate, a: { jamMulai: string | null; jamSelesai: string | null; menit: number }): string {
  const lama = formatMenit(t, a.menit);
  return a.jamMulai && a.jamSelesai ? `${a.jamMulai.replace(':', '.')}–${a.jamSelesai.replace(':', '.')} (${lama})` : lama;
}

/** '2 dokumen'; empty when no output was given. */
export function formatOutput(a: { jumlah: number | null; satuan: string | null }): string {
  if (a.jumlah === null) return '';
  return `${new Intl.NumberFormat('id-ID').format(a.jumlah)}${a.satuan ? ` ${a.satuan}` : ''}`;
}

export function formatUkuran(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

const bulanFmt = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });
/** 3 → 'Maret'. */
export const namaBulan = (bulan: number) => bulanFmt.format(new Date(Date.UTC(2000, bulan - 1, 1)));
