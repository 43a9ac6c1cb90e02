// Pieces of the printed forms of PermenPANRB 6/2022 (SKP, dokumen evaluasi kinerja pegawai): Indonesian
// dates and pangkat, thin-ruled tables like the paper form, and the outer table of unbreakable blocks.
// Moved here unchanged from the SKP print so both documents look alike.
import type { ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';

export const NAMA_BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** Pangkat of PNS per golongan ruang (PP 99/2000 as amended by PP 12/2002); PPPK golongan have no pangkat. */
export const PANGKAT: Record<string, string> = {
  'I/a': 'Juru Muda', 'I/b': 'Juru Muda Tingkat I', 'I/c': 'Juru', 'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda', 'II/b': 'Pengatur Muda Tingkat I', 'II/c': 'Pengatur', 'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda', 'III/b': 'Penata Muda Tingkat I', 'III/c': 'Penata', 'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina', 'IV/b': 'Pembina Tingkat I', 'IV/c': 'Pembina Utama Muda', 'IV/d': 'Pembina Utama Madya', 'IV/e': 'Pembina Utama',
};

export const BLANK = '……………………………';
export const GREY = '#e6e6e6';
export const LIGHT = '#f4f4f4';

/** "1 Januari 2026" from YYYY-MM-DD. */
export function tanggalIndonesia(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return `${d} ${NAMA_BULAN[(m ?? 1) - 1]} ${y}`;
}

export function pangkatGolongan(golongan: string | null): string {
  if (!golongan) return '-';
  const pangkat = PANGKAT[golongan];
  return pangkat ? `${pangkat}, ${golongan}` : `Golongan ${golongan}`;
}

export const orDash = (s: string | null | undefined) => (s && s.trim() ? s : '-');

// Thin black rules like the printed form; padding keeps dense cells readable.
export const PAD_X = 4;
export const PAD_Y = 3;
export const RULE = 0.5;
export const GRID: CustomTableLayout = {
  hLineWidth: () => RULE, vLineWidth: () => RULE, hLineColor: () => '#000', vLineColor: () => '#000',
  paddingLeft: () => PAD_X, paddingRight: () => PAD_X, paddingTop: () => PAD_Y, paddingBottom: () => PAD_Y,
};
// A block drawn inside one cell of the outer table: inner rules only, so they meet the outer frame.
export const INNER: CustomTableLayout = {
  ...GRID,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : RULE),
  vLineWidth: (i, node) => (i === 0 || i === (node.table.widths?.length ?? 0) ? 0 : RULE),
};

export const head = (text: string, extra: Partial<Exclude<TableCell, string>> = {}): TableCell =>
  ({ text, bold: true, fillColor: GREY, alignment: 'center', ...extra } as TableCell);
export const fullRow = (cell: TableCell, cols: number): TableCell[] =>
  [{ ...(cell as object), colSpan: cols } as TableCell, ...Array.from({ length: cols - 1 }, () => ({}))];
export const section = (text: string, cols: number) => fullRow({ text, bold: true, fillColor: LIGHT }, cols);
export const emptyRow = (cols: number) => fullRow({ text: '-', alignment: 'center' }, cols);
export const spanned = (text: string, rowSpan: number, extra: Record<string, unknown> = {}): TableCell =>
  ({ text, rowSpan, ...extra } as TableCell);

// Page geometry (A4 landscape) for the height estimate below.
export const PAGE_MARGINS: [number, number, number, number] = [36, 40, 36, 36];
export const CONTENT_WIDTH = 841.89 - PAGE_MARGINS[0] - PAGE_MARGINS[2];
export const CONTENT_HEIGHT = 595.28 - PAGE_MARGINS[1] - PAGE_MARGINS[3];
export const FONT_SIZE = 8.5;
export const LINE_HEIGHT = 1.1;

/**
 * Rows that belong together: an RHK with the rows of its IKI (its cells span them), or a section heading
 * with its first row. A block is drawn as a table inside one unbreakable row of the outer table, so row spans
 * render exactly and a block never straddles a page, while the outer header still repeats on every page.
 */
export type Block = TableCell[][];

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
export function table(o: { widths: (number | string)[]; header: TableCell[][]; blocks: Block[]; marginTop?: number }): ContentTable[] {
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
