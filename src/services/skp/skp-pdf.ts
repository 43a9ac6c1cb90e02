// Print layout of one SKP following the form of PermenPANRB 6/2022 Lampiran (skp-rules.md §3): header,
// hasil kerja (model JA/JF or JPT), perilaku kerja BerAKHLAK, lampiran with rencana aksi, signatures.
// The document definition is a pure function of the SKP, so the layout can be tested without a database.
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import pdfmake from 'pdfmake';
import type { Column, Content, ContentTable, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Rhk, Skp } from '../../contracts/skp.ts';
import type { Db } from '../../db/client.ts';
import { instansi } from '../../db/schema.ts';
import { BERAKHLAK } from '../../domain/berakhlak.ts';
import { LABEL_ASPEK, LABEL_PERSPEKTIF } from '../../domain/enums.ts';
import { formatAngka } from '../../domain/format.ts';
import { todayWib } from '../../lib/clock.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { getSkp } from './skp.service.ts';

const NAMA_BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** Pangkat of PNS per golongan ruang (PP 99/2000 as amended by PP 12/2002); PPPK golongan have no pangkat. */
const PANGKAT: Record<string, string> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
};

const LABEL_JENIS_REVISI: Record<NonNullable<Skp['jenisRevisi']>, string> = {
  MUTASI: 'mutasi', REORGANISASI: 'reorganisasi', GANTI_ATASAN: 'ganti atasan', UBAH_TARGET: 'ubah target', LAINNYA: 'lainnya',
};

const DRAFT_NOTE = 'DRAFT – belum disetujui';
const BLANK = '……………………………';
const GREY = '#e6e6e6';
const LIGHT = '#f4f4f4';

