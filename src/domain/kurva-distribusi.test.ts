import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BATAS_PEGAWAI_USULAN,
  POLA_DISTRIBUSI,
  cekKurvaDistribusi,
  usulanPerbaikanKurva,
  type JumlahPredikat,
  type LangkahPerbaikan,
} from './kurva-distribusi.ts';
import { InvalidInputError } from './errors.ts';
import { PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, type PredikatKinerja, type PredikatOrganisasi } from './enums.ts';

const jumlah = (sb = 0, b = 0, bp = 0, k = 0, sk = 0): JumlahPredikat => ({
  SANGAT_BAIK: sb,
  BAIK: b,
  BUTUH_PERBAIKAN: bp,
  KURANG_MISCONDUCT: k,
  SANGAT_KURANG: sk,
});

const aturanDilanggar = (org: PredikatOrganisasi, j: Partial<JumlahPredikat>) =>
  cekKurvaDistribusi(org, j).pelanggaran.map((p) => `${p.aturan}:${p.predikat.join('+')}:${p.batas}:${p.aktual}`);

describe('cekKurvaDistribusi: worked examples of skp-rules.md §6.4 (n = 10)', () => {
  it('Baik: SB 2, B 6, BP 1, SK 1 is valid', () => {
    expect(cekKurvaDistribusi('BAIK', jumlah(2, 6, 1, 0, 1))).toEqual({ sesuai: true, pelanggaran: [], peringatan: [] });
  });

  it('Baik: SB 1, B 8, BP 1 has too many Baik', () => {
    expect(cekKurvaDistribusi('BAIK', jumlah(1, 8, 1))).toEqual({
      sesuai: false,
      pelanggaran: [
        {
          aturan: 'MAKSIMAL',
          predikat: ['BAIK'],
          batas: 7,
          aktual: 8,
          pesan: 'Predikat Baik paling banyak 70% dari 10 pegawai (7 orang); saat ini 8 orang.',
        },
      ],
      peringatan: [],
    });
  });

  it('Baik: SB 3, B 7 has no Butuh Perbaikan / Kurang', () => {
    const r = cekKurvaDistribusi('BAIK', jumlah(3, 7));
    expect(r.sesuai).toBe(false);
    expect(r.pelanggaran).toEqual([
      {
        aturan: 'HARUS_ADA',
        predikat: ['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT'],
        batas: 1,
        aktual: 0,
        pesan: 'Harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct; saat ini tidak ada.',
      },
    ]);
  });

  it('Butuh Perbaikan: SB 2, B 2, BP 6 has too many Sangat Baik', () => {
    expect(aturanDilanggar('BUTUH_PERBAIKAN', jumlah(2, 2, 6))).toEqual(['MAKSIMAL:SANGAT_BAIK:1:2']);
    expect(cekKurvaDistribusi('BUTUH_PERBAIKAN', jumlah(2, 2, 6)).pelanggaran[0]?.pesan).toBe(
      'Predikat Sangat Baik paling banyak 10% dari 10 pegawai (1 orang); saat ini 2 orang.',
    );
  });

  it('Sangat Kurang: SK ≥ 6, K+BP ≥ 1, SB = 0', () => {
    expect(cekKurvaDistribusi('SANGAT_KURANG', jumlah(0, 3, 0, 1, 6)).sesuai).toBe(true);
    expect(aturanDilanggar('SANGAT_KURANG', jumlah(1, 3, 1, 0, 5))).toEqual([
      'MINIMAL:SANGAT_KURANG:6:5',
      'MAKSIMAL:SANGAT_BAIK:0:1',
    ]);
    expect(cekKurvaDistribusi('SANGAT_KURANG', jumlah(0, 4, 0, 0, 6)).pelanggaran[0]?.pesan).toBe(
      'Predikat Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10% dari 10 pegawai (1 orang); saat ini 0 orang.',
    );
    expect(cekKurvaDistribusi('SANGAT_KURANG', jumlah(2, 1, 1, 0, 6)).pelanggaran[0]?.pesan).toBe(
      'Tidak boleh ada pegawai dengan predikat Sangat Baik; saat ini 2 orang.',
    );
  });

  it('Kurang: K ≥ 6, BP ≥ 1, SB ≤ 1', () => {
    expect(cekKurvaDistribusi('KURANG', jumlah(1, 1, 1, 6, 1)).sesuai).toBe(true);
    expect(aturanDilanggar('KURANG', jumlah(2, 2, 0, 5, 1))).toEqual([
      'MINIMAL:KURANG_MISCONDUCT:6:5',
      'MINIMAL:BUTUH_PERBAIKAN:1:0',
      'MAKSIMAL:SANGAT_BAIK:1:2',
    ]);
  });

  it('Istimewa: SB ≤ 7 of 10', () => {
    expect(cekKurvaDistribusi('ISTIMEWA', jumlah(7, 3)).sesuai).toBe(true);
    expect(aturanDilanggar('ISTIMEWA', jumlah(8, 2))).toEqual(['MAKSIMAL:SANGAT_BAIK:7:8']);
  });
});

