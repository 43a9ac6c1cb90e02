// Reads the first sheet of an XLSX or a CSV (comma or semicolon, as Indonesian Excel writes it)
// into rows of trimmed strings keyed by normalised header names. The type is told by content.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';

export interface SheetRow { baris: number; values: Record<string, string>; numericNip?: boolean }

/** 'Kode Unit Induk' → 'kodeunitinduk', so headers match whatever the spelling and spacing. */
export const normaliseHeader = (h: string) => h.replace(/^\uFEFF/, '').toLowerCase().replace(/[^a-z0-9]/g, '');

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? BigInt(v).toString() : String(v);
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('').trim();
    if ('text' in v && typeof v.text === 'string') return v.text.trim();
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  }
  return String(v).trim();
}

export function isXlsx(buf: Buffer) {
  return buf.length > 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

export async function readSheet(buf: Buffer): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet | undefined;
  try {
    if (isXlsx(buf)) {
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      ws = wb.worksheets[0];
    } else {
      const text = buf.toString('utf8');
      if (text.includes('\u0000')) throw new Error('binary');
      const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
      const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
      // Keep every cell as text: an 18-digit NIP must not become a float.
      ws = await wb.csv.read(Readable.from([buf]), { map: (d: unknown) => d, parserOptions: { delimiter } } as never);
    }
  } catch {
    throw new AppError('VALIDATION', 'Berkas tidak dapat dibaca. Gunakan XLSX atau CSV (pemisah koma atau titik koma).', { fields: { berkas: 'Format berkas tidak dikenal' } });
  }
  if (!ws || ws.rowCount < 1) throw new AppError('VALIDATION', 'Berkas kosong', { fields: { berkas: 'Berkas tidak berisi baris data' } });
  const headerRow = ws.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (c, col) => { headers[col] = normaliseHeader(cellText(c.value)); });
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    let any = false; let numericNip = false;
    row.eachCell({ includeEmpty: false }, (c, col) => {
      const h = headers[col];
      if (!h) return;
      const t = cellText(c.value);
      if (t) any = true;
      if (h === 'nip' && typeof c.value === 'number') numericNip = true;
      values[h] = t;
    });
    if (any) rows.push(numericNip ? { baris: n, values, numericNip } : { baris: n, values });
  });
  return { headers: headers.filter(Boolean), rows };
}
