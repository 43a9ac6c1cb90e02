// Pola distribusi predikat kinerja pegawai per predikat kinerja organisasi
// (SE MenPANRB 3/2023; curves in the PermenPANRB 6/2022 annex), skp-rules.md §6.4, §13.3, §14.2, §14.3.
//
//   Istimewa         Sangat Baik most, at most 70 %
//   Baik             Baik most, at most 70 %; there must be Butuh Perbaikan and/or Kurang/Misconduct
//   Butuh Perbaikan  Butuh Perbaikan ≥ 60 %; Sangat Baik ≤ 10 %
//   Kurang           Kurang/Misconduct ≥ 60 %; Butuh Perbaikan ≥ 10 %; Sangat Baik ≤ 10 %
//   Sangat Kurang    Sangat Kurang ≥ 60 %; Kurang/Misconduct and/or Butuh Perbaikan ≥ 10 %; no Sangat Baik
//
// n = pegawai assessed under the pimpinan (the pimpinan excluded). Maxima allow floor(p·n), minima require
// ceil(p·n), "must be" requires 1 (§6.4). §14.2 pick: the percentage caps are hard rules, "most" (the named
// predikat is the largest group; ties allowed) is only a warning. §14.3 pick: the result is advice; the
// official may override with a recorded reason, so violations are reported, never thrown.
// With n = 0 there is nobody to distribute and every rule holds. Small units can make a pola impossible
// (Kurang and Sangat Kurang need at least 3 pegawai); usulanPerbaikanKurva reports that.

import { InvalidInputError } from './errors.ts';
import {
  LABEL_PREDIKAT,
  LABEL_PREDIKAT_ORGANISASI,
  PREDIKAT_KINERJA,
  isOneOf,
  PREDIKAT_ORGANISASI,
  type PredikatKinerja,
  type PredikatOrganisasi,
} from './enums.ts';

export type AturanPola =
  | { jenis: 'MAKSIMAL'; predikat: PredikatKinerja; persen: number }
  | { jenis: 'MINIMAL'; predikat: readonly PredikatKinerja[]; persen: number }
  | { jenis: 'HARUS_ADA'; predikat: readonly PredikatKinerja[] }
  | { jenis: 'TERBANYAK'; predikat: PredikatKinerja };

export type JenisAturanPola = AturanPola['jenis'];

export const POLA_DISTRIBUSI: Readonly<Record<PredikatOrganisasi, readonly AturanPola[]>> = {
  ISTIMEWA: [
    { jenis: 'MAKSIMAL', predikat: 'SANGAT_BAIK', persen: 70 },
    { jenis: 'TERBANYAK', predikat: 'SANGAT_BAIK' },
  ],
  BAIK: [
    { jenis: 'MAKSIMAL', predikat: 'BAIK', persen: 70 },
    { jenis: 'HARUS_ADA', predikat: ['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT'] },
    { jenis: 'TERBANYAK', predikat: 'BAIK' },
  ],
  BUTUH_PERBAIKAN: [
    { jenis: 'MINIMAL', predikat: ['BUTUH_PERBAIKAN'], persen: 60 },
    { jenis: 'MAKSIMAL', predikat: 'SANGAT_BAIK', persen: 10 },
  ],
  KURANG: [
    { jenis: 'MINIMAL', predikat: ['KURANG_MISCONDUCT'], persen: 60 },
    { jenis: 'MINIMAL', predikat: ['BUTUH_PERBAIKAN'], persen: 10 },
    { jenis: 'MAKSIMAL', predikat: 'SANGAT_BAIK', persen: 10 },
  ],
  SANGAT_KURANG: [
    { jenis: 'MINIMAL', predikat: ['SANGAT_KURANG'], persen: 60 },
    { jenis: 'MINIMAL', predikat: ['KURANG_MISCONDUCT', 'BUTUH_PERBAIKAN'], persen: 10 },
    { jenis: 'MAKSIMAL', predikat: 'SANGAT_BAIK', persen: 0 },
  ],
};

export type JumlahPredikat = Record<PredikatKinerja, number>;

