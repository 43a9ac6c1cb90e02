import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { saranPredikatTahunan, saranRatingHasilKerja } from './saran.ts';
import { InvalidInputError } from './errors.ts';
import { PREDIKAT_KINERJA, type PredikatKinerja } from './enums.ts';

describe('saranPredikatTahunan (§6.5, §14.1 pick)', () => {
  it.each([
    [[], undefined],
    [['BAIK'], 'BAIK'],
    [['BAIK', 'BAIK', 'SANGAT_BAIK', 'BAIK'], 'BAIK'],
    [['SANGAT_BAIK', 'BAIK', 'SANGAT_BAIK', 'BAIK'], 'BAIK'],
    [['BAIK', 'SANGAT_BAIK', 'BAIK', 'SANGAT_BAIK'], 'SANGAT_BAIK'],
    [['BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'], 'SANGAT_BAIK'],
    [['KURANG_MISCONDUCT', 'KURANG_MISCONDUCT', 'BAIK'], 'KURANG_MISCONDUCT'],
  ] as const)('%j → %s', (periodik, expected) => {
    expect(saranPredikatTahunan(periodik)).toBe(expected);
  });

  it('rejects unknown predikat', () => {
    expect(() => saranPredikatTahunan(['BAIK', 'CUKUP' as PredikatKinerja])).toThrow(InvalidInputError);
  });

  it('suggests a most frequent predikat', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PREDIKAT_KINERJA), { minLength: 1, maxLength: 12 }), (periodik) => {
        const s = saranPredikatTahunan(periodik) as PredikatKinerja;
        const count = (p: PredikatKinerja) => periodik.filter((x) => x === p).length;
        for (const p of PREDIKAT_KINERJA) expect(count(s)).toBeGreaterThanOrEqual(count(p));
      }),
    );
  });
});

describe('saranRatingHasilKerja (§6.1, §14.5 pick: thresholds are configuration)', () => {
  const ambang = { diAtas: 115, sesuai: 90 };
  it.each([
    [130, 'DI_ATAS_EKSPEKTASI'],
    [115, 'DI_ATAS_EKSPEKTASI'],
    [114.99, 'SESUAI_EKSPEKTASI'],
    [90, 'SESUAI_EKSPEKTASI'],
    [89.99, 'DI_BAWAH_EKSPEKTASI'],
    [-5, 'DI_BAWAH_EKSPEKTASI'],
  ] as const)('%d %% with 115/90 → %s', (capaian, rating) => {
    expect(saranRatingHasilKerja(capaian, ambang)).toBe(rating);
  });

  it.each([
    [Number.NaN, ambang],
    [100, { diAtas: 90, sesuai: 115 }],
    [100, { diAtas: Number.NaN, sesuai: 90 }],
    [100, { diAtas: 115, sesuai: Number.POSITIVE_INFINITY }],
  ])('rejects capaian %d with %j', (capaian, a) => {
    expect(() => saranRatingHasilKerja(capaian, a)).toThrow(InvalidInputError);
  });
});
