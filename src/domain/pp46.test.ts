import { describe, it, expect } from 'vitest';
import {
  aspekEfisiensiPP46,
  nilaiCapaianKegiatanPP46,
  nilaiCapaianSkpPP46,
  nilaiPrestasiKerjaPP46,
  sebutanPP46,
  type KegiatanPP46,
} from './pp46.ts';
import { InvalidInputError, ZeroTargetError } from './errors.ts';

const contoh: KegiatanPP46 = { TO: 12, RO: 12, TQ: 100, RQ: 90, TW: 12, RW: 10, TB: 10, RB: 9 };

describe('aspekEfisiensiPP46: the 1,76 rule (Perka BKN 1/2013, skp-rules.md §8.3, §13.8)', () => {
  it.each([
    ['on time (RW = TW) → 76', 12, 12, 76],
    ['worked example, efisiensi 16,67 %', 12, 10, (21.12 - 10) / 12 * 100],
    ['efisiensi exactly 24 % (TW 100, RW 76) uses the first branch → 100', 100, 76, 100],
    ['efisiensi exactly 24 % (TW 12, RW 9,12) uses the first branch → 100', 12, 9.12, 100],
    ['efisiensi exactly 24 % (TW 25, RW 19) uses the first branch → 100', 25, 19, 100],
    ['efisiensi 24,01 % uses the second branch', 100, 75.99, 76 - (100.01 - 100)],
    ['efisiensi 33,3 % (RW 8) → 66,67', 12, 8, 76 - ((21.12 - 8) / 12 * 100 - 100)],
    ['late (RW 14) → negative efisiensi, first branch → 59,33', 12, 14, (21.12 - 14) / 12 * 100],
    ['cost example, efisiensi 10 % → 86', 10, 9, 86],
  ])('%s', (_label, target, realisasi, expected) => {
    expect(aspekEfisiensiPP46(target, realisasi)).toBeCloseTo(expected, 9);
  });
});

describe('nilaiCapaianKegiatanPP46', () => {
  it('reproduces the §8.3 worked example: 368,67 / 4 = 92,17', () => {
    expect(nilaiCapaianKegiatanPP46(contoh)).toBeCloseTo(368.6666667 / 4, 6);
    expect(sebutanPP46(nilaiCapaianKegiatanPP46(contoh))).toBe('SANGAT_BAIK');
  });

  it.each([
    ['without TB → three aspects', { TO: 12, RO: 12, TQ: 100, RQ: 90, TW: 12, RW: 10 }, (100 + 90 + (21.12 - 10) / 12 * 100) / 3],
    ['TB 0 → three aspects (RB ignored)', { TO: 12, RO: 12, TQ: 100, RQ: 90, TW: 12, RW: 10, TB: 0, RB: 5 }, (100 + 90 + (21.12 - 10) / 12 * 100) / 3],
    ['all on target, on time, on budget → 4 × ... ', { TO: 5, RO: 5, TQ: 100, RQ: 100, TW: 12, RW: 12, TB: 100, RB: 100 }, (100 + 100 + 76 + 76) / 4],
    ['time exactly 24 % efficient', { TO: 1, RO: 1, TQ: 100, RQ: 100, TW: 100, RW: 76 }, 100],
  ])('%s', (_label, kegiatan, expected) => {
    expect(nilaiCapaianKegiatanPP46(kegiatan)).toBeCloseTo(expected, 9);
  });

  it.each([
    ['TO 0', { ...contoh, TO: 0 }],
    ['TQ 0', { ...contoh, TQ: 0 }],
    ['TW 0', { ...contoh, TW: 0 }],
  ])('%s → ZeroTargetError', (_label, kegiatan) => {
    expect(() => nilaiCapaianKegiatanPP46(kegiatan)).toThrow(ZeroTargetError);
  });

  it.each([
    ['negative RO', { ...contoh, RO: -1 }],
    ['NaN RQ', { ...contoh, RQ: Number.NaN }],
    ['TB without RB', { ...contoh, RB: undefined }],
    ['negative TB', { ...contoh, TB: -10 }],
    ['missing RW', { ...contoh, RW: undefined as unknown as number }],
  ])('%s → InvalidInputError', (_label, kegiatan) => {
    expect(() => nilaiCapaianKegiatanPP46(kegiatan)).toThrow(InvalidInputError);
  });
});

describe('nilaiCapaianSkpPP46, nilaiPrestasiKerjaPP46, sebutanPP46', () => {
  it('averages the kegiatan', () => {
    const tepat: KegiatanPP46 = { TO: 1, RO: 1, TQ: 100, RQ: 100, TW: 100, RW: 76 };
    expect(nilaiCapaianSkpPP46([contoh, tepat])).toBeCloseTo((nilaiCapaianKegiatanPP46(contoh) + 100) / 2, 12);
  });

  it('needs at least one kegiatan', () => {
    expect(() => nilaiCapaianSkpPP46([])).toThrow(InvalidInputError);
  });

  it('weights SKP 60 % and perilaku 40 %', () => {
    expect(nilaiPrestasiKerjaPP46(90, 80)).toBe(86);
    expect(() => nilaiPrestasiKerjaPP46(-1, 80)).toThrow(InvalidInputError);
    expect(() => nilaiPrestasiKerjaPP46(80, Number.NaN)).toThrow(InvalidInputError);
  });

  it.each([
    [100, 'SANGAT_BAIK'],
    [91, 'SANGAT_BAIK'],
    [90.99, 'BAIK'],
    [76, 'BAIK'],
    [75.5, 'CUKUP'],
    [61, 'CUKUP'],
    [60, 'KURANG'],
    [51, 'KURANG'],
    [50.99, 'BURUK'],
    [50, 'BURUK'],
    [0, 'BURUK'],
  ] as const)('sebutan of %d → %s', (nilai, sebutan) => {
    expect(sebutanPP46(nilai)).toBe(sebutan);
  });

  it('rejects a non-finite nilai', () => {
    expect(() => sebutanPP46(Number.NaN)).toThrow(InvalidInputError);
  });
});