export interface TemuanKurva {
  aturan: JenisAturanPola;
  predikat: PredikatKinerja[];
  /** MAKSIMAL: allowed maximum; MINIMAL/HARUS_ADA: required minimum; TERBANYAK: the largest other group. */
  batas: number;
  aktual: number;
  pesan: string;
}

export interface HasilCekKurva {
  sesuai: boolean;
  /** Hard rules broken (percentage caps and minima, "harus ada"). */
  pelanggaran: TemuanKurva[];
  /** Soft rules broken ("sebagian besar": the named predikat is not the largest group). */
  peringatan: TemuanKurva[];
}

function requirePredikatOrganisasi(p: PredikatOrganisasi): void {
  if (!isOneOf(PREDIKAT_ORGANISASI, p)) throw new InvalidInputError(`Predikat organisasi "${String(p)}" tidak dikenal`);
}

/** Validates the counts; missing predikat count as 0. */
function normaliseJumlah(jumlah: Partial<JumlahPredikat>): JumlahPredikat {
  const out = {} as JumlahPredikat;
  for (const p of PREDIKAT_KINERJA) {
    const v = jumlah[p] ?? 0;
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new InvalidInputError(`Jumlah pegawai ${LABEL_PREDIKAT[p]} harus bilangan bulat tidak negatif`);
    }
    out[p] = v;
  }
  return out;
}

function totalPegawai(jumlah: JumlahPredikat): number {
  return PREDIKAT_KINERJA.reduce((sum, p) => sum + jumlah[p], 0);
}

/** Integer percent arithmetic: 10 % of 30 is exactly 3, not 3.0000000000000004. */
function batasMaksimal(persen: number, n: number): number {
  return Math.floor((persen * n) / 100);
}

function batasMinimal(persen: number, n: number): number {
  return Math.ceil((persen * n) / 100);
}

function daftarLabel(predikat: readonly PredikatKinerja[]): string {
  return predikat.map((p) => LABEL_PREDIKAT[p]).join(' dan/atau ');
}

function cekAturan(aturan: AturanPola, jumlah: JumlahPredikat, n: number): TemuanKurva | undefined {
  switch (aturan.jenis) {
    case 'MAKSIMAL': {
      const batas = batasMaksimal(aturan.persen, n);
      const aktual = jumlah[aturan.predikat];
      if (aktual <= batas) return undefined;
      const label = LABEL_PREDIKAT[aturan.predikat];
      const pesan =
        aturan.persen === 0
          ? `Tidak boleh ada pegawai dengan predikat ${label}; saat ini ${aktual} orang.`
          : `Predikat ${label} paling banyak ${aturan.persen}% dari ${n} pegawai (${batas} orang); saat ini ${aktual} orang.`;
      return { aturan: aturan.jenis, predikat: [aturan.predikat], batas, aktual, pesan };
    }
    case 'MINIMAL': {
      const batas = batasMinimal(aturan.persen, n);
      const aktual = aturan.predikat.reduce((sum, p) => sum + jumlah[p], 0);
      if (aktual >= batas) return undefined;
      const pesan = `Predikat ${daftarLabel(aturan.predikat)} paling sedikit ${aturan.persen}% dari ${n} pegawai (${batas} orang); saat ini ${aktual} orang.`;
      return { aturan: aturan.jenis, predikat: [...aturan.predikat], batas, aktual, pesan };
    }
    case 'HARUS_ADA': {
      const batas = n > 0 ? 1 : 0;
      const aktual = aturan.predikat.reduce((sum, p) => sum + jumlah[p], 0);
      if (aktual >= batas) return undefined;
      const pesan = `Harus ada pegawai dengan predikat ${daftarLabel(aturan.predikat)}; saat ini tidak ada.`;
      return { aturan: aturan.jenis, predikat: [...aturan.predikat], batas, aktual, pesan };
    }
    case 'TERBANYAK': {
      const aktual = jumlah[aturan.predikat];
      const lain = PREDIKAT_KINERJA.filter((p) => p !== aturan.predikat);
      const terbesar = lain.reduce((best, p) => (jumlah[p] > jumlah[best] ? p : best));
      const batas = jumlah[terbesar];
      if (aktual >= batas) return undefined;
      const label = LABEL_PREDIKAT[aturan.predikat];
      const pesan = `Predikat ${label} seharusnya menjadi kelompok terbanyak; saat ini ${aktual} orang, sedangkan ${LABEL_PREDIKAT[terbesar]} ${batas} orang.`;
      return { aturan: aturan.jenis, predikat: [aturan.predikat], batas, aktual, pesan };
    }
  }
}

