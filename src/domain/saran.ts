// Suggestions that pre-fill a form for the pejabat penilai; the official decides (skp-rules.md §6.1, §6.5).

import { InvalidInputError } from './errors.ts';
import { PREDIKAT_KINERJA, type PredikatKinerja, type Rating } from './enums.ts';

/**
 * Annual predikat suggestion from the periodic predikat, oldest first.
 * No official arithmetic exists (§6.5). §14.1 pick: the annual predikat is set explicitly at year end,
 * pre-filled with the most frequent periodic predikat; a tie goes to the one given most recently.
 * Returns undefined when there are no periods.
 */
export function saranPredikatTahunan(periodik: readonly PredikatKinerja[]): PredikatKinerja | undefined {
  const jumlah = new Map<PredikatKinerja, number>();
  for (const p of periodik) {
    if (!PREDIKAT_KINERJA.includes(p)) throw new InvalidInputError(`Predikat "${String(p)}" tidak dikenal`);
    jumlah.set(p, (jumlah.get(p) ?? 0) + 1);
  }
  // Walk from the latest period back, so the first predikat reaching the highest count is the most recent.
  let saran: PredikatKinerja | undefined;
  let terbanyak = 0;
  for (const p of [...periodik].reverse()) {
    const n = jumlah.get(p) as number;
    if (n > terbanyak) {
      saran = p;
      terbanyak = n;
    }
  }
  return saran;
}

export interface AmbangRating {
  /** Capaian % from which Di Atas Ekspektasi is suggested. */
  diAtas: number;
  /** Capaian % from which Sesuai Ekspektasi is suggested. */
  sesuai: number;
}

/**
 * Rating hasil kerja suggested from a capaian %. There is no official threshold (§6.1): capaian is evidence,
 * not a rule. §14.5 pick: thresholds are configured per instansi and the feature is off by default, so the
 * thresholds are a required argument here (public apps use e.g. 115/90 or "above/exactly/below 100 %").
 */
export function saranRatingHasilKerja(capaianPersen: number, ambang: AmbangRating): Rating {
  if (!Number.isFinite(capaianPersen)) throw new InvalidInputError('Capaian harus berupa angka');
  if (!Number.isFinite(ambang.diAtas) || !Number.isFinite(ambang.sesuai) || ambang.diAtas < ambang.sesuai) {
    throw new InvalidInputError('Ambang rating tidak valid: ambang Di Atas Ekspektasi harus ≥ ambang Sesuai Ekspektasi');
  }
  if (capaianPersen >= ambang.diAtas) return 'DI_ATAS_EKSPEKTASI';
  if (capaianPersen >= ambang.sesuai) return 'SESUAI_EKSPEKTASI';
  return 'DI_BAWAH_EKSPEKTASI';
}
