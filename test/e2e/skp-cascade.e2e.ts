// Browser test of SKP planning as people do it: the kepala dinas writes an SKP against the Sekda's
// and the Sekda approves it; the kabid cascades from it and hands one RHK down to two staff through
// the matriks peran hasil; one staff is returned once, both are approved; one is revised mid-year.
// Env: E2E_BASE_URL, E2E_PASSWORD, E2E_LOGINS (role label → username, from the server's start-up list).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './api.ts';
import { type Browser, demoLogin, DESKTOP, launchBrowser, PHONE, reloadAsksFirst, screenshot, signInAs } from './browser.ts';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';
const PASSWORD = process.env['E2E_PASSWORD'] ?? process.env['E2E_ADMIN_PASSWORD'] ?? '';
const TAHUN = new Date().getFullYear();
const login = demoLogin;

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const nama: Record<string, string> = {};

const shot = (name: string, fullPage = true) => screenshot(page, name, fullPage);

const signIn = (label: string) => signInAs(page, BASE, login(label), PASSWORD);

async function pick(scope: Locator | Page, combobox: string | RegExp, option: string | RegExp) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Fills the first IKI of an RHK card (adding one when the card has none, as after a hand-down). */
async function fillIki(rhk: Locator, o: { indikator: string; target: string; satuan: string; perspektif?: string }) {
  if (!(await rhk.getByLabel('Indikator kinerja (IKI)').count())) await rhk.getByRole('button', { name: 'Tambah IKI' }).click();
  await rhk.getByLabel('Indikator kinerja (IKI)').first().fill(o.indikator);
  await rhk.getByLabel('Target', { exact: true }).first().fill(o.target);
  await rhk.getByLabel('Satuan').first().fill(o.satuan);
  if (o.perspektif) await pick(rhk, 'Perspektif', o.perspektif);
}

async function fillLampiranAndSubmit(shotName?: string) {
  await page.getByRole('button', { name: /Langkah 4: Lampiran/ }).click();
  await page.getByLabel('Dukungan sumber daya').fill('Anggaran DPA dan tenaga pengolah data');
  await page.getByLabel('Skema pertanggungjawaban').fill('Laporan bulanan kepada atasan langsung');
  await page.getByLabel('Konsekuensi').fill('Sesuai ketentuan disiplin dan kinerja');
  await page.getByRole('button', { name: /Langkah 5: Periksa/ }).click();
  await page.getByText('Semua bagian sudah lengkap. SKP siap diajukan.').waitFor();
  if (shotName) await shot(shotName);
  await page.getByRole('button', { name: 'Ajukan ke penilai' }).click();
  await page.getByText(/sudah diajukan pada/).waitFor();
}

async function openOwnSkp() {
  await page.goto(`${BASE}/skp`);
  await page.getByRole('heading', { level: 1, name: 'SKP Saya' }).waitFor();
  const cont = page.getByRole('link', { name: /Lanjutkan mengisi SKP|Lihat SKP/ });
  const start = page.getByRole('button', { name: 'Mulai dari kosong' });
  // Wait until the list has loaded: either the existing SKP or the start panel.
  await cont.or(start).first().waitFor();
  if (await cont.count()) await cont.first().click();
  else await start.click();
  await page.getByRole('heading', { level: 1, name: `SKP Tahun ${TAHUN}` }).waitFor();
}

/** The first RHK utama card of the editor, added when the plan has none yet. */
async function firstRhk() {
  const rhk = page.getByRole('region', { name: 'RHK utama 1' });
  await page.getByRole('button', { name: 'Tambah RHK utama' }).waitFor();
  if (!(await rhk.count())) await page.getByRole('button', { name: 'Tambah RHK utama' }).click();
  return rhk;
}

async function review(label: string) {
  await page.goto(`${BASE}/skp-bawahan`);
  await page.getByRole('heading', { level: 1, name: 'SKP Bawahan' }).waitFor();
  await page.getByRole('link', { name: `Tinjau SKP ${nama[label]}` }).click();
  await page.getByRole('heading', { level: 1, name: `Tinjau SKP ${nama[label]}` }).waitFor();
}

async function approve(label: string) {
  await review(label);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await page.getByText(`SKP ${nama[label]} sudah disetujui.`).waitFor();
}

