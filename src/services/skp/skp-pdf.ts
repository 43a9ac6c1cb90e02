// Print layout of one SKP following the form of PermenPANRB 6/2022 Lampiran (skp-rules.md §3): header,
// hasil kerja (model JA/JF or JPT), perilaku kerja BerAKHLAK, lampiran with rencana aksi, signatures.
// The document definition is a pure function of the SKP, so the layout can be tested without a database.
import { eq } from 'drizzle-orm';
import type { Column, Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Rhk, Skp } from '../../contracts/skp.ts';
import type { Db } from '../../db/client.ts';
import { instansi } from '../../db/schema.ts';
import { BERAKHLAK } from '../../domain/berakhlak.ts';
import { LABEL_ASPEK, LABEL_PERSPEKTIF } from '../../domain/enums.ts';
import { formatAngka } from '../../domain/format.ts';
import { todayWib } from '../../lib/clock.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import {
  BLANK, FONT_SIZE, LINE_HEIGHT, NAMA_BULAN, PAGE_MARGINS, emptyRow, fullRow, head, orDash, pangkatGolongan, section, spanned, table,
  tanggalIndonesia, type Block,
} from '../pdf/formulir.ts';
import { renderPdf } from '../pdf/pdfmake.ts';
import { getSkp } from './skp.service.ts';

export { tanggalIndonesia };

const LABEL_JENIS_REVISI: Record<NonNullable<Skp['jenisRevisi']>, string> = {
  MUTASI: 'mutasi', REORGANISASI: 'reorganisasi', GANTI_ATASAN: 'ganti atasan', UBAH_TARGET: 'ubah target', LAINNYA: 'lainnya',
};

const DRAFT_NOTE = 'DRAFT – belum disetujui';
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

export async function renderSkpPdf(skp: Skp, instansiNama: string): Promise<Buffer> {
  return renderPdf(skpDocDefinition(skp, instansiNama));
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
