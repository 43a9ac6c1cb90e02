// One way to start Debian's Chromium for browser tests (never a downloaded browser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };
// Screenshots go to test-results/ (set E2E_SCREENSHOTS=docs/screenshots to refresh the committed ones).
export const SHOTS = path.resolve(process.env['E2E_SCREENSHOTS'] ?? 'test-results/screenshots');

export interface Browser { context: BrowserContext; page: Page; close(): Promise<void> }

export async function launchBrowser(viewport: { width: number; height: number }): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    locale: 'id-ID',
    // Dialogs and menus appear at once, so screenshots never catch them half-faded.
    reducedMotion: 'reduce',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context, page,
    async close() { await context.close(); fs.rmSync(profileDir, { recursive: true, force: true }); },
  };
}

/** The demo username printed at server start for a role label (E2E_LOGINS: label → username). */
export function demoLogin(label: string): string {
  const user = (JSON.parse(process.env['E2E_LOGINS'] ?? '{}') as Record<string, string>)[label];
  if (!user) throw new Error(`no demo login "${label}" in E2E_LOGINS`);
  return user;
}

/** Full-page shots start at the top: the fixed header and menu are drawn where the page is scrolled to. */
export async function screenshot(page: Page, name: string, fullPage = true) {
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/**
 * Reloads the page unless it asks first; true when Chromium showed the "leave this page?" question
 * (which is dismissed, so the page and what was typed stay).
 */
export async function reloadAsksFirst(page: Page): Promise<boolean> {
  const dialog = page.waitForEvent('dialog', { timeout: 3000 }).catch(() => null);
  void page.evaluate(() => { location.reload(); }).catch(() => undefined);
  const d = await dialog;
  if (!d) { await page.waitForLoadState(); return false; }
  const asked = d.type() === 'beforeunload';
  await d.dismiss();
  return asked;
}

/** Signs in through the login form as a fresh visitor and waits for the home page. */
export async function signInAs(page: Page, base: string, username: string, password: string) {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel('NIP atau nama akun').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: /Selamat datang/ }).waitFor();
}
