// Which periods an evaluation covers and for how many months, pure. The period boundaries come from
// realisasi-hitung.ts (one rule for the realisasi and the evaluation screens); this adds the month
// count used to pro-rate angka kredit and the start of the annual evaluation.
import { periodeSkp, semuaPeriode, type Frekuensi, type PeriodeKe } from './realisasi-hitung.ts';

export { periodeSkp, type Frekuensi, type PeriodeKe };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (tahun: number, bulan: number) => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();

/**
 * Whole months of a date range for angka kredit, PermenPANRB 1/2023 + PerBKN 3/2023 ((bulan/12) × konversi ×
 * koefisien). A month counts for the SKP version in force on its last day, so two versions split in the
 * middle of a month never count that month twice and the year adds up to 12 (a revision from 16 July:
 * January–June for the first version, July–December for the second).
 */
export function bulanPenuh(mulai: string, selesai: string): number {
  if (selesai < mulai) return 0;
  const [y1, m1] = mulai.split('-').map(Number) as [number, number];
  const [y2, m2] = selesai.split('-').map(Number) as [number, number];
  let n = 0;
  for (let i = y1 * 12 + (m1 - 1); i <= y2 * 12 + (m2 - 1); i++) {
    const y = Math.floor(i / 12);
    const m = (i % 12) + 1;
    const akhir = `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
    if (akhir >= mulai && akhir <= selesai) n++;
  }
  return n;
}

/** The annual evaluation opens with the last period of the year (Triwulan IV, Desember, Semester II). */
export function mulaiEvaluasiTahunan(frekuensi: Frekuensi, tahun: number): { label: string; mulai: string } {
  const semua = semuaPeriode(frekuensi, tahun);
  const akhir = semua[semua.length - 1]!;
  return { label: akhir.label, mulai: akhir.mulai };
}

/** The dates the annual evaluation covers: from the first version's start to the latest version's end. */
export function rentangTahunan(versi: readonly { mulai: string; selesai: string }[]): { mulai: string; selesai: string } {
  const mulai = versi.map((v) => v.mulai).sort()[0]!;
  const selesai = versi.map((v) => v.selesai).sort().at(-1)!;
  return { mulai, selesai };
}
