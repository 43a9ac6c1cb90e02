import { describe, expect, it } from 'vitest';
import { cekKurvaDistribusi, usulanPerbaikanKurva, type PredikatKinerja, type Rating } from '../../domain/index.ts';
import { aksesUnit, catatanKurang, hitungJumlah, indukPath, pilihPegawai, sebaran, statusKurva, type BarisKurva } from './kurva-usulan.ts';

const A: Rating = 'DI_ATAS_EKSPEKTASI';
const S: Rating = 'SESUAI_EKSPEKTASI';
const D: Rating = 'DI_BAWAH_EKSPEKTASI';
let seq = 0;
const baris = (predikat: PredikatKinerja | null, hasil: Rating | null = S, perilaku: Rating | null = S, status = 'PREDIKAT_DITETAPKAN', nama = `P${++seq}`): BarisKurva =>
  ({ evaluasiId: `e-${nama}`, pegawaiId: `p-${nama}`, nama, ratingHasil: hasil, ratingPerilaku: perilaku, predikat, status });

describe('indukPath', () => {
  it('drops the last unit of the path; a root unit has no parent', () => {
    expect(indukPath('/a/b/c/')).toBe('/a/b/');
    expect(indukPath('/a/b/')).toBe('/a/');
    expect(indukPath('/a/')).toBeNull();
  });
});

describe('aksesUnit', () => {
  it('lets the parent head set the predikat and override, the unit head only calibrate', () => {
    expect(aksesUnit('/a/b/', ['/a/'], false)).toEqual({ baca: true, menetapkan: true, kalibrasi: true, mengabaikan: true });
    expect(aksesUnit('/a/b/', ['/a/b/'], false)).toEqual({ baca: true, menetapkan: false, kalibrasi: true, mengabaikan: false });
  });
  it('gives a head two levels up and a plain pegawai nothing; the admin everything', () => {
    expect(aksesUnit('/a/b/c/', ['/a/'], false)).toEqual({ baca: false, menetapkan: false, kalibrasi: false, mengabaikan: false });
    expect(aksesUnit('/a/b/', [], false).baca).toBe(false);
    expect(aksesUnit('/a/', [], true)).toEqual({ baca: true, menetapkan: true, kalibrasi: true, mengabaikan: true });
  });
});

describe('hitungJumlah and sebaran', () => {
  it('counts per predikat and keeps evaluations without a predikat out of n', () => {
    const { jumlah, n, belum } = hitungJumlah([baris('BAIK'), baris('BAIK'), baris('SANGAT_KURANG'), baris(null)]);
    expect(n).toBe(3);
    expect(belum).toBe(1);
    expect(jumlah).toEqual({ SANGAT_BAIK: 0, BAIK: 2, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 1 });
    expect(sebaran(jumlah).map((s) => s.persen)).toEqual([0, 66.7, 0, 0, 33.3]);
  });
  it('gives 0 % everywhere for an empty unit', () => {
    expect(sebaran(hitungJumlah([]).jumlah).every((s) => s.persen === 0)).toBe(true);
  });
});

describe('statusKurva', () => {
  const langgar = cekKurvaDistribusi('BAIK', { SANGAT_BAIK: 1, BAIK: 8, BUTUH_PERBAIKAN: 1 });
  it('asks for the org predikat first, then for pegawai, then tells the result', () => {
    expect(statusKurva(false, 10, null, false)).toBe('BELUM_DITETAPKAN');
    expect(statusKurva(true, 0, null, false)).toBe('TIDAK_ADA_PEGAWAI');
    expect(statusKurva(true, 10, cekKurvaDistribusi('BAIK', { SANGAT_BAIK: 2, BAIK: 6, BUTUH_PERBAIKAN: 1, SANGAT_KURANG: 1 }), false)).toBe('SESUAI');
    expect(statusKurva(true, 10, langgar, false)).toBe('TIDAK_SESUAI');
    expect(statusKurva(true, 10, langgar, true)).toBe('DIABAIKAN');
  });
});

describe('pilihPegawai', () => {
  it('moves the Baik pegawai with the weakest ratings down for the skp-rules §6.4 example (SB 1, B 8, BP 1)', () => {
    const lemah = baris('BAIK', S, S, 'PREDIKAT_DITETAPKAN', 'Zaenal');
    const rows = [
      baris('SANGAT_BAIK', A, A),
      ...Array.from({ length: 7 }, () => baris('BAIK', A, S)),
      lemah,
      baris('BUTUH_PERBAIKAN', D, S),
    ];
    const u = usulanPerbaikanKurva('BAIK', hitungJumlah(rows).jumlah);
    expect(u.mungkin && u.langkah).toEqual([{ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 1 }]);
    const { perubahan, kurang } = pilihPegawai(rows, u.mungkin ? u.langkah : []);
    expect(perubahan).toEqual([{ evaluasiId: lemah.evaluasiId, pegawaiId: lemah.pegawaiId, nama: 'Zaenal', dari: 'BAIK', ke: 'BUTUH_PERBAIKAN' }]);
    expect(kurang).toEqual([]);
  });

  it('moves the strongest up, breaks ties on perilaku then name, and never picks a final evaluation', () => {
    const rows = [
      baris('BUTUH_PERBAIKAN', D, S, 'PREDIKAT_DITETAPKAN', 'Budi'),
      baris('BUTUH_PERBAIKAN', S, D, 'PREDIKAT_DITETAPKAN', 'Ani'),
      baris('BUTUH_PERBAIKAN', D, A, 'FINAL', 'Citra'),
    ];
    // Same sum for Ani and Budi: Budi's perilaku is better, so Budi moves up first.
    expect(pilihPegawai(rows, [{ dari: 'BUTUH_PERBAIKAN', ke: 'BAIK', jumlah: 1 }]).perubahan.map((p) => p.nama)).toEqual(['Budi']);
    expect(pilihPegawai(rows, [{ dari: 'BUTUH_PERBAIKAN', ke: 'KURANG_MISCONDUCT', jumlah: 1 }]).perubahan.map((p) => p.nama)).toEqual(['Ani']);
    const r = pilihPegawai(rows, [{ dari: 'BUTUH_PERBAIKAN', ke: 'BAIK', jumlah: 3 }]);
    expect(r.perubahan.map((p) => p.nama)).toEqual(['Budi', 'Ani']);
    expect(r.kurang).toEqual([{ predikat: 'BUTUH_PERBAIKAN', jumlah: 1 }]);
    expect(catatanKurang(r.kurang)).toMatch(/1 pegawai dengan predikat Butuh Perbaikan lagi, tetapi evaluasi tahunan mereka sudah final/);
    expect(catatanKurang([])).toBeNull();
  });

  it('names each pegawai at most once across several moves out of the same predikat', () => {
    const rows = Array.from({ length: 4 }, (_, i) => baris('BAIK', i < 2 ? A : D, S));
    const { perubahan } = pilihPegawai(rows, [{ dari: 'BAIK', ke: 'SANGAT_BAIK', jumlah: 1 }, { dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 2 }]);
    expect(new Set(perubahan.map((p) => p.evaluasiId)).size).toBe(3);
    expect(perubahan[0]!.ke).toBe('SANGAT_BAIK');
    expect(rows.find((r) => r.evaluasiId === perubahan[0]!.evaluasiId)!.ratingHasil).toBe(A);
  });
});
