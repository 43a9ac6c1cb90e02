// Browser test: a session that ends while a form is open asks for the password over the page, and
// what was typed is still there to save; a wrong password keeps the dialog with the server's reason.
// Env: E2E_BASE_URL, E2E_PASSWORD, E2E_LOGINS (see browser.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, demoLogin, DESKTOP, launchBrowser, PHONE, screenshot, signInAs } from './browser.ts';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';
const PASSWORD = process.env['E2E_PASSWORD'] ?? '';

describe('a session that ends with a form open', () => {
  let browser: Browser | undefined;
  afterAll(async () => { await browser?.close(); });

  describe('admin on a desktop', () => {
    beforeAll(async () => { browser = await launchBrowser(DESKTOP); });

    it('keeps the new unit typed in the form, signs in again in a dialog, then saves it once', async () => {
      const { page, context } = browser!;
      await signInAs(page, BASE, demoLogin('Admin kepegawaian'), PASSWORD);
      await page.goto(`${BASE}/unit-kerja`);
      await page.getByRole('button', { name: 'Tambah unit utama' }).click();
      const form = page.getByRole('dialog', { name: 'Tambah unit kerja' });
      const kode = `SESI-${Date.now().toString(36).toUpperCase()}`;
      await form.getByLabel('Kode unit').fill(kode);
      await form.getByLabel('Nama unit').fill('Bagian Uji Sesi Berakhir');

      // The session ends meanwhile (here: its cookie is gone, as after an idle timeout).
      await context.clearCookies();
      await form.getByRole('button', { name: 'Simpan' }).click();
      const sesi = page.getByRole('dialog', { name: 'Sesi Anda berakhir' });
      await sesi.waitFor();
      expect(await sesi.getByTestId('sesi-akun').textContent()).toContain('admin');
      expect(await form.getByLabel('Kode unit').inputValue()).toBe(kode);

      await sesi.getByLabel('Kata sandi').fill('salah-sekali-2026');
      await sesi.getByRole('button', { name: 'Masuk kembali' }).click();
      await sesi.getByRole('alert').waitFor();
      expect(await sesi.getByRole('alert').textContent()).toMatch(/salah/i);
      await screenshot(page, 'sesi-berakhir-desktop', false);

      await sesi.getByLabel('Kata sandi').fill(PASSWORD);
      await sesi.getByRole('button', { name: 'Masuk kembali' }).click();
      await sesi.waitFor({ state: 'detached' });
      expect(await form.getByLabel('Nama unit').inputValue()).toBe('Bagian Uji Sesi Berakhir');
      await form.getByRole('button', { name: 'Simpan' }).click();
      await form.waitFor({ state: 'detached' });

      const units = await page.evaluate(async () => (await fetch('/api/v1/unit-kerja')).json() as Promise<{ kode: string; nama: string }[]>);
      expect(units.filter((u) => u.kode === kode)).toEqual([expect.objectContaining({ nama: 'Bagian Uji Sesi Berakhir' })]);
    });
  });

  describe('staf on a phone', () => {
    beforeAll(async () => { await browser?.close(); browser = await launchBrowser(PHONE); });

    it('"Bukan Anda? Keluar" leaves for the sign-in page instead', async () => {
      const { page, context } = browser!;
      await signInAs(page, BASE, demoLogin('Staf (pelaksana)'), PASSWORD);
      await context.clearCookies();
      await page.goto(`${BASE}/profil`);
      const sesi = page.getByRole('dialog', { name: 'Sesi Anda berakhir' });
      // A reload with no session is simply the sign-in page; the dialog is for a page already open.
      await page.getByLabel('NIP atau nama akun').waitFor();
      expect(await sesi.count()).toBe(0);

      await signInAs(page, BASE, demoLogin('Staf (pelaksana)'), PASSWORD);
      await context.clearCookies();
      await page.getByRole('button', { name: 'Buka menu' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'SKP Saya' }).click();
      await sesi.waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'sesi-berakhir-360', false);
      await sesi.getByRole('button', { name: 'Bukan Anda? Keluar' }).click();
      await page.getByLabel('NIP atau nama akun').waitFor();
    });
  });
});