describe('SKP cascade in the browser', () => {
  beforeAll(async () => {
    for (const label of ['Sekretaris Daerah', 'Kepala Dinas Kesehatan', 'Kepala Bidang Yankes', 'Staf Bidang Yankes 1', 'Staf Bidang Yankes 2']) {
      nama[label] = (await (await apiAs(login(label), PASSWORD)).get('/me')).pegawai.namaLengkap;
    }
    // The Sekda's own plan is the top of the chain; the admin records the kepala daerah's approval.
    const sekda = await apiAs(login('Sekretaris Daerah'), PASSWORD);
    const periodeId = (await sekda.get('/periode')).find((p: { tahun: number }) => p.tahun === TAHUN).id;
    let s = await sekda.post('/skp', { periodeId });
    s = await sekda.put(`/skp/${s.id}`, {
      rhk: [{ uraian: 'Meningkatnya kualitas pelayanan publik daerah', iki: [{ indikator: 'Indeks kepuasan masyarakat', target: 85, satuan: 'poin', perspektif: 'PENERIMA_LAYANAN' }] }],
      lampiran: { dukunganSumberDaya: 'APBD', skemaPertanggungjawaban: 'Laporan triwulan', konsekuensi: 'Sesuai ketentuan' }, version: s.version,
    });
    s = await sekda.post(`/skp/${s.id}/ajukan`, { version: s.version });
    await (await apiAs(login('Admin kepegawaian'), PASSWORD)).post(`/skp/${s.id}/setujui`, { version: s.version });
    browser = await launchBrowser(DESKTOP);
    context = browser.context;
    page = browser.page;
  });
  afterAll(async () => { await browser?.close(); });

  it('the kepala dinas writes an SKP against the Sekda\'s RHK; the Sekda approves it', async () => {
    await signIn('Kepala Dinas Kesehatan');
    await openOwnSkp();
    const rhk = await firstRhk();
    await rhk.getByLabel('Uraian RHK').fill('Meningkatnya derajat kesehatan masyarakat');
    await pick(rhk, /RHK atasan yang diintervensi/, 'Meningkatnya kualitas pelayanan publik daerah');
    await fillIki(rhk, { indikator: 'Persentase puskesmas terakreditasi paripurna', target: '61,95', satuan: '%', perspektif: 'Penerima Layanan' });
    await shot('skp-editor-kepala-dinas');
    await fillLampiranAndSubmit('skp-periksa-kepala-dinas');

    await signIn('Sekretaris Daerah');
    await review('Kepala Dinas Kesehatan');
    await expect(page.getByText('61,95').first().isVisible()).resolves.toBe(true);
    await shot('skp-tinjau-sekda');
    await page.getByRole('button', { name: 'Setujui' }).click();
    await page.getByText(`SKP ${nama['Kepala Dinas Kesehatan']} sudah disetujui.`).waitFor();
  });

  it('the kabid cascades from it and hands an RHK down to two staff through the matriks', async () => {
    await signIn('Kepala Bidang Yankes');
    await openOwnSkp();
    const rhk = await firstRhk();
    await rhk.getByLabel('Uraian RHK').fill('Meningkatnya mutu pelayanan kesehatan rujukan dan primer');
    await pick(rhk, /RHK atasan yang diintervensi/, 'Meningkatnya derajat kesehatan masyarakat');
    await fillIki(rhk, { indikator: 'Persentase fasilitas kesehatan sesuai standar', target: '90', satuan: '%' });
    await fillLampiranAndSubmit();

    await signIn('Kepala Dinas Kesehatan');
    await approve('Kepala Bidang Yankes');

    await signIn('Kepala Bidang Yankes');
    await page.goto(`${BASE}/matriks`);
    await page.getByRole('heading', { level: 1, name: 'Matriks Peran Hasil' }).waitFor();
    await page.getByRole('button', { name: 'Turunkan ke bawahan: RHK utama 1' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: nama['Staf Bidang Yankes 1']! }).check();
    await dialog.getByRole('checkbox', { name: nama['Staf Bidang Yankes 2']! }).check();
    await dialog.getByRole('button', { name: 'Turunkan ke 2 bawahan' }).click();
    await dialog.getByText('Ditambahkan ke 2 bawahan').waitFor();
    await dialog.getByRole('button', { name: 'Tutup' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Matriks Peran Hasil' }).waitFor();
    await shot('skp-matriks-kabid');
  });

  it('two staff draft from the handed-down RHK; one is returned once; both are approved', async () => {
    for (const label of ['Staf Bidang Yankes 1', 'Staf Bidang Yankes 2']) {
      await signIn(label);
      await page.setViewportSize(label.endsWith('1') ? PHONE : DESKTOP);
      await openOwnSkp();
      const rhk = await firstRhk();
      await expect(rhk.getByLabel('Uraian RHK').inputValue()).resolves.toBe('Meningkatnya mutu pelayanan kesehatan rujukan dan primer');
      await rhk.getByLabel('Uraian RHK').fill('Tersedianya kajian mutu layanan kesehatan primer');
      await fillIki(rhk, { indikator: 'Jumlah kajian mutu layanan', target: '4', satuan: 'kajian' });
      if (label.endsWith('1')) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await shot('skp-editor-staf-360');
      }
      await fillLampiranAndSubmit();
      await page.setViewportSize(DESKTOP);
    }

    await signIn('Kepala Bidang Yankes');
    await review('Staf Bidang Yankes 1');
    await page.getByRole('button', { name: 'Kembalikan' }).click();
    await page.getByRole('dialog').getByLabel('Catatan untuk pegawai').fill('Target 4 kajian terlalu rendah; naikkan menjadi 6.');
    // A note typed but not sent: reloading the tab asks first, and the note stays.
    expect(await reloadAsksFirst(page)).toBe(true);
    expect(await page.getByRole('dialog').getByLabel('Catatan untuk pegawai').inputValue()).toBe('Target 4 kajian terlalu rendah; naikkan menjadi 6.');
    await page.getByRole('dialog').getByRole('button', { name: 'Kembalikan ke pegawai' }).click();
    await page.getByText(`SKP ${nama['Staf Bidang Yankes 1']} sudah dikembalikan dengan catatan Anda.`).waitFor();
    // Sent: nothing is left to lose, so a reload does not ask.
    expect(await reloadAsksFirst(page)).toBe(false);
    await approve('Staf Bidang Yankes 2');

    await signIn('Staf Bidang Yankes 1');
    await openOwnSkp();
    await page.getByText('Dikembalikan oleh penilai: Target 4 kajian terlalu rendah; naikkan menjadi 6.').waitFor();
    await shot('skp-dikembalikan-staf');
    await page.getByRole('region', { name: 'RHK utama 1' }).getByLabel('Target', { exact: true }).first().fill('6');
    await fillLampiranAndSubmit();

    await signIn('Kepala Bidang Yankes');
    await approve('Staf Bidang Yankes 1');
    await page.goto(`${BASE}/matriks`);
    await page.getByRole('heading', { level: 1, name: 'Matriks Peran Hasil' }).waitFor();
    const cells = page.getByText('Tersedianya kajian mutu layanan kesehatan primer');
    await cells.first().waitFor();
    await expect(cells.count()).resolves.toBe(2);
    await shot('skp-matriks-terisi');
  });

  it('one staff revises the approved SKP mid-year: version 2 starts, version 1 stays readable', async () => {
    await signIn('Staf Bidang Yankes 2');
    await openOwnSkp();
    await page.getByRole('button', { name: 'Ajukan revisi' }).click();
    const dialog = page.getByRole('dialog');
    await pick(dialog, 'Jenis revisi', 'Perubahan target');
    await dialog.getByLabel('Alasan revisi').fill('Refocusing anggaran semester II');
    await dialog.getByLabel('Berlaku mulai tanggal').fill(`${TAHUN}-07-01`);
    await shot('skp-revisi-dialog', false);
    await dialog.getByRole('button', { name: 'Buat versi revisi' }).click();
    await page.getByRole('button', { name: /Langkah 1: RHK Utama/ }).waitFor();
    await page.getByText(/Semua versi SKP ini \(2\)/).click();
    await page.getByRole('link', { name: 'Versi 1' }).click();
    await page.getByText(/30 Juni|30\/06|06-30/).first().waitFor();
    await shot('skp-versi-1-ditutup');
    // The server agrees: version 1 approved and closed on 30 June, version 2 a draft from 1 July.
    const api = await apiAs(login('Staf Bidang Yankes 2'), PASSWORD);
    const periodeId = (await api.get('/periode')).find((p: { tahun: number }) => p.tahun === TAHUN).id;
    const mine = await api.get(`/skp?periodeId=${periodeId}`);
    expect(mine.map((s: { versi: number; status: string }) => [s.versi, s.status])).toEqual([[1, 'DISETUJUI'], [2, 'DRAFT']]);
    const v1 = await api.get(`/skp/${mine[0].id}`);
    expect([v1.mulai, v1.selesai]).toEqual([`${TAHUN}-01-01`, `${TAHUN}-06-30`]);
  });
});