describe('cekKurvaDistribusi: "sebagian besar" is a warning (§14.2 pick)', () => {
  it('warns when the named predikat is not the largest group, without failing the check', () => {
    const r = cekKurvaDistribusi('ISTIMEWA', jumlah(3, 5, 2));
    expect(r.sesuai).toBe(true);
    expect(r.peringatan).toEqual([
      {
        aturan: 'TERBANYAK',
        predikat: ['SANGAT_BAIK'],
        batas: 5,
        aktual: 3,
        pesan: 'Predikat Sangat Baik seharusnya menjadi kelompok terbanyak; saat ini 3 orang, sedangkan Baik 5 orang.',
      },
    ]);
  });

  it('allows ties for the largest group', () => {
    expect(cekKurvaDistribusi('BAIK', jumlah(4, 4, 2)).peringatan).toEqual([]);
    expect(cekKurvaDistribusi('BAIK', jumlah(4, 3, 3)).peringatan.map((p) => p.batas)).toEqual([4]);
  });
});

describe('cekKurvaDistribusi: rounding and tiny units (§13.3)', () => {
  it('floors maxima and ceils minima', () => {
    // n = 3: Baik at most floor(2,1) = 2
    expect(aturanDilanggar('BAIK', jumlah(0, 2, 1))).toEqual([]);
    expect(aturanDilanggar('BAIK', jumlah(0, 3, 0))).toEqual(['MAKSIMAL:BAIK:2:3', 'HARUS_ADA:BUTUH_PERBAIKAN+KURANG_MISCONDUCT:1:0']);
    // n = 7: Butuh Perbaikan at least ceil(4,2) = 5, Sangat Baik at most floor(0,7) = 0
    expect(aturanDilanggar('BUTUH_PERBAIKAN', jumlah(0, 3, 4))).toEqual(['MINIMAL:BUTUH_PERBAIKAN:5:4']);
    expect(aturanDilanggar('BUTUH_PERBAIKAN', jumlah(1, 1, 5))).toEqual(['MAKSIMAL:SANGAT_BAIK:0:1']);
    // n = 30: 10 % is exactly 3 (no floating-point 3,0000000000000004)
    expect(aturanDilanggar('KURANG', jumlah(3, 0, 3, 18, 6))).toEqual([]);
    expect(aturanDilanggar('KURANG', jumlah(4, 0, 2, 18, 6))).toEqual(['MINIMAL:BUTUH_PERBAIKAN:3:2', 'MAKSIMAL:SANGAT_BAIK:3:4']);
  });

  it.each(PREDIKAT_ORGANISASI)('n = 0 is vacuously valid for %s', (org) => {
    expect(cekKurvaDistribusi(org, jumlah())).toEqual({ sesuai: true, pelanggaran: [], peringatan: [] });
    expect(cekKurvaDistribusi(org, {})).toEqual({ sesuai: true, pelanggaran: [], peringatan: [] });
  });

  it.each([
    // n = 1
    ['ISTIMEWA', jumlah(1), ['MAKSIMAL:SANGAT_BAIK:0:1']],
    ['ISTIMEWA', jumlah(0, 1), []],
    ['BAIK', jumlah(0, 1), ['MAKSIMAL:BAIK:0:1', 'HARUS_ADA:BUTUH_PERBAIKAN+KURANG_MISCONDUCT:1:0']],
    ['BAIK', jumlah(0, 0, 1), []],
    ['BUTUH_PERBAIKAN', jumlah(0, 0, 1), []],
    ['KURANG', jumlah(0, 0, 0, 1), ['MINIMAL:BUTUH_PERBAIKAN:1:0']],
    ['KURANG', jumlah(0, 0, 1), ['MINIMAL:KURANG_MISCONDUCT:1:0']],
    ['SANGAT_KURANG', jumlah(0, 0, 0, 0, 1), ['MINIMAL:KURANG_MISCONDUCT+BUTUH_PERBAIKAN:1:0']],
    // n = 2
    ['ISTIMEWA', jumlah(1, 1), []],
    ['ISTIMEWA', jumlah(2), ['MAKSIMAL:SANGAT_BAIK:1:2']],
    ['BAIK', jumlah(0, 1, 1), []],
    ['BAIK', jumlah(0, 2), ['MAKSIMAL:BAIK:1:2', 'HARUS_ADA:BUTUH_PERBAIKAN+KURANG_MISCONDUCT:1:0']],
    ['BUTUH_PERBAIKAN', jumlah(0, 1, 1), ['MINIMAL:BUTUH_PERBAIKAN:2:1']],
    ['KURANG', jumlah(0, 0, 1, 1), ['MINIMAL:KURANG_MISCONDUCT:2:1']],
    ['SANGAT_KURANG', jumlah(0, 0, 0, 1, 1), ['MINIMAL:SANGAT_KURANG:2:1']],
  ] as const)('%s with %j', (org, j, expected) => {
    expect(aturanDilanggar(org, j)).toEqual(expected);
  });
});

