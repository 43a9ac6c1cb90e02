// Import templates: the header row and one example row, as XLSX (NIP column formatted as text) or CSV.
import ExcelJS from 'exceljs';
import type { JenisImport } from '../../contracts/imports.ts';
import { COLUMNS } from './columns.ts';

export async function importTemplate(jenis: JenisImport, format: 'xlsx' | 'csv'): Promise<Buffer> {
  const cols = COLUMNS[jenis];
  if (format === 'csv') {
    const esc = (s: string) => (/[",;\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    return Buffer.from(`${cols.map((c) => esc(c.label)).join(',')}\n${cols.map((c) => esc(c.contoh)).join(',')}\n`, 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(jenis);
  ws.columns = cols.map((c) => ({ header: c.label, key: c.key, width: Math.max(14, c.label.length + 4), style: { numFmt: '@' } }));
  ws.addRow(Object.fromEntries(cols.map((c) => [c.key, c.contoh])));
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
