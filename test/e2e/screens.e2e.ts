// Browser test: every screen opens for the roles that use it, works against the API, and fits a
// 360-px phone without sideways scrolling. Saves screenshots (see browser.ts for where).
// Env: E2E_BASE_URL, E2E_PASSWORD (all demo accounts), E2E_LOGINS (role label → username).
import type { BrowserContext, Page } from 'playwright-core';
import { type Browser, DESKTOP, launchBrowser, PHONE, screenshot, signInAs } from './browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';
const PASSWORD = process.env['E2E_PASSWORD'] ?? process.env['E2E_ADMIN_PASSWORD'] ?? '';
const LOGINS = JSON.parse(process.env['E2E_LOGINS'] ?? '{}') as Record<string, string>;

/** The demo account whose role label contains `part` (labels come from the server's start-up list). */
function account(part: string, fallback?: string): string {
  const hit = Object.entries(LOGINS).find(([label]) => label.toLowerCase().includes(part.toLowerCase()));
  const user = hit?.[1] ?? fallback;
  if (!user) throw new Error(`no demo login matching "${part}" in E2E_LOGINS`);
  return user;
}

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

const shot = (name: string, fullPage = true) => screenshot(page, name, fullPage);

const signIn = (username: string) => signInAs(page, BASE, username, PASSWORD);

