// Fixtures for the evaluation-year browser test, through the real API: last year's periode, approved
// SKP, a quarter's worth of accepted activities, realisasi and the evaluation steps the browser does not
// walk itself; and page 1 of a PDF as a PNG (pdf.js legacy build drawing on @napi-rs/canvas).
import fs from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Api } from './api.ts';

export type Rating = 'DI_ATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_BAWAH_EKSPEKTASI';
export type Jenis = 'periodik' | 'tahunan';

export interface IkiSpec { indikator: string; target: number; satuan: string }
export interface RhkSpec { uraian: string; intervensiTeks: string; iki: IkiSpec[] }

export const LAMPIRAN = {
  dukunganSumberDaya: 'Komputer, SIMPUS dan jaringan internet puskesmas',
  skemaPertanggungjawaban: 'Laporan bulanan kepada kepala seksi',
  konsekuensi: 'Sesuai ketentuan disiplin dan kinerja',
};

/** Last year's periode (quarterly), made by the admin when it does not exist yet. */
export async function periodeTahunLalu(admin: Api, tahun: number): Promise<{ id: string; tahun: number }> {
  const ada = (await admin.get<{ id: string; tahun: number }[]>('/periode')).find((p) => p.tahun === tahun);
  if (ada) return ada;
  return admin.post('/periode', { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, frekuensi: 'TRIWULAN' });
}

/**
 * The owner drafts and submits; the penilai writes ekspektasi khusus (when given) and approves.
 * Returns the approved SKP with its RHK and IKI ids.
 */
export async function skpDisetujui(owner: Api, penilai: Api, periodeId: string, rhk: RhkSpec[], ekspektasi?: Record<string, string>) {
  let s = await owner.post('/skp', { periodeId });
  s = await owner.put(`/skp/${s.id}`, {
    rhk: rhk.map((r) => ({ uraian: r.uraian, intervensiTeks: r.intervensiTeks, iki: r.iki })),
    lampiran: LAMPIRAN, version: s.version,
  });
  if (s.kekurangan?.length) throw new Error(`SKP belum lengkap: ${JSON.stringify(s.kekurangan)}`);
  s = await owner.post(`/skp/${s.id}/ajukan`, { version: s.version });
  if (ekspektasi) s = await penilai.put(`/skp/${s.id}/ekspektasi`, { ekspektasi, version: s.version });
  s = await penilai.post(`/skp/${s.id}/setujui`, { version: s.version });
  if (s.status !== 'DISETUJUI') throw new Error(`SKP ${s.id} tidak disetujui: ${s.status}`);
  return s as { id: string; version: number; rhk: { id: string; uraian: string; iki: { id: string; indikator: string }[] }[] };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A quarter of work as a phone would sync it: every weekday a data-entry activity (no output count),
 * every Friday one weekly report (1 laporan). Returns how many reports were logged.
 */
export async function aktivitasTriwulan(owner: Api, rhkId: string, tahun: number, ke: number): Promise<{ ids: string[]; laporan: number }> {
  const items: { id: string; data: Record<string, unknown> }[] = [];
  let laporan = 0;
  const akhir = new Date(Date.UTC(tahun, ke * 3, 0));
  for (let d = new Date(Date.UTC(tahun, (ke - 1) * 3, 1)); d <= akhir; d = new Date(d.getTime() + 86_400_000)) {
    const hari = d.getUTCDay();
    if (hari === 0 || hari === 6) continue;
    items.push({ id: crypto.randomUUID(), data: { tanggal: iso(d), rhkId, uraian: 'Menginput data kunjungan pasien poli umum ke SIMPUS', jumlah: null, menit: 150 } });
    if (hari === 5) {
      laporan += 1;
      items.push({ id: crypto.randomUUID(), data: { tanggal: iso(d), rhkId, uraian: `Menyusun laporan mingguan data kunjungan ke-${laporan}`, jumlah: 1, satuan: 'laporan', menit: 90 } });
    }
  }
  const r = await owner.post<{ hasil: { id: string; hasil: string; pesan: string | null }[] }>('/aktivitas/sinkron', { items });
  const gagal = r.hasil.filter((h) => h.hasil !== 'DIBUAT');
  if (gagal.length) throw new Error(`sinkron aktivitas gagal: ${JSON.stringify(gagal.slice(0, 3))}`);
  return { ids: items.map((i) => i.id), laporan };
}

export interface Evaluasi { id: string; status: string; version: number; predikat: string | null; periodeKe: number; kodeVerifikasi: string | null }
export interface DaftarEvaluasi { periodik: Evaluasi[]; tahunan: Evaluasi | null }

export const evaluasiUrl = (skpId: string, jenis: Jenis, ke: number, aksi: string) => `/skp/${skpId}/evaluasi/${jenis}/${ke}/${aksi}`;

export async function evaluasiOf(api: Api, skpId: string, jenis: Jenis, ke: number): Promise<Evaluasi> {
  const d = await api.get<DaftarEvaluasi>(`/skp/${skpId}/evaluasi`);
  const ev = jenis === 'tahunan' ? d.tahunan : d.periodik.find((e) => e.periodeKe === ke);
  if (!ev) throw new Error(`evaluasi ${jenis} ${ke} SKP ${skpId} tidak ada`);
  return ev;
}

/**
 * Walks one evaluation from where it stands up to `sampai`: the owner marks realisasi complete, the
 * penilai rates, fixes the predikat, and (for FINAL) locks the document.
 */
export async function jalankanEvaluasi(owner: Api, penilai: Api, skpId: string, jenis: Jenis, ke: number,
  rating: { hasil: Rating; perilaku: Rating }, sampai: 'PREDIKAT_DITETAPKAN' | 'FINAL'): Promise<Evaluasi> {
  let ev = await evaluasiOf(owner, skpId, jenis, ke);
  const url = (aksi: string) => evaluasiUrl(skpId, jenis, ke, aksi);
  if (ev.status === 'OPEN') ev = (await owner.post(url('realisasi-selesai'), { version: ev.version })).evaluasi;
  if (ev.status === 'REALISASI_DIISI') {
    ev = (await penilai.put(url('nilai'), { version: ev.version, ratingHasil: rating.hasil, ratingPerilaku: rating.perilaku })).evaluasi;
  }
  if (ev.status === 'DINILAI') ev = (await penilai.post(url('tetapkan'), { version: ev.version })).evaluasi;
  if (sampai === 'FINAL' && ev.status === 'PREDIKAT_DITETAPKAN') ev = (await penilai.post(url('final'), { version: ev.version })).evaluasi;
  return ev;
}

/** Saves one realisasi cell as the owner (version read first, as the screen does). */
export async function isiRealisasi(owner: Api, skpId: string, ikiId: string, ke: number, nilai: number) {
  const r = await owner.get<{ rhk: { iki: { id: string; sel: { periodeKe: number; version: number }[] }[] }[] }>(`/skp/${skpId}/realisasi`);
  const sel = r.rhk.flatMap((x) => x.iki).find((k) => k.id === ikiId)?.sel.find((s) => s.periodeKe === ke);
  return owner.put(`/skp/${skpId}/realisasi/${ikiId}/${ke}`, { nilai, version: sel?.version ?? 0 });
}

/** Renders page 1 of a PDF to a PNG file, as a person would see it printed. */
export async function pdfHalamanPertamaPng(pdf: Uint8Array, file: string, scale = 2): Promise<void> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(1);
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    fs.writeFileSync(file, canvas.toBuffer('image/png'));
  } finally {
    await doc.destroy();
  }
}
