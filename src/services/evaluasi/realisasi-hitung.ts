// Pure arithmetic of the realisasi screen: which periods an SKP version covers, the pre-fill from
// accepted activities, capaian as evidence, and the year-to-date column. No database here.
import type { CapaianRealisasi } from '../../contracts/realisasi.ts';
import { capaianIki, nilaiCapaianIki } from '../../domain/capaian-iki.ts';
import { DomainError, ZeroTargetError } from '../../domain/errors.ts';
import type { ArahIki } from '../../domain/enums.ts';

export type Frekuensi = 'BULANAN' | 'TRIWULAN' | 'SEMESTER';

/** Months per evaluation period; the instansi chooses the frequency (PermenPANRB 6/2022). */
export const BULAN_PER_PERIODE: Record<Frekuensi, number> = { BULANAN: 1, TRIWULAN: 3, SEMESTER: 6 };

const NAMA_BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const ROMAWI = ['I', 'II', 'III', 'IV'];

export interface PeriodeKe {
  ke: number;
  label: string;
  /** First and last month (1–12) of the period. */
  bulanAwal: number;
  bulanAkhir: number;
  /** The period's dates clipped to the SKP version. */
  mulai: string;
  selesai: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (tahun: number, bulan: number) => new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();

export function labelPeriode(frekuensi: Frekuensi, ke: number): string {
  if (frekuensi === 'BULANAN') return NAMA_BULAN[ke - 1] ?? `Bulan ${ke}`;
  if (frekuensi === 'TRIWULAN') return `Triwulan ${ROMAWI[ke - 1] ?? ke}`;
  return `Semester ${ROMAWI[ke - 1] ?? ke}`;
}

/** Every period of the year, whether or not the SKP covers it. */
export function semuaPeriode(frekuensi: Frekuensi, tahun: number) {
  const m = BULAN_PER_PERIODE[frekuensi];
  return Array.from({ length: 12 / m }, (_, i) => {
    const bulanAwal = i * m + 1;
    const bulanAkhir = bulanAwal + m - 1;
    return {
      ke: i + 1, label: labelPeriode(frekuensi, i + 1), bulanAwal, bulanAkhir,
      mulai: `${tahun}-${pad(bulanAwal)}-01`, selesai: `${tahun}-${pad(bulanAkhir)}-${pad(lastDay(tahun, bulanAkhir))}`,
    };
  });
}

/**
 * The periods an SKP version is evaluated in: those overlapping its mulai–selesai, with their
 * dates clipped to it. A revision splits the year, and each version is evaluated on its own part
 * (skp-rules.md §2.1).
 */
export function periodeSkp(frekuensi: Frekuensi, tahun: number, skpMulai: string, skpSelesai: string): PeriodeKe[] {
  return semuaPeriode(frekuensi, tahun)
    .filter((p) => p.mulai <= skpSelesai && p.selesai >= skpMulai)
    .map((p) => ({ ...p, mulai: p.mulai < skpMulai ? skpMulai : p.mulai, selesai: p.selesai > skpSelesai ? skpSelesai : p.selesai }));
}

/** Units compare without case and surrounding spaces: "Laporan " and "laporan" are one unit. */
// Indonesian has no casing tailoring, so plain toLowerCase equals toLocaleLowerCase('id-ID') without a locale
// lookup on every call (this runs for every IKI of a whole instansi when the year is scored).
export const normalSatuan = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/** '%' or 'persen': a share, not a count. */
export const satuanPersen = (satuan: string) => ['%', 'persen'].includes(normalSatuan(satuan));

const SATUAN_WAKTU = new Set(['menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan', 'tahun']);

/**
 * How an IKI adds up over the year. Counts (laporan, dokumen, orang) add up. A percentage is a level,
 * not an amount, so the latest period's value stands for the year so far; the same holds for a
 * duration (waktu penyelesaian in hari) and for the kualitas and waktu aspects, whose sums mean nothing.
 */
export function caraKumulatif(iki: { satuan: string; aspek?: string | null }): 'JUMLAH' | 'TERAKHIR' {
  if (satuanPersen(iki.satuan) || SATUAN_WAKTU.has(normalSatuan(iki.satuan))) return 'TERAKHIR';
  return iki.aspek === 'KUALITAS' || iki.aspek === 'WAKTU' ? 'TERAKHIR' : 'JUMLAH';
}

const bersih = (n: number) => Math.round(n * 1e6) / 1e6;

export interface AktivitasBulan {
  /** Month 1–12. */
  bulan: number;
  /** Sum of `jumlah` of accepted activities of the RHK that month (aktivitas_rekap). */
  jumlah: number;
  /** The distinct units (normalised) those activities carry. */
  satuan: ReadonlySet<string>;
}

/**
 * The pre-fill rule: an IKI is counted from activities in a period when every accepted activity of
 * its RHK in that period that carries an amount uses the IKI's satuan (compared trimmed and
 * case-insensitively). The value is then the sum of `jumlah` over the months inside the period.
 * Activities in another unit make the rollup a mix of units, so there is no pre-fill then; and none
 * when no accepted activity carries an amount.
 */
export function nilaiDariAktivitas(satuanIki: string, bulanAwal: number, bulanAkhir: number, bulan: readonly AktivitasBulan[]): number | null {
  const target = normalSatuan(satuanIki);
  if (!target) return null;
  const dalam = bulan.filter((b) => b.bulan >= bulanAwal && b.bulan <= bulanAkhir);
  const satuan = new Set(dalam.flatMap((b) => [...b.satuan]));
  if (satuan.size !== 1 || !satuan.has(target)) return null;
  return bersih(dalam.reduce((s, b) => s + b.jumlah, 0));
}

export interface IkiTarget { target: number | null; targetAtas: number | null; arah: ArahIki }

/**
 * Capaian IKI (PermenPANRB 8/2021) with its kategori, as evidence for the penilai; the rating
 * itself is the penilai's judgement (PermenPANRB 6/2022, skp-rules.md §6.1). A gap, a missing
 * target or a zero target gives no number and says why.
 */
export function capaianDari(iki: IkiTarget, nilai: number | null): CapaianRealisasi {
  const none = (alasan: CapaianRealisasi['alasan']): CapaianRealisasi => ({ persen: null, kategori: null, alasan });
  if (nilai === null) return none('BELUM_DIISI');
  if (iki.target === null) return none('TARGET_KOSONG');
  try {
    const c = capaianIki({ target: iki.target, realisasi: nilai, arah: iki.arah, ...(iki.targetAtas !== null ? { targetAtas: iki.targetAtas } : {}) });
    return { persen: Math.round(c * 100) / 100 || 0, kategori: nilaiCapaianIki(c).kategori, alasan: null };
  } catch (e) {
    if (e instanceof ZeroTargetError) return none('TARGET_NOL');
    if (e instanceof DomainError) return none('TIDAK_TERHITUNG');
    throw e;
  }
}

export interface SelNilai { periodeKe: number; nilai: number | null; mulai: string }

/**
 * Year to date of one IKI over its SKP version's periods: the sum of counts, or the latest value of
 * a percentage or duration (caraKumulatif). Gaps are listed, never counted as zero; periods not yet
 * started are not gaps.
 */
export function kumulatifDari(iki: IkiTarget & { satuan: string; aspek?: string | null }, sel: readonly SelNilai[], today: string) {
  const k = nilaiKumulatif(iki, sel);
  return {
    ...k,
    periodeKosong: sel.filter((s) => s.nilai === null && s.mulai <= today).map((s) => s.periodeKe),
    capaian: capaianDari(iki, k.nilai),
  };
}

/** The year-to-date value alone (what the annual evaluation reads), without the screen's gaps and capaian. */
export function nilaiKumulatif(iki: { satuan: string; aspek?: string | null }, sel: readonly Pick<SelNilai, 'periodeKe' | 'nilai'>[]) {
  const cara = caraKumulatif(iki);
  let akhir: Pick<SelNilai, 'periodeKe' | 'nilai'> | undefined;
  let jumlah = 0;
  for (const x of sel) {
    if (x.nilai === null) continue;
    akhir = x;
    jumlah += x.nilai;
  }
  const nilai = !akhir ? null : cara === 'TERAKHIR' ? akhir.nilai : bersih(jumlah);
  return { cara, nilai, sampaiPeriodeKe: akhir?.periodeKe ?? null };
}
