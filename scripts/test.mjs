#!/usr/bin/env node
// `npm test`: typecheck, unit and API tests (PGlite, plus PostgreSQL when DATABASE_URL or
// TEST_DATABASE_URL is set), then browser tests in Debian's Chromium against a fresh server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const bin = (name) => path.join('node_modules', '.bin', name);

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\nGagal: ${cmd} ${args.join(' ')} (kode ${r.status})`);
    process.exit(r.status ?? 1);
  }
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.getuid?.() === 0 && spawnSync('which', ['apt-get']).status === 0) {
    console.log('\nChromium tidak ada; memasang paket Debian chromium ...');
    let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      spawnSync('apt-get', ['update'], { stdio: 'inherit' });
      r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
    return fs.existsSync(CHROMIUM);
  }
  return false;
}

const freePort = () => new Promise((resolve) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

async function startServer() {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-e2e-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EKINERJA_DEMO_PASSWORD: 'Demo-Ekinerja-2026', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    await new Promise((r) => setTimeout(r, 250));
    if (child.exitCode !== null) throw new Error(`server berhenti:\n${out}`);
    try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* not yet */ }
  }
  const logins = Object.fromEntries([...out.matchAll(/^\s{2}(.+?)\s{2,}(\S+)/gm)].map((m) => [m[1].trim(), m[2]]));
  return { base, child, dataDir, logins };
}

run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run(bin('vitest'), ['run']);
run(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
run(process.execPath, ['scripts/precompress.mjs', 'dist/web']);

const e2eFiles = fs.existsSync('test/e2e') ? fs.readdirSync('test/e2e').filter((f) => f.endsWith('.e2e.ts')) : [];
if (!e2eFiles.length) process.exit(0);
if (!ensureChromium()) {
  console.error(`\nTes browser TIDAK dijalankan: ${CHROMIUM} tidak ada dan tidak dapat dipasang (butuh root dan apt-get).`);
  console.error(`Tes yang dilewati: ${e2eFiles.join(', ')}`);
  process.exit(1);
}
const server = await startServer();
try {
  run(bin('vitest'), ['run', '--config', 'test/e2e/vitest.config.ts'], {
    E2E_BASE_URL: server.base,
    E2E_ADMIN_USER: 'admin',
    E2E_ADMIN_PASSWORD: 'Demo-Ekinerja-2026',
    E2E_PASSWORD: 'Demo-Ekinerja-2026',
    E2E_LOGINS: JSON.stringify(server.logins),
  });
} finally {
  server.child.kill('SIGTERM');
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}
