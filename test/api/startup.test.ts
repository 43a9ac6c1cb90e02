import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { parseNip } from '../../src/domain/index.ts';
import { newTenant, startApp } from '../support/app.ts';
import { Client, loginAs } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

describe('start on an empty embedded database', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-start-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the demo kabupaten once, with valid NIPs, and not again on restart', async () => {
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', EKINERJA_DEMO_PASSWORD: 'Demo-Sandi-2026' });
    const app = await createApp(config);
    try {
      expect(app.demo).not.toBeNull();
      expect(app.demo!.pegawai.length).toBeGreaterThanOrEqual(55);
      expect(app.demo!.pegawai.length).toBeLessThanOrEqual(70);
      expect(app.demo!.pegawai.every((p) => parseNip(p.nip).ok)).toBe(true);
      const admin = await loginAs(app.server, 'admin', 'Demo-Sandi-2026');
      const units = (await admin.get('/api/v1/unit-kerja')).body as { kode: string; level: number }[];
      expect(units.filter((u) => u.level === 2).map((u) => u.kode).sort()).toEqual(['BKPSDM', 'DINKES', 'DISDIK', 'DPUPR', 'SETDA-ORG']);
      expect(Math.max(...units.map((u) => u.level))).toBe(4);
      const jab = (await admin.get('/api/v1/jabatan')).body as { jenis: string }[];
      expect(new Set(jab.map((j) => j.jenis))).toEqual(new Set(['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL']));
      const kadis = await loginAs(app.server, app.demo!.kepalaDinas.nip, 'Demo-Sandi-2026');
      expect((await kadis.get('/api/v1/me')).body.peran.sort()).toEqual(['ATASAN', 'PEGAWAI', 'PIMPINAN']);
    } finally { await app.close(); }
    const again = await createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }));
    try { expect(again.demo).toBeNull(); } finally { await again.close(); }
  });
});

describe.each(testTargets())('server basics on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  afterAll(async () => { await app?.close(); });

  it('never seeds demo data into a database that already holds data', async () => {
    app = await startApp(target);
    await newTenant(app);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-nodemo-'));
    const second = await createApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', ...(target.url ? { DATABASE_URL: target.url } : {}) }));
    try {
      if (target.url) expect(second.demo).toBeNull();
    } finally { await second.close(); fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('answers health, serves the OpenAPI document and the docs page, and uses one error shape', async () => {
    const c = new Client(app.server);
    expect((await c.get('/api/health')).body).toEqual({ status: 'ok', db: target.name });
    const doc = (await c.get('/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/pegawai', '/api/v1/pegawai/{id}', '/api/v1/import/{jenis}']));
    expect(doc.paths['/api/v1/pegawai'].post.requestBody.content['application/json'].schema.required).toContain('nip');
    expect((await c.get('/api/docs/')).status).toBe(200);
    const nf = await c.get('/api/v1/tidak-ada');
    expect(nf.status).toBe(404);
    expect(nf.body).toEqual({ error: { code: 'NOT_FOUND', message: 'Alamat GET /api/v1/tidak-ada tidak ditemukan' } });
    const bad = await c.post('/api/v1/auth/login', { username: '', password: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields).toEqual({ username: 'NIP atau nama akun wajib diisi', password: 'Kata sandi wajib diisi' });
  });
});
