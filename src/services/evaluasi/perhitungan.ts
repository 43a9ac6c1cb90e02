// Every number of one evaluation and the words that explain it, pure. The evaluation list, the
// "bagaimana ini dihitung" explanation and the frozen FINAL snapshot are all built from `hitungEvaluasi`,
// so they show the same numbers. The rules themselves live in src/domain; this only applies them and
// writes down, with the numbers, which branch was taken.
import type { Perhitungan } from '../../contracts/evaluasi.ts';
import {
  DomainError, KOEFISIEN_AK_TAHUNAN, LABEL_ATURAN_PENILAIAN, LABEL_JENJANG_JF, LABEL_KATEGORI_CAPAIAN_IKI, LABEL_PREDIKAT, LABEL_PREDIKAT_ORGANISASI,
  LABEL_RATING, PERSENTASE_KONVERSI_AK, ZeroTargetError, angkaKreditTahunan, aturanUntukTahun, capaianIki, formatAngka,
  formatPersen, nilaiCapaianIki, nilaiPenilaianTahunan, predikatKinerja, ratingHasilKerjaPimpinan, saranPredikatTahunan,
  saranRatingHasilKerja, type ArahIki, type Aspek, type JenisRhk, type JenjangJf, type KategoriCapaianIki, type Perspektif,
  type PredikatKinerja, type PredikatOrganisasi, type Rating,
} from '../../domain/index.ts';

export interface IkiMasukan {
  id: string; indikator: string; aspek: Aspek | null; perspektif: Perspektif | null; arah: ArahIki;
  target: number | null; targetAtas: number | null; satuan: string;
}
export interface RhkMasukan { id: string; jenis: JenisRhk; uraian: string; intervensi: string | null; iki: IkiMasukan[] }
export interface RealisasiMasukan { nilai: number; sumber: string }
export interface PengaturanMasukan { saranAktif: boolean; ambangDiAtas: number; ambangSesuai: number; modeNumerik: boolean }

export interface MasukanPerhitungan {
  tahun: number;
  /** "Triwulan I", "Tahunan": used in the gap messages. */
  label: string;
  rhk: readonly RhkMasukan[];
  /** Realisasi per IKI id; a missing IKI is a gap. */
  realisasi: ReadonlyMap<string, RealisasiMasukan>;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  /** The predikat fixed on the evaluation (PREDIKAT_DITETAPKAN or later), which calibration may have changed. */
  predikatTersimpan: PredikatKinerja | null;
  pengaturan: PengaturanMasukan;
  /** JF pegawai: jenjang and the whole months this evaluation covers. */
  jf: { jenjang: JenjangJf; bulan: number } | null;
  /** Annual only: the periodic predikat, oldest first. */
  periodik?: readonly { label: string; predikat: PredikatKinerja }[] | null;
  /** Annual only: the pegawai heads this unit, which has a predikat organisasi for the year. */
  pimpinan?: { unitKerja: string; predikat: PredikatOrganisasi } | null;
  organisasi?: {
    unitKerjaId: string; unitKerja: string; predikat: PredikatOrganisasi;
    kurvaOverrideAlasan: string | null; kurvaOverrideAt: string | null;
  } | null;
}

/**
 * Ratings whose matrix cell is the given predikat, for pre-filling the annual form from the periodic
 * predikat (§14.1): the plain cell of each predikat (Baik = Sesuai × Sesuai, Kurang/Misconduct =
 * Sesuai × Di Bawah). A starting point the penilai changes freely.
 */
export const RATING_UNTUK_PREDIKAT: Readonly<Record<PredikatKinerja, { hasil: Rating; perilaku: Rating }>> = {
  SANGAT_BAIK: { hasil: 'DI_ATAS_EKSPEKTASI', perilaku: 'DI_ATAS_EKSPEKTASI' },
  BAIK: { hasil: 'SESUAI_EKSPEKTASI', perilaku: 'SESUAI_EKSPEKTASI' },
  BUTUH_PERBAIKAN: { hasil: 'DI_BAWAH_EKSPEKTASI', perilaku: 'SESUAI_EKSPEKTASI' },
  KURANG_MISCONDUCT: { hasil: 'SESUAI_EKSPEKTASI', perilaku: 'DI_BAWAH_EKSPEKTASI' },
  SANGAT_KURANG: { hasil: 'DI_BAWAH_EKSPEKTASI', perilaku: 'DI_BAWAH_EKSPEKTASI' },
};

