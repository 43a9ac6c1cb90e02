// Browser test: the admin adds a pegawai, sees the server's NIP message under the field,
// fixes it, saves, and finds the new pegawai with the search box. Also screenshots the
// sign-in page on a 360-px phone. Env: E2E_BASE_URL, E2E_ADMIN_USER, E2E_ADMIN_PASSWORD.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SHOTS, launchBrowser, type Browser } from './browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';
const USER = process.env['E2E_ADMIN_USER'] ?? 'admin';
const PASSWORD = process.env['E2E_ADMIN_PASSWORD'] ?? '';


let browser: Browser | undefined;
let page: Page;

/** Full-page shots for plain pages; viewport shots while a dialog is open. */
async function shot(name: string, fullPage = true) {
  // Fixed header and menu are drawn where the page is scrolled to; start full-page shots at the top.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

interface UnitKerja { id: string; parentId: string | null; nama: string }
interface Jabatan { id: string; unitKerjaId: string; nama: string; kepalaUnit: boolean }

/** A staff (not kepala unit) position and the label its unit has in the unit picker. */
async function staffPosition(p: Page): Promise<{ unitLabel: string; jabatan: string }> {
  const units = (await (await p.request.get(`${BASE}/api/v1/unit-kerja`)).json()) as UnitKerja[];
  const jabatan = (await (await p.request.get(`${BASE}/api/v1/jabatan`)).json()) as Jabatan[];
  const j = jabatan.find((x) => !x.kepalaUnit);
  const unit = units.find((u) => u.id === j?.unitKerjaId);
  if (!j || !unit) throw new Error('demo data has no staff position');
  const parent = units.find((u) => u.id === unit.parentId);
  return { unitLabel: parent ? `${unit.nama} (${parent.nama})` : unit.nama, jabatan: j.nama };
}

async function login(p: Page) {
  await p.goto(`${BASE}/login`);
  await p.getByLabel('NIP atau nama akun').fill(USER);
  await p.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await p.getByRole('button', { name: 'Masuk' }).click();
  await p.getByRole('heading', { name: /Selamat datang/ }).waitFor();
}

/** Opens a searchable select in the dialog by its label, types to narrow it, and picks the option. */
async function pick(p: Page, label: string, option: string) {
  const input = p.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(option);
  await p.getByRole('option', { name: option, exact: true }).click();
}

describe('admin: pegawai', () => {
  beforeAll(async () => {
    browser = await launchBrowser(PHONE);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a usable sign-in page on a 360-px phone', async () => {
    await page.setViewportSize(PHONE);
    // The page itself fetches only the Indonesian words (the service worker may cache the rest later).
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.goto(`${BASE}/`);
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /\/en-[\w-]+\.js$/.test(s))).toEqual([]);
    // Nothing may stick out sideways on a small phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('login-360');

    await page.getByLabel('NIP atau nama akun').fill(USER);
    await page.getByLabel('Kata sandi', { exact: true }).fill('salah-sekali-123');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').filter({ hasText: /salah/i }).waitFor();
    await shot('login-360-wrong-password');
  });

  it('signs in and shows the menu behind the burger on a phone', async () => {
    await login(page);
    await shot('beranda-360');
    await page.getByRole('button', { name: 'Buka menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Menu utama' });
    await nav.getByRole('link', { name: 'Pegawai' }).waitFor();
    await shot('menu-360', false);
    await nav.getByRole('link', { name: 'Pegawai' }).click();
    await page.getByRole('heading', { name: 'Pegawai', exact: true }).waitFor();
    await page.getByRole('list', { name: 'Pegawai' }).waitFor();
    await shot('pegawai-360');
  });

  it('adds a pegawai: NIP error from the server, fix, save, find by search', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${BASE}/pegawai`);
    await page.getByRole('heading', { name: 'Pegawai', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Tambah pegawai' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();

    const suffix = String(Date.now()).slice(-5);
    const nama = `Uji Peramban ${suffix}`;
    const nip = dialog.getByLabel('NIP', { exact: true });
    await nip.fill('200013312024121001'); // month 13: not a date
    await dialog.getByLabel('Nama', { exact: true }).fill(nama);
    const target = await staffPosition(page);
    await pick(page, 'Unit Kerja', target.unitLabel);
    await expect.poll(() => dialog.getByLabel('Jabatan', { exact: true }).isEnabled()).toBe(true);
    await pick(page, 'Jabatan', target.jabatan);
    await dialog.getByRole('button', { name: 'Simpan' }).click();

    // The server's message appears under NIP, and what was typed is still there.
    await expect.poll(() => nip.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    const describedBy = (await nip.getAttribute('aria-describedby')) ?? '';
    const errorIds = describedBy.split(/\s+/).filter((id) => id.endsWith('-error'));
    expect(errorIds.length).toBe(1);
    const message = (await page.locator(`[id="${errorIds[0]}"]`).innerText()).trim();
    expect(message.length).toBeGreaterThan(3);
    await expect(dialog.getByLabel('Nama', { exact: true }).inputValue()).resolves.toBe(nama);
    await shot('pegawai-form-nip-error', false);

    // A valid NIP: born 15 Feb 1990, CPNS since March 2015, male, sequence from the clock.
    await nip.fill(`199002152015031${suffix.slice(-3)}`);
    await expect.poll(() => nip.getAttribute('aria-invalid')).not.toBe('true');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.getByRole('status').filter({ hasText: nama }).waitFor();

    await page.getByLabel('Cari pegawai').fill(nama);
    const row = page.getByRole('row').filter({ hasText: nama });
    await row.waitFor({ timeout: 10_000 });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.innerText()).resolves.toContain(`19900215 201503 1 ${suffix.slice(-3)}`);
    await shot('pegawai-search-desktop');

    // The name opens the detail page with the derived atasan.
    await row.getByRole('link', { name: nama }).click();
    await page.getByRole('heading', { name: nama }).waitFor();
    await shot('pegawai-detail-desktop');
  });

  it('editing a pegawai someone else just changed shows the conflict and reloads', async () => {
    const id = page.url().split('/').pop() ?? '';
    await page.getByRole('button', { name: 'Ubah' }).click();
    const dialog = page.getByRole('dialog');
    const namaInput = dialog.getByLabel('Nama', { exact: true });
    await namaInput.waitFor();

    // Another admin saves first (same account, through the API).
    const { csrfToken } = (await (await page.request.get(`${BASE}/api/v1/auth/session`)).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`${BASE}/api/v1/pegawai/${id}`)).json()) as {
      nip: string; nama: string; jabatan: { id: string }; unitKerja: { id: string }; status: string; version: number;
    };
    const theirName = `${current.nama} Diubah`;
    const res = await page.request.put(`${BASE}/api/v1/pegawai/${id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { nip: current.nip, nama: theirName, jabatanId: current.jabatan.id, unitKerjaId: current.unitKerja.id, status: current.status, version: current.version },
    });
    expect(res.status()).toBe(200);

    await namaInput.fill(`${current.nama} Versi Saya`);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Data sudah diubah orang lain' }).waitFor();
    await shot('pegawai-conflict', false);
    await dialog.getByRole('button', { name: 'Muat data terbaru' }).click();
    await expect(namaInput.inputValue()).resolves.toBe(theirName);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: theirName }).waitFor();
  });

  it('overrides the atasan, returns to the structure, and creates the login account', async () => {
    const id = page.url().split('/').pop() ?? '';
    const me = (await (await page.request.get(`${BASE}/api/v1/pegawai/${id}`)).json()) as { atasan: { id: string } | null };
    const others = (await (await page.request.get(`${BASE}/api/v1/pegawai?pageSize=50`)).json()) as {
      items: { id: string; nama: string; namaLengkap: string; nipTampil: string }[];
    };
    const other = others.items.find((p) => p.id !== id && p.id !== me.atasan?.id);
    if (!other) throw new Error('no other pegawai in demo data');

    const picker = page.getByRole('combobox', { name: 'Atasan pengganti' });
    await picker.fill(other.nama);
    await page.getByRole('option', { name: `${other.namaLengkap} — ${other.nipTampil}`, exact: true }).click();
    await page.getByRole('button', { name: 'Simpan atasan' }).click();
    await page.getByText('Atasan sedang diatur oleh admin.').waitFor();
    await expect(page.getByText('Pengaturan admin').first().isVisible()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Kembalikan ke struktur' }).click();
    await page.getByText('Atasan sedang diatur oleh admin.').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Buat akun login' }).click();
    await page.getByTestId('secret').waitFor();
    await page.getByText('Sudah punya akun').waitFor();
    await shot('pegawai-akun-desktop');
  });
});