/** "1 Januari 2026" from YYYY-MM-DD. */
export function tanggalIndonesia(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${d} ${NAMA_BULAN[(m ?? 1) - 1]} ${y}`;
}

/** Numbers keep the decimals they were entered with (61,95; 100), at most four. */
function angka(n: number): string {
  const decimals = /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
  return formatAngka(n, Math.min(decimals, 4));
}

export function targetTeks(iki: Pick<Rhk['iki'][number], 'target' | 'targetAtas' | 'satuan'>): string {
  if (iki.target === null) return '-';
  const nilai = iki.targetAtas !== null && iki.targetAtas !== iki.target
    ? `${angka(iki.target)}–${angka(iki.targetAtas)}` : angka(iki.target);
  return iki.satuan.trim() ? `${nilai} ${iki.satuan.trim()}` : nilai;
}

function pangkatGolongan(golongan: string | null): string {
  if (!golongan) return '-';
  const pangkat = PANGKAT[golongan];
  return pangkat ? `${pangkat}, ${golongan}` : `Golongan ${golongan}`;
}

const orDash = (s: string | null | undefined) => (s && s.trim() ? s : '-');

// Thin black rules like the printed form; padding keeps dense cells readable.
const PAD_X = 4;
const PAD_Y = 3;
const RULE = 0.5;
const GRID: CustomTableLayout = {
  hLineWidth: () => RULE, vLineWidth: () => RULE, hLineColor: () => '#000', vLineColor: () => '#000',
  paddingLeft: () => PAD_X, paddingRight: () => PAD_X, paddingTop: () => PAD_Y, paddingBottom: () => PAD_Y,
};
// A block drawn inside one cell of the outer table: inner rules only, so they meet the outer frame.
const INNER: CustomTableLayout = {
  ...GRID,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : RULE),
  vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : RULE),
};

const head = (text: string, extra: Partial<Exclude<TableCell, string>> = {}): TableCell =>
  ({ text, bold: true, fillColor: GREY, alignment: 'center', ...extra } as TableCell);
const fullRow = (cell: TableCell, cols: number): TableCell[] =>
  [{ ...(cell as object), colSpan: cols } as TableCell, ...Array.from({ length: cols - 1 }, () => ({}))];
const section = (text: string, cols: number) => fullRow({ text, bold: true, fillColor: LIGHT }, cols);
const emptyRow = (cols: number) => fullRow({ text: '-', alignment: 'center' }, cols);
const spanned = (text: string, rowSpan: number, extra: Record<string, unknown> = {}): TableCell =>
  ({ text, rowSpan, ...extra } as TableCell);

// Page geometry (A4 landscape) for the height estimate below.
const PAGE_MARGINS: [number, number, number, number] = [36, 40, 36, 36];
const CONTENT_WIDTH = 841.89 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
const CONTENT_HEIGHT = 595.28 - PAGE_MARGINS[1] - PAGE_MARGINS[3];
const FONT_SIZE = 8.5;
const LINE_HEIGHT = 1.1;

/**
 * Rows that belong together: an RHK with the rows of its IKI (its cells span them), or a section heading
 * with its first row. A block is drawn as a table inside one unbreakable row of the outer table, so row spans
 * render exactly and a block never straddles a page, while the outer header still repeats on every page.
 */
type Block = TableCell[][];

function resolveWidths(widths: readonly (number | string)[]): number[] {
  const free = CONTENT_WIDTH - widths.length * 2 * PAD_X - (widths.length + 1) * RULE;
  const fixed = widths.reduce<number>((n, w) => n + (typeof w === 'number' ? w : 0), 0);
  const stars = widths.filter((w) => typeof w !== 'number').length || 1;
  return widths.map((w) => (typeof w === 'number' ? w : (free - fixed) / stars));
}

const cellText = (cell: TableCell): string =>
  typeof cell === 'string' ? cell : typeof (cell as { text?: unknown }).text === 'string' ? (cell as { text: string }).text : '';

/** A text's height estimated on the tall side (wide glyphs, loose wrapping): only used to spot oversized blocks. */
function textHeight(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width * 0.85) / (FONT_SIZE * 0.7)));
  const lines = text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return lines * FONT_SIZE * LINE_HEIGHT * 1.2;
}

function blockHeight(block: Block, widths: number[]): number {
  let rows = 0; let spans = 0; let above = 0;
  block.forEach((row) => {
    let h = 0;
    row.forEach((cell, c) => {
      const span = typeof cell === 'object' ? (cell as { colSpan?: number; rowSpan?: number }) : {};
      const width = widths.slice(c, c + (span.colSpan ?? 1)).reduce((a, b) => a + b, 0);
      const t = textHeight(cellText(cell), width) + 2 * PAD_Y + RULE;
      if ((span.rowSpan ?? 1) > 1) spans = Math.max(spans, above + t);
      else h = Math.max(h, t);
    });
    rows += h; above = rows;
  });
  return Math.max(rows, spans);
}

/** Taller than what is left of a page under the repeated table header: such a block must be allowed to split. */
const TOO_TALL = (CONTENT_HEIGHT - 60) * 0.85;

/** The same rows without row spans, for a block that may split: the spanned text stands in its first row. */
function flatten(block: Block): Block {
  return block.map((row, r) => row.map((cell) => {
    if (typeof cell === 'string' || !('rowSpan' in cell)) {
      const last = r === block.length - 1;
      return r > 0 && typeof cell === 'object' && !Object.keys(cell).length ? { text: '', border: [true, false, true, last] } : cell;
    }
    const { rowSpan, ...rest } = cell as Record<string, unknown>;
    return { ...rest, border: [true, true, true, (rowSpan as number) > 1 ? false : true] } as TableCell;
  }));
}

/**
 * An outer table of blocks. One-row blocks are plain rows; others become a table inside one row. A block too
 * tall for a page is put in a table of its own whose rows may break, so nothing is ever cut off.
 */
function table(o: { widths: (number | string)[]; header: TableCell[][]; blocks: Block[]; marginTop?: number }): ContentTable[] {
  const cols = o.widths.length;
  const widths = resolveWidths(o.widths);
  const tables: ContentTable[] = [];
  // pdfmake writes layout state into the cell objects, so each table gets its own copy of the header.
  const header = () => structuredClone(o.header);
  let body: TableCell[][] = header();
  const close = (rows: TableCell[][], breakable: boolean) => {
    if (rows.length === o.header.length) return;
    tables.push({
      table: { widths: o.widths, body: rows, headerRows: o.header.length, dontBreakRows: !breakable },
      layout: GRID, margin: [0, tables.length ? 0 : o.marginTop ?? 10, 0, 0],
    });
  };
  for (const block of o.blocks) {
    const spans = block.some((row) => row.some((c) => typeof c === 'object' && ((c as { rowSpan?: number }).rowSpan ?? 1) > 1));
    if (blockHeight(block, widths) > TOO_TALL) {
      close(body, false);
      // Its own header too, so the column titles repeat on the pages it runs over.
      close([...header(), ...flatten(block)], true);
      body = header();
    } else if (block.length === 1 && !spans) {
      body.push(block[0]!);
    } else {
      body.push(fullRow({
        table: { widths: o.widths, body: block }, layout: INNER, margin: [-PAD_X, -PAD_Y, -PAD_X, -PAD_Y],
      } as TableCell, cols));
    }
  }
  close(body, false);
  return tables;
}

function bagian(rhk: readonly Rhk[]): { judul: string; rhk: Rhk[] }[] {
  return [
    { judul: 'A. UTAMA', rhk: rhk.filter((r) => r.jenis === 'UTAMA') },
    { judul: 'B. TAMBAHAN', rhk: rhk.filter((r) => r.jenis === 'TAMBAHAN') },
  ];
}

/** One block per RHK, the section heading joined to the first RHK of its section. */
function rhkBlocks(skp: Skp, cols: number, rows: (r: Rhk, no: number) => TableCell[][]): Block[] {
  const blocks: Block[] = [];
  for (const b of bagian(skp.rhk)) {
    const heading = section(b.judul, cols);
    if (!b.rhk.length) blocks.push([heading, emptyRow(cols)]);
    b.rhk.forEach((r, i) => blocks.push(i === 0 ? [heading, ...rows(r, i + 1)] : rows(r, i + 1)));
  }
  return blocks;
}

function kepalaTable(skp: Skp): ContentTable[] {
  const p = skp.pegawai; const q = skp.penilai;
  const row = (no: number, label: string, a: string, b: string): TableCell[] =>
    [{ text: String(no), alignment: 'center' }, label, a, { text: String(no), alignment: 'center' }, label, b];
  return table({
    widths: [18, 95, '*', 18, 95, '*'],
    header: [[head('No'), head('PEGAWAI YANG DINILAI', { colSpan: 2 }), {}, head('No'), head('PEJABAT PENILAI KINERJA', { colSpan: 2 }), {}]],
    blocks: [[
      row(1, 'Nama', p.nama, orDash(q?.nama)),
      row(2, 'NIP', p.nip, orDash(q?.nip)),
      row(3, 'Pangkat/Gol. Ruang', pangkatGolongan(p.golongan), q ? pangkatGolongan(q.golongan) : '-'),
      row(4, 'Jabatan', p.jabatan, orDash(q?.jabatan)),
      row(5, 'Unit Kerja', p.unitKerja, orDash(q?.unitKerja)),
    ]],
  });
}

function hasilKerjaTable(skp: Skp): ContentTable[] {
  const jpt = skp.model === 'JPT';
  const aspek = !jpt && skp.pendekatan === 'KUANTITATIF';
  const widths: (number | string)[] = jpt ? [22, '*', '*', 80, 95] : [22, '*', '*', ...(aspek ? [58] : []), '*', 80];
  const cols = widths.length;
  const columns: TableCell[] = jpt
    ? [head('No'), head('Rencana Hasil Kerja'), head('Indikator Kinerja Individu'), head('Target'), head('Perspektif')]
    : [head('No'), head('Rencana Hasil Kerja Pimpinan yang Diintervensi'), head('Rencana Hasil Kerja'),
      ...(aspek ? [head('Aspek')] : []), head('Indikator Kinerja Individu'), head('Target')];
  const rows = (r: Rhk, no: number): TableCell[][] => {
    const iki = r.iki.length ? r.iki : [null];
    const span = iki.length;
    return iki.map((k, j) => {
      const lead: TableCell[] = j === 0
        ? [spanned(String(no), span, { alignment: 'center' }),
          ...(jpt ? [] : [spanned(orDash(r.intervensiUraian ?? r.intervensiTeks), span)]),
          spanned(orDash(r.uraian), span)]
        : [{}, ...(jpt ? [] : [{}]), {}];
      const target: TableCell = { text: k ? targetTeks(k) : '-', alignment: 'center' };
      const rest: TableCell[] = jpt
        ? [orDash(k?.indikator), target, k?.perspektif ? LABEL_PERSPEKTIF[k.perspektif] : '-']
        : [...(aspek ? [k?.aspek ? LABEL_ASPEK[k.aspek] : '-'] : []), orDash(k?.indikator), target];
      return [...lead, ...rest];
    });
  };
  return table({
    widths,
    header: [fullRow(head('HASIL KERJA'), cols), columns],
    blocks: rhkBlocks(skp, cols, rows),
  });
}

function perilakuTable(skp: Skp): ContentTable[] {
  return table({
    widths: [22, '*', 300],
    header: [
      [head('PERILAKU KERJA', { colSpan: 3 }), {}, {}],
      [head('No'), head('Perilaku Kerja (BerAKHLAK)'), head('Ekspektasi Khusus Pimpinan')],
    ],
    blocks: BERAKHLAK.map((n) => [[
      { text: String(n.urutan), alignment: 'center' },
      { stack: [{ text: n.label, bold: true }, { ul: [...n.panduan], margin: [0, 2, 0, 0] }] },
      orDash(skp.ekspektasi[n.kode]),
    ]]),
  });
}

/** Free text becomes numbered points, one per line; numbers or bullets typed by the user are dropped. */
function poin(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(/^\s*(?:\d+[.)]|[-•*])\s+/, '').trim()).filter(Boolean);
}

function lampiranTable(skp: Skp): ContentTable[] {
  const sections: [string, string][] = [
    ['DUKUNGAN SUMBER DAYA', skp.lampiran.dukunganSumberDaya],
    ['SKEMA PERTANGGUNGJAWABAN', skp.lampiran.skemaPertanggungjawaban],
    ['KONSEKUENSI', skp.lampiran.konsekuensi],
  ];
  const blocks: Block[] = [];
  for (const [judul, isi] of sections) {
    const items: TableCell[][] = poin(isi).map((t, i) => [{ text: String(i + 1), alignment: 'center' }, t]);
    const [first = emptyRow(2), ...rest] = items;
    blocks.push([[head(judul, { colSpan: 2, alignment: 'left' }), {}], first], ...rest.map((r) => [r]));
  }
  return table({ widths: [22, '*'], header: [], blocks });
}

function rencanaAksiTable(skp: Skp): ContentTable[] {
  const rows = (r: Rhk, no: number): TableCell[][] => {
    const aksi = [...r.rencanaAksi].sort((x, y) => x.bulan - y.bulan);
    const list = aksi.length ? aksi : [null];
    return list.map((a, j) => [
      ...(j === 0 ? [spanned(String(no), list.length, { alignment: 'center' }), spanned(orDash(r.uraian), list.length)] : [{}, {}]),
      a ? NAMA_BULAN[a.bulan - 1] ?? String(a.bulan) : '-', orDash(a?.uraian),
    ]);
  };
  return table({
    widths: [22, 250, 62, '*'],
    header: [
      [head('RENCANA AKSI', { colSpan: 4 }), {}, {}, {}],
      [head('No'), head('Rencana Hasil Kerja'), head('Bulan'), head('Rencana Aksi')],
    ],
    blocks: rhkBlocks(skp, 4, rows),
  });
}

function tandaTangan(skp: Skp): Content {
  const tanggal = skp.status === 'DISETUJUI' && skp.disetujuiAt ? tanggalIndonesia(todayWib(new Date(skp.disetujuiAt))) : BLANK;
  const kolom = (baris1: string, peran: string, nama: string, nip: string): Column => ({
    width: '*', alignment: 'center',
    stack: [baris1, peran, { text: ' ', margin: [0, 0, 0, 48] }, { text: nama, bold: true, decoration: 'underline' }, `NIP. ${nip}`],
  });
  return {
    unbreakable: true, margin: [0, 18, 0, 0],
    columns: [
      kolom(' ', 'Pegawai yang Dinilai', skp.pegawai.nama, skp.pegawai.nip),
      { width: 120, text: '' },
      // Place is written by hand: the instansi record holds no city.
      kolom(`${BLANK}, ${tanggal}`, 'Pejabat Penilai Kinerja', skp.penilai?.nama ?? BLANK, skp.penilai?.nip ?? BLANK),
    ],
  };
}

function judul(skp: Skp, instansiNama: string, lampiran: boolean): Content[] {
  const sub = skp.model === 'JPT'
    ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
    : `PENDEKATAN HASIL KERJA ${skp.pendekatan} BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL`;
  const out: Content[] = [
    { text: lampiran ? 'LAMPIRAN SASARAN KINERJA PEGAWAI' : 'SASARAN KINERJA PEGAWAI', style: 'judul', ...(lampiran ? { pageBreak: 'before' as const } : {}) },
    { text: sub, style: 'subjudul' },
    {
      margin: [0, 10, 0, 0],
      columns: [
        { text: instansiNama.toUpperCase(), bold: true, width: '*' },
        { text: `PERIODE PENILAIAN: ${tanggalIndonesia(skp.mulai)} s.d. ${tanggalIndonesia(skp.selesai)}`, bold: true, alignment: 'right', width: 'auto' },
      ],
    },
  ];
  if (skp.versi > 1 || skp.jenisRevisi) {
    const jenis = skp.jenisRevisi ? ` (revisi: ${LABEL_JENIS_REVISI[skp.jenisRevisi]})` : '';
    out.push({ text: `Versi ${skp.versi}${jenis} berlaku ${tanggalIndonesia(skp.mulai)} s.d. ${tanggalIndonesia(skp.selesai)}`, italics: true, margin: [0, 2, 0, 0] });
    if (skp.alasanRevisi) out.push({ text: `Alasan revisi: ${skp.alasanRevisi}`, italics: true, fontSize: 8 });
  }
  return out;
}

/** The pdfmake document of one SKP: A4 landscape, main form then the lampiran on a new page. */
export function skpDocDefinition(skp: Skp, instansiNama: string): TDocumentDefinitions {
  const draft = skp.status !== 'DISETUJUI';
  const footerId = `SKP ${skp.tahun} – ${skp.pegawai.nama} – NIP ${skp.pegawai.nip} – Versi ${skp.versi}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE_MARGINS,
    info: { title: `Sasaran Kinerja Pegawai ${skp.tahun} – ${skp.pegawai.nama}`, author: instansiNama, subject: 'Sasaran Kinerja Pegawai' },
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE, lineHeight: LINE_HEIGHT },
    styles: {
      judul: { fontSize: 13, bold: true, alignment: 'center' },
      subjudul: { fontSize: 10, bold: true, alignment: 'center', margin: [0, 2, 0, 0] },
    },
    // An unapproved plan must never pass for the signed one: a note on every page and a watermark.
    ...(draft ? {
      watermark: { text: 'DRAFT', color: '#b00020', opacity: 0.08, bold: true, angle: -30 },
      header: { text: `${DRAFT_NOTE} (status: ${skp.status === 'DIAJUKAN' ? 'diajukan' : 'draft'})`, color: '#b00020', bold: true, alignment: 'right', margin: [36, 18, 36, 0] },
    } : {}),
    footer: (page: number, pages: number) => ({
      margin: [36, 10, 36, 0], fontSize: 7, color: '#555',
      columns: [{ text: footerId }, { text: `Halaman ${page} dari ${pages}`, alignment: 'right', width: 'auto' }],
    }),
    content: [
      ...judul(skp, instansiNama, false),
      ...kepalaTable(skp),
      ...hasilKerjaTable(skp),
      ...perilakuTable(skp),
      tandaTangan(skp),
      ...judul(skp, instansiNama, true),
      ...kepalaTable(skp),
      ...lampiranTable(skp),
      ...rencanaAksiTable(skp),
      tandaTangan(skp),
    ],
  };
}

