// The dokumen evaluasi kinerja pegawai over HTTP: only a FINAL evaluation has one, who may download it,
// that it prints the frozen numbers exactly as the explanation gives them, and that the QR code's address
// answers a public check without a session.
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluasiSnapshot } from '../../src/contracts/evaluasi.ts';
import { evaluasi, predikatOrganisasi, realisasi, umpanBalik, unitKerja } from '../../src/db/schema.ts';
import {
  aturanPolaTeks, dokumenEvaluasiDocDefinition, labelPeriodeDokumen, renderDokumenEvaluasiPdf, sidikDokumen, urlVerifikasi,
} from '../../src/services/evaluasi/dokumen-pdf.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { Client, loginAs } from '../support/client.ts';
import { pdfText } from '../support/pdf-text.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const BELUM_FINAL = 'Dokumen evaluasi tersedia setelah evaluasi final';
const HOST = 'ekinerja.sukamaju.test';
const angkaId = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
const persenId = (n: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)}%`;

/** The raw PDF bytes; the JSON test client would decode them as text. */
async function getPdf(server: FastifyInstance, c: Client, url: string) {
  const r = await server.inject({ method: 'GET', url, headers: { host: HOST, ...(c.cookie ? { cookie: c.cookie } : {}) } });
  return { status: r.statusCode, headers: r.headers, body: r.rawPayload, json: () => r.json() };
}

describe.each(testTargets())('Dokumen evaluasi on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let dokter: Client; let kasi: Client; let staff: Client; let otherAdmin: Client;
  let skp: any;
  let kode: string;
  const tahun = new Date().getFullYear() - 1;
  const db = () => app.database.db;
  const url = (aksi: string, ke = 1) => `/api/v1/skp/${skp.id}/evaluasi/periodik/${ke}/${aksi}`;

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const other = await newTenant(app);
    const dokterP = t.pegawai.find((p) => p.jabatanKode.includes('DOKTER'))!;
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    [dokter, kasi, staff, otherAdmin] = await Promise.all([
      loginAs(app.server, dokterP.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD),
      loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, other.admin, PASSWORD),
    ]);
    const per = await admin.post('/api/v1/periode', { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, frekuensi: 'TRIWULAN' });
    expect(per.status).toBe(201);
    skp = await approvedSkp(dokter, kasi, per.body.id, [{ uraian: 'Terlayaninya pasien rawat jalan', satuan: 'laporan' }, { uraian: 'Tersusunnya laporan surveilans' }]);
    const [iki1, iki2] = skp.rhk.flatMap((r: any) => r.iki);
    await db().insert(realisasi).values([
      { instansiId: t.instansiId, skpId: skp.id, ikiId: iki1.id, periodeKe: 1, nilai: 13.5 },
      { instansiId: t.instansiId, skpId: skp.id, ikiId: iki2.id, periodeKe: 1, nilai: 11 },
    ]);
    // The kasi heads the unit whose predikat organisasi sets the pola distribusi for the dokter.
    const [unit] = await db().select().from(unitKerja).where(and(eq(unitKerja.instansiId, t.instansiId), eq(unitKerja.kode, 'DINKES-YANKES-PRIMER')));
    await db().insert(predikatOrganisasi).values({ instansiId: t.instansiId, unitKerjaId: unit!.id, tahun, predikat: 'BAIK' });
  });
  afterAll(async () => { await app?.close(); });

  it('has no document before FINAL', async () => {
    const r = await getPdf(app.server, dokter, url('dokumen.pdf'));
    expect([r.status, r.json().error.message]).toEqual([422, BELUM_FINAL]);
    expect((await getPdf(app.server, staff, url('dokumen.pdf'))).status).toBe(404);
  });

  it('prints the final document for the owner and the penilai, with the numbers of the explanation and the QR address', async () => {
    const d = (await dokter.get(`/api/v1/skp/${skp.id}/evaluasi`)).body;
    const done = await dokter.post(url('realisasi-selesai'), { version: d.periodik[0].version });
    const n = await kasi.put(url('nilai'), { version: done.body.evaluasi.version, ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' });
    const p = await kasi.post(url('tetapkan'), { version: n.body.evaluasi.version });
    await db().insert(umpanBalik).values({ instansiId: t.instansiId, skpId: skp.id, rhkId: skp.rhk[0].id, penulisId: t.kasi.id, isi: 'Laporan rawat jalan rapi, pertahankan' });
    // Still not final: the predikat is set but the document is not frozen.
    expect((await getPdf(app.server, kasi, url('dokumen.pdf'))).status).toBe(422);
    const f = await kasi.post(url('final'), { version: p.body.evaluasi.version });
    expect(f.body.evaluasi).toMatchObject({ status: 'FINAL', predikat: 'BAIK' });
    kode = f.body.evaluasi.kodeVerifikasi;

    const r = await getPdf(app.server, dokter, url('dokumen.pdf'));
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe(`inline; filename="Evaluasi-Kinerja-${tahun}-Triwulan-I-${d.pegawai.nip.replace(/\D/g, '')}.pdf"`);
    expect(r.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await getPdf(app.server, kasi, url('dokumen.pdf'))).status).toBe(200);
    expect((await getPdf(app.server, staff, url('dokumen.pdf'))).status).toBe(404);
    expect((await getPdf(app.server, otherAdmin, url('dokumen.pdf'))).status).toBe(404);
    expect((await getPdf(app.server, new Client(app.server), url('dokumen.pdf'))).status).toBe(401);

    // Cells wrap, so compare with line breaks as spaces.
    const text = (await pdfText(r.body)).replace(/\s+/g, ' ');
    const pj = (await dokter.get(url('penjelasan'))).body;
    expect(pj.sumber).toBe('SNAPSHOT');
    const k1 = pj.perhitungan.hasilKerja[0].iki[0];
    expect(k1).toMatchObject({ realisasi: 13.5, capaian: 112.5 });
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: TRIWULAN I', `1 Januari ${tahun} s.d. 31 Maret ${tahun}`,
      d.pegawai.nip, d.pegawai.nama, d.penilai.nama, 'CAPAIAN KINERJA ORGANISASI', 'POLA DISTRIBUSI',
      // A quarter carries no predikat organisasi (only the annual evaluation does), so no curve.
      'Predikat kinerja organisasi periodik tidak tercatat', 'Tidak ada kurva',
      'RATING HASIL KERJA', 'Di Atas Ekspektasi', 'RATING PERILAKU KERJA', 'Sesuai Ekspektasi', 'PREDIKAT KINERJA PEGAWAI', 'BAIK',
      `${angkaId(k1.realisasi)} ${k1.satuan}`, `Capaian ${persenId(k1.capaian)}`, k1.targetTeks,
      'Laporan rawat jalan rapi, pertahankan', 'A. UTAMA', 'B. TAMBAHAN', 'Akuntabel',
      `http://${HOST}/verifikasi-dokumen/${kode}`, `Kode verifikasi: ${kode}`, 'Pejabat Penilai Kinerja',
    ]) expect(text, s).toContain(s);
    // JF Ahli Pertama, Baik, three months: 3/12 × 100 % × 12,5 = 3,13 (PermenPANRB 1/2023), as the API says.
    expect(pj.perhitungan.angkaKredit.nilai).toBe(3.13);
    expect(text).toContain(`ANGKA KREDIT (PermenPANRB 1/2023) ${angkaId(pj.perhitungan.angkaKredit.nilai)}`);
    // Signed on the day it became final (WIB).
    const hari = new Intl.DateTimeFormat('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(f.body.evaluasi.finalAt));
    expect(text).toContain(hari);

    // The printed hash is the one of the frozen snapshot.
    const [row] = await db().select().from(evaluasi).where(eq(evaluasi.id, f.body.evaluasi.id));
    const snap = EvaluasiSnapshot.parse(row!.snapshot);
    expect(text).toContain(sidikDokumen(snap));
  });

  it('prints the annual document with the predikat organisasi and its pola distribusi', async () => {
    const tahunan = `/api/v1/skp/${skp.id}/evaluasi/tahunan/0`;
    const d = (await dokter.get(`/api/v1/skp/${skp.id}/evaluasi`)).body;
    const done = await dokter.post(`${tahunan}/realisasi-selesai`, { version: d.tahunan.version });
    const n = await kasi.put(`${tahunan}/nilai`, { version: done.body.evaluasi.version, ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' });
    const p = await kasi.post(`${tahunan}/tetapkan`, { version: n.body.evaluasi.version });
    expect((await kasi.post(`${tahunan}/final`, { version: p.body.evaluasi.version })).status).toBe(200);
    const pj = (await kasi.get(`${tahunan}/penjelasan`)).body.perhitungan;
    expect(pj.organisasi).toMatchObject({ predikat: 'BAIK', label: 'Baik' });
    const r = await getPdf(app.server, kasi, `${tahunan}/dokumen.pdf`);
    expect(r.status).toBe(200);
    const text = (await pdfText(r.body)).replace(/\s+/g, ' ');
    for (const s of [
      'PERIODE: TAHUNAN', `1 Januari ${tahun} s.d. 31 Desember ${tahun}`, 'Baik', `${pj.organisasi.unitKerja}, tahun ${tahun}`,
      'Predikat kinerja organisasi Baik (SE MenPANRB 3/2023):', 'Sebagian besar pegawai berpredikat Baik', 'Baik paling banyak 70%',
      'Sangat Kurang', 'Kurang/ Misconduct', 'Butuh Perbaikan', 'Sangat Baik',
      // Annual realisasi is the year to date: 13,5 from the first quarter only.
      `${angkaId(pj.hasilKerja[0].iki[0].realisasi)} laporan`, `Angka kredit = (12 ÷ 12)`,
    ]) expect(text, s).toContain(s);
  });

  it('answers the public check for the printed code without a session, and 404 for any other code', async () => {
    const anon = new Client(app.server);
    const r = await anon.get(`/api/v1/verifikasi-dokumen/${kode}`);
    expect(r.status).toBe(200);
    const d = (await dokter.get(`/api/v1/skp/${skp.id}/evaluasi`)).body;
    expect(r.body).toMatchObject({
      kodeVerifikasi: kode, pegawai: { nama: d.pegawai.nama, nip: d.pegawai.nip, jabatan: d.pegawai.jabatan },
      penilai: { nama: d.penilai.nama }, periode: { jenis: 'PERIODIK', label: 'Triwulan I', tahun },
      ratingHasil: 'Di Atas Ekspektasi', ratingPerilaku: 'Sesuai Ekspektasi', predikat: { kode: 'BAIK', label: 'Baik' },
      finalAt: d.periodik[0].finalAt,
    });
    expect(r.body.sidik).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(r.body).sort()).toEqual(['berlaku', 'digantiPada', 'finalAt', 'instansi', 'kodeVerifikasi', 'pegawai', 'penilai', 'periode', 'predikat', 'ratingHasil', 'ratingPerilaku', 'sidik']);
    // Typed from paper: lower case and spaces are fine.
    expect((await anon.get(`/api/v1/verifikasi-dokumen/${kode.toLowerCase().replace(/(.{4})/g, '$1 ').trim().replace(/ /g, '%20')}`)).body.kodeVerifikasi).toBe(kode);
    // Signed in, the same.
    expect((await staff.get(`/api/v1/verifikasi-dokumen/${kode}`)).status).toBe(200);
    for (const bad of ['AAAAAAAAAAAAAAAAAAAAAAAAAA', 'bukan-kode', kode.slice(1)]) {
      const x = await anon.get(`/api/v1/verifikasi-dokumen/${bad}`);
      expect([bad, x.status, x.body.error.code]).toEqual([bad, 404, 'NOT_FOUND']);
    }
  });

  it('lays out variants from the frozen snapshot: JPT perspektif, no predikat organisasi, configured address', async () => {
    const [row] = await db().select().from(evaluasi).where(and(eq(evaluasi.skpId, skp.id), eq(evaluasi.jenis, 'TAHUNAN')));
    const snap = EvaluasiSnapshot.parse(row!.snapshot);
    expect(snap.capaianOrganisasi).toMatchObject({ predikat: 'BAIK' });
    const jpt = { ...snap, skp: { ...snap.skp, model: 'JPT' as const }, capaianOrganisasi: null,
      hasilKerja: snap.hasilKerja.map((r) => ({ ...r, iki: r.iki.map((k) => ({ ...k, perspektif: 'PENERIMA_LAYANAN' as const })) })) };
    const text = (await pdfText(await renderDokumenEvaluasiPdf(jpt, { baseUrl: 'https://ekinerja.sukamajukab.go.id/' }))).replace(/\s+/g, ' ');
    for (const s of ['Perspektif', 'Penerima Layanan', 'Tidak ada kurva', 'Predikat kinerja organisasi tahun ini belum ditetapkan',
      `https://ekinerja.sukamajukab.go.id/verifikasi-dokumen/${snap.kodeVerifikasi}`]) expect(text, s).toContain(s);
    expect(text).not.toContain('Rencana Hasil Kerja Pimpinan yang Diintervensi');
    // The QR code encodes the same address that is printed under it.
    const doc = JSON.stringify(dokumenEvaluasiDocDefinition(snap, { baseUrl: 'https://ekinerja.sukamajukab.go.id' }).content);
    expect(doc).toContain(`"qr":"https://ekinerja.sukamajukab.go.id/verifikasi-dokumen/${snap.kodeVerifikasi}"`);
    // The hash does not depend on key order (jsonb keeps its own).
    const reordered = Object.fromEntries(Object.entries(snap).reverse()) as typeof snap;
    expect(sidikDokumen(reordered)).toBe(sidikDokumen(snap));
    expect(sidikDokumen({ ...snap, predikat: 'SANGAT_BAIK' })).not.toBe(sidikDokumen(snap));
  });
});

describe('Dokumen evaluasi wording', () => {
  it('names the period and the pola the official way', () => {
    expect(labelPeriodeDokumen({ label: 'Triwulan I' })).toBe('PERIODE: TRIWULAN I');
    expect(labelPeriodeDokumen({ label: 'Tahunan' })).toBe('PERIODE: TAHUNAN');
    expect(labelPeriodeDokumen({ label: 'Maret' })).toBe('PERIODE: BULAN MARET');
    expect(urlVerifikasi('https://ekinerja.kab.go.id//', 'ABC')).toBe('https://ekinerja.kab.go.id/verifikasi-dokumen/ABC');
    expect(aturanPolaTeks('BAIK')).toEqual([
      'Sebagian besar pegawai berpredikat Baik', 'Baik paling banyak 70%', 'Harus ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct',
    ]);
    expect(aturanPolaTeks('SANGAT_KURANG')).toEqual([
      'Sangat Kurang paling sedikit 60%', 'Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10%', 'Tidak ada pegawai berpredikat Sangat Baik',
    ]);
  });
});
