import { describe, expect, it } from 'vitest';
import { capaianDari, kumulatifDari, nilaiDariAktivitas, periodeSkp } from './realisasi-hitung.ts';

const bulan = (b: number, jumlah: number, ...satuan: string[]) => ({ bulan: b, jumlah, satuan: new Set(satuan) });

describe('periods of an SKP version', () => {
  it('a full year by quarter', () => {
    expect(periodeSkp('TRIWULAN', 2025, '2025-01-01', '2025-12-31').map((p) => [p.ke, p.label, p.mulai, p.selesai])).toEqual([
      [1, 'Triwulan I', '2025-01-01', '2025-03-31'], [2, 'Triwulan II', '2025-04-01', '2025-06-30'],
      [3, 'Triwulan III', '2025-07-01', '2025-09-30'], [4, 'Triwulan IV', '2025-10-01', '2025-12-31'],
    ]);
  });
  it('a version closed by a mid-year revision keeps only the periods it overlaps, clipped', () => {
    expect(periodeSkp('TRIWULAN', 2025, '2025-01-01', '2025-05-14').map((p) => [p.ke, p.mulai, p.selesai])).toEqual([
      [1, '2025-01-01', '2025-03-31'], [2, '2025-04-01', '2025-05-14'],
    ]);
    expect(periodeSkp('SEMESTER', 2025, '2025-05-15', '2025-12-31').map((p) => [p.ke, p.mulai])).toEqual([[1, '2025-05-15'], [2, '2025-07-01']]);
    expect(periodeSkp('BULANAN', 2024, '2024-02-01', '2024-02-29').map((p) => [p.ke, p.label, p.selesai])).toEqual([[2, 'Februari', '2024-02-29']]);
  });
});

describe('pre-fill from accepted activities', () => {
  it('sums the months inside the period when every amount is in the IKI\'s unit (trimmed, any case)', () => {
    expect(nilaiDariAktivitas(' Laporan', 1, 3, [bulan(1, 4, 'laporan'), bulan(3, 9, 'laporan'), bulan(4, 100, 'laporan')])).toBe(13);
  });
  it('gives nothing for mixed units, another unit, or no amounts', () => {
    expect(nilaiDariAktivitas('laporan', 1, 3, [bulan(1, 4, 'laporan', 'berkas')])).toBeNull();
    expect(nilaiDariAktivitas('laporan', 1, 3, [bulan(2, 4, 'berkas')])).toBeNull();
    expect(nilaiDariAktivitas('laporan', 1, 3, [bulan(2, 0)])).toBeNull();
    expect(nilaiDariAktivitas('', 1, 3, [bulan(2, 3, '')])).toBeNull();
  });
});

describe('capaian as evidence', () => {
  it('follows PermenPANRB 8/2021: normal, special condition and range targets', () => {
    expect(capaianDari({ target: 12, targetAtas: null, arah: 'NAIK' }, 13)).toEqual({ persen: 108.33, kategori: 'SANGAT_BAIK', alasan: null });
    expect(capaianDari({ target: 80, targetAtas: 90, arah: 'NAIK' }, 92)).toEqual({ persen: 102.22, kategori: 'SANGAT_BAIK', alasan: null });
    expect(capaianDari({ target: 80, targetAtas: 90, arah: 'NAIK' }, 70).persen).toBe(87.5);
    expect(capaianDari({ target: 5, targetAtas: null, arah: 'TURUN' }, 4)).toEqual({ persen: 120, kategori: 'SANGAT_BAIK', alasan: null });
    expect(capaianDari({ target: 5, targetAtas: null, arah: 'TURUN' }, 6)).toEqual({ persen: 80, kategori: 'CUKUP', alasan: null });
  });
  it('says why there is no number', () => {
    expect(capaianDari({ target: 12, targetAtas: null, arah: 'NAIK' }, null)).toEqual({ persen: null, kategori: null, alasan: 'BELUM_DIISI' });
    expect(capaianDari({ target: null, targetAtas: null, arah: 'NAIK' }, 3).alasan).toBe('TARGET_KOSONG');
    expect(capaianDari({ target: 0, targetAtas: null, arah: 'TURUN' }, 1).alasan).toBe('TARGET_NOL');
  });
});

describe('year to date', () => {
  const sel = [
    { periodeKe: 1, nilai: 5, mulai: '2025-01-01' }, { periodeKe: 2, nilai: null, mulai: '2025-04-01' },
    { periodeKe: 3, nilai: 4, mulai: '2025-07-01' }, { periodeKe: 4, nilai: null, mulai: '2025-10-01' },
  ];
  it('adds counts and lists gaps of started periods only', () => {
    const k = kumulatifDari({ target: 12, targetAtas: null, arah: 'NAIK', satuan: 'laporan' }, sel, '2025-08-10');
    expect(k).toMatchObject({ cara: 'JUMLAH', nilai: 9, sampaiPeriodeKe: 3, periodeKosong: [2], capaian: { persen: 75 } });
  });
  it('takes the latest value of a percentage', () => {
    const k = kumulatifDari({ target: 90, targetAtas: null, arah: 'NAIK', satuan: ' % ' }, sel, '2026-01-05');
    expect(k).toMatchObject({ cara: 'TERAKHIR', nilai: 4, sampaiPeriodeKe: 3, periodeKosong: [2, 4] });
  });
  it('takes the latest value of a duration or a kualitas/waktu aspect: their sums mean nothing', () => {
    expect(kumulatifDari({ target: 5, targetAtas: null, arah: 'TURUN', satuan: 'Hari' }, sel, '2026-01-05')).toMatchObject({ cara: 'TERAKHIR', nilai: 4, capaian: { persen: 120 } });
    expect(kumulatifDari({ target: 5, targetAtas: null, arah: 'NAIK', satuan: 'poin', aspek: 'KUALITAS' }, sel, '2026-01-05').cara).toBe('TERAKHIR');
    expect(kumulatifDari({ target: 5, targetAtas: null, arah: 'TURUN', satuan: 'keluhan' }, sel, '2026-01-05')).toMatchObject({ cara: 'JUMLAH', nilai: 9 });
  });
  it('is empty, not zero, without any value', () => {
    const k = kumulatifDari({ target: 12, targetAtas: null, arah: 'NAIK', satuan: 'laporan' }, sel.map((s) => ({ ...s, nilai: null })), '2025-02-01');
    expect(k).toMatchObject({ nilai: null, sampaiPeriodeKe: null, periodeKosong: [1], capaian: { alasan: 'BELUM_DIISI' } });
  });
});
