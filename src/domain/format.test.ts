import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatAngka, formatPersen } from './format.ts';
import { InvalidInputError } from './errors.ts';

describe('formatAngka (id-ID)', () => {
  it.each([
    [98.75, undefined, '98,75'],
    [98.745, 2, '98,75'],
    [1.005, 2, '1,01'],
    [102, 2, '102,00'],
    [116.2, 1, '116,2'],
    [92.16666, 2, '92,17'],
    [1234567.891, 2, '1.234.567,89'],
    [1000, 0, '1.000'],
    [999.5, 0, '1.000'],
    [-1234.5, 1, '-1.234,5'],
    [-2.5, 0, '-3'],
    [-0.001, 2, '0,00'],
    [-0, 2, '0,00'],
    [0, 0, '0'],
    [1e-7, 2, '0,00'],
    [1e-7, 8, '0,00000010'],
    [3880000, 0, '3.880.000'],
    [Number.NaN, 2, '-'],
    [Number.POSITIVE_INFINITY, 2, '-'],
    [1e21, 2, '1e+21'],
  ] as const)('%d with %s digits → %s', (n, digits, expected) => {
    expect(digits === undefined ? formatAngka(n) : formatAngka(n, digits)).toBe(expected);
  });

  it('answers a repeated number the same way, per number of digits', () => {
    expect([formatAngka(1.005, 2), formatAngka(1.005, 0), formatAngka(1.005, 2), formatAngka(-1.005, 2)]).toEqual(['1,01', '1', '1,01', '-1,01']);
  });

  it.each([-1, 1.5, 21])('rejects %d digits', (digits) => {
    expect(() => formatAngka(1, digits)).toThrow(InvalidInputError);
  });

  it('round-trips through parseFloat after undoing the id-ID separators', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 6 }), (n, digits) => {
        const text = formatAngka(n, digits);
        expect(text).toMatch(digits === 0 ? /^-?\d{1,3}(\.\d{3})*$/ : new RegExp(`^-?\\d{1,3}(\\.\\d{3})*,\\d{${digits}}$`));
        const back = Number(text.replace(/\./g, '').replace(',', '.'));
        expect(Math.abs(back - n)).toBeLessThanOrEqual(0.5 * 10 ** -digits + Math.abs(n) * 1e-12);
      }),
    );
  });
});

describe('formatPersen', () => {
  it.each([
    [98.75, undefined, '98,75%'],
    [107.142857, 0, '107%'],
    [87.5, 1, '87,5%'],
  ] as const)('%d → %s', (n, digits, expected) => {
    expect(digits === undefined ? formatPersen(n) : formatPersen(n, digits)).toBe(expected);
  });
});
