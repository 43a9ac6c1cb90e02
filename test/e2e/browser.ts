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
