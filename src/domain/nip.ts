// NIP PNS (Perka BKN 22/2007 and 43/2007) and NI PPPK, skp-rules.md §11.
//   PNS : YYYYMMDD (lahir) YYYYMM (TMT CPNS) G NNN        G 1 = laki-laki, 2 = perempuan; NNN 001–999
//   PPPK: YYYYMMDD (lahir) YYYY (tahun pengangkatan) 2 F G NNN   F = kontrak ke- 1–9
// Digits 13–14 of a PPPK NI start with "2", which is never a TMT month, so the two are told apart
// deterministically (§11.2). §14.10 pick: accept 2[1-9] and report F as kontrakKe only.
// No checksum exists; there is nothing else to verify.

import type { JenisKelamin } from './enums.ts';

export interface ParseNipOptions {
  /** Reference date 'YYYY-MM-DD'. Only when given are birth date and TMT checked against the future. */
  today?: string;
}

interface NipValidBase {
  ok: true;
  /** The 18 digits, spaces removed. */
  normal: string;
  /** Printed form '19860926 201505 1 001'; NI PPPK uses the same 8-6-1-3 grouping ('20001231 202421 1 001'). */
  tampil: string;
  /** 'YYYY-MM-DD'. */
  tanggalLahir: string;
  jenisKelamin: JenisKelamin;
  nomorUrut: number;
  /** PNS: year of TMT CPNS; PPPK: year of appointment. */
  tahunPengangkatan: number;
  /** Soft findings that do not make the NIP invalid (§11: age at appointment). */
  peringatan?: string[];
}

export interface NipPns extends NipValidBase {
  jenis: 'PNS';
  /** 'YYYY-MM'; the day is always the 1st. */
  tmtCpns: string;
  kontrakKe?: undefined;
}

export interface NipPppk extends NipValidBase {
  jenis: 'PPPK';
  kontrakKe: number;
  tmtCpns?: undefined;
}

export interface NipInvalid {
  ok: false;
  alasan: string;
}

export type NipResult = NipPns | NipPppk | NipInvalid;

const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Birth years before this are not plausible for anyone holding an 18-digit NIP (issued from 2008). */
const TAHUN_LAHIR_MINIMUM = 1900;

/** §11: TMT earlier than birth + ~18 years only raises a warning. */
const USIA_MINIMUM_PENGANGKATAN = 18;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function fail(alasan: string): NipInvalid {
  return { ok: false, alasan };
}

