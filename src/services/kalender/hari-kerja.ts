// Working days, computed on plain ISO dates (YYYY-MM-DD) read as UTC calendar days, so the server's
// time zone never shifts a day. ASN work Monday to Friday (Perpres 21/2023, hari kerja ASN);
// national days off and cuti bersama follow the yearly SKB 3 Menteri; an instansi may add its own.
import type { JenisCuti, JenisHari, JenisLiburNasional, StatusHari } from '../../contracts/kalender-values.ts';

export interface LiburNasional { nama: string; jenis: JenisLiburNasional }
/** tanggal → national day off. */
export type LiburNasionalMap = ReadonlyMap<string, LiburNasional>;
/** tanggal → name of the instansi's own day off. */
export type LiburInstansiMap = ReadonlyMap<string, string>;

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(tanggal: string): number {
  if (!ISO_DATE.test(tanggal)) throw new RangeError(`Bukan tanggal YYYY-MM-DD: ${tanggal}`);
  const ms = Date.parse(`${tanggal}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== tanggal) throw new RangeError(`Tanggal tidak valid: ${tanggal}`);
  return ms;
}

export const addDays = (tanggal: string, n: number): string => new Date(toUtc(tanggal) + n * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(tanggal: string): number {
  const d = new Date(toUtc(tanggal)).getUTCDay();
  return d === 0 ? 7 : d;
}

export const isAkhirPekan = (tanggal: string) => isoWeekday(tanggal) >= 6;

/** Every date from `dari` to `sampai`, both included; empty when `sampai` is before `dari`. */
export function tanggalAntara(dari: string, sampai: string): string[] {
  const out: string[] = [];
  const end = toUtc(sampai);
  for (let ms = toUtc(dari); ms <= end; ms += DAY_MS) out.push(new Date(ms).toISOString().slice(0, 10));
  return out;
}

/** First and last date of a 'YYYY-MM' month. */
export function rentangBulan(bulan: string): { dari: string; sampai: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(bulan);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`Bukan bulan YYYY-MM: ${bulan}`);
  const dari = `${bulan}-01`;
  const next = month === 12 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(month + 1).padStart(2, '0')}-01`;
  return { dari, sampai: addDays(next, -1) };
}

/** The kind of day with the name of the day off, if any. A national day wins, then the instansi's, then the weekend. */
export function infoHari(tanggal: string, liburNasional: LiburNasionalMap, liburInstansi: LiburInstansiMap): { jenis: JenisHari; namaLibur: string | null } {
  const nas = liburNasional.get(tanggal);
  if (nas) return { jenis: nas.jenis, namaLibur: nas.nama };
  const ins = liburInstansi.get(tanggal);
  if (ins !== undefined) return { jenis: 'LIBUR_INSTANSI', namaLibur: ins };
  return { jenis: isAkhirPekan(tanggal) ? 'AKHIR_PEKAN' : 'KERJA', namaLibur: null };
}

export const jenisHari = (tanggal: string, liburNasional: LiburNasionalMap, liburInstansi: LiburInstansiMap): JenisHari =>
  infoHari(tanggal, liburNasional, liburInstansi).jenis;

/** Working days from `dari` to `sampai`, both included, in order. */
export const hariKerjaAntara = (dari: string, sampai: string, liburNasional: LiburNasionalMap, liburInstansi: LiburInstansiMap): string[] =>
  tanggalAntara(dari, sampai).filter((d) => jenisHari(d, liburNasional, liburInstansi) === 'KERJA');

/**
 * A pegawai's day. Any activity not refused marks a working day TERISI, even during leave (work done
 * on dinas luar is still work); otherwise leave makes it CUTI, and an empty day is KOSONG once it
 * has come (today included) and AKAN_DATANG before. Days off are LIBUR whatever else is on them.
 */
export function statusHari(d: { tanggal: string; jenis: JenisHari; cuti: JenisCuti | null; aktivitasTerhitung: number }, hariIni: string): StatusHari {
  if (d.jenis !== 'KERJA') return 'LIBUR';
  if (d.aktivitasTerhitung > 0) return 'TERISI';
  if (d.cuti) return 'CUTI';
  return d.tanggal <= hariIni ? 'KOSONG' : 'AKAN_DATANG';
}
