import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { nilaiKinerjaPP30, predikatPP30 } from './pp30.ts';
import { InvalidInputError } from './errors.ts';
import { PREDIKAT_PP30 } from './enums.ts';

describe('nilaiKinerjaPP30 (PP 30/2019 Pasal 41, skp-rules.md §8.1)', () => {
  it.each([
    [105, 95, false, 102],
    [105, 95, true, 101],
    [118, 112, false, 116.2],
    [120, 120, true, 120],
    [0, 0, false, 0],
    [100, 0, false, 70],
    [100, 0, true, 60],
  ])('SKP %d, perilaku %d, 360° %s → %d', (nilaiSkp, nilaiPerilaku, pakai360, expected) => {
    expect(nilaiKinerjaPP30({ nilaiSkp, nilaiPerilaku, pakai360 })).toBeCloseTo(expected, 12);
  });

  it('gives exactly 102 for the §8.1 example (integer-percent weights)', () => {
    expect(nilaiKinerjaPP30({ nilaiSkp: 105, nilaiPerilaku: 95, pakai360: false })).toBe(102);
  });

  it.each([
    [-1, 100],
    [121, 100],
    [100, Number.NaN],
    [100, 120.5],
  ])('rejects SKP %d / perilaku %d', (nilaiSkp, nilaiPerilaku) => {
    expect(() => nilaiKinerjaPP30({ nilaiSkp, nilaiPerilaku, pakai360: false })).toThrow(InvalidInputError);
  });

  it('stays within 0–120 and between its two inputs', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 120, noNaN: true }), fc.double({ min: 0, max: 120, noNaN: true }), fc.boolean(), (s, p, pakai360) => {
        const n = nilaiKinerjaPP30({ nilaiSkp: s, nilaiPerilaku: p, pakai360 });
        expect(n).toBeGreaterThanOrEqual(Math.min(s, p) - 1e-9);
        expect(n).toBeLessThanOrEqual(Math.max(s, p) + 1e-9);
      }),
    );
  });
});

describe('predikatPP30 (Pasal 41 ranges, §13.7)', () => {
  it.each([
    [120, true, 'SANGAT_BAIK'],
    [116.2, true, 'SANGAT_BAIK'],
    [110, true, 'SANGAT_BAIK'],
    [116.2, false, 'BAIK'],
    [120, false, 'BAIK'],
    [109.99, true, 'BAIK'],
    [102, false, 'BAIK'],
    [90, false, 'BAIK'],
    [89.99, true, 'CUKUP'],
    [70, false, 'CUKUP'],
    [69.99, false, 'KURANG'],
    [50, false, 'KURANG'],
    [49.99, false, 'SANGAT_KURANG'],
    [0, true, 'SANGAT_KURANG'],
  ] as const)('%d with inovasi %s → %s', (nilai, inovasi, expected) => {
    expect(predikatPP30(nilai, { inovasi })).toBe(expected);
  });

  it.each([-0.1, 120.01, Number.NaN])('rejects %d', (nilai) => {
    expect(() => predikatPP30(nilai, { inovasi: false })).toThrow(InvalidInputError);
  });

  it('is monotone in nilai and inovasi only ever helps', () => {
    const rank = (n: number, inovasi: boolean) => PREDIKAT_PP30.indexOf(predikatPP30(n, { inovasi }));
    fc.assert(
      fc.property(fc.double({ min: 0, max: 120, noNaN: true }), fc.double({ min: 0, max: 120, noNaN: true }), fc.boolean(), (x, y, inovasi) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(rank(b, inovasi)).toBeLessThanOrEqual(rank(a, inovasi));
        expect(rank(a, true)).toBeLessThanOrEqual(rank(a, false));
      }),
    );
  });
});
