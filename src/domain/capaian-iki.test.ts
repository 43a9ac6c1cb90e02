import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { capaianIki, nilaiCapaianIki } from './capaian-iki.ts';
import { DomainError, InvalidInputError, ZeroTargetError } from './errors.ts';
import { KATEGORI_CAPAIAN_IKI } from './enums.ts';

describe('capaianIki (PermenPANRB 8/2021, skp-rules.md §8.2, §13.4–13.5)', () => {
  it.each([
    ['normal, on target', { target: 10, realisasi: 10, arah: 'NAIK' }, 100],
    ['normal, above', { target: 12, realisasi: 15, arah: 'NAIK' }, 125],
    ['normal, below', { target: 8, realisasi: 6, arah: 'NAIK' }, 75],
    ['normal, nothing done', { target: 8, realisasi: 0, arah: 'NAIK' }, 0],
    ['lower is better, on target', { target: 7, realisasi: 7, arah: 'TURUN' }, 100],
    ['lower is better, faster', { target: 10, realisasi: 8, arah: 'TURUN' }, 120],
    ['lower is better, slower', { target: 10, realisasi: 12, arah: 'TURUN' }, 80],
    ['lower is better, zero complaints against 5', { target: 5, realisasi: 0, arah: 'TURUN' }, 200],
    ['lower is better, far worse → negative', { target: 5, realisasi: 15, arah: 'TURUN' }, -100],
    // Official range examples (§8.2)
    ['range 80–90, realisasi 92 → upper bound', { target: 80, targetAtas: 90, realisasi: 92, arah: 'NAIK' }, (92 / 90) * 100],
    ['range 80–90, realisasi 70 → lower bound', { target: 80, targetAtas: 90, realisasi: 70, arah: 'NAIK' }, 87.5],
    ['range 80–90, inside', { target: 80, targetAtas: 90, realisasi: 85, arah: 'NAIK' }, 100],
    ['range 80–90, on the lower edge', { target: 80, targetAtas: 90, realisasi: 80, arah: 'NAIK' }, 100],
    ['range 80–90, on the upper edge', { target: 80, targetAtas: 90, realisasi: 90, arah: 'NAIK' }, 100],
    ['time range 7–8, realisasi 6,5', { target: 7, targetAtas: 8, realisasi: 6.5, arah: 'TURUN' }, (1 + (1 - 6.5 / 7)) * 100],
    ['time range 7–8, realisasi 9', { target: 7, targetAtas: 8, realisasi: 9, arah: 'TURUN' }, 87.5],
    ['range 0–5 complaints, 3 (inside)', { target: 0, targetAtas: 5, realisasi: 3, arah: 'TURUN' }, 100],
    ['degenerate range 10–10', { target: 10, targetAtas: 10, realisasi: 11, arah: 'NAIK' }, 110],
  ] as const)('%s', (_label, input, expected) => {
    expect(capaianIki(input)).toBeCloseTo(expected, 10);
  });

  it('returns the unrounded ratio (time example rounds to 107 % only for display)', () => {
    const c = capaianIki({ target: 7, targetAtas: 8, realisasi: 6.5, arah: 'TURUN' });
    expect(c).toBeCloseTo(107.142857, 5);
    expect(capaianIki({ target: 3, realisasi: 1, arah: 'NAIK' })).toBe((1 / 3) * 100);
  });

  it.each([
    ['target 0 ("0 temuan")', { target: 0, realisasi: 0, arah: 'TURUN' }],
    ['target 0, normal', { target: 0, realisasi: 4, arah: 'NAIK' }],
    ['range 0–0', { target: 0, targetAtas: 0, realisasi: 1, arah: 'TURUN' }],
    ['range 0–5 but realisasi below it', { target: 0, targetAtas: 5, realisasi: -1, arah: 'NAIK' }],
  ] as const)('%s → ZeroTargetError', (_label, input) => {
    expect(() => capaianIki(input)).toThrow(ZeroTargetError);
    try {
      capaianIki(input);
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('ZERO_TARGET');
    }
  });

  it.each([
    ['NaN target', { target: Number.NaN, realisasi: 1, arah: 'NAIK' }],
    ['infinite realisasi', { target: 1, realisasi: Number.POSITIVE_INFINITY, arah: 'NAIK' }],
    ['NaN upper bound', { target: 1, targetAtas: Number.NaN, realisasi: 1, arah: 'NAIK' }],
    ['negative target', { target: -5, realisasi: 1, arah: 'NAIK' }],
    ['upper bound below lower bound', { target: 10, targetAtas: 5, realisasi: 1, arah: 'NAIK' }],
    ['unknown direction', { target: 10, realisasi: 1, arah: 'NAIK_TURUN' }],
  ])('%s → InvalidInputError', (_label, input) => {
    expect(() => capaianIki(input as Parameters<typeof capaianIki>[0])).toThrow(InvalidInputError);
  });

  it('range capaian is continuous and monotone in realisasi', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        (lo, width, r1, r2) => {
          const [a, b] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const ca = capaianIki({ target: lo, targetAtas: lo + width, realisasi: a, arah: 'NAIK' });
          const cb = capaianIki({ target: lo, targetAtas: lo + width, realisasi: b, arah: 'NAIK' });
          expect(cb).toBeGreaterThanOrEqual(ca);
          const ta = capaianIki({ target: lo, targetAtas: lo + width, realisasi: a, arah: 'TURUN' });
          const tb = capaianIki({ target: lo, targetAtas: lo + width, realisasi: b, arah: 'TURUN' });
          expect(tb).toBeLessThanOrEqual(ta);
        },
      ),
    );
  });
});