const round2 = (n: number) => Math.round(n * 100) / 100 || 0;

/** 13 → "13", 6.5 → "6,5", 108.333 → "108,33". */
const angkaMemo = new Map<number, string>();

export function angka(n: number): string {
  let out = angkaMemo.get(n);
  if (out !== undefined) return out;
  if (Number.isInteger(n)) out = formatAngka(n, 0);
  else {
    out = formatAngka(n, 2);
    // "12,50" → "12,5", "12,00" → "12" (the comma is always there with 2 digits).
    let end = out.length;
    while (out[end - 1] === '0') end--;
    if (out[end - 1] === ',') end--;
    out = out.slice(0, end);
  }
  if (angkaMemo.size >= 50_000) angkaMemo.clear();
  angkaMemo.set(n, out);
  return out;
}

const persen = (n: number) => formatPersen(n);

function targetTeks(k: IkiMasukan): string {
  if (k.target === null) return '—';
  const t = k.targetAtas !== null ? `${angka(k.target)}–${angka(k.targetAtas)}` : angka(k.target);
  return `${t} ${k.satuan}`.trim();
}

type Rumus = NonNullable<Perhitungan['hasilKerja'][number]['iki'][number]['rumus']>;

/** Which branch of the PermenPANRB 8/2021 capaian formula applies, with its numbers (the value itself is capaianIki's). */
function rumusCapaian(k: IkiMasukan & { target: number }, r: number, c: number): { rumus: Rumus; teks: string } {
  const khusus = k.arah === 'TURUN';
  const hasil = persen(c);
  const bagi = (acuan: number, catatan = '') => (khusus
    ? `(1 + (1 − ${angka(r)} ÷ ${angka(acuan)}${catatan})) × 100 = ${hasil}`
    : `${angka(r)} ÷ ${angka(acuan)}${catatan} × 100 = ${hasil}`);
  if (k.targetAtas !== null) {
    if (r > k.targetAtas) return { rumus: 'RANGE_ATAS', teks: `${bagi(k.targetAtas, ' (batas atas)')}; realisasi di atas rentang target dibandingkan dengan batas atasnya` };
    if (r >= k.target) return { rumus: 'RANGE_DALAM', teks: `Realisasi ${angka(r)} berada di dalam rentang target ${angka(k.target)}–${angka(k.targetAtas)}, sehingga capaian ${hasil}` };
    return { rumus: 'RANGE_BAWAH', teks: `${bagi(k.target, ' (batas bawah)')}; realisasi di bawah rentang target dibandingkan dengan batas bawahnya` };
  }
  return khusus
    ? { rumus: 'KHUSUS', teks: `${bagi(k.target)} (kondisi khusus: semakin rendah semakin baik)` }
    : { rumus: 'NORMAL', teks: bagi(k.target) };
}

/** The row of the PermenPANRB 8/2021 nilai table that applies, with its numbers (the value itself is nilaiCapaianIki's). */
function rumusNilai(c: number, nilai: number, kategori: KategoriCapaianIki): string {
  const n = angka(nilai);
  const label = LABEL_KATEGORI_CAPAIAN_IKI[kategori];
  const cc = angka(c);
  if (c > 110) return `Capaian di atas 110% → nilai 120 (${label})`;
  if (c >= 101) return `110 + (120 − 110) ÷ (110 − 101) × (${cc} − 101) = ${n} (${label})`;
  if (c > 100) return `Capaian di antara 100% dan 101% → nilai 110 (${label})`;
  if (c === 100) return `Capaian tepat 100% → nilai 109 (${label})`;
  if (c >= 80) return `70 + (89 − 70) ÷ (99 − 80) × (${cc} − 80) = ${n} (${label})`;
  if (c >= 60) return `50 + (69 − 50) ÷ (79 − 60) × (${cc} − 60) = ${n} (${label})`;
  if (c >= 0) return `${cc} ÷ 59 × 49 = ${n} (${label})`;
  return `Capaian di bawah 0% → nilai 0 (${label})`;
}

const daftarJumlah = (xs: readonly number[], fmt: (n: number) => string) =>
  (xs.length <= 12 ? `(${xs.map(fmt).join(' + ')})` : `jumlah ${xs.length} nilai`);

