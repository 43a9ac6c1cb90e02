import { describe, expect, it } from 'vitest';
import { PREDIKAT_KINERJA, predikatKinerja } from '../../domain/index.ts';
import { RATING_UNTUK_PREDIKAT, angka, hitungEvaluasi, type IkiMasukan, type MasukanPerhitungan } from './perhitungan.ts';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const iki = (n: number, extra: Partial<IkiMasukan> = {}): IkiMasukan => ({
  id: ID(n), indikator: `Indikator ${n}`, aspek: null, perspektif: null, arah: 'NAIK', target: 12, targetAtas: null, satuan: 'dokumen', ...extra,
});
const pengaturan = { saranAktif: false, ambangDiAtas: 110, ambangSesuai: 90, modeNumerik: false };

function masukan(o: Partial<MasukanPerhitungan> = {}): MasukanPerhitungan {
  return {
    tahun: 2025, label: 'Triwulan I',
    rhk: [
      { id: ID(101), jenis: 'UTAMA', uraian: 'Tersusunnya laporan', intervensi: 'RHK atasan', iki: [iki(1), iki(2)] },
      { id: ID(102), jenis: 'TAMBAHAN', uraian: 'Tugas tambahan', intervensi: null, iki: [iki(3, { arah: 'TURUN', target: 7, satuan: 'hari' })] },
    ],
    realisasi: new Map([[ID(1), { nilai: 13, sumber: 'Realisasi Triwulan I' }], [ID(3), { nilai: 6.5, sumber: 'Realisasi Triwulan I' }]]),
    ratingHasil: null, ratingPerilaku: null, predikatTersimpan: null, pengaturan, jf: null,
    ...o,
  };
}