/** Checks a proposed distribution of predikat against the pola of the organisation's predikat. */
export function cekKurvaDistribusi(
  predikatOrganisasi: PredikatOrganisasi,
  jumlah: Partial<JumlahPredikat>,
): HasilCekKurva {
  requirePredikatOrganisasi(predikatOrganisasi);
  const counts = normaliseJumlah(jumlah);
  const n = totalPegawai(counts);
  const pelanggaran: TemuanKurva[] = [];
  const peringatan: TemuanKurva[] = [];
  for (const aturan of POLA_DISTRIBUSI[predikatOrganisasi]) {
    const temuan = cekAturan(aturan, counts, n);
    if (temuan) (aturan.jenis === 'TERBANYAK' ? peringatan : pelanggaran).push(temuan);
  }
  return { sesuai: pelanggaran.length === 0, pelanggaran, peringatan };
}

// ---------------------------------------------------------------------------------------------------------
// Calibration proposal.
//
// Goal: the smallest change that makes cekKurvaDistribusi pass, as moves "n pegawai from predikat X to Y".
// Cost, compared in this order:
//   1. pegawai moved (each pegawai changes predikat at most once);
//   2. total steps moved along Sangat Baik – Baik – Butuh Perbaikan – Kurang/Misconduct – Sangat Kurang,
//      so moves between adjacent predikat win;
//   3. steps moved upwards (to a better predikat): when a downgrade and an upgrade cost the same, the
//      proposal leaves the upgrade out, as the pola exists to curb generous ratings.
// Algorithm: exact dynamic programming over the five predikat in order. The state after predikat i is the
// number of pegawai placed so far (plus, for the "X and/or Y" rules, how many of them count towards it,
// capped at the rule's minimum). A placement t_i costs max(0, c_i − t_i) pegawai moved and |C_i − T_i|
// steps across the boundary below i (C, T: running totals of current and proposed counts) — on a line the
// cheapest transport moves exactly the net surplus across each boundary. The proposed counts are then
// turned into moves by pairing surplus and deficit predikat in order, which achieves that minimum.
// Work is O(5 · n² · m) for n pegawai and m = the largest "and/or" minimum (m ≤ n/10 + 1).
// With termasukPeringatan the "largest group" warning is also satisfied, by trying each count v for the
// named predikat (n/5 ≤ v ≤ its maximum) and capping every other predikat at v.
// The proposal is limited to BATAS_PEGAWAI_USULAN pegawai (well above any unit under one pejabat penilai)
// so that a malformed request cannot keep the server busy; cekKurvaDistribusi has no limit.
// ---------------------------------------------------------------------------------------------------------

export const BATAS_PEGAWAI_USULAN = 500;

export interface LangkahPerbaikan {
  dari: PredikatKinerja;
  ke: PredikatKinerja;
  jumlah: number;
}

export type UsulanPerbaikanKurva =
  | { mungkin: true; langkah: LangkahPerbaikan[]; jumlahDipindah: number; hasil: JumlahPredikat }
  | { mungkin: false; alasan: string };

export interface UsulanPerbaikanKurvaOptions {
  /** Also make the named predikat the largest group (the §14.2 warning), not only the hard rules. */
  termasukPeringatan?: boolean;
}

interface Batasan {
  lo: number[];
  hi: number[];
  /** "X and/or Y" minima over several predikat (indices into PREDIKAT_KINERJA). */
  kelompok: { anggota: number[]; minimal: number }[];
}

const indeks = (p: PredikatKinerja): number => PREDIKAT_KINERJA.indexOf(p);

