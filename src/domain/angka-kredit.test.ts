import { describe, it, expect } from 'vitest';
import { KOEFISIEN_AK_TAHUNAN, PERSENTASE_KONVERSI_AK, angkaKreditTahunan } from './angka-kredit.ts';
import { InvalidInputError } from './errors.ts';
import { JENJANG_JF, PREDIKAT_KINERJA } from './enums.ts';

describe('angkaKreditTahunan (PermenPANRB 1/2023, PerBKN 3/2023; skp-rules.md §7.1)', () => {
  it.each([
    ['AHLI_PERTAMA', 'SANGAT_BAIK', undefined, 18.75],
    ['AHLI_PERTAMA', 'BAIK', 2, (2 / 12) * 12.5],
    ['AHLI_PERTAMA', 'BAIK', 12, 12.5],
    ['AHLI_MUDA', 'BAIK', undefined, 25],
    ['AHLI_MADYA', 'BUTUH_PERBAIKAN', undefined, 28.125],
    ['AHLI_UTAMA', 'KURANG_MISCONDUCT', undefined, 25],
    ['AHLI_UTAMA', 'SANGAT_KURANG', undefined, 12.5],
    ['PEMULA', 'BAIK', undefined, 3.75],
    ['TERAMPIL', 'SANGAT_BAIK', 6, 3.75],
    ['MAHIR', 'BAIK', 1, 12.5 / 12],
    ['PENYELIA', 'BAIK', undefined, 25],
  ] as const)('%s, %s, %s bulan → %d', (jenjang, predikat, bulan, expected) => {
    expect(angkaKreditTahunan({ jenjang, predikat, ...(bulan === undefined ? {} : { bulan }) })).toBeCloseTo(expected, 12);
  });

  it('returns unrounded values (2 months of Ahli Pertama Baik is 2,0833…)', () => {
    expect(angkaKreditTahunan({ jenjang: 'AHLI_PERTAMA', predikat: 'BAIK', bulan: 2 })).not.toBe(2.08);
  });

  it('has a koefisien for every jenjang and a konversi for every predikat, decreasing with the predikat', () => {
    for (const j of JENJANG_JF) expect(KOEFISIEN_AK_TAHUNAN[j]).toBeGreaterThan(0);
    const konversi = PREDIKAT_KINERJA.map((p) => PERSENTASE_KONVERSI_AK[p]);
    expect(konversi).toEqual([150, 100, 75, 50, 25]);
  });

  it.each([0, 13, 1.5, -1, Number.NaN])('rejects bulan %d', (bulan) => {
    expect(() => angkaKreditTahunan({ jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan })).toThrow(InvalidInputError);
  });
});