describe('cekKurvaDistribusi: input checks', () => {
  it.each([
    ['negative count', { BAIK: -1 }],
    ['fraction', { BAIK: 1.5 }],
    ['NaN', { BAIK: Number.NaN }],
  ])('%s → InvalidInputError', (_label, j) => {
    expect(() => cekKurvaDistribusi('BAIK', j)).toThrow(InvalidInputError);
    expect(() => usulanPerbaikanKurva('BAIK', j)).toThrow(InvalidInputError);
  });

  it('rejects an unknown organisation predikat', () => {
    expect(() => cekKurvaDistribusi('LUAR_BIASA' as PredikatOrganisasi, jumlah(1))).toThrow(InvalidInputError);
    expect(() => usulanPerbaikanKurva('LUAR_BIASA' as PredikatOrganisasi, jumlah(1))).toThrow(InvalidInputError);
  });

  it('exposes the pola as data, one entry per organisation predikat', () => {
    expect(Object.keys(POLA_DISTRIBUSI).sort()).toEqual([...PREDIKAT_ORGANISASI].sort());
  });
});

describe('usulanPerbaikanKurva: examples', () => {
  it('proposes nothing for a valid distribution', () => {
    expect(usulanPerbaikanKurva('BAIK', jumlah(2, 6, 1, 0, 1))).toEqual({
      mungkin: true,
      langkah: [],
      jumlahDipindah: 0,
      hasil: jumlah(2, 6, 1, 0, 1),
    });
  });

  it('Baik with SB 1, B 8, BP 1: one Baik down to Butuh Perbaikan', () => {
    expect(usulanPerbaikanKurva('BAIK', jumlah(1, 8, 1))).toEqual({
      mungkin: true,
      langkah: [{ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 1 }],
      jumlahDipindah: 1,
      hasil: jumlah(1, 7, 2),
    });
  });

  it('Baik with all 10 Baik: three down one step (downgrade preferred over upgrade on ties)', () => {
    const r = usulanPerbaikanKurva('BAIK', jumlah(0, 10));
    expect(r).toMatchObject({ mungkin: true, langkah: [{ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 3 }], jumlahDipindah: 3 });
  });

  it('Butuh Perbaikan with SB 2, B 2, BP 6: one Sangat Baik down one step', () => {
    expect(usulanPerbaikanKurva('BUTUH_PERBAIKAN', jumlah(2, 2, 6))).toMatchObject({
      langkah: [{ dari: 'SANGAT_BAIK', ke: 'BAIK', jumlah: 1 }],
      hasil: jumlah(1, 3, 6),
    });
  });

  it('uses adjacent moves where they suffice (Kurang: fill Butuh Perbaikan from Baik)', () => {
    expect(usulanPerbaikanKurva('KURANG', jumlah(0, 1, 0, 6, 3))).toMatchObject({
      langkah: [{ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 1 }],
    });
  });

  it('reports an impossible pola for tiny units', () => {
    expect(usulanPerbaikanKurva('KURANG', jumlah(0, 2))).toEqual({
      mungkin: false,
      alasan:
        'Pola distribusi untuk predikat organisasi Kurang tidak dapat dipenuhi oleh 2 pegawai; tetapkan predikat dengan alasan tertulis.',
    });
    expect(usulanPerbaikanKurva('SANGAT_KURANG', jumlah(0, 0, 0, 0, 1)).mungkin).toBe(false);
    expect(usulanPerbaikanKurva('SANGAT_KURANG', jumlah(0, 0, 0, 0, 3))).toMatchObject({
      mungkin: true,
      langkah: [{ dari: 'SANGAT_KURANG', ke: 'KURANG_MISCONDUCT', jumlah: 1 }],
    });
  });

  it('handles n = 0 and n = 1', () => {
    expect(usulanPerbaikanKurva('SANGAT_KURANG', {})).toEqual({ mungkin: true, langkah: [], jumlahDipindah: 0, hasil: jumlah() });
    expect(usulanPerbaikanKurva('BAIK', jumlah(0, 1))).toMatchObject({ langkah: [{ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 1 }] });
    expect(usulanPerbaikanKurva('ISTIMEWA', jumlah(1))).toMatchObject({ langkah: [{ dari: 'SANGAT_BAIK', ke: 'BAIK', jumlah: 1 }] });
  });

  it('termasukPeringatan also makes the named predikat the largest group', () => {
    const r = usulanPerbaikanKurva('ISTIMEWA', jumlah(1, 5, 4), { termasukPeringatan: true });
    expect(r).toMatchObject({ mungkin: true, jumlahDipindah: 3 });
    if (r.mungkin) expect(cekKurvaDistribusi('ISTIMEWA', r.hasil)).toMatchObject({ sesuai: true, peringatan: [] });
    // Istimewa with one pegawai: at most 0 Sangat Baik yet Sangat Baik the largest group → impossible
    expect(usulanPerbaikanKurva('ISTIMEWA', jumlah(1), { termasukPeringatan: true }).mungkin).toBe(false);
    // Pola without a "largest group" rule ignore the option
    expect(usulanPerbaikanKurva('KURANG', jumlah(0, 1, 0, 6, 3), { termasukPeringatan: true })).toEqual(
      usulanPerbaikanKurva('KURANG', jumlah(0, 1, 0, 6, 3)),
    );
  });

  it('refuses units above BATAS_PEGAWAI_USULAN instead of running long', () => {
    expect(() => usulanPerbaikanKurva('BAIK', jumlah(0, BATAS_PEGAWAI_USULAN + 1))).toThrow(InvalidInputError);
    expect(cekKurvaDistribusi('BAIK', jumlah(0, BATAS_PEGAWAI_USULAN + 1)).sesuai).toBe(false);
  });

  it('stays fast for a large unit', () => {
    const r = usulanPerbaikanKurva('SANGAT_KURANG', jumlah(100, 100, 50, 25, 25));
    expect(r.mungkin).toBe(true);
    if (r.mungkin) expect(cekKurvaDistribusi('SANGAT_KURANG', r.hasil).sesuai).toBe(true);
  });
});

