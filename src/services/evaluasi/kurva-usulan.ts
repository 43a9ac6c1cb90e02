// Pure pieces of the kurva distribusi screen: who may do what with a unit's kurva, the counts per
// predikat, and turning the library's "n pegawai from X to Y" moves into named pegawai.
// The pola itself and the minimal moves come from src/domain/kurva-distribusi.ts (SE MenPANRB 3/2023).
import type { StatusKurva } from '../../contracts/kurva.ts';
import {
  LABEL_PREDIKAT, PREDIKAT_KINERJA, RATINGS, type HasilCekKurva, type JumlahPredikat, type LangkahPerbaikan, type PredikatKinerja,
  type Rating,
} from '../../domain/index.ts';

/** Only an annual predikat that is set and not yet final may be calibrated (skp-rules.md §2.1). */
export const STATUS_DAPAT_DIKALIBRASI = 'PREDIKAT_DITETAPKAN';

/** '/a/b/c/' → '/a/b/'; a root unit ('/a/') has no parent. */
export function indukPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/` : null;
}

export interface AksesUnit { baca: boolean; menetapkan: boolean; kalibrasi: boolean; mengabaikan: boolean }

/**
 * SE MenPANRB 3/2023: the org predikat is set by the pimpinan one level up (the head of the parent
 * unit, also as Plt/Plh); the admin may record it on their behalf. The unit head, as pejabat penilai,
 * calibrates the predikat of the pegawai they evaluate. Overriding the check belongs to whoever sets the
 * org predikat (§14.3), not to the head whose ratings it checks.
 */
export function aksesUnit(unitPath: string, ledUnitPaths: readonly string[], admin: boolean): AksesUnit {
  const kepala = ledUnitPaths.includes(unitPath);
  const induk = indukPath(unitPath);
  const atas = induk !== null && ledUnitPaths.includes(induk);
  return { baca: admin || kepala || atas, menetapkan: admin || atas, kalibrasi: admin || kepala || atas, mengabaikan: admin || atas };
}

export interface BarisKurva {
  evaluasiId: string;
  pegawaiId: string;
  nama: string;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: PredikatKinerja | null;
  status: string;
}

export const nolPerPredikat = (): JumlahPredikat =>
  Object.fromEntries(PREDIKAT_KINERJA.map((p) => [p, 0])) as JumlahPredikat;

/** Counts per predikat; evaluations without a predikat yet are left out of n and counted apart. */
export function hitungJumlah(rows: readonly Pick<BarisKurva, 'predikat'>[]): { jumlah: JumlahPredikat; n: number; belum: number } {
  const jumlah = nolPerPredikat();
  let belum = 0;
  for (const r of rows) {
    if (r.predikat && r.predikat in jumlah) jumlah[r.predikat] += 1;
    else belum += 1;
  }
  return { jumlah, n: PREDIKAT_KINERJA.reduce((s, p) => s + jumlah[p], 0), belum };
}

/** Count and share (one decimal) per predikat, best first. */
export function sebaran(jumlah: JumlahPredikat): { predikat: PredikatKinerja; jumlah: number; persen: number }[] {
  const n = PREDIKAT_KINERJA.reduce((s, p) => s + jumlah[p], 0);
  return PREDIKAT_KINERJA.map((p) => ({ predikat: p, jumlah: jumlah[p], persen: n ? Math.round((jumlah[p] * 1000) / n) / 10 : 0 }));
}

export function statusKurva(adaPenetapan: boolean, n: number, cek: HasilCekKurva | null, adaOverride: boolean): StatusKurva {
  if (!adaPenetapan) return 'BELUM_DITETAPKAN';
  if (n === 0) return 'TIDAK_ADA_PEGAWAI';
  if (cek?.sesuai) return 'SESUAI';
  return adaOverride ? 'DIABAIKAN' : 'TIDAK_SESUAI';
}

const ratingRank = (r: Rating | null) => (r === null ? 1 : RATINGS.indexOf(r));
/** Higher = weaker ratings; perilaku breaks ties, as behaviour dominates the matrix (skp-rules.md §6.2). */
const kelemahan = (r: BarisKurva) => [ratingRank(r.ratingHasil) + ratingRank(r.ratingPerilaku), ratingRank(r.ratingPerilaku)] as const;

function urutKuatDulu(a: BarisKurva, b: BarisKurva): number {
  const [ka, pa] = kelemahan(a);
  const [kb, pb] = kelemahan(b);
  return ka - kb || pa - pb || a.nama.localeCompare(b.nama, 'id') || a.evaluasiId.localeCompare(b.evaluasiId);
}

export interface PerubahanPegawai { evaluasiId: string; pegawaiId: string; nama: string; dari: PredikatKinerja; ke: PredikatKinerja }

/**
 * Names who moves: a move down takes the pegawai with the weakest ratings in that predikat first, a
 * move up the strongest, so the result stays close to what the ratings say. Final evaluations are never
 * picked; `kurang` lists the moves that could not be filled because of them.
 */
export function pilihPegawai(rows: readonly BarisKurva[], langkah: readonly LangkahPerbaikan[]): {
  perubahan: PerubahanPegawai[]; kurang: { predikat: PredikatKinerja; jumlah: number }[];
} {
  const kolam = new Map<PredikatKinerja, BarisKurva[]>();
  for (const r of rows) {
    if (!r.predikat || r.status !== STATUS_DAPAT_DIKALIBRASI) continue;
    kolam.set(r.predikat, [...(kolam.get(r.predikat) ?? []), r]);
  }
  for (const list of kolam.values()) list.sort(urutKuatDulu);
  const perubahan: PerubahanPegawai[] = [];
  const kurang = new Map<PredikatKinerja, number>();
  for (const l of langkah) {
    const list = kolam.get(l.dari) ?? [];
    const turun = PREDIKAT_KINERJA.indexOf(l.ke) > PREDIKAT_KINERJA.indexOf(l.dari);
    for (let k = 0; k < l.jumlah; k++) {
      const r = turun ? list.pop() : list.shift();
      if (!r) {
        kurang.set(l.dari, (kurang.get(l.dari) ?? 0) + 1);
        continue;
      }
      perubahan.push({ evaluasiId: r.evaluasiId, pegawaiId: r.pegawaiId, nama: r.nama, dari: l.dari, ke: l.ke });
    }
  }
  return { perubahan, kurang: [...kurang].map(([predikat, jumlah]) => ({ predikat, jumlah })) };
}

/** Plain words for moves that need a final evaluation. */
export function catatanKurang(kurang: readonly { predikat: PredikatKinerja; jumlah: number }[]): string | null {
  if (!kurang.length) return null;
  const bagian = kurang.map((k) => `${k.jumlah} pegawai dengan predikat ${LABEL_PREDIKAT[k.predikat]}`).join(' dan ');
  return `Usulan ini memerlukan perubahan ${bagian} lagi, tetapi evaluasi tahunan mereka sudah final. Sesuaikan predikat pegawai lain atau abaikan pemeriksaan dengan alasan tertulis.`;
}