describe('nilaiCapaianIki (PermenPANRB 8/2021 table, §13.6, §14.6 pick)', () => {
  it.each([
    // Checks listed in §8.2
    [98, 88, 'CUKUP'],
    [105, 110 + (10 / 9) * 4, 'SANGAT_BAIK'],
    [70, 60, 'KURANG'],
    [50, (50 / 59) * 49, 'SANGAT_KURANG'],
    [100, 109, 'BAIK'],
    // Band edges
    [101, 110, 'SANGAT_BAIK'],
    [110, 120, 'SANGAT_BAIK'],
    [110.004, 120, 'SANGAT_BAIK'],
    [110.01, 120, 'SANGAT_BAIK'],
    [150, 120, 'SANGAT_BAIK'],
    [99, 89, 'CUKUP'],
    [80, 70, 'CUKUP'],
    [79, 69, 'KURANG'],
    [60, 50, 'KURANG'],
    [59, 49, 'SANGAT_KURANG'],
    [0, 0, 'SANGAT_KURANG'],
    // §14.6 gaps: lower band's formula continues; 100 < c < 101 starts Sangat Baik at 110
    [99.5, 89.5, 'CUKUP'],
    [99.99, 89.99, 'CUKUP'],
    [79.5, 69.5, 'KURANG'],
    [59.5, (59.5 / 59) * 49, 'SANGAT_KURANG'],
    [100.5, 110, 'SANGAT_BAIK'],
    [100.01, 110, 'SANGAT_BAIK'],
    // Rounded to 2 decimals before choosing the band
    [100.004, 109, 'BAIK'],
    [99.996, 109, 'BAIK'],
    [100.006, 110, 'SANGAT_BAIK'],
    // Below zero (special condition far off target) scores 0
    [-20, 0, 'SANGAT_KURANG'],
    [-0.001, 0, 'SANGAT_KURANG'],
  ] as const)('capaian %d %% → nilai %d (%s)', (capaian, nilai, kategori) => {
    const r = nilaiCapaianIki(capaian);
    expect(r.kategori).toBe(kategori);
    expect(r.nilai).toBeCloseTo(nilai, 10);
  });

  it('returns 0, not −0, for tiny negative capaian', () => {
    expect(Object.is(nilaiCapaianIki(-0.001).nilai, 0)).toBe(true);
  });

  it.each([
    [100, 120, 'SANGAT_BAIK'],
    [100.5, 120, 'SANGAT_BAIK'],
    [99.5, 89.5, 'CUKUP'],
    [98, 88, 'CUKUP'],
  ] as const)('maximal target: capaian %d → %d (%s)', (capaian, nilai, kategori) => {
    expect(nilaiCapaianIki(capaian, { targetMaksimal: true })).toEqual({ nilai, kategori });
  });

  it('chains with capaianIki for a lower-is-better IKI', () => {
    // 6 days against a 10-day target: 140 % → capped at 120
    expect(nilaiCapaianIki(capaianIki({ target: 10, realisasi: 6, arah: 'TURUN' })).nilai).toBe(120);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects %d', (c) => {
    expect(() => nilaiCapaianIki(c)).toThrow(InvalidInputError);
  });

  const capaian = fc.double({ min: -1000, max: 1000, noNaN: true });
  it.each([false, true])('never decreases as capaian grows and never exceeds 120 (targetMaksimal %s)', (targetMaksimal) => {
    fc.assert(
      fc.property(capaian, capaian, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const na = nilaiCapaianIki(a, { targetMaksimal }).nilai;
        const nb = nilaiCapaianIki(b, { targetMaksimal }).nilai;
        expect(nb).toBeGreaterThanOrEqual(na);
        expect(nb).toBeLessThanOrEqual(120);
        expect(na).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('is monotone on a fine grid around every band edge', () => {
    let previous = -1;
    let previousKategori: number = KATEGORI_CAPAIAN_IKI.length;
    for (let i = 5000; i <= 12000; i++) {
      const { nilai, kategori } = nilaiCapaianIki(i / 100);
      expect(nilai).toBeGreaterThanOrEqual(previous);
      const k = KATEGORI_CAPAIAN_IKI.indexOf(kategori);
      expect(k).toBeLessThanOrEqual(previousKategori);
      previous = nilai;
      previousKategori = k;
    }
  });
});