// ---- properties -------------------------------------------------------------------------------------

const org = fc.constantFrom(...PREDIKAT_ORGANISASI);
const counts = (max: number) =>
  fc.tuple(...PREDIKAT_KINERJA.map(() => fc.integer({ min: 0, max }))).map((a) => jumlah(...a));

function terapkan(j: JumlahPredikat, langkah: readonly LangkahPerbaikan[]): JumlahPredikat {
  const out = { ...j };
  for (const l of langkah) {
    out[l.dari] -= l.jumlah;
    out[l.ke] += l.jumlah;
  }
  return out;
}

/** Cost of going from c to t: pegawai moved, steps on the predikat line, upward steps. */
function biaya(c: JumlahPredikat, t: JumlahPredikat): [number, number, number] {
  let moved = 0;
  let steps = 0;
  let up = 0;
  let flow = 0;
  PREDIKAT_KINERJA.forEach((p, i) => {
    moved += Math.max(0, c[p] - t[p]);
    flow += c[p] - t[p];
    if (i < PREDIKAT_KINERJA.length - 1) {
      steps += Math.abs(flow);
      up += Math.max(0, -flow);
    }
  });
  return [moved, steps, up];
}

function* semuaDistribusi(n: number, parts: number = PREDIKAT_KINERJA.length): Generator<number[]> {
  if (parts === 1) {
    yield [n];
    return;
  }
  for (let first = 0; first <= n; first++) for (const rest of semuaDistribusi(n - first, parts - 1)) yield [first, ...rest];
}

