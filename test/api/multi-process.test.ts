// Several servers on one PostgreSQL database (behind a load balancer, or during a rolling restart):
// they start together without tripping over each other, and one starting never touches work another
// is still doing. PGlite is held by one process, so only its single-process answers are checked.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/client.ts';
import { importJob } from '../../src/db/schema.ts';
import { failInterruptedImports } from '../../src/services/import/import.service.ts';
import { newTenant, startApp } from '../support/app.ts';
import { testTargets } from '../support/targets.ts';

const pgTarget = testTargets().find((t) => t.url);
const migrations = fs.readdirSync(path.join(import.meta.dirname, '../../src/db/migrations')).filter((f) => f.endsWith('.sql')).length;

describe.each(testTargets())('failing interrupted imports on $name', (target) => {
  it('touches only jobs of processes found gone, not one another server starts meanwhile', async () => {
    const app = await startApp(target);
    try {
      const t = await newTenant(app);
      const [akun] = (await app.database.executeSql('select id from akun where instansi_id = $1 limit 1', [t.instansiId])).rows;
      const job = (namaFile: string, proses: string) => ({ instansiId: t.instansiId, jenis: 'pegawai', namaFile, status: 'MEMBACA', dibuatOleh: akun.id as string, proses });
      const dead = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
      const [old] = await app.database.db.insert(importJob).values(job('lama.xlsx', dead)).returning();
      let meanwhile: { id: string } | undefined;
      await failInterruptedImports({
        db: app.database.db,
        // While liveness is being read, another server (alive) starts an import.
        running: async (ids) => {
          [meanwhile] = await app.database.db.insert(importJob).values(job('baru.xlsx', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d')).returning();
          return app.database.running(ids);
        },
      });
      const status = async (id: string) => (await app.database.executeSql('select status from import_job where id = $1', [id])).rows[0].status;
      expect(await status(old!.id)).toBe('GAGAL');
      expect(await status(meanwhile!.id)).toBe('MEMBACA');
    } finally { await app.close(); }
  });
});

describe('process liveness on PGlite', () => {
  it('knows only itself as running', async () => {
    const d = await openDatabase({ migrate: false });
    try {
      expect(await d.running([d.processId, '7b0c5a52-8f51-4a8e-9a51-3d1c6f0e2a11'])).toEqual(new Set([d.processId]));
      expect(await d.exclusive(async () => 42)).toBe(42);
    } finally { await d.close(); }
  });
});

describe.runIf(pgTarget)('several servers on one PostgreSQL database', () => {
  const name = `ekinerja_proses_${process.pid}_${Date.now().toString(36)}`;
  const server = new URL(pgTarget?.url ?? 'postgres://localhost/postgres');
  const url = (() => { const u = new URL(server); u.pathname = `/${name}`; return u.toString(); })();
  const admin = () => { const u = new URL(server); u.pathname = '/postgres'; return new pg.Client({ connectionString: u.toString() }); };
  const dirs: string[] = [];
  const start = (env: Record<string, string> = {}) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-proses-'));
    dirs.push(dir);
    return createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', JOBS: 'off', DATABASE_URL: url, EKINERJA_DEMO: 'off', ...env }));
  };

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`create database ${name}`).finally(() => c.end());
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`).finally(() => c.end());
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('start at the same moment on an empty database: migrations run once and one demo kabupaten is made', async () => {
    const apps = await Promise.all([0, 1, 2].map(() => start({ EKINERJA_DEMO: 'auto', EKINERJA_DEMO_PASSWORD: 'Demo-Sandi-2026' })));
    try {
      expect(apps.filter((a) => a.demo).length).toBe(1);
      const [tenants] = await apps[0]!.database.executeSql('select count(*)::int as n from instansi').then((r) => r.rows);
      expect(tenants.n).toBe(1);
      const [applied] = await apps[0]!.database.executeSql('select count(*)::int as n from drizzle.__drizzle_migrations').then((r) => r.rows);
      expect(applied.n).toBe(migrations);
      for (const a of apps) expect((await a.server.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok', db: 'postgres' });
      expect(new Set(apps.map((a) => a.database.processId)).size).toBe(3);
    } finally { await Promise.all(apps.map((a) => a.close())); }
  });

  it('tell which processes still run, whatever their lock key, and stop counting a process once it has closed', async () => {
    const ds = await Promise.all(Array.from({ length: 8 }, () => openDatabase({ url, migrate: false, poolSize: 1 })));
    const ids = ds.map((d) => d.processId);
    const gone = '5d8f2a3e-6c1b-4f0a-8e7d-2b9c4a1f3e60';
    expect(await ds[0]!.running([...ids, gone])).toEqual(new Set(ids));
    await ds[7]!.close();
    expect(await ds[0]!.running(ids)).toEqual(new Set(ids.slice(0, 7)));
    await Promise.all(ds.slice(0, 7).map((d) => d.close()));
  });

  it('takes its process lock again when the connection holding it is cut, so a live server never passes for a gone one', async () => {
    const d = await openDatabase({ url, migrate: false, poolSize: 1 });
    try {
      const holders = async () => (await d.executeSql(`select pid from pg_locks where locktype = 'advisory' and granted
        and database = (select oid from pg_database where datname = current_database())`)).rows.map((r) => r.pid as number);
      const [pid] = await holders();
      expect(await holders()).toHaveLength(1);
      await d.executeSql('select pg_terminate_backend($1)', [pid]);
      await expect.poll(async () => (await d.running([d.processId])).has(d.processId), { timeout: 4000, interval: 50 }).toBe(false);
      await expect.poll(async () => (await d.running([d.processId])).has(d.processId), { timeout: 15_000, interval: 200 }).toBe(true);
      expect(await holders()).not.toContain(pid);
    } finally { await d.close(); }
  });

  it('a server starting leaves the import another running server is doing alone, and fails it once that server is gone', async () => {
    // Seeds the demo kabupaten unless an earlier test did: the jobs need an instansi and an account.
    let a: App | null = await start({ EKINERJA_DEMO: 'auto', EKINERJA_DEMO_PASSWORD: 'Demo-Sandi-2026' });
    const b = await start();
    try {
      const [t] = (await a.database.executeSql('select i.id as instansi, k.id as akun from instansi i join akun k on k.instansi_id = i.id limit 1')).rows;
      const job = (status: string, proses: string | null) => ({ instansiId: t.instansi as string, jenis: 'pegawai', namaFile: `${status}.xlsx`, status, dibuatOleh: t.akun as string, proses });
      const [running, old, orphan, done] = await a.database.db.insert(importJob).values([
        job('MENYIMPAN', a.database.processId),
        job('MEMBACA', null),
        job('MEMERIKSA', '0e6b1f7c-3a2d-4b5e-9c8f-1d2e3f4a5b6c'),
        job('SELESAI', null),
      ]).returning();
      const statusOf = async (id: string) => (await b.database.executeSql('select status from import_job where id = $1', [id])).rows[0].status as string;

      const c = await start();
      await c.close();
      expect(await statusOf(running!.id)).toBe('MENYIMPAN');
      expect(await statusOf(old!.id)).toBe('GAGAL');
      expect(await statusOf(orphan!.id)).toBe('GAGAL');
      expect(await statusOf(done!.id)).toBe('SELESAI');

      await a.close();
      a = null;
      const d = await start();
      await d.close();
      expect(await statusOf(running!.id)).toBe('GAGAL');
    } finally { await a?.close(); await b.close(); }
  });
});
