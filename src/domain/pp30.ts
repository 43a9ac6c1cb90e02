// Nilai kinerja and predikat kinerja under PP 30/2019 Pasal 41 (skp-rules.md §8.1, §13.7).

import { InvalidInputError } from './errors.ts';
import type { PredikatPP30 } from './enums.ts';

/** Realisasi above target is capped at a capaian value of 120, so every nilai lives in 0–120. */
export const NILAI_MAKSIMUM_PP30 = 120;

function requireNilai(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0 || value > NILAI_MAKSIMUM_PP30) {
    throw new InvalidInputError(`${name} harus berupa angka 0–${NILAI_MAKSIMUM_PP30}`);
  }
}

export interface NilaiKinerjaPP30Input {
  nilaiSkp: number;
  nilaiPerilaku: number;
  /** The instansi uses peer/subordinate (360°) input for perilaku. */
  pakai360: boolean;
}

/**
 * nilai kinerja = 70 % SKP + 30 % perilaku, or 60 % + 40 % when perilaku uses 360° input (Pasal 41).
 * Weights are applied as integer percents so 105/95 gives exactly 102.
 */
export function nilaiKinerjaPP30(input: NilaiKinerjaPP30Input): number {
  const { nilaiSkp, nilaiPerilaku, pakai360 } = input;
  requireNilai(nilaiSkp, 'Nilai SKP');
  requireNilai(nilaiPerilaku, 'Nilai perilaku');
  const [bobotSkp, bobotPerilaku] = pakai360 ? [60, 40] : [70, 30];
  return (bobotSkp * nilaiSkp + bobotPerilaku * nilaiPerilaku) / 100;
}

/**
 * Pasal 41 ranges: Sangat Baik 110–120 *and* a new idea/way benefiting the organisation (inovasi);
 * Baik 90–120 (so 110–120 without inovasi is Baik); Cukup 70–<90; Kurang 50–<70; Sangat Kurang <50.
 */
export function predikatPP30(nilai: number, opsi: { inovasi: boolean }): PredikatPP30 {
  requireNilai(nilai, 'Nilai kinerja');
  if (nilai >= 110 && opsi.inovasi) return 'SANGAT_BAIK';
  if (nilai >= 90) return 'BAIK';
  if (nilai >= 70) return 'CUKUP';
  if (nilai >= 50) return 'KURANG';
  return 'SANGAT_KURANG';
}