describe('kurva properties', () => {
  it('cekKurvaDistribusi is unchanged by permuting pegawai', () => {
    const pegawai = fc.array(fc.constantFrom(...PREDIKAT_KINERJA), { maxLength: 40 });
    fc.assert(
      fc.property(org, pegawai, fc.integer(), (o, list, seed) => {
        const hitung = (xs: readonly PredikatKinerja[]) => {
          const j = jumlah();
          for (const p of xs) j[p] += 1;
          return j;
        };
        // Deterministic shuffle from the seed (Fisher–Yates with a small LCG).
        const shuffled = [...list];
        let s = seed >>> 0;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
          const k = s % (i + 1);
          [shuffled[i], shuffled[k]] = [shuffled[k] as PredikatKinerja, shuffled[i] as PredikatKinerja];
        }
        expect(cekKurvaDistribusi(o, hitung(shuffled))).toEqual(cekKurvaDistribusi(o, hitung(list)));
      }),
      { numRuns: 500 },
    );
  });

  it.each([false, true])('usulanPerbaikanKurva output always passes the check (termasukPeringatan %s)', (termasukPeringatan) => {
    fc.assert(
      fc.property(org, counts(25), (o, j) => {
        const r = usulanPerbaikanKurva(o, j, { termasukPeringatan });
        const n = PREDIKAT_KINERJA.reduce((s, p) => s + j[p], 0);
        if (!r.mungkin) {
          // Only tiny units can make a pola impossible.
          expect(n).toBeLessThanOrEqual(2);
          return;
        }
        const sesudah = terapkan(j, r.langkah);
        expect(sesudah).toEqual(r.hasil);
        const cek = cekKurvaDistribusi(o, sesudah);
        expect(cek.sesuai).toBe(true);
        if (termasukPeringatan) expect(cek.peringatan).toEqual([]);
        expect(r.jumlahDipindah).toBe(r.langkah.reduce((s, l) => s + l.jumlah, 0));
        for (const l of r.langkah) {
          expect(l.jumlah).toBeGreaterThan(0);
          expect(l.dari).not.toBe(l.ke);
        }
        // Nobody is moved out of a predikat and into it at the same time.
        const keluar = new Set(r.langkah.map((l) => l.dari));
        for (const l of r.langkah) expect(keluar.has(l.ke)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it.each([false, true])('usulanPerbaikanKurva is optimal against brute force for n ≤ 8 (termasukPeringatan %s)', (termasukPeringatan) => {
    fc.assert(
      fc.property(org, fc.integer({ min: 0, max: 8 }).chain((n) => fc.constantFrom(...semuaDistribusi(n))), (o, c) => {
        const j = jumlah(...c);
        const n = c.reduce((s, x) => s + x, 0);
        let best: [number, number, number] | undefined;
        for (const t of semuaDistribusi(n)) {
          const cek = cekKurvaDistribusi(o, jumlah(...t));
          if (!cek.sesuai || (termasukPeringatan && cek.peringatan.length > 0)) continue;
          const b = biaya(j, jumlah(...t));
          if (best === undefined || b[0] < best[0] || (b[0] === best[0] && (b[1] < best[1] || (b[1] === best[1] && b[2] < best[2])))) best = b;
        }
        const r = usulanPerbaikanKurva(o, j, { termasukPeringatan });
        expect(r.mungkin).toBe(best !== undefined);
        if (r.mungkin) expect(biaya(j, r.hasil)).toEqual(best);
      }),
      { numRuns: 600 },
    );
  });
});
