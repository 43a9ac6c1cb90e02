// A real server on a real database for API tests, with fresh random tenants so tests need no cleanup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import type { Target } from './targets.ts';

export const PASSWORD = 'Sandi-Uji-2026';

/** `env` overrides the test defaults (background jobs are off unless a test turns them on). */
export async function startApp(target: Target, env: Record<string, string> = {}): Promise<App & { dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-test-'));
  // A copy of the migrated PGlite folder made by the global setup (startup.test.ts covers a fresh folder).
  const template = process.env.EKINERJA_TEST_PGLITE;
  if (!target.url && template) fs.cpSync(template, dataDir, { recursive: true });
  const config = loadConfig({
    DATA_DIR: dataDir, LOG_LEVEL: 'silent', EKINERJA_DEMO: 'off', JOBS: 'off',
    ...(target.url ? { DATABASE_URL: target.url } : {}), ...env,
  });
  const app = await createApp(config);
  await app.server.ready();
  return {
    ...app, dataDir,
    async close() { await app.close(); fs.rmSync(dataDir, { recursive: true, force: true }); },
  };
}

let counter = 0;
/** A new demo kabupaten with its own admin account; unique per call. */
export async function newTenant(app: App) {
  const tag = `${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`.toUpperCase();
  const demo = await seedDemo(app.database.db, PASSWORD, { kode: `T-${tag}`, nama: `Kabupaten Uji ${tag}`, adminUsername: `admin-${tag.toLowerCase()}`, superadmin: false });
  return demo;
}