async function open(pathname: string, heading: string | RegExp) {
  await page.goto(`${BASE}${pathname}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Memuat' }).waitFor({ state: 'detached' }).catch(() => undefined);
}

async function expectFitsPhone() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens the page on a phone and on a desktop, checks the phone layout, and saves both screenshots. */
async function both(pathname: string, heading: string | RegExp, name: string, check?: () => Promise<void>) {
  await page.setViewportSize(PHONE);
  await open(pathname, heading);
  await check?.();
  await expectFitsPhone();
  await shot(`${name}-360`);
  await page.setViewportSize(DESKTOP);
  await open(pathname, heading);
  await check?.();
  await shot(`${name}-desktop`);
}

describe('screens by role', () => {
  beforeAll(async () => {
    browser = await launchBrowser(DESKTOP);
    context = browser.context;
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('admin: unit kerja tree opens and closes, forms open', async () => {
    await signIn(account('admin kepegawaian', 'admin'));
    await both('/unit-kerja', 'Unit Kerja', 'unit-kerja', async () => {
      await page.getByRole('list').first().waitFor();
    });
    const firstToggle = page.locator('button[aria-expanded="true"][aria-controls^="unit-children-"]').first();
    const name = ((await firstToggle.getAttribute('aria-label')) ?? '').replace(/^Tutup /, '');
    await firstToggle.click();
    await page.getByRole('button', { name: `Buka ${name}`, exact: true }).waitFor();
    await page.getByRole('button', { name: `Buka ${name}`, exact: true }).click();
    await page.getByRole('button', { name: `Tambah sub-unit di ${name}`, exact: true }).click();
    await page.getByRole('dialog').getByLabel('Kode unit').waitFor();
    await expect(page.getByRole('dialog').getByLabel('Unit induk').inputValue()).resolves.toContain(name);
    await shot('unit-kerja-form', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  });

  it('admin: jabatan table and form with jenjang for fungsional', async () => {
    await both('/jabatan', 'Jabatan', 'jabatan', async () => {
      await page.getByText(/\d+ jabatan/).waitFor();
    });
    await page.getByRole('button', { name: 'Tambah jabatan' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Jenis jabatan').click();
    await page.getByRole('option', { name: 'Fungsional' }).click();
    await dialog.getByLabel('Jenjang').waitFor();
    await shot('jabatan-form', false);
    await dialog.getByRole('button', { name: 'Batal' }).click();
  });

  it('admin: Plt/Plh list and form', async () => {
    await both('/plt-plh', 'Plt / Plh', 'plt-plh');
    await page.getByRole('button', { name: 'Tambah penugasan' }).click();
    await page.getByRole('dialog').getByLabel('Tanggal mulai').waitFor();
    await shot('plt-plh-form', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  });

  it('admin: import a CSV with one bad row and read the report', async () => {
    await page.setViewportSize(DESKTOP);
    await open('/impor', 'Impor Data');
    const template = await (await page.request.get(`${BASE}/api/v1/import/template/unit-kerja?format=csv`)).text();
    const header = template.split(/\r?\n/)[0] ?? 'Kode,Nama,Kode Induk';
    const csv = `${header}\nE2E-UNIT,Unit Uji Peramban,\nE2E-BAD,,KODE-TIDAK-ADA\n`;
    await page.getByLabel('Berkas (.xlsx atau .csv)').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'unit-uji.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Unggah dan proses' }).click();
    await page.getByRole('progressbar', { name: 'Kemajuan impor' }).waitFor();
    await page.getByText(/Selesai|Gagal/).first().waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: /Baris yang ditolak/ }).waitFor({ timeout: 30_000 });
    await shot('impor-desktop');
    await page.setViewportSize(PHONE);
    await expectFitsPhone();
    await shot('impor-360');
  });

  it('admin: create an API token, shown once with a copy button', async () => {
    await page.setViewportSize(DESKTOP);
    await open('/token-api', 'Token API');
    const nama = `Integrasi uji ${String(Date.now()).slice(-6)}`;
    await page.getByLabel('Nama token').fill(nama);
    await page.getByRole('button', { name: 'Buat token' }).click();
    await page.getByTestId('secret').waitFor();
    await expect(page.getByRole('button', { name: 'Salin' }).isVisible()).resolves.toBe(true);
    await page.getByRole('row').filter({ hasText: nama }).waitFor();
    await shot('token-api-desktop');
  });

  it('admin: the English switch changes the UI and is kept', async () => {
    await page.setViewportSize(DESKTOP);
    await open('/', /Selamat datang/);
    // The English words are their own chunk, fetched when English is picked (never on a first load: admin-pegawai.e2e).
    const english = page.waitForRequest((r) => /\/en-[\w-]+\.js$/.test(new URL(r.url()).pathname));
    await page.getByText('English', { exact: true }).click();
    await english;
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    await shot('beranda-en-desktop');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Welcome/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByText('Indonesia', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  });

  it('admin: periode, SKP progress, RHK templates, holidays and leave', async () => {
    await both('/periode', 'Periode Kinerja', 'periode', async () => {
      await page.getByText('Dibuka').first().waitFor();
    });
    await page.getByRole('button', { name: 'Tambah periode' }).click();
    await page.getByRole('dialog').getByLabel('Tahun', { exact: true }).waitFor();
    await shot('periode-form', false);
    await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    await both('/progres-skp', 'Progres SKP', 'progres-skp', async () => {
      await page.getByText(/Seluruh instansi: \d+ pegawai/).waitFor();
    });
    await both('/template-skp', 'Template RHK', 'template-rhk');
    await both('/hari-libur', 'Hari Libur & Cuti', 'hari-libur', async () => {
      await page.getByRole('heading', { name: 'Libur nasional dan cuti bersama' }).waitFor();
    });
  });

  it('admin: evaluation settings, with the keberatan deadline checked by the server and kept', async () => {
    await both('/pengaturan-penilaian', 'Pengaturan Penilaian', 'pengaturan-penilaian');
    const batas = page.getByLabel('Batas pengajuan keberatan (hari setelah final)');
    const save = async (hari: string) => {
      await batas.fill(hari);
      await page.getByRole('button', { name: 'Simpan' }).click();
    };
    await save('120');
    await page.getByText('Batas keberatan paling lama 90 hari').waitFor();
    await save('30');
    await page.getByText(/^Pengaturan tersimpan/).waitFor();
    await page.reload();
    await expect(page.getByLabel('Batas pengajuan keberatan (hari setelah final)').inputValue()).resolves.toMatch(/^30/);
    await save('14');
    await page.getByText(/^Pengaturan tersimpan/).waitFor();
  });

  it('superadmin: instansi list and creation with a one-time password', async () => {
    await signIn(account('superadmin', 'superadmin'));
    await both('/instansi', 'Instansi', 'instansi');
    await page.getByRole('button', { name: 'Tambah instansi' }).click();
    const dialog = page.getByRole('dialog');
    const kode = `UJI-${String(Date.now()).slice(-6)}`;
    await dialog.getByLabel('Kode instansi').fill(kode);
    await dialog.getByLabel('Nama instansi').fill('Pemerintah Kota Uji Peramban');
    await dialog.getByLabel('Jenis instansi').click();
    await page.getByRole('option', { name: 'Kota' }).click();
    await dialog.getByLabel('Nama akun admin').fill(`admin.${kode.toLowerCase()}`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const temporary = (await page.getByTestId('secret').innerText()).trim();
    await page.getByRole('cell', { name: kode }).waitFor();
    await shot('instansi-created-desktop');

    // The new admin must replace the temporary password before anything else.
    await context.clearCookies();
    await page.setViewportSize(PHONE);
    await page.goto(`${BASE}/login`);
    await page.getByLabel('NIP atau nama akun').fill(`admin.${kode.toLowerCase()}`);
    await page.getByLabel('Kata sandi', { exact: true }).fill(temporary);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
    await expectFitsPhone();
    await shot('ganti-password-wajib-360');
    await page.getByLabel('Kata sandi lama').fill(temporary);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek');
    await page.getByLabel('Ulangi kata sandi baru').fill('pendek');
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi baru minimal 10 karakter.').waitFor();
    const baru = `Sandi-Baru-${Date.now()}`;
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(baru);
    await page.getByLabel('Ulangi kata sandi baru').fill(baru);
    await page.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
  });

  it('atasan: Tim Saya lists direct subordinates', async () => {
    await signIn(account('kepala bidang'));
    await both('/tim', 'Tim Saya', 'tim-saya', async () => {
      await page.getByText(/\d+ pegawai/).waitFor();
    });
  });

  it('atasan: SKP Bawahan and the matriks peran hasil', async () => {
    await both('/skp-bawahan', 'SKP Bawahan', 'skp-bawahan', async () => {
      await page.getByRole('heading', { name: 'Bawahan langsung' }).waitFor();
    });
    await both('/matriks', 'Matriks Peran Hasil', 'matriks');
  });

  it('pimpinan: Unit Saya lists the unit tree', async () => {
    await signIn(account('kepala dinas'));
    await both('/unit-saya', 'Unit Saya', 'unit-saya', async () => {
      await page.getByText(/\d+ pegawai/).waitFor();
    });
  });

  it('staf: Beranda and Profil on a phone, no admin menu', async () => {
    await signIn(account('staf'));
    await page.setViewportSize(PHONE);
    await open('/', /Selamat datang/);
    await expectFitsPhone();
    await shot('beranda-staf-360');
    await open('/profil', 'Profil Saya');
    await page.getByText('Atasan').first().waitFor();
    await expectFitsPhone();
    await shot('profil-staf-360');
    await open('/kalender', 'Kalender Kerja');
    await expectFitsPhone();
    await shot('kalender-staf-360');
    await open('/skp', 'SKP Saya');
    await expectFitsPhone();
    await shot('skp-saya-staf-360');
    await page.getByRole('button', { name: 'Buka menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await nav.getByRole('link', { name: 'Profil' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Pegawai' }).count()).resolves.toBe(0);
    // An admin address typed by hand shows "not found", not the admin screen.
    await page.goto(`${BASE}/pegawai`);
    await page.getByRole('heading', { name: 'Halaman tidak ditemukan.' }).waitFor();

    await page.getByRole('button', { name: 'Buka menu' }).click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    await page.goto(`${BASE}/profil`);
    await page.waitForURL(/\/login\?next=%2Fprofil/);
  });
});