function batasanDariPola(pola: readonly AturanPola[], n: number): Batasan {
  const lo = PREDIKAT_KINERJA.map(() => 0);
  const hi = PREDIKAT_KINERJA.map(() => n);
  const kelompok: Batasan['kelompok'] = [];
  for (const aturan of pola) {
    if (aturan.jenis === 'TERBANYAK') continue;
    if (aturan.jenis === 'MAKSIMAL') {
      const i = indeks(aturan.predikat);
      hi[i] = Math.min(hi[i] as number, batasMaksimal(aturan.persen, n));
      continue;
    }
    const minimal = aturan.jenis === 'MINIMAL' ? batasMinimal(aturan.persen, n) : n > 0 ? 1 : 0;
    const anggota = aturan.predikat.map(indeks);
    const [satu] = anggota;
    if (anggota.length === 1 && satu !== undefined) lo[satu] = Math.max(lo[satu] as number, minimal);
    else kelompok.push({ anggota, minimal });
  }
  return { lo, hi, kelompok };
}

/**
 * Cost as one number, compared lexicographically: pegawai moved, then steps, then upward steps.
 * Steps are at most 4n each, so a radix of 4n + 1 keeps the three parts apart (exact far beyond the limit).
 */
function gabungBiaya(n: number, dipindah: number, langkah: number, naik: number): number {
  const radix = 4 * n + 1;
  return (dipindah * radix + langkah) * radix + naik;
}

interface Terbaik {
  biaya: number;
  dipindah: number;
  /** Proposed count per predikat. */
  t: number[];
}

/** Cheapest proposed counts within the bounds (dynamic programming described above), or undefined. */
function cariTerbaik(c: readonly number[], n: number, batasan: Batasan): Terbaik | undefined {
  const { lo, hi, kelompok } = batasan;
  const layers = c.length;
  // State = placed-so-far × mixed-radix code of each "and/or" group's progress (capped at its minimum).
  const strides: number[] = [];
  let groupStates = 1;
  for (const g of kelompok) {
    strides.push(groupStates);
    groupStates *= g.minimal + 1;
  }
  const size = (n + 1) * groupStates;
  const parent: Int32Array[] = [];
  const chosen: Int32Array[] = [];

  let prevCost = new Float64Array(size).fill(Infinity);
  let prevMoved = new Float64Array(size);
  prevCost[0] = 0;
  let sumC = 0;
  for (let i = 0; i < layers; i++) {
    const ci = c[i] as number;
    sumC += ci;
    const curCost = new Float64Array(size).fill(Infinity);
    const curMoved = new Float64Array(size);
    const curParent = new Int32Array(size);
    const curChosen = new Int32Array(size);
    for (let state = 0; state < size; state++) {
      const base = prevCost[state] as number;
      if (base === Infinity) continue;
      const placed = Math.floor(state / groupStates);
      const code = state % groupStates;
      const from = i === layers - 1 ? Math.max(lo[i] as number, n - placed) : (lo[i] as number);
      const to = Math.min(hi[i] as number, n - placed);
      for (let t = from; t <= to; t++) {
        const placedNext = placed + t;
        const flow = sumC - placedNext; // > 0: surplus moving down across the boundary below predikat i
        const dipindah = Math.max(0, ci - t);
        const total = base + gabungBiaya(n, dipindah, Math.abs(flow), Math.max(0, -flow));
        let codeNext = 0;
        kelompok.forEach((g, k) => {
          const stride = strides[k] as number;
          const progres = Math.floor(code / stride) % (g.minimal + 1);
          const progresNext = g.anggota.includes(i) ? Math.min(g.minimal, progres + t) : progres;
          codeNext += progresNext * stride;
        });
        const next = placedNext * groupStates + codeNext;
        if (total < (curCost[next] as number)) {
          curCost[next] = total;
          curMoved[next] = (prevMoved[state] as number) + dipindah;
          curParent[next] = state;
          curChosen[next] = t;
        }
      }
    }
    parent.push(curParent);
    chosen.push(curChosen);
    prevCost = curCost;
    prevMoved = curMoved;
  }

  // Final states: everyone placed and every group at its minimum.
  let fullCode = 0;
  kelompok.forEach((g, k) => {
    fullCode += g.minimal * (strides[k] as number);
  });
  const final = n * groupStates + fullCode;
  const finalCost = prevCost[final] as number;
  if (finalCost === Infinity) return undefined;
  const t: number[] = new Array<number>(layers).fill(0);
  let state = final;
  for (let i = layers - 1; i >= 0; i--) {
    t[i] = (chosen[i] as Int32Array)[state] as number;
    state = (parent[i] as Int32Array)[state] as number;
  }
  return { biaya: finalCost, dipindah: prevMoved[final] as number, t };
}

