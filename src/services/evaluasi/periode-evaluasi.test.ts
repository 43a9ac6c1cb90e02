import { describe, expect, it } from 'vitest';
import { bulanPenuh, mulaiEvaluasiTahunan, periodeSkp, rentangTahunan } from './periode-evaluasi.ts';
import { base32 } from './kode-verifikasi.ts';

describe('periodeSkp (periods an SKP version is evaluated in)', () => {
  it('gives the four quarters of a full-year SKP and clips a revised version to its dates', () => {
    expect(periodeSkp('TRIWULAN', 2025, '2025-01-01', '2025-12-31').map((p) => [p.ke, p.label, p.mulai, p.selesai])).toEqual([
      [1, 'Triwulan I', '2025-01-01', '2025-03-31'], [2, 'Triwulan II', '2025-04-01', '2025-06-30'],
      [3, 'Triwulan III', '2025-07-01', '2025-09-30'], [4, 'Triwulan IV', '2025-10-01', '2025-12-31'],
    ]);
    // A revision from 16 July: the old version is evaluated in I–III, the new one in III–IV.
    expect(periodeSkp('TRIWULAN', 2025, '2025-01-01', '2025-07-15').map((p) => [p.ke, p.selesai])).toEqual([[1, '2025-03-31'], [2, '2025-06-30'], [3, '2025-07-15']]);
    expect(periodeSkp('TRIWULAN', 2025, '2025-07-16', '2025-12-31').map((p) => [p.ke, p.mulai])).toEqual([[3, '2025-07-16'], [4, '2025-10-01']]);
    expect(periodeSkp('SEMESTER', 2025, '2025-01-01', '2025-12-31')).toHaveLength(2);
    expect(periodeSkp('BULANAN', 2025, '2025-03-10', '2025-05-01').map((p) => p.label)).toEqual(['Maret', 'April', 'Mei']);
  });
});

describe('bulanPenuh (months for angka kredit)', () => {
  it('counts a month for the version in force on its last day, so a split year adds up to 12', () => {
    expect(bulanPenuh('2025-01-01', '2025-12-31')).toBe(12);
    expect(bulanPenuh('2025-01-01', '2025-03-31')).toBe(3);
    expect(bulanPenuh('2025-01-01', '2025-07-15') + bulanPenuh('2025-07-16', '2025-12-31')).toBe(12);
    expect(bulanPenuh('2025-01-01', '2025-07-15')).toBe(6);
    expect(bulanPenuh('2025-07-01', '2025-07-15')).toBe(0);
    expect(bulanPenuh('2024-02-01', '2024-02-29')).toBe(1);
    expect(bulanPenuh('2025-03-01', '2025-02-01')).toBe(0);
  });
});

describe('annual evaluation dates', () => {
  it('opens with the last period and spans every version', () => {
    expect(mulaiEvaluasiTahunan('TRIWULAN', 2025)).toEqual({ label: 'Triwulan IV', mulai: '2025-10-01' });
    expect(mulaiEvaluasiTahunan('BULANAN', 2025)).toEqual({ label: 'Desember', mulai: '2025-12-01' });
    expect(rentangTahunan([{ mulai: '2025-07-16', selesai: '2025-12-31' }, { mulai: '2025-01-01', selesai: '2025-07-15' }]))
      .toEqual({ mulai: '2025-01-01', selesai: '2025-12-31' });
  });
});

describe('base32 (kode verifikasi)', () => {
  it('follows the RFC 4648 test vectors (without padding)', () => {
    const enc = (s: string) => base32(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual(['', 'MY', 'MZXQ', 'MZXW6', 'MZXW6YQ', 'MZXW6YTB', 'MZXW6YTBOI']);
    expect(base32(new Uint8Array(16).fill(255))).toMatch(/^[A-Z2-7]{26}$/);
  });
});
