// Capaian IKI and nilai capaian IKI, PermenPANRB 8/2021 Lampiran (skp-rules.md §8.2, §13.4–13.6, §14.6).

import { InvalidInputError, ZeroTargetError } from './errors.ts';
import type { ArahIki, KategoriCapaianIki } from './enums.ts';

export interface CapaianIkiInput {
  /** Target, or the lower bound of a range target. */
  target: number;
  realisasi: number;
  /** NAIK = normal condition; TURUN = special condition (lower is better: time, cost, complaints). */
  arah: ArahIki;
  /** Upper bound when the target is a range (e.g. 80–90 %, 7–8 bulan). */
  targetAtas?: number;
}

function requireFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new InvalidInputError(`${name} harus berupa angka`);
}

/**
 * Capaian IKI in percent, unrounded.
 *   normal  : realisasi / target × 100
 *   khusus  : (1 + (1 − realisasi / target)) × 100
 * Range target: realisasi above the range is measured against the upper bound, below it against the lower bound
 * (official examples 92/90 and 70/80). Realisasi inside the range meets the target: 100 % — not spelled out in
 * the annex, but it is what both bounds give at the edges, so capaian stays continuous.
 */
export function capaianIki(input: CapaianIkiInput): number {
  const { target, realisasi, arah, targetAtas } = input;
  requireFinite(target, 'Target');
  requireFinite(realisasi, 'Realisasi');
  if (targetAtas !== undefined) requireFinite(targetAtas, 'Batas atas target');
  if (target < 0) throw new InvalidInputError('Target negatif tidak dapat dihitung dengan rumus PermenPANRB 8/2021');
  if (targetAtas !== undefined && targetAtas < target) {
    throw new InvalidInputError('Batas atas target lebih kecil dari batas bawahnya');
  }
  if (arah !== 'NAIK' && arah !== 'TURUN') throw new InvalidInputError(`Arah IKI "${String(arah)}" tidak dikenal`);

  let acuan = target;
  if (targetAtas !== undefined) {
    if (realisasi > targetAtas) acuan = targetAtas;
    else if (realisasi >= target) return 100;
  }
  // The ratio is undefined for target 0 (§13.5): such IKI need the kualitatif approach or a custom rule.
  if (acuan === 0) throw new ZeroTargetError();

  const rasio = realisasi / acuan;
  return arah === 'NAIK' ? rasio * 100 : (1 + (1 - rasio)) * 100;
}

export interface NilaiCapaianIki {
  nilai: number;
  kategori: KategoriCapaianIki;
}

export interface NilaiCapaianIkiOptions {
  /** The target is the maximum attainable (e.g. "100 % bebas temuan"): reaching it scores 120. */
  targetMaksimal?: boolean;
}

/**
 * Nilai capaian IKI from capaian %, the piecewise table of PermenPANRB 8/2021:
 *   > 110       Sangat Baik   120
 *   101 – 110   Sangat Baik   110 + (120 − 110)/(110 − 101) × (c − 101)
 *   100         Baik          109 (120 when the target is maximal)
 *   80 – 99     Cukup         70 + (89 − 70)/(99 − 80) × (c − 80)
 *   60 – 79     Kurang        50 + (69 − 50)/(79 − 60) × (c − 60)
 *   0 – 59      Sangat Kurang c/59 × 49
 * The table leaves fractional gaps (59–60, 79–80, 99–100, 100–101). §14.6 pick: capaian is rounded to
 * 2 decimals, a gap below an integer band start continues the lower band's formula (99,5 → Cukup 89,5),
 * and 100 < c < 101 is Sangat Baik at the band's starting value 110 (the 101–110 formula would give less
 * than 109 there). Our own choices: capaian below 0 (possible with the special condition) scores 0;
 * 100 % of a maximal target is categorised Sangat Baik, consistent with its nilai 120, and anything above
 * a maximal target stays at 120.
 */
export function nilaiCapaianIki(capaianPersen: number, options: NilaiCapaianIkiOptions = {}): NilaiCapaianIki {
  requireFinite(capaianPersen, 'Capaian IKI');
  const c = Math.round(capaianPersen * 100) / 100 || 0; // `|| 0` turns −0 into 0

  if (options.targetMaksimal === true && c >= 100) return { nilai: 120, kategori: 'SANGAT_BAIK' };
  if (c > 110) return { nilai: 120, kategori: 'SANGAT_BAIK' };
  if (c >= 101) return { nilai: 110 + ((120 - 110) / (110 - 101)) * (c - 101), kategori: 'SANGAT_BAIK' };
  if (c > 100) return { nilai: 110, kategori: 'SANGAT_BAIK' };
  if (c === 100) return { nilai: 109, kategori: 'BAIK' };
  if (c >= 80) return { nilai: 70 + ((89 - 70) / (99 - 80)) * (c - 80), kategori: 'CUKUP' };
  if (c >= 60) return { nilai: 50 + ((69 - 50) / (79 - 60)) * (c - 60), kategori: 'KURANG' };
  if (c >= 0) return { nilai: (c / 59) * 49, kategori: 'SANGAT_KURANG' };
  return { nilai: 0, kategori: 'SANGAT_KURANG' };
}