/** Pairs surplus and deficit predikat in order (minimum total steps on a line). */
function susunLangkah(c: readonly number[], t: readonly number[]): LangkahPerbaikan[] {
  const surplus: { i: number; sisa: number }[] = [];
  const defisit: { i: number; sisa: number }[] = [];
  c.forEach((ci, i) => {
    const d = ci - (t[i] as number);
    if (d > 0) surplus.push({ i, sisa: d });
    if (d < 0) defisit.push({ i, sisa: -d });
  });
  const langkah: LangkahPerbaikan[] = [];
  let s = 0;
  let d = 0;
  while (s < surplus.length && d < defisit.length) {
    const src = surplus[s] as { i: number; sisa: number };
    const dst = defisit[d] as { i: number; sisa: number };
    const jumlah = Math.min(src.sisa, dst.sisa);
    langkah.push({ dari: PREDIKAT_KINERJA[src.i] as PredikatKinerja, ke: PREDIKAT_KINERJA[dst.i] as PredikatKinerja, jumlah });
    src.sisa -= jumlah;
    dst.sisa -= jumlah;
    if (src.sisa === 0) s++;
    if (dst.sisa === 0) d++;
  }
  return langkah;
}

/** Proposes the fewest predikat changes that make the distribution satisfy the pola (see the note above). */
export function usulanPerbaikanKurva(
  predikatOrganisasi: PredikatOrganisasi,
  jumlah: Partial<JumlahPredikat>,
  options: UsulanPerbaikanKurvaOptions = {},
): UsulanPerbaikanKurva {
  requirePredikatOrganisasi(predikatOrganisasi);
  const counts = normaliseJumlah(jumlah);
  const c = PREDIKAT_KINERJA.map((p) => counts[p]);
  const n = totalPegawai(counts);
  if (n > BATAS_PEGAWAI_USULAN) {
    throw new InvalidInputError(`Usulan perbaikan kurva hanya untuk paling banyak ${BATAS_PEGAWAI_USULAN} pegawai`);
  }
  const pola = POLA_DISTRIBUSI[predikatOrganisasi];
  const dasar = batasanDariPola(pola, n);

  let best: Terbaik | undefined;
  const terbanyak = pola.find((a) => a.jenis === 'TERBANYAK');
  if (options.termasukPeringatan === true && terbanyak !== undefined) {
    const x = indeks(terbanyak.predikat);
    // The largest of five groups holds at least n/5 pegawai.
    for (let v = Math.ceil(n / 5); v <= (dasar.hi[x] as number); v++) {
      const batasan: Batasan = {
        lo: dasar.lo.map((l, i) => (i === x ? Math.max(l, v) : l)),
        hi: dasar.hi.map((h) => Math.min(h, v)),
        kelompok: dasar.kelompok,
      };
      const kandidat = cariTerbaik(c, n, batasan);
      if (kandidat !== undefined && (best === undefined || kandidat.biaya < best.biaya)) best = kandidat;
    }
  } else {
    best = cariTerbaik(c, n, dasar);
  }

  if (best === undefined) {
    return {
      mungkin: false,
      alasan: `Pola distribusi untuk predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[predikatOrganisasi]} tidak dapat dipenuhi oleh ${n} pegawai; tetapkan predikat dengan alasan tertulis.`,
    };
  }
  const t = best.t;
  const hasil = Object.fromEntries(PREDIKAT_KINERJA.map((p, i) => [p, t[i] as number])) as JumlahPredikat;
  return { mungkin: true, langkah: susunLangkah(c, t), jumlahDipindah: best.dipindah, hasil };
}
