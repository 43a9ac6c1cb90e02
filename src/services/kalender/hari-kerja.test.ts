import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, hariKerjaAntara, infoHari, isoWeekday, jenisHari, rentangBulan, statusHari, tanggalAntara, type LiburNasional,
} from './hari-kerja.ts';

// The March 2026 part of SKB 3 Menteri 2025 (as in migration 0003): Nyepi and Idulfitri back to back.
const maret2026 = new Map<string, LiburNasional>([
  ['2026-03-18', { nama: 'Cuti bersama Hari Suci Nyepi', jenis: 'CUTI_BERSAMA' }],
  ['2026-03-19', { nama: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', jenis: 'LIBUR_NASIONAL' }],
  ['2026-03-20', { nama: 'Cuti bersama Idulfitri 1447 H', jenis: 'CUTI_BERSAMA' }],
  ['2026-03-21', { nama: 'Idulfitri 1447 H', jenis: 'LIBUR_NASIONAL' }],
  ['2026-03-22', { nama: 'Idulfitri 1447 H', jenis: 'LIBUR_NASIONAL' }],
  ['2026-03-23', { nama: 'Cuti bersama Idulfitri 1447 H', jenis: 'CUTI_BERSAMA' }],
  ['2026-03-24', { nama: 'Cuti bersama Idulfitri 1447 H', jenis: 'CUTI_BERSAMA' }],
]);
const none = new Map<string, string>();

describe('date arithmetic on ISO dates', () => {
  it('knows weekdays, month ends and leap years', () => {
    expect(isoWeekday('2026-03-01')).toBe(7); // Sunday
    expect(isoWeekday('2026-03-02')).toBe(1);
    expect(rentangBulan('2026-02')).toEqual({ dari: '2026-02-01', sampai: '2026-02-28' });
    expect(rentangBulan('2024-02')).toEqual({ dari: '2024-02-01', sampai: '2024-02-29' });
    expect(rentangBulan('2026-12')).toEqual({ dari: '2026-12-01', sampai: '2026-12-31' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(tanggalAntara('2026-03-30', '2026-04-02')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    expect(tanggalAntara('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('refuses what is not a date', () => {
    expect(() => isoWeekday('2026-02-30')).toThrow(RangeError);
    expect(() => rentangBulan('2026-13')).toThrow(RangeError);
    expect(() => tanggalAntara('2026/03/01', '2026-03-02')).toThrow(RangeError);
  });

  it('does not depend on the process time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try { expect(isoWeekday('2026-03-02')).toBe(1); } finally { process.env.TZ = before; }
  });
});

describe('jenisHari', () => {
  it('puts national days first, then the instansi, then the weekend', () => {
    const instansi = new Map([['2026-03-10', 'HUT Kabupaten'], ['2026-03-19', 'Tumpang tindih']]);
    expect(jenisHari('2026-03-09', maret2026, instansi)).toBe('KERJA');
    expect(jenisHari('2026-03-10', maret2026, instansi)).toBe('LIBUR_INSTANSI');
    expect(infoHari('2026-03-19', maret2026, instansi)).toEqual({ jenis: 'LIBUR_NASIONAL', namaLibur: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' });
    expect(jenisHari('2026-03-18', maret2026, instansi)).toBe('CUTI_BERSAMA');
    // Idulfitri falls on a Saturday: shown by name rather than as a plain weekend.
    expect(infoHari('2026-03-21', maret2026, none)).toEqual({ jenis: 'LIBUR_NASIONAL', namaLibur: 'Idulfitri 1447 H' });
    expect(infoHari('2026-03-28', maret2026, none)).toEqual({ jenis: 'AKHIR_PEKAN', namaLibur: null });
  });
});

describe('hariKerjaAntara', () => {
  it('counts 17 working days in March 2026', () => {
    // 22 weekdays (1 Mar is a Sunday), minus 18, 19, 20, 23, 24 Mar; 21 and 22 Mar are a weekend anyway.
    const days = hariKerjaAntara('2026-03-01', '2026-03-31', maret2026, none);
    expect(days).toHaveLength(17);
    expect(days.slice(10, 13)).toEqual(['2026-03-16', '2026-03-17', '2026-03-25']);
  });

  it('takes an instansi day off out for that instansi', () => {
    expect(hariKerjaAntara('2026-03-01', '2026-03-31', maret2026, new Map([['2026-03-10', 'HUT Kabupaten']]))).toHaveLength(16);
  });

  it('never lists a weekend and lists every plain weekday', () => {
    const day = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), (dari, len) => {
      const sampai = addDays(dari, len);
      const kerja = hariKerjaAntara(dari, sampai, new Map(), none);
      const weekdays = tanggalAntara(dari, sampai).filter((d) => isoWeekday(d) <= 5);
      return kerja.length === weekdays.length && kerja.every((d) => isoWeekday(d) <= 5);
    }));
  });
});

describe('statusHari', () => {
  const base = { tanggal: '2026-03-10', jenis: 'KERJA' as const, cuti: null, aktivitasTerhitung: 0 };
  it('fills, empties, waits and rests', () => {
    expect(statusHari({ ...base, aktivitasTerhitung: 1 }, '2026-03-10')).toBe('TERISI');
    expect(statusHari(base, '2026-03-10')).toBe('KOSONG');
    expect(statusHari(base, '2026-03-09')).toBe('AKAN_DATANG');
    expect(statusHari({ ...base, cuti: 'CUTI_SAKIT' }, '2026-03-20')).toBe('CUTI');
    expect(statusHari({ ...base, cuti: 'CUTI_TAHUNAN' }, '2026-03-01')).toBe('CUTI');
    expect(statusHari({ ...base, cuti: 'DINAS_LUAR', aktivitasTerhitung: 2 }, '2026-03-20')).toBe('TERISI');
    expect(statusHari({ ...base, jenis: 'CUTI_BERSAMA', cuti: 'CUTI_TAHUNAN', aktivitasTerhitung: 1 }, '2026-03-20')).toBe('LIBUR');
  });
});
