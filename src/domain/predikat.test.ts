import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { MATRIKS_PREDIKAT, predikatKinerja } from './predikat.ts';
import { kodeKuadranSiasn, kodeRatingSiasn, predikatDariKodeKuadranSiasn } from './siasn.ts';
import { ratingHasilKerjaPimpinan } from './predikat-organisasi.ts';
import { InvalidInputError } from './errors.ts';
import { PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, RATINGS, type Rating } from './enums.ts';

const A = 'DI_ATAS_EKSPEKTASI';
const S = 'SESUAI_EKSPEKTASI';
const B = 'DI_BAWAH_EKSPEKTASI';

describe('predikatKinerja: PermenPANRB 6/2022 matrix (skp-rules.md §6.2)', () => {
  // The exhaustive table of §6.2: hasil, perilaku → predikat.
  it.each([
    [A, A, 'SANGAT_BAIK'],
    [A, S, 'BAIK'],
    [A, B, 'KURANG_MISCONDUCT'],
    [S, A, 'BAIK'],
    [S, S, 'BAIK'],
    [S, B, 'KURANG_MISCONDUCT'],
    [B, A, 'BUTUH_PERBAIKAN'],
    [B, S, 'BUTUH_PERBAIKAN'],
    [B, B, 'SANGAT_KURANG'],
  ] as const)('hasil %s, perilaku %s → %s', (hasil, perilaku, expected) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(expected);
  });

  it('never maps (hasil ≥ Sesuai, perilaku Di Bawah) to Butuh Perbaikan (a known public bug)', () => {
    expect(predikatKinerja(A, B)).not.toBe('BUTUH_PERBAIKAN');
    expect(predikatKinerja(S, B)).not.toBe('BUTUH_PERBAIKAN');
  });

  it('covers all 9 cells and is exposed as data', () => {
    expect(Object.keys(MATRIKS_PREDIKAT)).toHaveLength(3);
    for (const h of RATINGS) expect(Object.keys(MATRIKS_PREDIKAT[h])).toHaveLength(3);
  });

  // Rank: lower index = better. Behaviour dominates, so Kurang/Misconduct ranks below Butuh Perbaikan.
  const rank = (r: Rating) => RATINGS.indexOf(r);
  const rankPredikat = (h: Rating, p: Rating) => PREDIKAT_KINERJA.indexOf(predikatKinerja(h, p));
  it('is monotone in both ratings (a better rating never gives a worse predikat)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RATINGS), fc.constantFrom(...RATINGS), fc.constantFrom(...RATINGS), (h, p, other) => {
        if (rank(other) <= rank(h)) expect(rankPredikat(other, p)).toBeLessThanOrEqual(rankPredikat(h, p));
        if (rank(other) <= rank(p)) expect(rankPredikat(h, other)).toBeLessThanOrEqual(rankPredikat(h, p));
      }),
    );
  });

  it('gives Sangat Baik and Sangat Kurang only on the diagonal corners', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RATINGS), fc.constantFrom(...RATINGS), (h, p) => {
        expect(predikatKinerja(h, p) === 'SANGAT_BAIK').toBe(h === A && p === A);
        expect(predikatKinerja(h, p) === 'SANGAT_KURANG').toBe(h === B && p === B);
      }),
    );
  });
});

describe('SIASN codes (siasn-and-reference-systems.md A5, E1/E2)', () => {
  it.each([
    [A, 1],
    [S, 2],
    [B, 3],
  ] as const)('rating %s → %i', (r, kode) => expect(kodeRatingSiasn(r)).toBe(kode));

  it.each([
    ['SANGAT_BAIK', 1],
    ['BAIK', 2],
    ['BUTUH_PERBAIKAN', 3],
    ['KURANG_MISCONDUCT', 4],
    ['SANGAT_KURANG', 5],
  ] as const)('kuadran %s → %i and back', (p, kode) => {
    expect(kodeKuadranSiasn(p)).toBe(kode);
    expect(predikatDariKodeKuadranSiasn(kode)).toBe(p);
    expect(predikatDariKodeKuadranSiasn(` ${kode} `)).toBe(p);
  });

  // E2 derivation table of A5 (kuadran from the E1 codes), including the two cells a public client gets wrong.
  it.each([
    [1, 1, 1],
    [1, 2, 2],
    [1, 3, 4],
    [2, 1, 2],
    [2, 2, 2],
    [2, 3, 4],
    [3, 1, 3],
    [3, 2, 3],
    [3, 3, 5],
  ])('hasil %i, perilaku %i → kuadran %i', (h, p, k) => {
    const fromCode = (c: number) => RATINGS[c - 1] as Rating;
    expect(kodeKuadranSiasn(predikatKinerja(fromCode(h), fromCode(p)))).toBe(k);
  });

  it.each([0, 6, '', 'x', 1.5])('rejects kuadran code %j', (kode) => {
    expect(() => predikatDariKodeKuadranSiasn(kode)).toThrow(InvalidInputError);
  });
});

describe('ratingHasilKerjaPimpinan (§6.3, §14.4 pick)', () => {
  it.each([
    ['ISTIMEWA', A],
    ['BAIK', S],
    ['BUTUH_PERBAIKAN', B],
    ['KURANG', B],
    ['SANGAT_KURANG', B],
  ] as const)('%s → %s', (org, rating) => expect(ratingHasilKerjaPimpinan(org)).toBe(rating));

  it('never rates the unit head better when the unit does worse', () => {
    const ranks = PREDIKAT_ORGANISASI.map((o) => RATINGS.indexOf(ratingHasilKerjaPimpinan(o)));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});
