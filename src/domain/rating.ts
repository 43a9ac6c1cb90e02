// Rating hasil kerja / rating perilaku kerja (PermenPANRB 6/2022), skp-rules.md §1, §13.10.
// Input normalisation: case, spaces, underscores and hyphens are ignored; the spellings seen in the wild
// ("Diatas", "Dibawah", "Ekspetasi", "Espektasi") and the SIASN codes of siasn-and-reference-systems.md A5/E1
// (1 = di atas, 2 = sesuai, 3 = di bawah) are accepted. Anything else is an error, never a guess.

import { InvalidRatingError } from './errors.ts';
import type { Rating } from './enums.ts';

const BY_CODE: Record<string, Rating> = {
  '1': 'DI_ATAS_EKSPEKTASI',
  '2': 'SESUAI_EKSPEKTASI',
  '3': 'DI_BAWAH_EKSPEKTASI',
};

const BY_WORD: Record<string, Rating> = {
  DIATAS: 'DI_ATAS_EKSPEKTASI',
  SESUAI: 'SESUAI_EKSPEKTASI',
  DIBAWAH: 'DI_BAWAH_EKSPEKTASI',
};

// "EKSPEKTASI" with its common misspellings: EKSPETASI, ESPEKTASI, EXPEKTASI, EKPEKTASI; the word is optional.
const RATING_PATTERN = /^(DIATAS|SESUAI|DIBAWAH)(?:E[KX]?S?PEK?TASI)?$/;

/** Parses a rating from free text or a SIASN code. Throws InvalidRatingError (code INVALID_RATING). */
export function parseRating(text: string): Rating {
  const raw = typeof text === 'string' ? text : String(text);
  const trimmed = raw.trim();
  const byCode = Object.hasOwn(BY_CODE, trimmed) ? BY_CODE[trimmed] : undefined;
  if (byCode) return byCode;
  const compact = trimmed.toUpperCase().replace(/[\s_-]+/g, '');
  const match = RATING_PATTERN.exec(compact);
  const word = match?.[1];
  if (word === undefined) throw new InvalidRatingError(raw);
  return BY_WORD[word] as Rating;
}

/** Non-throwing variant for bulk imports. */
export function tryParseRating(text: string): Rating | undefined {
  try {
    return parseRating(text);
  } catch {
    return undefined;
  }
}
