import { describe, expect, it } from 'vitest';
import { SkpIsi, type SkpIsiInput } from '../../contracts/skp.ts';
import { kekuranganSkp, type KekuranganContext } from './kekurangan.ts';

const LAMPIRAN = { dukunganSumberDaya: 'Anggaran DPA', skemaPertanggungjawaban: 'Laporan bulanan', konsekuensi: 'Sesuai peraturan' };
const ATASAN_RHK = '00000000-0000-4000-8000-000000000001';
const ctx = (o: Partial<KekuranganContext> = {}): KekuranganContext => ({
  model: 'JA_JF', pendekatan: 'KUALITATIF', adaPenilai: true, penilaiPunyaRhk: true, rhkPenilai: new Set([ATASAN_RHK]), ...o,
});
const isi = (v: SkpIsiInput) => SkpIsi.parse(v);
const lengkap = (): SkpIsiInput => ({
  rhk: [{ jenis: 'UTAMA', uraian: 'Terlaksananya pelayanan kesehatan primer', intervensiRhkId: ATASAN_RHK,
    iki: [{ indikator: 'Persentase puskesmas terakreditasi', target: 90, satuan: '%' }] }],
  lampiran: LAMPIRAN,
});

describe('kekuranganSkp (skp-rules.md §2.1 guards)', () => {
  it('a complete JA/JF plan has nothing missing', () => {
    expect(kekuranganSkp(isi(lengkap()), ctx())).toEqual([]);
  });

  it('an empty plan lists the RHK utama and the three lampiran sections', () => {
    expect(kekuranganSkp(isi({}), ctx())).toEqual([
      'Belum ada RHK utama; tambahkan paling sedikit satu',
      'Lampiran: dukungan sumber daya belum diisi',
      'Lampiran: skema pertanggungjawaban belum diisi',
      'Lampiran: konsekuensi belum diisi',
    ]);
  });

  it('a tambahan alone does not count as utama', () => {
    const v = isi({ rhk: [{ jenis: 'TAMBAHAN', uraian: 'Panitia HUT', iki: [{ indikator: 'Laporan', target: 1, satuan: 'dokumen' }] }], lampiran: LAMPIRAN });
    expect(kekuranganSkp(v, ctx())).toEqual(['Belum ada RHK utama; tambahkan paling sedikit satu']);
  });

  it('each RHK needs an IKI with indikator, target and satuan, numbered as the user sees them', () => {
    const v = isi({ rhk: [
      { ...lengkap().rhk![0]! },
      { jenis: 'UTAMA', uraian: '', intervensiRhkId: ATASAN_RHK, iki: [] },
      { jenis: 'TAMBAHAN', uraian: 'Tugas tambahan', iki: [{ indikator: '', target: null, satuan: '' }] },
    ], lampiran: LAMPIRAN });
    expect(kekuranganSkp(v, ctx())).toEqual([
      'RHK utama 2: uraian belum diisi',
      'RHK utama 2: belum punya indikator kinerja (IKI)',
      'RHK tambahan 1, IKI 1: indikator belum diisi',
      'RHK tambahan 1, IKI 1: target belum diisi',
      'RHK tambahan 1, IKI 1: satuan target belum diisi',
    ]);
  });

  it('JA/JF RHK utama must intervene one of the penilai\'s RHK (cascading, §3.3)', () => {
    const none = lengkap();
    none.rhk![0]!.intervensiRhkId = null;
    expect(kekuranganSkp(isi(none), ctx())).toEqual(['RHK utama 1: pilih RHK atasan yang diintervensi']);
    const stale = lengkap();
    stale.rhk![0]!.intervensiRhkId = '00000000-0000-4000-8000-000000000099';
    expect(kekuranganSkp(isi(stale), ctx())).toEqual(['RHK utama 1: RHK atasan yang diintervensi bukan milik pejabat penilai saat ini; pilih ulang']);
  });

  it('falls back to free text only when the atasan has no SKP in the system', () => {
    const v = lengkap();
    v.rhk![0]!.intervensiRhkId = null;
    const c = ctx({ penilaiPunyaRhk: false, rhkPenilai: new Set() });
    expect(kekuranganSkp(isi(v), c)).toEqual(['RHK utama 1: tulis RHK atasan yang diintervensi (SKP atasan belum ada di sistem)']);
    v.rhk![0]!.intervensiTeks = 'Meningkatnya mutu layanan kesehatan';
    expect(kekuranganSkp(isi(v), c)).toEqual([]);
    // With RHK in the system, free text is not enough: the pegawai picks from the list.
    expect(kekuranganSkp(isi(v), ctx())).toEqual(['RHK utama 1: pilih RHK atasan yang diintervensi']);
  });

  it('the top of the chain needs no intervensi', () => {
    const v = lengkap();
    v.rhk![0]!.intervensiRhkId = null;
    expect(kekuranganSkp(isi(v), ctx({ adaPenilai: false, penilaiPunyaRhk: false, rhkPenilai: new Set() }))).toEqual([]);
  });

  it('JPT needs a perspektif on every IKI and no intervensi', () => {
    const v = lengkap();
    v.rhk![0]!.intervensiRhkId = null;
    expect(kekuranganSkp(isi(v), ctx({ model: 'JPT' }))).toEqual(['RHK utama 1, IKI 1: pilih perspektif']);
    v.rhk![0]!.iki![0]!.perspektif = 'PENERIMA_LAYANAN';
    expect(kekuranganSkp(isi(v), ctx({ model: 'JPT' }))).toEqual([]);
  });

  it('kuantitatif: one IKI per aspek, each aspek once, and no zero target (8/2021 ratio)', () => {
    const v = lengkap();
    v.rhk![0]!.iki = [
      { indikator: 'Jumlah dokumen', target: 2, satuan: 'dokumen', aspek: 'KUANTITAS' },
      { indikator: 'Dokumen tanpa revisi', target: 100, satuan: '%', aspek: 'KUANTITAS' },
      { indikator: 'Ketepatan waktu', target: 12, satuan: 'bulan' },
      { indikator: 'Temuan', target: 0, satuan: 'temuan', aspek: 'KUALITAS', arah: 'TURUN' },
    ];
    expect(kekuranganSkp(isi(v), ctx({ pendekatan: 'KUANTITATIF' }))).toEqual([
      'RHK utama 1, IKI 2: aspek kuantitas sudah dipakai IKI lain di RHK ini',
      'RHK utama 1, IKI 3: pilih aspek (kuantitas, kualitas, waktu, atau biaya)',
      'RHK utama 1, IKI 4: target 0 tidak dapat dihitung capaiannya; gunakan target lain',
    ]);
    // The same plan is fine in the kualitatif approach, where aspek is not used.
    expect(kekuranganSkp(isi(v), ctx())).toEqual([]);
  });
});

describe('SKP body validation', () => {
  it('refuses a negative target and a range whose upper bound is below the target', () => {
    const r = SkpIsi.safeParse({ rhk: [{ iki: [{ target: -1 }, { target: 90, targetAtas: 80 }] }] });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(paths).toEqual([
      ['rhk.0.iki.0.target', 'Target tidak boleh negatif'],
      ['rhk.0.iki.1.targetAtas', 'Batas atas target tidak boleh lebih kecil dari target'],
    ]);
  });

  it('accepts a range target 80–90 and a month 1–12 only', () => {
    expect(SkpIsi.safeParse({ rhk: [{ iki: [{ target: 80, targetAtas: 90 }], rencanaAksi: [{ bulan: 12 }] }] }).success).toBe(true);
    const bad = SkpIsi.safeParse({ rhk: [{ rencanaAksi: [{ bulan: 13 }] }] });
    expect(bad.error!.issues[0]!.message).toBe('Bulan harus 1–12');
  });
});