// pdfmake 0.3 on Node is one shared instance: fonts and access policies are set once, before the first render.
let ready = false;
function setupPdfmake(): void {
  if (ready) return;
  const fonts = createRequire(import.meta.url)('pdfmake/fonts/Roboto.js') as { Roboto: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> };
  const allowed = new Set(Object.values(fonts.Roboto));
  pdfmake.setFonts(fonts);
  // Documents never fetch anything; only the bundled font files may be read from disk.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  ready = true;
}

export async function renderSkpPdf(skp: Skp, instansiNama: string): Promise<Buffer> {
  setupPdfmake();
  return pdfmake.createPdf(skpDocDefinition(skp, instansiNama)).getBuffer();
}

export function namaBerkasSkp(skp: Skp): string {
  return `SKP-${skp.tahun}-${skp.pegawai.nip.replace(/\D/g, '')}-v${skp.versi}.pdf`;
}

/** The printed SKP for whoever may read it (same rule as reading the SKP: 404 otherwise). */
export async function cetakSkp(db: Db, actor: Actor, id: string): Promise<{ pdf: Buffer; namaBerkas: string }> {
  const skp = await getSkp(db, actor, id);
  const [ins] = await db.select({ nama: instansi.nama }).from(instansi).where(eq(instansi.id, tenantOf(actor)));
  return { pdf: await renderSkpPdf(skp, ins?.nama ?? ''), namaBerkas: namaBerkasSkp(skp) };
}
