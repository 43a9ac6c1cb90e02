// Print layout of the Dokumen Evaluasi Kinerja Pegawai after the form of PermenPANRB 6/2022 Lampiran
// (skp-rules.md §6.6): header with pegawai, pejabat penilai and atasan pejabat penilai; capaian kinerja
// organisasi and its pola distribusi (SE MenPANRB 3/2023); hasil kerja with realisasi and umpan balik;
// perilaku kerja BerAKHLAK; both ratings; the predikat; signature, and a QR code to check the paper online.
// A pure function of the frozen FINAL snapshot: every number is the snapshot's, printed, never recomputed.
import { createHash } from 'node:crypto';
import type { Column, Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { EvaluasiSnapshot, IkiPerhitungan, UmpanBalikItem } from '../../contracts/evaluasi.ts';
import type { PegawaiRingkas } from '../../contracts/skp.ts';
import { LABEL_ASPEK, LABEL_PERSPEKTIF, LABEL_PREDIKAT, LABEL_RATING, type PredikatKinerja, type PredikatOrganisasi } from '../../domain/enums.ts';
import { formatPersen } from '../../domain/format.ts';
import { POLA_DISTRIBUSI, type AturanPola } from '../../domain/kurva-distribusi.ts';
import { todayWib } from '../../lib/clock.ts';
import {
  BLANK, FONT_SIZE, GREY, GRID, LINE_HEIGHT, NAMA_BULAN, PAGE_MARGINS, emptyRow, fullRow, head, orDash, pangkatGolongan, section,
  spanned, table, tanggalIndonesia, type Block,
} from '../pdf/formulir.ts';
import { renderPdf } from '../pdf/pdfmake.ts';
import { angka } from './perhitungan.ts';

export interface OpsiDokumen {
  /** Where the public check page lives, e.g. https://ekinerja.kab.go.id (no trailing slash needed). */
  baseUrl: string;
}

/** The address the QR code encodes: the SPA's public check page for this code. */
export function urlVerifikasi(baseUrl: string, kode: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verifikasi-dokumen/${encodeURIComponent(kode)}`;
}

/** JSON with keys sorted at every level, so the hash does not depend on the key order jsonb keeps. */
function kanonik(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(kanonik).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${kanonik(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/** SHA-256 of the frozen snapshot: printed on the paper and shown by the check page, so the two can be compared. */
export function sidikDokumen(s: EvaluasiSnapshot): string {
  return createHash('sha256').update(kanonik(s)).digest('hex');
}

/** "PERIODE: TRIWULAN I", "PERIODE: BULAN MARET", "PERIODE: TAHUNAN". */
export function labelPeriodeDokumen(s: Pick<EvaluasiSnapshot, 'label'>): string {
  const bulan = (NAMA_BULAN as readonly string[]).includes(s.label) ? 'BULAN ' : '';
  return `PERIODE: ${bulan}${s.label.toUpperCase()}`;
}

export function namaBerkasDokumen(s: EvaluasiSnapshot): string {
  return `Evaluasi-Kinerja-${s.tahun}-${s.label.replace(/\s+/g, '-')}-${s.pegawai.nip.replace(/\D/g, '')}.pdf`;
}

const tanggalWib = (iso: string) => tanggalIndonesia(todayWib(new Date(iso)));
const kecil = (text: string, extra: Record<string, unknown> = {}): Content => ({ text, fontSize: 7, color: '#333', ...extra } as Content);

function judul(s: EvaluasiSnapshot): Content[] {
  return [
    { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', style: 'judul' },
    { text: labelPeriodeDokumen(s), style: 'subjudul' },
    {
      margin: [0, 10, 0, 0],
      columns: [
        { text: s.instansi.nama.toUpperCase(), bold: true, width: '*' },
        { text: `PERIODE PENILAIAN: ${tanggalIndonesia(s.mulai)} s.d. ${tanggalIndonesia(s.selesai)}`, bold: true, alignment: 'right', width: 'auto' },
      ],
    },
  ];
}

function kepalaTable(s: EvaluasiSnapshot): ContentTable[] {
  const orang = [s.pegawai, s.penilai, s.atasanPenilai];
  const row = (no: number, label: string, f: (p: PegawaiRingkas) => string): TableCell[] =>
    [{ text: String(no), alignment: 'center' }, label, ...orang.map((p) => (p ? orDash(f(p)) : '-'))];
  return table({
    widths: [18, 95, '*', '*', '*'],
    header: [[head('No'), head('Uraian'), head('PEGAWAI YANG DINILAI'), head('PEJABAT PENILAI KINERJA'), head('ATASAN PEJABAT PENILAI KINERJA')]],
    blocks: [[
      row(1, 'Nama', (p) => p.nama),
      row(2, 'NIP', (p) => p.nip),
      row(3, 'Pangkat/Gol. Ruang', (p) => pangkatGolongan(p.golongan)),
      row(4, 'Jabatan', (p) => p.jabatan),
      row(5, 'Unit Kerja', (p) => p.unitKerja),
    ]],
  });
}

// ---------------------------------------------------------------------------------------------
// Pola distribusi: the curve of the org predikat, drawn from Sangat Kurang (left) to Sangat Baik (right).

const URUTAN_KURVA: readonly PredikatKinerja[] = ['SANGAT_KURANG', 'KURANG_MISCONDUCT', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'];
const LABEL_KURVA: Record<PredikatKinerja, string> = { ...LABEL_PREDIKAT, KURANG_MISCONDUCT: 'Kurang/ Misconduct' };

/**
 * The shape of each curve: one distribution that satisfies its pola (SE MenPANRB 3/2023), in % per predikat.
 * Only a picture of where most pegawai are expected; the limits themselves are printed beside it.
 */
const BENTUK_KURVA: Record<PredikatOrganisasi, Record<PredikatKinerja, number>> = {
  ISTIMEWA: { SANGAT_KURANG: 2, KURANG_MISCONDUCT: 4, BUTUH_PERBAIKAN: 8, BAIK: 26, SANGAT_BAIK: 60 },
  BAIK: { SANGAT_KURANG: 3, KURANG_MISCONDUCT: 7, BUTUH_PERBAIKAN: 14, BAIK: 62, SANGAT_BAIK: 14 },
  BUTUH_PERBAIKAN: { SANGAT_KURANG: 6, KURANG_MISCONDUCT: 12, BUTUH_PERBAIKAN: 62, BAIK: 13, SANGAT_BAIK: 7 },
  KURANG: { SANGAT_KURANG: 10, KURANG_MISCONDUCT: 62, BUTUH_PERBAIKAN: 15, BAIK: 8, SANGAT_BAIK: 5 },
  SANGAT_KURANG: { SANGAT_KURANG: 62, KURANG_MISCONDUCT: 20, BUTUH_PERBAIKAN: 12, BAIK: 6, SANGAT_BAIK: 0 },
};

const KURVA_W = 300;
const KURVA_H = 74;

/** Points of a Catmull-Rom spline through the given points, so the curve is smooth but passes every value. */
function spline(p: readonly { x: number; y: number }[], steps = 14): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[Math.max(0, i - 1)]!; const p1 = p[i]!; const p2 = p[i + 1]!; const p3 = p[Math.min(p.length - 1, i + 2)]!;
    for (let k = 0; k < steps; k++) {
      const t = k / steps; const t2 = t * t; const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) => 0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push({ x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) });
    }
  }
  out.push(p[p.length - 1]!);
  return out;
}

export function gambarKurva(org: PredikatOrganisasi): Column {
  const bentuk = BENTUK_KURVA[org];
  const step = KURVA_W / URUTAN_KURVA.length;
  const dasar = KURVA_H - 1;
  const tinggi = KURVA_H - 8;
  const puncak = Math.max(...URUTAN_KURVA.map((p) => bentuk[p]));
  const y = (persen: number) => dasar - (persen / puncak) * tinggi;
  const titik = URUTAN_KURVA.map((p, i) => ({ x: step * (i + 0.5), y: y(bentuk[p]) }));
  // Tails fall towards the axis at both ends of the scale.
  const ujung = (n: number) => y(n * 0.2);
  const kurva = spline([{ x: 0, y: ujung(bentuk.SANGAT_KURANG) }, ...titik, { x: KURVA_W, y: ujung(bentuk.SANGAT_BAIK) }])
    .map((q) => ({ x: q.x, y: Math.min(dasar, Math.max(2, q.y)) }));
  return {
    width: KURVA_W, margin: [0, 2, 0, 0],
    stack: [
      {
        canvas: [
          // pdfmake moves points in place while laying out, so each polyline gets its own point objects.
          { type: 'polyline', points: [{ x: 0, y: dasar }, ...kurva.map((q) => ({ ...q })), { x: KURVA_W, y: dasar }], closePath: true, color: '#dcdcdc', lineColor: '#dcdcdc', lineWidth: 0.1 },
          ...URUTAN_KURVA.map((_, i) => ({ type: 'line' as const, x1: step * (i + 0.5), y1: dasar, x2: step * (i + 0.5), y2: 4, lineWidth: 0.3, lineColor: '#9a9a9a', dash: { length: 2, space: 2 } })),
          { type: 'polyline', points: kurva.map((q) => ({ ...q })), lineWidth: 1.4, lineColor: '#000' },
          { type: 'line', x1: 0, y1: dasar, x2: KURVA_W, y2: dasar, lineWidth: 0.8, lineColor: '#000' },
        ],
      },
      {
        columns: URUTAN_KURVA.map((p) => ({ text: LABEL_KURVA[p], width: step, alignment: 'center' as const, fontSize: 6.5, bold: true })),
        columnGap: 0, margin: [0, 2, 0, 0],
      },
    ],
  };
}

const daftarLabel = (ps: readonly PredikatKinerja[]) => ps.map((p) => LABEL_PREDIKAT[p]).join(' dan/atau ');

/** The rules of a pola in words, "sebagian besar" first. */
export function aturanPolaTeks(org: PredikatOrganisasi): string[] {
  const teks = (a: AturanPola): string => {
    switch (a.jenis) {
      case 'TERBANYAK': return `Sebagian besar pegawai berpredikat ${LABEL_PREDIKAT[a.predikat]}`;
      case 'MAKSIMAL': return a.persen === 0
        ? `Tidak ada pegawai berpredikat ${LABEL_PREDIKAT[a.predikat]}`
        : `${LABEL_PREDIKAT[a.predikat]} paling banyak ${a.persen}%`;
      case 'MINIMAL': return `${daftarLabel(a.predikat)} paling sedikit ${a.persen}%`;
      case 'HARUS_ADA': return `Harus ada pegawai berpredikat ${daftarLabel(a.predikat)}`;
    }
  };
  const urut = [...POLA_DISTRIBUSI[org]].sort((a, b) => Number(b.jenis === 'TERBANYAK') - Number(a.jenis === 'TERBANYAK'));
  return urut.map(teks);
}

function organisasiTable(s: EvaluasiSnapshot): ContentTable[] {
  const o = s.capaianOrganisasi;
  const label = (text: string): TableCell => ({ text, bold: true, fillColor: GREY });
  const capaian: TableCell = o
    ? { stack: [{ text: o.label, bold: true, fontSize: 11 }, kecil(`${o.unitKerja}, tahun ${o.tahun}`)] }
    : {
      stack: [{ text: '—', bold: true, fontSize: 11 }, kecil(s.jenis === 'TAHUNAN'
        ? 'Predikat kinerja organisasi tahun ini belum ditetapkan saat dokumen ini difinalkan.'
        // Periodic org predikat rests on rencana aksi progress (SE MenPANRB 3/2023), which is not recorded here.
        : 'Predikat kinerja organisasi periodik tidak tercatat di e-Kinerja.')],
    };
  const pola: TableCell = o
    ? {
      columns: [
        gambarKurva(o.predikat),
        {
          width: '*', margin: [12, 0, 0, 0],
          stack: [
            { text: `Predikat kinerja organisasi ${o.label} (SE MenPANRB 3/2023):`, bold: true },
            { ul: aturanPolaTeks(o.predikat), margin: [0, 2, 0, 0] },
            ...(o.kurvaOverride ? [kecil(o.kurvaTeks, { italics: true, margin: [0, 4, 0, 0] })] : []),
          ],
        },
      ],
    }
    : { text: 'Tidak ada kurva: pola distribusi mengikuti predikat kinerja organisasi, yang tidak tercantum pada dokumen ini.', italics: true };
  return table({
    widths: [18, 140, '*'],
    header: [],
    blocks: [
      [[{ text: '1', alignment: 'center' }, label('CAPAIAN KINERJA ORGANISASI'), capaian]],
      [[{ text: '2', alignment: 'center' }, label('POLA DISTRIBUSI'), pola]],
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Hasil kerja and perilaku kerja.

/** One thread as plain lines (plain text keeps the page-break estimate honest); replies marked as such. */
function umpanBalikTeks(items: readonly UmpanBalikItem[]): string {
  if (!items.length) return '-';
  return items.map((u) => `${u.balasanUntukId ? '   – balasan ' : '• '}${u.penulis.nama} (${tanggalWib(u.waktu)}): ${u.isi}`).join('\n');
}

function realisasiCell(k: IkiPerhitungan): TableCell {
  if (k.realisasi === null) return { text: 'Belum diisi', italics: true, color: '#555', alignment: 'center' };
  const nilai = `${angka(k.realisasi)} ${k.satuan}`.trim();
  const bawah = k.capaian !== null ? `Capaian ${formatPersen(k.capaian)}` : k.catatan ?? '';
  return { text: [{ text: nilai }, ...(bawah ? [{ text: `\n${bawah}`, fontSize: 7, color: '#444' }] : [])], alignment: 'center' };
}

function hasilKerjaTable(s: EvaluasiSnapshot): ContentTable[] {
  const jpt = s.skp.model === 'JPT';
  const aspek = !jpt && s.skp.pendekatan === 'KUANTITATIF';
  const widths: (number | string)[] = jpt
    ? [24, '*', '*', 70, 72, 78, '*']
    : [24, '*', '*', ...(aspek ? [52] : []), '*', 64, 78, '*'];
  const cols = widths.length;
  const columns: TableCell[] = jpt
    ? [head('No'), head('Rencana Hasil Kerja'), head('Indikator Kinerja Individu'), head('Target'), head('Perspektif'),
      head('Realisasi Berdasarkan Bukti Dukung'), head('Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung')]
    : [head('No'), head('Rencana Hasil Kerja Pimpinan yang Diintervensi'), head('Rencana Hasil Kerja'), ...(aspek ? [head('Aspek')] : []),
      head('Indikator Kinerja Individu'), head('Target'), head('Realisasi Berdasarkan Bukti Dukung'),
      head('Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung')];
  const rows = (r: EvaluasiSnapshot['hasilKerja'][number]): TableCell[][] => {
    const iki = r.iki.length ? r.iki : [null];
    const span = iki.length;
    return iki.map((k, j) => {
      const lead: TableCell[] = j === 0
        ? [spanned(r.nomor, span, { alignment: 'center' }), ...(jpt ? [] : [spanned(orDash(r.intervensi), span)]), spanned(orDash(r.uraian), span)]
        : [{}, ...(jpt ? [] : [{}]), {}];
      const target: TableCell = { text: k ? k.targetTeks : '-', alignment: 'center' };
      const mid: TableCell[] = jpt
        ? [orDash(k?.indikator), target, k?.perspektif ? LABEL_PERSPEKTIF[k.perspektif] : '-']
        : [...(aspek ? [k?.aspek ? LABEL_ASPEK[k.aspek] : '-'] : []), orDash(k?.indikator), target];
      const ub: TableCell = j === 0 ? spanned(umpanBalikTeks(r.umpanBalik), span) : {};
      return [...lead, ...mid, k ? realisasiCell(k) : { text: '-', alignment: 'center' }, ub];
    });
  };
  const blocks: Block[] = [];
  for (const [judulBagian, jenis] of [['A. UTAMA', 'UTAMA'], ['B. TAMBAHAN', 'TAMBAHAN']] as const) {
    const heading = section(judulBagian, cols);
    const list = s.hasilKerja.filter((r) => r.jenis === jenis);
    if (!list.length) blocks.push([heading, emptyRow(cols)]);
    list.forEach((r, i) => blocks.push(i === 0 ? [heading, ...rows(r)] : rows(r)));
  }
  return table({ widths, header: [fullRow(head('HASIL KERJA'), cols), columns], blocks });
}

function perilakuTable(s: EvaluasiSnapshot): ContentTable[] {
  return table({
    widths: [22, 250, '*', '*'],
    header: [
      [head('PERILAKU KERJA', { colSpan: 4 }), {}, {}, {}],
      [head('No'), head('Perilaku Kerja (BerAKHLAK)'), head('Ekspektasi Khusus Pimpinan'), head('Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung')],
    ],
    blocks: s.perilaku.map((n, i) => [[
      { text: String(i + 1), alignment: 'center' },
      { stack: [{ text: n.label, bold: true }, { ul: [...n.panduan], margin: [0, 2, 0, 0] }] },
      orDash(n.ekspektasi),
      umpanBalikTeks(n.umpanBalik),
    ]]),
  });
}

/** A two-column result line: the official caption on grey, the value in bold. */
function hasilBaris(caption: string, nilai: Content, catatan: Content[] = []): Content {
  return {
    unbreakable: true, margin: [0, 6, 0, 0],
    table: {
      widths: [200, '*'],
      body: [[{ text: caption, bold: true, fillColor: GREY }, { stack: [nilai, ...catatan] }]],
    },
    layout: GRID,
  };
}

function predikatBlok(s: EvaluasiSnapshot): Content[] {
  const p = s.perhitungan;
  const out: Content[] = [];
  const catatan: Content[] = [];
  // Written out rather than the explanation's arrow, which the bundled font has no glyph for.
  if (p.matriks) {
    catatan.push(kecil(`Matriks PermenPANRB 6/2022: rating hasil kerja ${LABEL_RATING[p.matriks.ratingHasil]} dan rating perilaku kerja ${LABEL_RATING[p.matriks.ratingPerilaku]} memberi predikat ${LABEL_PREDIKAT[p.matriks.predikat]}`, { margin: [0, 3, 0, 0] }));
  }
  if (p.kalibrasi) catatan.push(kecil(p.kalibrasi.teks, { italics: true }));
  out.push({
    unbreakable: true, margin: [0, 10, 0, 0],
    table: {
      widths: [200, '*'],
      body: [[
        { text: 'PREDIKAT KINERJA PEGAWAI', bold: true, fontSize: 11, fillColor: GREY, margin: [0, 8, 0, 8] },
        { stack: [{ text: s.teks.predikat.toUpperCase(), bold: true, fontSize: 18, alignment: 'center', margin: [0, 2, 0, 0] }, ...catatan.map((c) => ({ ...(c as object), alignment: 'center' } as Content))] },
      ]],
    },
    layout: { ...GRID, hLineWidth: () => 1.2, vLineWidth: () => 1.2 },
  });
  if (p.nilaiNumerik) out.push(hasilBaris('NILAI CAPAIAN SKP (PermenPANRB 8/2021)', { text: angka(p.nilaiNumerik.nilai), bold: true }, [kecil(p.nilaiNumerik.teks)]));
  if (p.angkaKredit && p.angkaKredit.nilai !== null) {
    out.push(hasilBaris('ANGKA KREDIT (PermenPANRB 1/2023)', { text: angka(p.angkaKredit.nilai), bold: true }, [kecil(p.angkaKredit.teks)]));
  }
  return out;
}

/** On a document that replaced another after a granted keberatan: what changed, who decided, why. */
function keberatanBlok(s: EvaluasiSnapshot): Content[] {
  const k = s.keberatan;
  if (!k) return [];
  const semula = `rating hasil kerja ${LABEL_RATING[k.semula.ratingHasil]}, rating perilaku kerja ${LABEL_RATING[k.semula.ratingPerilaku]}, predikat ${LABEL_PREDIKAT[k.semula.predikat]}`;
  return [hasilBaris('KEPUTUSAN ATAS KEBERATAN', { text: `Dikabulkan oleh ${k.diputusOleh} pada ${tanggalWib(k.diputusAt)}`, bold: true }, [
    kecil(`Keberatan pegawai diajukan pada ${tanggalWib(k.diajukanAt)}. Penilaian semula: ${semula}.`, { margin: [0, 2, 0, 0] }),
    kecil(`Pertimbangan: ${k.catatan}`),
    kecil(`Dokumen ini menggantikan dokumen berkode ${k.kodeSebelum}, yang tidak berlaku lagi.`, { bold: true }),
  ])];
}

function tandaTangan(s: EvaluasiSnapshot, url: string, sidik: string): Content {
  const penandatangan = s.penilaian.dinilaiOleh ?? s.penilai;
  const verifikasi: Column = {
    width: 330,
    stack: [
      // The QR is drawn without its own quiet zone; keep about four modules of white below it.
      { qr: url, fit: 120, eccLevel: 'M' },
      { text: url, fontSize: 6.5, margin: [0, 12, 0, 0] },
      { text: `Kode verifikasi: ${s.kodeVerifikasi}`, fontSize: 7, bold: true, margin: [0, 2, 0, 0] },
      { text: `Sidik SHA-256: ${sidik}`, fontSize: 5.5, color: '#444', margin: [0, 1, 0, 0] },
      { text: 'Pindai kode QR atau buka alamat di atas untuk memeriksa keaslian dokumen ini.', fontSize: 6.5, italics: true, margin: [0, 2, 0, 0] },
    ],
  };
  return {
    unbreakable: true, margin: [0, 16, 0, 0],
    columns: [
      verifikasi,
      { width: '*', text: '' },
      {
        width: 250, alignment: 'center',
        // Place is written by hand: the instansi record holds no city. The date is the day the document became final.
        stack: [
          `${BLANK}, ${tanggalWib(s.penilaian.finalAt)}`, 'Pejabat Penilai Kinerja',
          { text: ' ', margin: [0, 0, 0, 48] },
          { text: penandatangan?.nama ?? BLANK, bold: true, decoration: 'underline' },
          `NIP. ${penandatangan?.nip ?? BLANK}`,
        ],
      },
    ],
  };
}

/** The pdfmake document of one final evaluation: A4 landscape like the SKP print. */
export function dokumenEvaluasiDocDefinition(s: EvaluasiSnapshot, opsi: OpsiDokumen): TDocumentDefinitions {
  const url = urlVerifikasi(opsi.baseUrl, s.kodeVerifikasi);
  const sidik = sidikDokumen(s);
  const footerId = `Dokumen Evaluasi Kinerja Pegawai ${s.label} ${s.tahun} – ${s.pegawai.nama} – NIP ${s.pegawai.nip} – Kode ${s.kodeVerifikasi}`;
  const pimpinan = s.perhitungan.pimpinan ? [kecil(s.perhitungan.pimpinan.teks, { margin: [0, 2, 0, 0] })] : [];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE_MARGINS,
    info: {
      title: `Dokumen Evaluasi Kinerja Pegawai ${s.label} ${s.tahun} – ${s.pegawai.nama}`, author: s.instansi.nama,
      subject: 'Dokumen Evaluasi Kinerja Pegawai', keywords: `kode verifikasi ${s.kodeVerifikasi}`,
    },
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT },
    styles: {
      judul: { fontSize: 13, bold: true, alignment: 'center' },
      subjudul: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
    },
    footer: (page: number, pages: number) => ({
      margin: [36, 10, 36, 0], fontSize: 7, color: '#555',
      columns: [{ text: footerId }, { text: `Halaman ${page} dari ${pages}`, alignment: 'right', width: 'auto' }],
    }),
    content: [
      ...judul(s),
      ...kepalaTable(s),
      ...organisasiTable(s),
      ...hasilKerjaTable(s),
      hasilBaris('RATING HASIL KERJA', { text: s.teks.ratingHasil, bold: true, fontSize: 10 }, [...pimpinan, kecil(s.perhitungan.capaian.teks, { margin: [0, 2, 0, 0] })]),
      ...perilakuTable(s),
      hasilBaris('RATING PERILAKU KERJA', { text: s.teks.ratingPerilaku, bold: true, fontSize: 10 }),
      ...predikatBlok(s),
      ...keberatanBlok(s),
      tandaTangan(s, url, sidik),
    ],
  };
}

export async function renderDokumenEvaluasiPdf(s: EvaluasiSnapshot, opsi: OpsiDokumen): Promise<Buffer> {
  return renderPdf(dokumenEvaluasiDocDefinition(s, opsi));
}
