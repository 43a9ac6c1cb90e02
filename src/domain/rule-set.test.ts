import { describe, it, expect } from 'vitest';
import { aturanUntukTahun, nilaiPenilaianMenurutAturan, nilaiPenilaianTahunan } from './rule-set.ts';
import { InvalidInputError, UnsupportedYearError } from './errors.ts';
import type { AturanPenilaian } from './enums.ts';

describe('aturanUntukTahun (skp-rules.md §0)', () => {
  it.each([
    [2011, 'PP46_2011'],
    [2014, 'PP46_2011'],
    [2019, 'PP46_2011'],
    [2020, 'PP30_2019'],
    [2021, 'PERMENPANRB_8_2021'],
    [2022, 'PERMENPANRB_6_2022'],
    [2024, 'PERMENPANRB_6_2022'],
    [2030, 'PERMENPANRB_6_2022'],
  ] as const)('%i → %s', (tahun, aturan) => {
    expect(aturanUntukTahun(tahun)).toBe(aturan);
  });

  it.each([2010, 1999, 2021.5, Number.NaN])('rejects %d', (tahun) => {
    expect(() => aturanUntukTahun(tahun)).toThrow(UnsupportedYearError);
  });
});

describe('nilaiPenilaianTahunan: recompute with the rulebook of the year', () => {
  const masukan = {
    nilaiSkp: 118,
    nilaiPerilaku: 112,
    pakai360: false,
    inovasi: true,
    ratingHasilKerja: 'DI_ATAS_EKSPEKTASI',
    ratingPerilaku: 'SESUAI_EKSPEKTASI',
  } as const;

  it('a 2021 SKP is scored with 8/2021 (PP 30/2019 arithmetic)', () => {
    const r = nilaiPenilaianTahunan(2021, masukan);
    expect(r.aturan).toBe('PERMENPANRB_8_2021');
    expect(r).toMatchObject({ predikat: 'SANGAT_BAIK' });
    expect('nilai' in r && r.nilai).toBeCloseTo(116.2, 10);
  });

  it('a 2024 SKP is scored with 6/2022 (matrix)', () => {
    expect(nilaiPenilaianTahunan(2024, masukan)).toEqual({ aturan: 'PERMENPANRB_6_2022', predikat: 'BAIK' });
  });

  it('a 2020 SKP uses PP 30/2019 with its defaults (70/30, no inovasi)', () => {
    expect(nilaiPenilaianTahunan(2020, { nilaiSkp: 105, nilaiPerilaku: 95 })).toEqual({
      aturan: 'PP30_2019',
      nilai: 102,
      predikat: 'BAIK',
    });
    expect(nilaiPenilaianTahunan(2020, { nilaiSkp: 105, nilaiPerilaku: 95, pakai360: true })).toMatchObject({ nilai: 101 });
  });

  it('a 2015 SKP uses PP 46/2011 (60/40, sebutan)', () => {
    expect(nilaiPenilaianTahunan(2015, { nilaiSkp: 90, nilaiPerilaku: 80 })).toEqual({
      aturan: 'PP46_2011',
      nilai: 86,
      sebutan: 'BAIK',
    });
  });

  it.each([
    [2015, { nilaiPerilaku: 80 }, 'Aturan PP46_2011 memerlukan nilaiSkp'],
    [2020, { nilaiSkp: 80 }, 'Aturan PP30_2019 memerlukan nilaiPerilaku'],
    [2023, { ratingPerilaku: 'SESUAI_EKSPEKTASI' as const }, 'Aturan PERMENPANRB_6_2022 memerlukan ratingHasilKerja'],
    [2023, { ratingHasilKerja: 'SESUAI_EKSPEKTASI' as const }, 'Aturan PERMENPANRB_6_2022 memerlukan ratingPerilaku'],
  ])('%i with missing inputs → InvalidInputError', (tahun, m, message) => {
    expect(() => nilaiPenilaianTahunan(tahun, m)).toThrow(new InvalidInputError(message));
  });

  it('rejects an unknown rule set id', () => {
    expect(() => nilaiPenilaianMenurutAturan('PP_10_1979' as AturanPenilaian, masukan)).toThrow(InvalidInputError);
  });
});
