// Angka kredit JF from the predikat kinerja, PermenPANRB 1/2023 + PerBKN 3/2023 (skp-rules.md §7.1):
//   AK = (bulan / 12) × konversi % (per predikat) × koefisien tahunan (per jenjang)
// §14.13 caveat: the keterampilan koefisien (3,75 / 5 / 12,5 / 25) are low-confidence in the spec and must be
// checked against the PermenPANRB 1/2023 Lampiran before use in a PAK. They agree with the SIASN koefisien
// reference (E4, "Baik / 100 %" rows).

import { InvalidInputError } from './errors.ts';
import type { JenjangJf, PredikatKinerja } from './enums.ts';

export const KOEFISIEN_AK_TAHUNAN: Readonly<Record<JenjangJf, number>> = {
  AHLI_PERTAMA: 12.5,
  AHLI_MUDA: 25,
  AHLI_MADYA: 37.5,
  AHLI_UTAMA: 50,
  PEMULA: 3.75,
  TERAMPIL: 5,
  MAHIR: 12.5,
  PENYELIA: 25,
};

/** Konversi predikat → percent of the koefisien; Butuh Perbaikan is "Cukup" in PerBKN 3/2023. */
export const PERSENTASE_KONVERSI_AK: Readonly<Record<PredikatKinerja, number>> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG_MISCONDUCT: 50,
  SANGAT_KURANG: 25,
};

export interface AngkaKreditInput {
  jenjang: JenjangJf;
  predikat: PredikatKinerja;
  /** Months covered, 1–12 (periodic PAK is pro-rated); defaults to the full year. */
  bulan?: number;
}

/** Angka kredit earned, unrounded (e.g. Ahli Pertama, Baik, 2 bulan → 2,0833…). */
export function angkaKreditTahunan(input: AngkaKreditInput): number {
  const bulan = input.bulan ?? 12;
  if (!Number.isInteger(bulan) || bulan < 1 || bulan > 12) {
    throw new InvalidInputError('Jumlah bulan penilaian harus bilangan bulat 1–12');
  }
  return (bulan / 12) * (PERSENTASE_KONVERSI_AK[input.predikat] / 100) * KOEFISIEN_AK_TAHUNAN[input.jenjang];
}