export function hitungEvaluasi(m: MasukanPerhitungan): Perhitungan {
  const aturan = aturanUntukTahun(m.tahun);
  const celah: Perhitungan['celah'] = [];
  const nomorJenis: Record<JenisRhk, number> = { UTAMA: 0, TAMBAHAN: 0 };
  const hasilKerja: Perhitungan['hasilKerja'] = m.rhk.map((r) => {
    const nomorRhk = String(++nomorJenis[r.jenis]);
    const rhkTeks = `RHK ${r.jenis === 'UTAMA' ? 'utama' : 'tambahan'} ${nomorRhk}`;
    return {
      rhkId: r.id, nomor: nomorRhk, jenis: r.jenis, uraian: r.uraian, intervensi: r.intervensi,
      iki: r.iki.map((k, j) => {
        const nomor = `${nomorRhk}.${j + 1}`;
        const base = {
          ikiId: k.id, nomor, indikator: k.indikator, aspek: k.aspek, perspektif: k.perspektif, arah: k.arah,
          target: k.target, targetAtas: k.targetAtas, satuan: k.satuan, targetTeks: targetTeks(k),
        };
        const real = m.realisasi.get(k.id);
        const kosong = { rumus: null, rumusTeks: null, capaian: null, nilaiCapaian: null, kategori: null, nilaiTeks: null };
        if (!real) {
          const teks = `${rhkTeks}, IKI ${j + 1} (${k.indikator || 'tanpa indikator'}): realisasi ${m.label} belum diisi`;
          celah.push({ ikiId: k.id, nomor, teks });
          return { ...base, ...kosong, realisasi: null, sumberRealisasi: null, status: 'CELAH' as const, catatan: 'Belum ada realisasi; tidak dihitung, bukan dianggap 0' };
        }
        const withReal = { ...base, realisasi: real.nilai, sumberRealisasi: real.sumber };
        if (k.target === null) {
          return { ...withReal, ...kosong, status: 'TIDAK_DIHITUNG' as const, catatan: 'Target belum diisi; capaian tidak dapat dihitung' };
        }
        let c: number;
        try {
          c = round2(capaianIki({ target: k.target, realisasi: real.nilai, arah: k.arah, ...(k.targetAtas !== null ? { targetAtas: k.targetAtas } : {}) }));
        } catch (e) {
          if (e instanceof ZeroTargetError) {
            return { ...withReal, ...kosong, status: 'TIDAK_DIHITUNG' as const, catatan: 'Target 0: capaian tidak dapat dihitung dengan rumus; penilai menilai langsung' };
          }
          if (e instanceof DomainError) return { ...withReal, ...kosong, status: 'TIDAK_DIHITUNG' as const, catatan: e.message };
          throw e;
        }
        const nilai = nilaiCapaianIki(c);
        const rumus = rumusCapaian({ ...k, target: k.target }, real.nilai, c);
        return {
          ...withReal, status: 'DIHITUNG' as const, rumus: rumus.rumus, rumusTeks: rumus.teks, capaian: c,
          nilaiCapaian: round2(nilai.nilai), kategori: nilai.kategori, nilaiTeks: rumusNilai(c, round2(nilai.nilai), nilai.kategori), catatan: null,
        };
      }),
    };
  });

  const semua = hasilKerja.flatMap((r) => r.iki);
  const dihitung = semua.filter((k) => k.status === 'DIHITUNG');
  const capaianList = dihitung.map((k) => k.capaian!);
  const rataRata = capaianList.length ? round2(capaianList.reduce((s, c) => s + c, 0) / capaianList.length) : null;
  const tidakDihitung = semua.filter((k) => k.status === 'TIDAK_DIHITUNG').length;
  const catatanCelah = celah.length ? ` ${celah.length} IKI belum ada realisasinya dan tidak ikut dihitung (bukan dianggap 0).` : '';
  const capaianTeks = rataRata === null
    ? `Belum ada IKI dengan realisasi yang dapat dihitung.${catatanCelah}`
    : `Rata-rata capaian = ${daftarJumlah(capaianList, persen)} ÷ ${capaianList.length} = ${persen(rataRata)}.${catatanCelah}`;

  const { saranAktif, ambangDiAtas, ambangSesuai } = m.pengaturan;
  let saranRating: Rating | null = null;
  let saranTeks: string | null = null;
  if (saranAktif && rataRata !== null) {
    saranRating = saranRatingHasilKerja(rataRata, { diAtas: ambangDiAtas, sesuai: ambangSesuai });
    const ambang = (n: number) => `${angka(n)}%`;
    const alasan = saranRating === 'DI_ATAS_EKSPEKTASI' ? `≥ ambang Di Atas Ekspektasi ${ambang(ambangDiAtas)}`
      : saranRating === 'SESUAI_EKSPEKTASI' ? `≥ ambang Sesuai Ekspektasi ${ambang(ambangSesuai)} dan < ${ambang(ambangDiAtas)}`
        : `< ambang Sesuai Ekspektasi ${ambang(ambangSesuai)}`;
    saranTeks = `Rata-rata capaian ${persen(rataRata)} ${alasan} → saran rating hasil kerja: ${LABEL_RATING[saranRating]}. Hanya saran; pejabat penilai yang menentukan.`;
  } else if (saranAktif) {
    saranTeks = 'Saran belum dapat dibuat karena belum ada capaian yang dapat dihitung.';
  }

  const pimpinan = m.pimpinan
    ? (() => {
      const wajib = ratingHasilKerjaPimpinan(m.pimpinan.predikat);
      return {
        unitKerja: m.pimpinan.unitKerja, predikatOrganisasi: m.pimpinan.predikat, ratingHasilWajib: wajib,
        teks: `Pegawai ini kepala ${m.pimpinan.unitKerja}. Predikat kinerja organisasi ${m.tahun}: ${LABEL_PREDIKAT_ORGANISASI[m.pimpinan.predikat]}, sehingga rating hasil kerjanya ${LABEL_RATING[wajib]} (SE MenPANRB 3/2023).`,
      };
    })()
    : null;

  let saranTahunan: Perhitungan['saranTahunan'] = null;
  if (m.periodik) {
    const p = saranPredikatTahunan(m.periodik.map((x) => x.predikat)) ?? null;
    const rating = p ? RATING_UNTUK_PREDIKAT[p] : null;
    const hasil = pimpinan?.ratingHasilWajib ?? rating?.hasil ?? null;
    const daftar = m.periodik.map((x) => `${x.label} ${LABEL_PREDIKAT[x.predikat]}`).join(', ');
    saranTahunan = {
      dari: m.periodik.map((x) => ({ label: x.label, predikat: x.predikat })), predikat: p,
      ratingHasil: hasil, ratingPerilaku: rating?.perilaku ?? null,
      teks: p
        ? `Predikat periodik: ${daftar}. Yang paling sering: ${LABEL_PREDIKAT[p]} (bila sama banyak, yang terbaru). Tidak ada rumus resmi untuk menggabungkan predikat periodik; isian ini hanya titik awal dan pejabat penilai menetapkan rating tahunan sendiri.`
        : 'Belum ada predikat periodik yang ditetapkan, jadi belum ada saran.',
    };
  }

  let matriks: Perhitungan['matriks'] = null;
  if (m.ratingHasil && m.ratingPerilaku) {
    const hasil = aturan === 'PERMENPANRB_6_2022'
      ? nilaiPenilaianTahunan(m.tahun, { ratingHasilKerja: m.ratingHasil, ratingPerilaku: m.ratingPerilaku })
      : null;
    const p = hasil && hasil.aturan === 'PERMENPANRB_6_2022' ? hasil.predikat : predikatKinerja(m.ratingHasil, m.ratingPerilaku);
    matriks = {
      ratingHasil: m.ratingHasil, ratingPerilaku: m.ratingPerilaku, predikat: p,
      teks: `${LABEL_RATING[m.ratingHasil]} × ${LABEL_RATING[m.ratingPerilaku]} → ${LABEL_PREDIKAT[p]}`,
    };
  }
  const predikat = m.predikatTersimpan ?? matriks?.predikat ?? null;
  const kalibrasi = m.predikatTersimpan && matriks && m.predikatTersimpan !== matriks.predikat
    ? {
      dari: matriks.predikat, ke: m.predikatTersimpan,
      teks: `Matriks memberi ${LABEL_PREDIKAT[matriks.predikat]}; predikat yang ditetapkan ${LABEL_PREDIKAT[m.predikatTersimpan]} setelah kalibrasi terhadap kurva distribusi (SE MenPANRB 3/2023).`,
    }
    : null;

  const nilaiList = dihitung.map((k) => k.nilaiCapaian!);
  const nilaiNumerik = m.pengaturan.modeNumerik && nilaiList.length
    ? (() => {
      const nilai = round2(nilaiList.reduce((s, n) => s + n, 0) / nilaiList.length);
      return { nilai, teks: `Nilai capaian SKP = rata-rata nilai capaian IKI (PermenPANRB 8/2021) = ${daftarJumlah(nilaiList, angka)} ÷ ${nilaiList.length} = ${angka(nilai)}` };
    })()
    : null;

  // Angka kredit follows the predikat as fixed (and calibrated), never a matrix preview.
  const predikatTetap = m.predikatTersimpan;
  let angkaKredit: Perhitungan['angkaKredit'] = null;
  if (m.jf) {
    const { jenjang, bulan } = m.jf;
    const koefisien = KOEFISIEN_AK_TAHUNAN[jenjang];
    const koefTeks = `${angka(koefisien)} (koefisien ${LABEL_JENJANG_JF[jenjang]})`;
    if (bulan < 1) {
      angkaKredit = { jenjang, koefisien, persenKonversi: predikatTetap ? PERSENTASE_KONVERSI_AK[predikatTetap] : null, bulan, nilai: null,
        teks: 'Versi SKP ini berlaku kurang dari satu bulan penuh dalam periode ini, jadi angka kredit tidak dihitung di sini.' };
    } else if (!predikatTetap) {
      angkaKredit = { jenjang, koefisien, persenKonversi: null, bulan, nilai: null,
        teks: `Dihitung setelah predikat ditetapkan: (${bulan} ÷ 12) × konversi predikat × ${koefTeks} (PermenPANRB 1/2023).` };
    } else {
      const persenKonversi = PERSENTASE_KONVERSI_AK[predikatTetap];
      const nilai = round2(angkaKreditTahunan({ jenjang, predikat: predikatTetap, bulan }));
      angkaKredit = { jenjang, koefisien, persenKonversi, bulan, nilai,
        teks: `Angka kredit = (${bulan} ÷ 12) × ${persenKonversi}% (${LABEL_PREDIKAT[predikatTetap]}) × ${koefTeks} = ${angka(nilai)} (PermenPANRB 1/2023).` };
    }
  }

  const organisasi = m.organisasi
    ? {
      unitKerjaId: m.organisasi.unitKerjaId, unitKerja: m.organisasi.unitKerja, tahun: m.tahun, predikat: m.organisasi.predikat,
      label: LABEL_PREDIKAT_ORGANISASI[m.organisasi.predikat],
      kurvaOverride: m.organisasi.kurvaOverrideAlasan ? { alasan: m.organisasi.kurvaOverrideAlasan, at: m.organisasi.kurvaOverrideAt } : null,
      kurvaTeks: m.organisasi.kurvaOverrideAlasan
        ? `Pemeriksaan kurva distribusi untuk ${m.organisasi.unitKerja} diabaikan oleh pejabat yang berwenang dengan alasan: ${m.organisasi.kurvaOverrideAlasan}`
        : `Pola distribusi untuk predikat organisasi ${LABEL_PREDIKAT_ORGANISASI[m.organisasi.predikat]} menjadi pedoman penetapan predikat pegawai di ${m.organisasi.unitKerja} (SE MenPANRB 3/2023).`,
    }
    : null;

  return {
    aturan: { kode: aturan, label: LABEL_ATURAN_PENILAIAN[aturan], tahun: m.tahun },
    hasilKerja,
    capaian: { rataRata, jumlahIki: semua.length, dihitung: dihitung.length, celah: celah.length, tidakDihitung, teks: capaianTeks },
    celah,
    saran: { aktif: saranAktif, ratingHasil: saranRating, ambangDiAtas, ambangSesuai, teks: saranTeks },
    saranTahunan,
    pimpinan,
    organisasi,
    ratingHasil: m.ratingHasil,
    ratingPerilaku: m.ratingPerilaku,
    matriks,
    predikat,
    kalibrasi,
    nilaiNumerik,
    angkaKredit,
  };
}
