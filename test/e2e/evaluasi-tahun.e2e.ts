// Browser test of one evaluation year of a small unit, in last year's periode so it stands apart from the
// current-year tests: the Kepala Seksi Primer (pejabat penilai) and every pegawai of his seksi. Fixtures go
// through the API where another test already walks the screen (SKP, activities, repetitive quarters); the
// browser walks realisasi from accepted activities on a phone, umpan balik both ways, one quarter's
// evaluation with its explanation, the predikat organisasi and kurva calibration, the final annual
// evaluation, its PDF and the public check of its QR address.
// Env: E2E_BASE_URL, E2E_PASSWORD, E2E_LOGINS (role label → username, from the server's start-up list).
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.ts';
import { apiAs, type Api } from './api.ts';
import { type Browser, demoLogin, DESKTOP, launchBrowser, PHONE, screenshot, SHOTS, signInAs } from './browser.ts';
import {
  aktivitasTriwulan, evaluasiOf, evaluasiUrl, isiRealisasi, jalankanEvaluasi, pdfHalamanPertamaPng, periodeTahunLalu, skpDisetujui,
  type Rating,
} from './evaluasi-fixture.ts';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';
const PASSWORD = process.env['E2E_PASSWORD'] ?? process.env['E2E_ADMIN_PASSWORD'] ?? '';
const ADMIN = 'Admin kepegawaian';
const KASI = 'Kepala Seksi Primer';
const KABID = 'Kepala Bidang Yankes';
const STAF = 'Staf (pelaksana)';
const TAHUN = new Date().getFullYear() - 1;

const RHK = 'Tersedianya data kunjungan pasien puskesmas yang mutakhir';
const IKI_LAPORAN = { indikator: 'Jumlah laporan mingguan data kunjungan pasien', target: 48, satuan: 'laporan' };
const IKI_VALID = { indikator: 'Persentase data kunjungan yang tervalidasi', target: 90, satuan: '%' };
const UB_RHK = 'Laporan mingguan Triwulan I lengkap; tambahkan grafik tren kunjungan per poli.';
const UB_NILAI = 'Respons terhadap permintaan data puskesmas cepat dan ramah.';
const BALAS_RHK = 'Baik, Pak. Grafik tren per poli saya lampirkan mulai Triwulan II.';
const BALAS_NILAI = 'Terima kasih, Pak. Akan saya pertahankan.';

