// Penilaian prestasi kerja, PP 46/2011 + Perka BKN 1/2013 (skp-rules.md §8.3, §13.8).

import { InvalidInputError, ZeroTargetError } from './errors.ts';
import type { SebutanPP46 } from './enums.ts';

export interface KegiatanPP46 {
  /** Target / realisasi output (kuantitas). */
  TO: number;
  RO: number;
  /** Target / realisasi mutu (kualitas, 0–100). */
  TQ: number;
  RQ: number;
  /** Target / realisasi waktu (e.g. bulan). */
  TW: number;
  RW: number;
  /** Target / realisasi biaya; the aspect is dropped when TB is missing or 0. */
  TB?: number;
  RB?: number;
}

// Inputs are decimals typed by people (e.g. RW 9,12 of TW 12); a tolerance keeps "exactly 24 %" in the first branch.
const TOLERANSI = 1e-9;

function requireNonNegative(value: number | undefined, name: string): number {
  if (value === undefined || !Number.isFinite(value) || value < 0) {
    throw new InvalidInputError(`${name} harus berupa angka tidak negatif`);
  }
  return value;
}

/**
 * Waktu or biaya aspect with the 1,76 rule: efisiensi = 100 − R/T × 100;
 *   efisiensi ≤ 24 %: ((1,76·T − R)/T) × 100          (late delivery → negative efisiensi → this branch)
 *   efisiensi > 24 %: 76 − ((((1,76·T − R)/T) × 100) − 100)   (too-short time/cost is penalised)
 */
export function aspekEfisiensiPP46(target: number, realisasi: number): number {
  const efisiensi = 100 - (realisasi / target) * 100;
  const dasar = ((1.76 * target - realisasi) / target) * 100;
  return efisiensi <= 24 + TOLERANSI ? dasar : 76 - (dasar - 100);
}

/** Nilai capaian per kegiatan tugas jabatan: (kuantitas + kualitas + waktu [+ biaya]) / 3 or 4. Unrounded. */
export function nilaiCapaianKegiatanPP46(kegiatan: KegiatanPP46): number {
  const TO = requireNonNegative(kegiatan.TO, 'Target output (TO)');
  const RO = requireNonNegative(kegiatan.RO, 'Realisasi output (RO)');
  const TQ = requireNonNegative(kegiatan.TQ, 'Target kualitas (TQ)');
  const RQ = requireNonNegative(kegiatan.RQ, 'Realisasi kualitas (RQ)');
  const TW = requireNonNegative(kegiatan.TW, 'Target waktu (TW)');
  const RW = requireNonNegative(kegiatan.RW, 'Realisasi waktu (RW)');
  if (TO === 0) throw new ZeroTargetError('Target output (TO) 0 tidak dapat dihitung capaiannya');
  if (TQ === 0) throw new ZeroTargetError('Target kualitas (TQ) 0 tidak dapat dihitung capaiannya');
  if (TW === 0) throw new ZeroTargetError('Target waktu (TW) 0 tidak dapat dihitung capaiannya');

  const kuantitas = (RO / TO) * 100;
  const kualitas = (RQ / TQ) * 100;
  const waktu = aspekEfisiensiPP46(TW, RW);
  if (kegiatan.TB === undefined || kegiatan.TB === 0) return (kuantitas + kualitas + waktu) / 3;

  const TB = requireNonNegative(kegiatan.TB, 'Target biaya (TB)');
  const RB = requireNonNegative(kegiatan.RB, 'Realisasi biaya (RB)');
  const biaya = aspekEfisiensiPP46(TB, RB);
  return (kuantitas + kualitas + waktu + biaya) / 4;
}

/**
 * Nilai capaian SKP = mean of the kegiatan. The tugas tambahan / kreativitas bonus points are not
 * modelled: their values are low-confidence in skp-rules.md §8.3.
 */
export function nilaiCapaianSkpPP46(kegiatan: readonly KegiatanPP46[]): number {
  if (kegiatan.length === 0) throw new InvalidInputError('SKP harus memuat minimal satu kegiatan tugas jabatan');
  return kegiatan.reduce((sum, k) => sum + nilaiCapaianKegiatanPP46(k), 0) / kegiatan.length;
}

/** Nilai prestasi kerja = 60 % SKP + 40 % perilaku kerja (PP 46/2011). */
export function nilaiPrestasiKerjaPP46(nilaiSkp: number, nilaiPerilaku: number): number {
  requireNonNegative(nilaiSkp, 'Nilai SKP');
  requireNonNegative(nilaiPerilaku, 'Nilai perilaku kerja');
  return (60 * nilaiSkp + 40 * nilaiPerilaku) / 100;
}

/**
 * Sebutan (PP 46/2011): ≥ 91 Sangat Baik; 76–90 Baik; 61–75 Cukup; 51–60 Kurang; ≤ 50 Buruk.
 * Our reading for the fractional gaps (90–91 …): a band starts at its stated lower bound, like §14.6.
 */
export function sebutanPP46(nilai: number): SebutanPP46 {
  if (!Number.isFinite(nilai)) throw new InvalidInputError('Nilai harus berupa angka');
  if (nilai >= 91) return 'SANGAT_BAIK';
  if (nilai >= 76) return 'BAIK';
  if (nilai >= 61) return 'CUKUP';
  if (nilai >= 51) return 'KURANG';
  return 'BURUK';
}
