// Builds XLSX/CSV files the way users produce them, for import tests and the benchmark.
import ExcelJS from 'exceljs';

export async function xlsx(header: string[], rows: (string | number | null)[][], opts: { nipAsNumber?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v, i) => (opts.nipAsNumber && header[i] === 'NIP' && typeof v === 'string' ? Number(v) : v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csv(header: string[], rows: (string | number | null)[][], delimiter = ';'): Buffer {
  const esc = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return s.includes(delimiter) || s.includes('"') ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return Buffer.from('\uFEFF' + [header, ...rows].map((r) => r.map(esc).join(delimiter)).join('\r\n') + '\r\n', 'utf8');
}
