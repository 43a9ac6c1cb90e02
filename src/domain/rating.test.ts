import { describe, it, expect } from 'vitest';
import { parseRating, tryParseRating } from './rating.ts';
import { DomainError, InvalidRatingError } from './errors.ts';
import { LABEL_RATING, RATINGS } from './enums.ts';

describe('parseRating (skp-rules.md §1, §13.10; SIASN E1)', () => {
  it.each([
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['Di Atas Ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['di atas ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['Diatas Ekspektasi', 'DI_ATAS_EKSPEKTASI'],
    ['DIATAS EKSPETASI', 'DI_ATAS_EKSPEKTASI'],
    ['DIATAS ESPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['Diatas', 'DI_ATAS_EKSPEKTASI'],
    ['  di-atas  ', 'DI_ATAS_EKSPEKTASI'],
    ['DI ATAS EXPEKTASI', 'DI_ATAS_EKSPEKTASI'],
    ['1', 'DI_ATAS_EKSPEKTASI'],
    [' 1 ', 'DI_ATAS_EKSPEKTASI'],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
    ['Sesuai Ekspektasi', 'SESUAI_EKSPEKTASI'],
    ['sesuai', 'SESUAI_EKSPEKTASI'],
    ['SESUAI ESPEKTASI', 'SESUAI_EKSPEKTASI'],
    ['2', 'SESUAI_EKSPEKTASI'],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    ['Dibawah Ekspetasi', 'DI_BAWAH_EKSPEKTASI'],
    ['DIBAWAH ESPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
    ['di bawah', 'DI_BAWAH_EKSPEKTASI'],
    ['Di\u00a0Bawah\tEkspektasi', 'DI_BAWAH_EKSPEKTASI'],
    ['3', 'DI_BAWAH_EKSPEKTASI'],
  ])('%j → %s', (text, expected) => {
    expect(parseRating(text)).toBe(expected);
  });

  it('parses every display label back to its code', () => {
    for (const r of RATINGS) expect(parseRating(LABEL_RATING[r])).toBe(r);
  });

  it.each(['', ' ', '0', '4', '12', '-1', '1.', 'Baik', 'Atas', 'Ekspektasi', 'Di Atas Harapan', 'SANGAT_BAIK', 'diatasekspektasiku', 'toString', '__proto__'])(
    'rejects %j with a typed error',
    (text) => {
      expect(() => parseRating(text)).toThrow(InvalidRatingError);
      try {
        parseRating(text);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).code).toBe('INVALID_RATING');
        expect((e as InvalidRatingError).input).toBe(text);
        expect((e as Error).message).toContain('tidak dikenal');
      }
    },
  );

  it('accepts a numeric SIASN code from untyped callers', () => {
    expect(parseRating(2 as unknown as string)).toBe('SESUAI_EKSPEKTASI');
  });

  it('tryParseRating returns undefined instead of throwing', () => {
    expect(tryParseRating('Diatas')).toBe('DI_ATAS_EKSPEKTASI');
    expect(tryParseRating('Luar biasa')).toBeUndefined();
  });
});