describe('hitungEvaluasi', () => {
  it('writes each capaian formula with its numbers and flags gaps instead of counting them as zero', () => {
    const h = hitungEvaluasi(masukan());
    const [a, b] = h.hasilKerja[0]!.iki;
    expect(a).toMatchObject({ nomor: '1.1', status: 'DIHITUNG', rumus: 'NORMAL', capaian: 108.33, rumusTeks: '13 ÷ 12 × 100 = 108,33%', kategori: 'SANGAT_BAIK' });
    expect(a!.nilaiCapaian).toBe(118.14);
    expect(a!.nilaiTeks).toBe('110 + (120 − 110) ÷ (110 − 101) × (108,33 − 101) = 118,14 (Sangat Baik)');
    expect(b).toMatchObject({ status: 'CELAH', capaian: null, realisasi: null });
    const c = h.hasilKerja[1]!.iki[0]!;
    expect(c).toMatchObject({ nomor: '1.1', rumus: 'KHUSUS', capaian: 107.14 });
    expect(c.rumusTeks).toBe('(1 + (1 − 6,5 ÷ 7)) × 100 = 107,14% (kondisi khusus: semakin rendah semakin baik)');
    expect(h.celah).toEqual([{ ikiId: ID(2), nomor: '1.2', teks: 'RHK utama 1, IKI 2 (Indikator 2): realisasi Triwulan I belum diisi' }]);
    // The mean leaves the gap out: (108,33 + 107,14) ÷ 2, not ÷ 3.
    expect(h.capaian).toMatchObject({ rataRata: 107.74, jumlahIki: 3, dihitung: 2, celah: 1, tidakDihitung: 0 });
    expect(h.capaian.teks).toBe('Rata-rata capaian = (108,33% + 107,14%) ÷ 2 = 107,74%. 1 IKI belum ada realisasinya dan tidak ikut dihitung (bukan dianggap 0).');
  });

  it('takes the bound of a range target on the side of the realisasi (PermenPANRB 8/2021 examples)', () => {
    const range = (nilai: number, arah: 'NAIK' | 'TURUN', target: number, targetAtas: number) => hitungEvaluasi(masukan({
      rhk: [{ id: ID(101), jenis: 'UTAMA', uraian: 'R', intervensi: null, iki: [iki(1, { arah, target, targetAtas, satuan: '%' })] }],
      realisasi: new Map([[ID(1), { nilai, sumber: 's' }]]),
    })).hasilKerja[0]!.iki[0]!;
    expect(range(92, 'NAIK', 80, 90)).toMatchObject({ rumus: 'RANGE_ATAS', capaian: 102.22 });
    expect(range(70, 'NAIK', 80, 90)).toMatchObject({ rumus: 'RANGE_BAWAH', capaian: 87.5 });
    expect(range(85, 'NAIK', 80, 90)).toMatchObject({ rumus: 'RANGE_DALAM', capaian: 100, nilaiCapaian: 109, kategori: 'BAIK' });
    expect(range(6.5, 'TURUN', 7, 8)).toMatchObject({ rumus: 'RANGE_BAWAH', capaian: 107.14 });
    expect(range(9, 'TURUN', 7, 8)).toMatchObject({ rumus: 'RANGE_ATAS', capaian: 87.5 });
    expect(range(92, 'NAIK', 80, 90).rumusTeks).toMatch(/^92 ÷ 90 \(batas atas\) × 100 = 102,22%/);
  });

  it('does not compute a capaian for a missing or zero target, and says so', () => {
    const h = hitungEvaluasi(masukan({
      rhk: [{ id: ID(101), jenis: 'UTAMA', uraian: 'R', intervensi: null, iki: [iki(1, { target: null }), iki(2, { target: 0 })] }],
      realisasi: new Map([[ID(1), { nilai: 3, sumber: 's' }], [ID(2), { nilai: 0, sumber: 's' }]]),
    }));
    expect(h.hasilKerja[0]!.iki.map((k) => k.status)).toEqual(['TIDAK_DIHITUNG', 'TIDAK_DIHITUNG']);
    expect(h.capaian).toMatchObject({ rataRata: null, tidakDihitung: 2, celah: 0 });
  });

  it('names the matrix cell (PermenPANRB 6/2022) and the rule set of the year', () => {
    const cell = (h: MasukanPerhitungan['ratingHasil'], p: MasukanPerhitungan['ratingPerilaku']) => hitungEvaluasi(masukan({ ratingHasil: h, ratingPerilaku: p }));
    expect(cell('DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI').matriks).toMatchObject({ predikat: 'SANGAT_BAIK', teks: 'Di Atas Ekspektasi × Di Atas Ekspektasi → Sangat Baik' });
    expect(cell('SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI').predikat).toBe('KURANG_MISCONDUCT');
    expect(cell('DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI').predikat).toBe('BUTUH_PERBAIKAN');
    expect(cell(null, null)).toMatchObject({ matriks: null, predikat: null, kalibrasi: null });
    expect(cell(null, null).aturan).toEqual({ kode: 'PERMENPANRB_6_2022', label: 'PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN)', tahun: 2025 });
  });

  it('keeps a calibrated predikat and explains the difference from the matrix', () => {
    const h = hitungEvaluasi(masukan({ ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikatTersimpan: 'BUTUH_PERBAIKAN' }));
    expect(h.predikat).toBe('BUTUH_PERBAIKAN');
    expect(h.kalibrasi).toMatchObject({ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN' });
  });

  it('suggests a rating only when the instansi turned suggestions on (§14.5)', () => {
    expect(hitungEvaluasi(masukan()).saran).toEqual({ aktif: false, ratingHasil: null, ambangDiAtas: 110, ambangSesuai: 90, teks: null });
    const on = hitungEvaluasi(masukan({ pengaturan: { ...pengaturan, saranAktif: true } })).saran;
    expect(on.ratingHasil).toBe('SESUAI_EKSPEKTASI');
    expect(on.teks).toMatch(/^Rata-rata capaian 107,74% ≥ ambang Sesuai Ekspektasi 90% dan < 110%/);
    const tinggi = hitungEvaluasi(masukan({ pengaturan: { ...pengaturan, saranAktif: true, ambangDiAtas: 105 } })).saran;
    expect(tinggi.ratingHasil).toBe('DI_ATAS_EKSPEKTASI');
  });

  it('computes the numeric nilai only in numeric mode (PermenPANRB 8/2021 nilai capaian IKI)', () => {
    expect(hitungEvaluasi(masukan()).nilaiNumerik).toBeNull();
    const h = hitungEvaluasi(masukan({ pengaturan: { ...pengaturan, modeNumerik: true } }));
    const [a, c] = [h.hasilKerja[0]!.iki[0]!.nilaiCapaian!, h.hasilKerja[1]!.iki[0]!.nilaiCapaian!];
    expect(h.nilaiNumerik!.nilai).toBe(Math.round(((a + c) / 2) * 100) / 100);
    expect(h.nilaiNumerik!.teks).toContain('rata-rata nilai capaian IKI (PermenPANRB 8/2021)');
  });

  it('converts predikat to angka kredit for JF, pro-rated by months (§7.1 examples)', () => {
    const ditetapkan = { ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', predikatTersimpan: 'SANGAT_BAIK' } as const;
    const full = hitungEvaluasi(masukan({ ...ditetapkan, jf: { jenjang: 'AHLI_PERTAMA', bulan: 12 } }));
    expect(full.angkaKredit).toMatchObject({ nilai: 18.75, persenKonversi: 150, koefisien: 12.5, bulan: 12 });
    expect(full.angkaKredit!.teks).toBe('Angka kredit = (12 ÷ 12) × 150% (Sangat Baik) × 12,5 (koefisien Ahli Pertama) = 18,75 (PermenPANRB 1/2023).');
    const dua = hitungEvaluasi(masukan({ ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikatTersimpan: 'BAIK', jf: { jenjang: 'AHLI_PERTAMA', bulan: 2 } }));
    expect(dua.angkaKredit!.nilai).toBe(2.08);
    // Not from a matrix preview: only a fixed predikat earns angka kredit.
    expect(hitungEvaluasi(masukan({ ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', jf: { jenjang: 'AHLI_PERTAMA', bulan: 3 } })).angkaKredit)
      .toMatchObject({ nilai: null, persenKonversi: null });
    expect(hitungEvaluasi(masukan({ ...ditetapkan, jf: { jenjang: 'AHLI_PERTAMA', bulan: 0 } })).angkaKredit!.nilai).toBeNull();
    // A calibrated predikat is the one converted.
    expect(hitungEvaluasi(masukan({ ...ditetapkan, predikatTersimpan: 'BAIK', jf: { jenjang: 'AHLI_PERTAMA', bulan: 12 } })).angkaKredit!.nilai).toBe(12.5);
    expect(hitungEvaluasi(masukan()).angkaKredit).toBeNull();
  });

  it('pre-fills the annual ratings from the most frequent periodic predikat and binds a unit head to the org predikat', () => {
    const periodik = [
      { label: 'Triwulan I', predikat: 'SANGAT_BAIK' as const }, { label: 'Triwulan II', predikat: 'KURANG_MISCONDUCT' as const },
      { label: 'Triwulan III', predikat: 'BUTUH_PERBAIKAN' as const }, { label: 'Triwulan IV', predikat: 'SANGAT_BAIK' as const },
    ];
    const h = hitungEvaluasi(masukan({ label: 'Tahunan', periodik }));
    expect(h.saranTahunan).toMatchObject({ predikat: 'SANGAT_BAIK', ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' });
    expect(h.pimpinan).toBeNull();
    const kepala = hitungEvaluasi(masukan({ label: 'Tahunan', periodik, pimpinan: { unitKerja: 'Seksi Pelayanan', predikat: 'BAIK' } }));
    expect(kepala.pimpinan).toMatchObject({ ratingHasilWajib: 'SESUAI_EKSPEKTASI', predikatOrganisasi: 'BAIK' });
    expect(kepala.saranTahunan!.ratingHasil).toBe('SESUAI_EKSPEKTASI');
    expect(hitungEvaluasi(masukan({ periodik: [] })).saranTahunan).toMatchObject({ predikat: null, ratingHasil: null });
  });

  it('states the org predikat and whether the kurva check was overridden', () => {
    const base = { unitKerjaId: ID(9), unitKerja: 'Dinas Kesehatan', predikat: 'BAIK' as const, kurvaOverrideAt: null };
    expect(hitungEvaluasi(masukan({ organisasi: { ...base, kurvaOverrideAlasan: null } })).organisasi).toMatchObject({ label: 'Baik', kurvaOverride: null });
    const o = hitungEvaluasi(masukan({ organisasi: { ...base, kurvaOverrideAlasan: 'Unit terlalu kecil untuk pola' } })).organisasi!;
    expect(o.kurvaOverride).toEqual({ alasan: 'Unit terlalu kecil untuk pola', at: null });
    expect(o.kurvaTeks).toContain('Unit terlalu kecil untuk pola');
  });
});

describe('RATING_UNTUK_PREDIKAT', () => {
  it('gives, for every predikat, ratings whose matrix cell is that predikat', () => {
    for (const p of PREDIKAT_KINERJA) {
      const r = RATING_UNTUK_PREDIKAT[p];
      expect(predikatKinerja(r.hasil, r.perilaku)).toBe(p);
    }
  });
});

describe('angka', () => {
  it('drops trailing zeros the Indonesian way', () => {
    expect([angka(13), angka(6.5), angka(108.333), angka(1234.5), angka(0.1 + 0.2), angka(1000.001), angka(-0.001), angka(10.5), angka(6.5)])
      .toEqual(['13', '6,5', '108,33', '1.234,5', '0,3', '1.000', '0', '10,5', '6,5']);
  });
});