const S: Rating = 'SESUAI_EKSPEKTASI';
const A: Rating = 'DI_ATAS_EKSPEKTASI';
const angka = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(n);
const persen = (n: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)}%`;
const login = demoLogin;

interface Orang { nip: string; nama: string; api: Api; skpId: string; rating: { hasil: Rating; perilaku: Rating } }

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let kasi: Api;
let kabid: Api;
let staf: Orang;
/** The other pegawai of the seksi, in the order the API lists them. */
const lain: Orang[] = [];
let unitId: string;
let ikiLaporan: string;
let ikiValid: string;
let laporanTriwulanI = 0;

const shot = (name: string, fullPage = true) => screenshot(page, name, fullPage);

const signIn = (label: string) => signInAs(page, BASE, login(label), PASSWORD);

async function expectFitsPhone() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openEvaluasi(skpId: string) {
  await page.goto(`${BASE}/skp/${skpId}/evaluasi`);
  await page.getByRole('heading', { level: 1, name: `Evaluasi Kinerja ${TAHUN}` }).waitFor();
}

/** Picks the penilai's two ratings in an evaluation card. */
async function rate(card: Locator, hasil: string, perilaku: string) {
  await card.getByRole('radiogroup', { name: 'Rating hasil kerja' }).getByRole('radio', { name: hasil }).check();
  await card.getByRole('radiogroup', { name: 'Rating perilaku kerja' }).getByRole('radio', { name: perilaku }).check();
}

async function openKurva() {
  await page.goto(`${BASE}/kurva`);
  await page.getByRole('heading', { level: 1, name: 'Kurva Distribusi' }).waitFor();
  await page.getByRole('combobox', { name: 'Tahun penilaian' }).click();
  await page.getByRole('option', { name: String(TAHUN), exact: true }).click();
  await page.getByRole('link', { name: /Seksi Pelayanan Kesehatan Primer/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Seksi Pelayanan Kesehatan Primer' }).waitFor();
}

describe(`one evaluation year of the Seksi Pelayanan Kesehatan Primer (${TAHUN})`, () => {
  beforeAll(async () => {
    const admin = await apiAs(login(ADMIN), PASSWORD);
    kasi = await apiAs(login(KASI), PASSWORD);
    kabid = await apiAs(login(KABID), PASSWORD);
    const periode = await periodeTahunLalu(admin, TAHUN);
    const meKasi = (await kasi.get('/me')).pegawai;
    // Every pegawai the kasi evaluates; all demo accounts log in by NIP with the same password.
    const bawahan = (await admin.get<{ id: string; nip: string; namaLengkap: string; punyaAkun: boolean; unitKerja: { id: string } }[]>(
      `/pegawai/${meKasi.id}/bawahan`)).filter((p) => p.punyaAkun);
    expect(bawahan.map((p) => p.nip)).toContain(login(STAF));
    unitId = bawahan[0]!.unitKerja.id;

    // The walked staff: one RHK with a count counted from activities and a share entered by hand; the kasi
    // writes an ekspektasi khusus before approving.
    const stafApi = await apiAs(login(STAF), PASSWORD);
    const skp = await skpDisetujui(stafApi, kasi, periode.id, [{
      uraian: RHK, intervensiTeks: 'Meningkatnya mutu data pelayanan kesehatan primer', iki: [IKI_LAPORAN, IKI_VALID],
    }], { BERORIENTASI_PELAYANAN: 'Melayani permintaan data puskesmas paling lambat dua hari kerja' });
    [ikiLaporan, ikiValid] = skp.rhk[0]!.iki.map((k) => k.id) as [string, string];
    const p = bawahan.find((x) => x.nip === login(STAF))!;
    staf = { nip: p.nip, nama: p.namaLengkap, api: stafApi, skpId: skp.id, rating: { hasil: A, perilaku: S } };

    // The others: one RHK each, realisasi of every quarter through the API. Annual ratings: one Sangat
    // Baik, the rest Baik (the weakest of them Sesuai × Sesuai), nobody Butuh Perbaikan or Kurang.
    const rest = bawahan.filter((x) => x.nip !== login(STAF));
    const ratings: { hasil: Rating; perilaku: Rating }[] = [{ hasil: A, perilaku: A }, { hasil: S, perilaku: S }];
    for (const [i, x] of rest.entries()) {
      const api = await apiAs(x.nip, PASSWORD);
      const s = await skpDisetujui(api, kasi, periode.id, [{
        uraian: `Terlaksananya layanan kesehatan primer bagian ${i + 1}`, intervensiTeks: 'Meningkatnya mutu pelayanan kesehatan primer',
        iki: [{ indikator: 'Jumlah dokumen layanan yang diselesaikan', target: 4, satuan: 'dokumen' }],
      }]);
      const iki = s.rhk[0]!.iki[0]!.id;
      for (const ke of [1, 2, 3, 4]) await isiRealisasi(api, s.id, iki, ke, 1);
      lain.push({ nip: x.nip, nama: x.namaLengkap, api, skpId: s.id, rating: ratings[i] ?? (i % 2 ? { hasil: S, perilaku: A } : { hasil: A, perilaku: S }) });
    }

    // Three months of the staff's daily work (Triwulan I), synced as from a phone and accepted by the kasi.
    const { ids, laporan } = await aktivitasTriwulan(stafApi, skp.rhk[0]!.id, TAHUN, 1);
    laporanTriwulanI = laporan;
    const v = await kasi.post<{ diproses: string[]; gagal: unknown[] }>('/aktivitas/verifikasi', { ids, status: 'diterima', catatan: null });
    expect([v.diproses.length, v.gagal]).toEqual([ids.length, []]);

    browser = await launchBrowser(PHONE);
    context = browser.context;
    page = browser.page;
  });
  afterAll(async () => { await browser?.close(); });

  it('the pegawai enters Triwulan I on a phone, taking the count from accepted activities', async () => {
    await signIn(STAF);
    await page.goto(`${BASE}/skp/${staf.skpId}/realisasi`);
    await page.getByRole('heading', { level: 1, name: `Realisasi SKP ${TAHUN}` }).waitFor();
    const laporan = page.locator('.mantine-Card-root').filter({ hasText: IKI_LAPORAN.indikator });
    const valid = page.locator('.mantine-Card-root').filter({ hasText: IKI_VALID.indikator });

    await laporan.getByText(`Dari aktivitas: ${angka(laporanTriwulanI)}`).first().waitFor();
    await laporan.getByRole('button', { name: `Pakai ${angka(laporanTriwulanI)} dari aktivitas` }).click();
    await expect(laporan.getByLabel('Realisasi Triwulan I', { exact: true }).inputValue()).resolves.toBe(String(laporanTriwulanI));
    await laporan.getByRole('button', { name: 'Simpan' }).click();
    const capaianLaporan = (laporanTriwulanI / IKI_LAPORAN.target) * 100;
    await laporan.getByText(`Capaian ${angka(Math.round(capaianLaporan * 100) / 100)} % — bukan rating`).first().waitFor();

    await valid.getByLabel('Realisasi Triwulan I', { exact: true }).fill('92');
    await valid.getByRole('button', { name: 'Simpan' }).click();
    await valid.getByText(`Capaian ${angka(102.22)} % — bukan rating`).first().waitFor();
    await expectFitsPhone();
    await shot('evaluasi-realisasi-360');

    // Saved as typed, with the activity sum kept beside it; no reason needed where they agree.
    const r = await staf.api.get(`/skp/${staf.skpId}/realisasi`);
    const sel = (ikiId: string) => r.rhk[0].iki.find((k: { id: string }) => k.id === ikiId).sel[0];
    expect(sel(ikiLaporan)).toMatchObject({ nilai: laporanTriwulanI, nilaiAktivitas: laporanTriwulanI, alasan: null, version: 1 });
    expect(sel(ikiValid)).toMatchObject({ nilai: 92, nilaiAktivitas: null, version: 1 });

    // The other quarters through the API, as they would come in over the year.
    for (const [ke, n, pct] of [[2, 13, 94], [3, 12, 95], [4, 12, 96]] as const) {
      await isiRealisasi(staf.api, staf.skpId, ikiLaporan, ke, n);
      await isiRealisasi(staf.api, staf.skpId, ikiValid, ke, pct);
    }
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await page.getByRole('table', { name: RHK }).waitFor();
    await page.getByText('Jumlah s.d. Triwulan IV').first().waitFor();
    await shot('evaluasi-realisasi-desktop');
  });

  it('umpan balik: the kasi writes on the RHK and on a BerAKHLAK value, the pegawai replies to both', async () => {
    // Sent means the message shows and its box has closed: the message arrives one render before
    // the box shuts, and a click in between can land on whatever the page moved under it.
    const sent = async (where: Locator, isi: string, kotak: string) => {
      await where.getByText(isi).waitFor();
      await where.getByLabel(kotak).waitFor({ state: 'detached' });
    };
    await signIn(KASI);
    await page.goto(`${BASE}/skp/${staf.skpId}/realisasi?tab=umpan-balik`);
    await page.getByRole('heading', { level: 2, name: 'Umpan balik berkelanjutan' }).waitFor();
    const rhk = page.locator('.rl-periode').filter({ hasText: RHK });
    await rhk.getByRole('button', { name: 'Tulis umpan balik' }).click();
    await rhk.getByLabel(`Umpan balik untuk ${RHK}`).fill(UB_RHK);
    await rhk.getByRole('button', { name: 'Kirim' }).click();
    await sent(rhk, UB_RHK, `Umpan balik untuk ${RHK}`);

    const nilai = page.locator('details.rl-sasaran').filter({ hasText: 'Berorientasi Pelayanan' });
    await nilai.locator('summary').click();
    await nilai.getByText('Ekspektasi khusus: Melayani permintaan data puskesmas paling lambat dua hari kerja').waitFor();
    await nilai.getByRole('button', { name: 'Tulis umpan balik' }).click();
    await nilai.getByLabel('Umpan balik untuk Berorientasi Pelayanan').fill(UB_NILAI);
    await nilai.getByRole('button', { name: 'Kirim' }).click();
    await sent(nilai, UB_NILAI, 'Umpan balik untuk Berorientasi Pelayanan');

    await signIn(STAF);
    await page.goto(`${BASE}/skp/${staf.skpId}/realisasi?tab=umpan-balik`);
    await page.getByText('Utas baru dimulai oleh pejabat penilai; Anda dapat membalas di setiap utas.').waitFor();
    await expect(page.getByRole('button', { name: 'Tulis umpan balik' }).count()).resolves.toBe(0);
    await rhk.getByRole('button', { name: 'Balas' }).click();
    await rhk.getByLabel('Balasan Anda').fill(BALAS_RHK);
    await rhk.getByRole('button', { name: 'Kirim' }).click();
    await sent(rhk, BALAS_RHK, 'Balasan Anda');
    await nilai.getByRole('button', { name: 'Balas' }).click();
    await nilai.getByLabel('Balasan Anda').fill(BALAS_NILAI);
    await nilai.getByRole('button', { name: 'Kirim' }).click();
    await sent(nilai, BALAS_NILAI, 'Balasan Anda');
    await shot('evaluasi-umpan-balik');

    const ub = await staf.api.get(`/skp/${staf.skpId}/umpan-balik`);
    const utas = (u: { utas: { pesan: { isi: string; penulis: { peran: string } }[] }[] }) =>
      u.utas.flatMap((x) => x.pesan.map((m) => [m.penulis.peran, m.isi]));
    expect(utas(ub.rhk[0])).toEqual([['PENILAI', UB_RHK], ['PEGAWAI', BALAS_RHK]]);
    expect(utas(ub.perilaku.find((p: { kode: string }) => p.kode === 'BERORIENTASI_PELAYANAN'))).toEqual([['PENILAI', UB_NILAI], ['PEGAWAI', BALAS_NILAI]]);
  });

  it('Triwulan I is evaluated in the browser and its explanation shows the numbers of the API; the other quarters follow', async () => {
    await signIn(STAF);
    await openEvaluasi(staf.skpId);
    let q1 = page.getByRole('region', { name: 'Triwulan I', exact: true });
    await q1.getByRole('button', { name: 'Realisasi selesai diisi' }).click();
    await page.getByText('Realisasi Triwulan I ditandai selesai. Pejabat penilai sudah dapat menilai.').waitFor();

    await signIn(KASI);
    await openEvaluasi(staf.skpId);
    q1 = page.getByRole('region', { name: 'Triwulan I', exact: true });
    await rate(q1, 'Sesuai Ekspektasi', 'Di Atas Ekspektasi');
    await q1.getByText('Hasil matriks: Baik').waitFor();
    await shot('evaluasi-triwulan-penilaian');
    await q1.getByRole('button', { name: 'Simpan rating' }).click();
    await page.getByText('Rating Triwulan I tersimpan. Periksa hasilnya, lalu tetapkan predikat.').waitFor();
    await q1.getByRole('button', { name: 'Tetapkan predikat' }).click();
    await page.getByText('Predikat Triwulan I ditetapkan: Baik.').waitFor();
    await q1.getByRole('button', { name: 'Finalkan' }).click();
    await page.getByRole('dialog', { name: 'Finalkan evaluasi Triwulan I?' }).getByRole('button', { name: 'Finalkan' }).click();
    await page.getByText('Evaluasi Triwulan I sudah final dan dokumennya dikunci.').waitFor();

    const pj = await kasi.get(evaluasiUrl(staf.skpId, 'periodik', 1, 'penjelasan'));
    expect(pj).toMatchObject({ status: 'FINAL', sumber: 'SNAPSHOT' });
    const [k1, k2] = pj.perhitungan.hasilKerja[0].iki;
    expect([k1.realisasi, k2.realisasi]).toEqual([laporanTriwulanI, 92]);
    await q1.getByText(persen(pj.perhitungan.capaian.rataRata)).waitFor();
    await q1.getByRole('button', { name: 'Bagaimana ini dihitung?' }).click();
    const drawer = page.getByRole('dialog', { name: 'Bagaimana Triwulan I dihitung' });
    await drawer.getByText('Dari dokumen final', { exact: false }).waitFor();
    // The same formula with the same numbers as the API's explanation of this evaluation.
    await drawer.getByText(k1.rumusTeks, { exact: true }).waitFor();
    await drawer.getByText(k2.rumusTeks, { exact: true }).waitFor();
    await drawer.getByText(`${persen(k1.capaian)} · `, { exact: false }).first().waitFor();
    await drawer.getByText(pj.perhitungan.capaian.teks, { exact: true }).waitFor();
    await drawer.getByText(pj.perhitungan.matriks.teks, { exact: true }).waitFor();
    await shot('evaluasi-penjelasan', false);
    await drawer.getByRole('button', { name: 'Tutup' }).click();

    // The repetitive quarters through the API: the staff's other three, every quarter of the others.
    for (const [ke, hasil, perilaku] of [[2, S, S], [3, A, S], [4, S, A]] as const) {
      const ev = await jalankanEvaluasi(staf.api, kasi, staf.skpId, 'periodik', ke, { hasil, perilaku }, 'FINAL');
      expect([ev.status, ev.predikat]).toEqual(['FINAL', 'BAIK']);
    }
    for (const o of lain) {
      for (const ke of [1, 2, 3, 4]) await jalankanEvaluasi(o.api, kasi, o.skpId, 'periodik', ke, { hasil: S, perilaku: S }, 'FINAL');
    }
    await page.reload();
    await page.getByRole('region', { name: 'Triwulan IV', exact: true }).getByText('Final', { exact: true }).waitFor();
    await shot('evaluasi-triwulan-final');
  });

  it('annual ratings break the kurva for the predikat the kabid sets; the kasi applies the proposal and the check passes', async () => {
    // Annual ratings: the others' through the API, the staff's in the browser once the year is marked complete.
    for (const o of lain) {
      const ev = await jalankanEvaluasi(o.api, kasi, o.skpId, 'tahunan', 0, o.rating, 'PREDIKAT_DITETAPKAN');
      expect(ev.status).toBe('PREDIKAT_DITETAPKAN');
    }
    const awal = await evaluasiOf(staf.api, staf.skpId, 'tahunan', 0);
    const selesai = await staf.api.post(evaluasiUrl(staf.skpId, 'tahunan', 0, 'realisasi-selesai'), { version: awal.version });
    expect([selesai.evaluasi.status, selesai.peringatan]).toEqual(['REALISASI_DIISI', []]);
    await openEvaluasi(staf.skpId);
    const tahunan = page.getByRole('region', { name: 'Tahunan', exact: true });
    await tahunan.getByText('Isian awal dari predikat periodik yang paling sering (Baik). Ubah bila perlu.').waitFor();
    await rate(tahunan, 'Di Atas Ekspektasi', 'Sesuai Ekspektasi');
    await tahunan.getByRole('button', { name: 'Simpan rating' }).click();
    await page.getByText('Rating Tahunan tersimpan. Periksa hasilnya, lalu tetapkan predikat.').waitFor();
    await tahunan.getByRole('button', { name: 'Tetapkan predikat' }).click();
    await page.getByText('Predikat Tahunan ditetapkan: Baik.').waitFor();

    // The kabid (pimpinan one level up) sets the seksi's predikat organisasi: Baik.
    await signIn(KABID);
    await openKurva();
    await page.getByRole('combobox', { name: 'Predikat kinerja organisasi' }).click();
    await page.getByRole('option', { name: 'Baik', exact: true }).click();
    await page.getByLabel('Dasar penetapan (boleh dikosongkan)').fill(`Capaian perjanjian kinerja seksi ${TAHUN}: 98 %, reviu inspektorat tanpa temuan.`);
    await page.getByRole('button', { name: 'Tetapkan predikat' }).click();
    await page.getByText('Predikat kinerja organisasi tersimpan.').waitFor();
    const k = await kabid.get(`/kurva/${unitId}/${TAHUN}`);
    expect(k).toMatchObject({ status: 'TIDAK_SESUAI', n: lain.length + 1 });
    // Shown in plain words: the same sentences the check gives.
    const pelanggaran = page.getByRole('alert').filter({ hasText: 'Belum sesuai pola distribusi' });
    for (const p of k.cek.pelanggaran as { pesan: string }[]) await pelanggaran.getByText(p.pesan).waitFor();
    expect(k.cek.pelanggaran.map((p: { aturan: string }) => p.aturan).sort()).toEqual(['HARUS_ADA', 'MAKSIMAL']);
    await page.getByText('Tidak sesuai pola', { exact: true }).first().waitFor();
    await shot('evaluasi-kurva-tidak-sesuai');

    // The kasi, as pejabat penilai, takes the proposal: the weakest Baik moves to Butuh Perbaikan.
    const terlemah = lain.find((o) => o.rating.hasil === S && o.rating.perilaku === S)!;
    expect(k.usulan).toMatchObject({ mungkin: true, jumlahDipindah: 1, dapatDiterapkan: true });
    expect(k.usulan.perubahan.map((p: { nama: string; dari: string; ke: string }) => [p.nama, p.dari, p.ke])).toEqual([[terlemah.nama, 'BAIK', 'BUTUH_PERBAIKAN']]);
    await signIn(KASI);
    await openKurva();
    await page.getByText(`${terlemah.nama}: Baik → Butuh Perbaikan`).waitFor();
    await page.getByRole('button', { name: 'Terapkan usulan' }).click();
    await page.getByText('Usulan dimasukkan ke tabel di bawah. Periksa, tulis alasan, lalu simpan.').waitFor();
    await page.getByText('Setelah perubahan ini, sebaran predikat sesuai pola distribusi.').waitFor();
    await page.getByText('1 predikat akan diubah.').waitFor();
    await page.getByLabel('Alasan kalibrasi').fill('Penyesuaian pola distribusi predikat organisasi Baik: capaian hasil kerja terendah di seksi.');
    await shot('evaluasi-kurva-usulan');
    await page.getByRole('button', { name: 'Simpan kalibrasi' }).click();
    await page.getByText('Kalibrasi tersimpan.').waitFor();
    await page.getByText('Sebaran predikat sudah sesuai pola distribusi.').waitFor();
    await page.getByText('Sesuai pola', { exact: true }).first().waitFor();
    await shot('evaluasi-kurva-sesuai');

    const sesudah = await kasi.get(`/kurva/${unitId}/${TAHUN}`);
    expect(sesudah.status).toBe('SESUAI');
    expect(sesudah.cek).toMatchObject({ sesuai: true, pelanggaran: [] });
    const predikat = Object.fromEntries(sesudah.pegawai.map((p: { nip: string; predikat: string }) => [p.nip.replace(/\D/g, ''), p.predikat]));
    expect(predikat[terlemah.nip]).toBe('BUTUH_PERBAIKAN');
    expect(predikat[staf.nip]).toBe('BAIK');
  });

  it('the annual evaluation is finalised; its PDF carries the numbers of the explanation and its QR address says genuine', async () => {
    await openEvaluasi(staf.skpId);
    const tahunan = page.getByRole('region', { name: 'Tahunan', exact: true });
    await tahunan.getByRole('button', { name: 'Finalkan' }).click();
    await page.getByRole('dialog', { name: 'Finalkan evaluasi Tahunan?' }).getByRole('button', { name: 'Finalkan' }).click();
    await page.getByText('Evaluasi Tahunan sudah final dan dokumennya dikunci.').waitFor();
    const unduh = tahunan.getByRole('link', { name: 'Unduh dokumen evaluasi (PDF)' });
    await unduh.waitFor();
    await shot('evaluasi-tahunan-final');

    const daftar = await kasi.get(`/skp/${staf.skpId}/evaluasi`);
    const ev = daftar.tahunan;
    expect([ev.status, ev.predikat]).toEqual(['FINAL', 'BAIK']);
    const res = await page.request.get(new URL((await unduh.getAttribute('href'))!, BASE).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const pdf = new Uint8Array(await res.body());
    await pdfHalamanPertamaPng(pdf, path.join(SHOTS, 'dokumen-evaluasi-tahunan-halaman-1.png'));

    // Cells wrap, so compare with line breaks as spaces.
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    const pj = await kasi.get(evaluasiUrl(staf.skpId, 'tahunan', 0, 'penjelasan'));
    expect(pj.sumber).toBe('SNAPSHOT');
    const h = pj.perhitungan;
    const [k1, k2] = h.hasilKerja[0].iki;
    // The year to date: reports add up over the quarters, the share is the last quarter's.
    expect([k1.realisasi, k2.realisasi]).toEqual([laporanTriwulanI + 13 + 12 + 12, 96]);
    expect(h.organisasi).toMatchObject({ predikat: 'BAIK', label: 'Baik' });
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI', 'PERIODE: TAHUNAN', `1 Januari ${TAHUN} s.d. 31 Desember ${TAHUN}`, `NIP ${daftar.pegawai.nip}`, daftar.penilai.nama,
      'PREDIKAT KINERJA PEGAWAI BAIK',
      `RATING HASIL KERJA Di Atas Ekspektasi`, 'RATING PERILAKU KERJA Sesuai Ekspektasi',
      `${angka(k1.realisasi)} ${k1.satuan}`, `Capaian ${persen(k1.capaian)}`,
      `${angka(k2.realisasi)} ${k2.satuan}`, `Capaian ${persen(k2.capaian)}`, h.capaian.teks,
      `${h.organisasi.unitKerja}, tahun ${TAHUN}`, 'Predikat kinerja organisasi Baik (SE MenPANRB 3/2023):',
      UB_RHK, BALAS_RHK, UB_NILAI, 'Melayani permintaan data puskesmas paling lambat dua hari kerja',
      `Kode verifikasi: ${ev.kodeVerifikasi}`,
    ]) expect(text, s).toContain(s);

    // The address printed under the QR code, opened by someone who is not signed in.
    const alamat = text.match(/https?:\/\/\S+\/verifikasi-dokumen\/\S+/)?.[0];
    expect(alamat).toBe(`${BASE}/verifikasi-dokumen/${ev.kodeVerifikasi}`);
    await context.clearCookies();
    await page.goto(alamat!);
    await page.getByText('Dokumen asli', { exact: true }).waitFor();
    await page.getByText(staf.nama, { exact: true }).waitFor();
    await page.getByText(ev.kodeVerifikasi!, { exact: true }).waitFor();
    await page.getByText('Baik', { exact: true }).first().waitFor();
    await shot('verifikasi-dokumen-asli');
  });

  it('keberatan: the pegawai objects on a phone, the kabid grants new ratings, and the old document is declared replaced', async () => {
    const ALASAN = 'Capaian laporan mingguan melebihi target dan validasi data di atas 90% sepanjang tahun; '
      + 'menurut saya perilaku berorientasi pelayanan juga di atas ekspektasi.';
    const CATATAN = 'Bukti capaian dan umpan balik sepanjang tahun mendukung rating perilaku di atas ekspektasi.';
    // As the screens write dates: a plain date as that day, a timestamp in the local time zone.
    const tanggal = (d: string) => new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' })
      .format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00` : d));
    const awal = (await staf.api.get(`/skp/${staf.skpId}/evaluasi`)).tahunan;
    expect(awal).toMatchObject({ status: 'FINAL', predikat: 'BAIK', keberatan: null, akses: { keberatan: true } });
    const kodeLama: string = awal.kodeVerifikasi;
    const meKabid = (await kabid.get('/me')).pegawai;

    // The pegawai, on a phone: a reason that is too short is refused in Indonesian and kept in the form.
    await page.setViewportSize(PHONE);
    await signIn(STAF);
    await openEvaluasi(staf.skpId);
    const tahunan = page.getByRole('region', { name: 'Tahunan', exact: true });
    await tahunan.getByText(`mengajukan keberatan paling lambat ${tanggal(awal.batasKeberatan)}`, { exact: false }).waitFor();
    await tahunan.getByRole('button', { name: 'Ajukan keberatan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajukan keberatan atas evaluasi tahunan' });
    await dialog.getByText(`Paling lambat ${tanggal(awal.batasKeberatan)}`, { exact: true }).waitFor();
    const alasan = dialog.getByLabel('Alasan keberatan');
    await alasan.fill('Tidak adil.');
    await dialog.getByRole('button', { name: 'Kirim keberatan' }).click();
    await dialog.getByText('Tuliskan alasan keberatan dengan jelas (minimal 20 karakter).', { exact: true }).waitFor();
    await expect(alasan.inputValue()).resolves.toBe('Tidak adil.');
    await shot('keberatan-ajukan-galat-360', false);
    await alasan.fill(ALASAN);
    await expectFitsPhone();
    await shot('keberatan-ajukan-360', false);
    await dialog.getByRole('button', { name: 'Kirim keberatan' }).click();
    await page.getByText('Keberatan atas evaluasi tahunan sudah diajukan.', { exact: false }).waitFor();
    await tahunan.getByText('Keberatan diajukan', { exact: true }).waitFor();
    await expect(tahunan.getByRole('button', { name: 'Ajukan keberatan' }).count()).resolves.toBe(0);
    const diajukan = (await staf.api.get('/keberatan')).diajukan;
    expect(diajukan).toHaveLength(1);
    expect(diajukan[0]).toMatchObject({ status: 'DIAJUKAN', alasan: ALASAN, pemutus: { id: meKabid.id }, semula: { predikat: 'BAIK', kodeVerifikasi: kodeLama } });

    // The kabid (atasan of the kasi, the pejabat penilai) finds it from the menu and grants Di Atas × Di Atas.
    await signIn(KABID);
    await page.getByRole('button', { name: 'Buka menu' }).click();
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Keberatan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Keberatan' }).waitFor();
    const item = page.getByRole('region', { name: 'Menunggu keputusan Anda' }).getByRole('article', { name: `${staf.nama} · Evaluasi tahunan ${TAHUN}` });
    await item.getByText(ALASAN, { exact: true }).waitFor();
    const form = item.getByRole('region', { name: 'Putuskan keberatan' });
    await form.getByRole('radio', { name: 'Kabulkan: ganti rating dan predikat' }).check();
    await form.getByRole('combobox', { name: 'Rating hasil kerja pengganti' }).click();
    await page.getByRole('option', { name: 'Di Atas Ekspektasi', exact: true }).click();
    await form.getByRole('combobox', { name: 'Rating perilaku kerja pengganti' }).click();
    await page.getByRole('option', { name: 'Di Atas Ekspektasi', exact: true }).click();
    await form.getByText('Predikat baru menurut matriks: Sangat Baik', { exact: true }).waitFor();
    await form.getByLabel('Pertimbangan keputusan').fill(CATATAN);
    await expectFitsPhone();
    await form.getByRole('button', { name: 'Simpan keputusan' }).scrollIntoViewIfNeeded();
    await shot('keberatan-putusan-360', false);
    await shot('keberatan-putusan-360-penuh');
    await form.getByRole('button', { name: 'Simpan keputusan' }).click();
    await page.getByText(`Keberatan ${staf.nama} dikabulkan. Predikat baru: Sangat Baik`, { exact: false }).waitFor();
    const diputus = page.getByRole('region', { name: 'Sudah diputus' }).getByRole('article', { name: `${staf.nama} · Evaluasi tahunan ${TAHUN}` });
    await diputus.getByText('Keberatan dikabulkan: rating dan predikat diganti.', { exact: true }).waitFor();
    await expectFitsPhone();
    // The same page on an office desktop.
    const phone = page.viewportSize()!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await diputus.scrollIntoViewIfNeeded();
    await shot('keberatan-desktop', false);
    await page.setViewportSize(phone);

    // Through the API: new ratings, the matrix predikat and a new document code; the objection records both.
    const sesudah = (await staf.api.get(`/skp/${staf.skpId}/evaluasi`)).tahunan;
    expect(sesudah).toMatchObject({
      status: 'FINAL', ratingHasil: A, ratingPerilaku: A, predikat: 'SANGAT_BAIK',
      keberatan: { status: 'DIPUTUS', keputusan: 'DIKABULKAN' }, akses: { keberatan: false },
    });
    expect(sesudah.kodeVerifikasi).toBeTruthy();
    expect(sesudah.kodeVerifikasi).not.toBe(kodeLama);
    const kb = await staf.api.get(`/keberatan/${diajukan[0].id}`);
    expect(kb).toMatchObject({
      status: 'DIPUTUS', keputusan: 'DIKABULKAN', catatanKeputusan: CATATAN,
      hasil: { ratingHasil: A, ratingPerilaku: A, predikat: 'SANGAT_BAIK', kodeVerifikasi: sesudah.kodeVerifikasi },
    });

    // The pegawai's card says so.
    await signIn(STAF);
    await openEvaluasi(staf.skpId);
    await tahunan.getByText('Keberatan dikabulkan', { exact: true }).waitFor();
    await tahunan.getByText(sesudah.kodeVerifikasi, { exact: true }).waitFor();
    await tahunan.getByText('Keberatan dikabulkan', { exact: true }).scrollIntoViewIfNeeded();
    await shot('keberatan-kartu-360', false);

    // The old code's public page: the document no longer holds; the new code's page says genuine.
    await context.clearCookies();
    const lama = await fetch(`${BASE}/api/v1/verifikasi-dokumen/${kodeLama}`).then((r) => r.json());
    expect(lama).toMatchObject({ kodeVerifikasi: kodeLama, berlaku: false });
    expect(lama.digantiPada).toBeTruthy();
    await page.goto(`${BASE}/verifikasi-dokumen/${kodeLama}`);
    const tidakBerlaku = page.getByRole('alert').filter({ hasText: 'Dokumen tidak berlaku lagi' });
    await tidakBerlaku.getByText(`Dokumen ini sudah tidak berlaku: diganti pada ${tanggal(lama.digantiPada)} setelah keberatan pegawai dikabulkan.`, { exact: true }).waitFor();
    await expect(page.getByText('Dokumen asli', { exact: true }).count()).resolves.toBe(0);
    await expectFitsPhone();
    await shot('verifikasi-dokumen-diganti-360');
    await page.goto(`${BASE}/verifikasi-dokumen/${sesudah.kodeVerifikasi}`);
    await page.getByText('Dokumen asli', { exact: true }).waitFor();
    await page.getByText('Sangat Baik', { exact: true }).first().waitFor();
  });
});