/** True when 'YYYY-MM-DD' names a real calendar day. */
function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Validates and decodes a NIP PNS or NI PPPK. Never throws. */
export function parseNip(text: string, options: ParseNipOptions = {}): NipResult {
  if (typeof text !== 'string') return fail('NIP harus berupa teks');
  const { today } = options;
  if (today !== undefined && !isRealIsoDate(today)) {
    return fail(`Tanggal acuan "${String(today)}" harus berupa tanggal YYYY-MM-DD yang valid`);
  }

  const normal = text.replace(/\s+/g, '');
  if (normal === '') return fail('NIP kosong');
  const nonDigit = /\D/u.exec(normal);
  if (nonDigit) return fail(`NIP harus 18 digit angka; ditemukan karakter "${nonDigit[0]}"`);
  if (normal.length !== 18) return fail(`NIP harus 18 digit angka; terisi ${normal.length} digit`);

  const digits = (from: number, to: number): string => normal.slice(from, to);
  const num = (from: number, to: number): number => Number(normal.slice(from, to));

  // Birth date, digits 1–8.
  const tahunLahir = num(0, 4);
  const bulanLahir = num(4, 6);
  const hariLahir = num(6, 8);
  if (bulanLahir < 1 || bulanLahir > 12) return fail(`Bulan lahir ${digits(4, 6)} tidak valid`);
  if (tahunLahir < TAHUN_LAHIR_MINIMUM) return fail(`Tahun lahir ${digits(0, 4)} tidak valid`);
  if (hariLahir < 1 || hariLahir > daysInMonth(tahunLahir, bulanLahir)) {
    const kabisat = bulanLahir === 2 && hariLahir === 29 ? ` (${tahunLahir} bukan tahun kabisat)` : '';
    return fail(`Tanggal lahir ${digits(6, 8)} ${NAMA_BULAN[bulanLahir - 1]} ${tahunLahir} tidak ada${kabisat}`);
  }
  const tanggalLahir = isoDate(tahunLahir, bulanLahir, hariLahir);

  // Digits 13–14: TMT month (PNS, 01–12) or "2" + kontrak ke- (PPPK, 21–29).
  const tahunPengangkatan = num(8, 12);
  const penanda = digits(12, 14);
  const isPppk = penanda[0] === '2';
  if (isPppk) {
    if (penanda === '20') return fail('Kode NI PPPK "20" tidak valid: digit ke-14 (kontrak ke-) harus 1–9');
  } else if (penanda[0] === '0' || penanda[0] === '1') {
    const bulanTmt = Number(penanda);
    if (bulanTmt < 1 || bulanTmt > 12) return fail(`Bulan TMT CPNS ${penanda} tidak valid`);
  } else {
    return fail(`Digit ke-13–14 (${penanda}) bukan bulan TMT CPNS (01–12) maupun kode NI PPPK (21–29)`);
  }

  const digitKelamin = digits(14, 15);
  if (digitKelamin !== '1' && digitKelamin !== '2') {
    return fail(`Digit jenis kelamin harus 1 atau 2 (ditemukan ${digitKelamin})`);
  }
  const jenisKelamin: JenisKelamin = digitKelamin === '1' ? 'L' : 'P';

  const nomorUrut = num(15, 18);
  if (nomorUrut === 0) return fail('Nomor urut 000 tidak valid (harus 001–999)');

  if (today !== undefined && tanggalLahir > today) {
    return fail(`Tanggal lahir ${tanggalLahir} melewati tanggal acuan ${today}`);
  }

  const peringatan: string[] = [];
  const tampil = `${digits(0, 8)} ${digits(8, 14)} ${digitKelamin} ${digits(15, 18)}`;
  const base = { ok: true as const, normal, tampil, tanggalLahir, jenisKelamin, nomorUrut, tahunPengangkatan };

  if (isPppk) {
    if (tahunPengangkatan < tahunLahir) {
      return fail(`Tahun pengangkatan ${tahunPengangkatan} lebih awal dari tahun lahir ${tahunLahir}`);
    }
    if (today !== undefined && tahunPengangkatan > Number(today.slice(0, 4))) {
      return fail(`Tahun pengangkatan ${tahunPengangkatan} melewati tanggal acuan ${today}`);
    }
    // Only the year is known: warn only when the pegawai is under 18 for the whole year.
    if (tahunPengangkatan - tahunLahir < USIA_MINIMUM_PENGANGKATAN) {
      peringatan.push(
        `Usia pada tahun pengangkatan ${tahunPengangkatan} kurang dari ${USIA_MINIMUM_PENGANGKATAN} tahun; periksa kembali NI PPPK`,
      );
    }
    const kontrakKe = Number(penanda[1]);
    return { ...base, jenis: 'PPPK', kontrakKe, ...(peringatan.length > 0 ? { peringatan } : {}) };
  }

  const bulanTmt = Number(penanda);
  const tmtCpns = `${digits(8, 12)}-${penanda}`;
  const tanggalTmt = `${tmtCpns}-01`;
  if (tanggalTmt < tanggalLahir) {
    return fail(`TMT CPNS ${tmtCpns} lebih awal dari tanggal lahir ${tanggalLahir}`);
  }
  if (today !== undefined && tanggalTmt > today) {
    return fail(`TMT CPNS ${tmtCpns} melewati tanggal acuan ${today}`);
  }
  const sudahUlangTahun = bulanTmt > bulanLahir || (bulanTmt === bulanLahir && hariLahir === 1);
  const usiaSaatTmt = tahunPengangkatan - tahunLahir - (sudahUlangTahun ? 0 : 1);
  if (usiaSaatTmt < USIA_MINIMUM_PENGANGKATAN) {
    peringatan.push(
      `Usia saat TMT CPNS ${usiaSaatTmt} tahun, kurang dari ${USIA_MINIMUM_PENGANGKATAN} tahun; periksa kembali NIP`,
    );
  }
  return { ...base, jenis: 'PNS', tmtCpns, ...(peringatan.length > 0 ? { peringatan } : {}) };
}
