import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { akun, sesi } from '../../src/db/schema.ts';
import { MAX_FAILED } from '../../src/services/auth.service.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { Client, loginAs } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

describe.each(testTargets())('auth on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  beforeAll(async () => { app = await startApp(target); t = await newTenant(app); });
  afterAll(async () => { await app?.close(); });

  it('logs in by NIP, sets an httpOnly SameSite cookie and returns a CSRF token', async () => {
    const c = new Client(app.server);
    const r = await c.login(t.staff.nip, PASSWORD);
    expect(r.status).toBe(200);
    expect(r.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(r.body.user.peran).toEqual(['PEGAWAI']);
    const cookie = String(r.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await c.get('/api/v1/me');
    expect(me.body.pegawai.nip).toBe(t.staff.nip);
  });

  it('accepts a NIP typed with spaces, as printed on the card', async () => {
    const spaced = `${t.staff.nip.slice(0, 8)} ${t.staff.nip.slice(8, 14)} ${t.staff.nip.slice(14, 15)} ${t.staff.nip.slice(15)}`;
    expect((await new Client(app.server).login(spaced, PASSWORD)).status).toBe(200);
  });

  it('derives roles from the tree: kabid is atasan and pimpinan, admin is admin', async () => {
    const kabid = await loginAs(app.server, t.kabid.nip, PASSWORD);
    expect((await kabid.get('/api/v1/me')).body.peran.sort()).toEqual(['ATASAN', 'PEGAWAI', 'PIMPINAN']);
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    expect((await admin.get('/api/v1/me')).body.peran).toEqual(['ADMIN']);
  });

  it('restores the session and its CSRF token after a page reload', async () => {
    const c = await loginAs(app.server, t.staff.nip, PASSWORD);
    const s = await c.get('/api/v1/auth/session');
    expect(s.status).toBe(200);
    expect(s.body.csrfToken).toBe(c.csrf);
    expect((await new Client(app.server).get('/api/v1/auth/session')).status).toBe(401);
  });

  it('refuses a cookie-authenticated write without or with a wrong CSRF token, and changes nothing', async () => {
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    const units = (await admin.get('/api/v1/unit-kerja')).body;
    const body = { parentId: units[0].id, kode: 'CSRF-TEST', nama: 'Unit Tanpa Token' };
    const r = await admin.post('/api/v1/unit-kerja', body, { csrf: false });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('CSRF');
    admin.csrf = 'salah'.repeat(9);
    expect((await admin.post('/api/v1/unit-kerja', body)).status).toBe(403);
    const after = (await admin.get('/api/v1/unit-kerja')).body;
    expect(after).toHaveLength(units.length);
  });

  it('answers 401 without a session and does not reveal whether an account exists', async () => {
    const c = new Client(app.server);
    expect((await c.get('/api/v1/pegawai')).status).toBe(401);
    const unknown = await c.login('199001012015011999', 'apa-saja-123');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe('NIP/nama akun atau kata sandi salah.');
  });

  it('locks the account after repeated wrong passwords with a clear message', async () => {
    const target = t.pegawai.find((p) => !p.kepala && p.unitKode === 'DISDIK-SEK')!;
    const c = new Client(app.server);
    for (let i = 1; i < MAX_FAILED; i++) {
      const r = await c.login(target.nip, 'salah-salah-1');
      expect(r.status).toBe(401);
      expect(r.body.error.message).toContain(`Sisa ${MAX_FAILED - i} kali`);
    }
    const locked = await c.login(target.nip, 'salah-salah-1');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('LOCKED');
    expect(locked.body.error.message).toMatch(/terkunci/);
    // Even the right password is refused while locked.
    expect((await c.login(target.nip, PASSWORD)).status).toBe(429);
    await app.database.db.update(akun).set({ terkunciSampai: new Date(Date.now() - 1000) }).where(eq(akun.username, target.nip));
    expect((await c.login(target.nip, PASSWORD)).status).toBe(200);
  });

  it('reuses a session resolved a moment ago, until any write that may change who someone is', async () => {
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    const c = await loginAs(app.server, t.staff.nip, PASSWORD);
    expect((await c.get('/api/v1/me')).status).toBe(200);
    // Switched off behind the app's back: the session resolved a moment ago still stands (SESSION_CACHE_MS) ...
    await app.database.db.update(akun).set({ aktif: false }).where(eq(akun.username, t.staff.nip));
    try {
      expect((await c.get('/api/v1/me')).status).toBe(200);
      // ... and an activity write (marked actorNeutral) keeps it ...
      expect((await c.post('/api/v1/aktivitas/sinkron', { items: [{ id: randomUUID(), hapus: true, version: null }] })).status).toBe(200);
      expect((await c.get('/api/v1/me')).status).toBe(200);
      // ... but any other write, by anyone, makes every session resolve afresh.
      expect((await admin.put('/api/v1/me/locale', { locale: 'id' })).status).toBe(200);
      expect((await c.get('/api/v1/me')).status).toBe(401);
    } finally {
      await app.database.db.update(akun).set({ aktif: true }).where(eq(akun.username, t.staff.nip));
    }
  });

  it('logs out: the cookie no longer works', async () => {
    const c = await loginAs(app.server, t.kasi.nip, PASSWORD);
    expect((await c.post('/api/v1/auth/logout')).status).toBe(200);
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });

  it('forces a password change for an admin-issued account, then ends other sessions on change', async () => {
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    const who = t.pegawai.find((p) => p.unitKode === 'BKPSDM-MUT' && !p.kepala)!;
    const issued = await admin.post(`/api/v1/pegawai/${who.id}/akun`);
    expect(issued.status).toBe(200);
    expect(issued.body.username).toBe(who.nip);
    const temp = issued.body.passwordSementara as string;
    expect((await new Client(app.server).login(who.nip, PASSWORD)).status).toBe(401);
    const c = await loginAs(app.server, who.nip, temp);
    const other = await loginAs(app.server, who.nip, temp);
    expect((await c.get('/api/v1/me')).body.wajibGantiPassword).toBe(true);
    const blocked = await c.get('/api/v1/pegawai');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.details.reason).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await c.post('/api/v1/auth/password', { passwordLama: temp, passwordBaru: 'pendek' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.fields.passwordBaru).toMatch(/minimal 10/);
    const wrongOld = await c.post('/api/v1/auth/password', { passwordLama: 'bukan-ini-1', passwordBaru: 'Baru-sekali-2026' });
    expect(wrongOld.body.error.details.fields.passwordLama).toBe('Kata sandi lama salah');
    expect((await c.post('/api/v1/auth/password', { passwordLama: temp, passwordBaru: 'Baru-sekali-2026' })).status).toBe(200);
    expect((await c.get('/api/v1/pegawai')).status).toBe(200);
    expect((await other.get('/api/v1/me')).status).toBe(401);
    expect((await new Client(app.server).login(who.nip, 'Baru-sekali-2026')).status).toBe(200);
  });

  it('stores only a hash of the session token', async () => {
    const c = await loginAs(app.server, t.sekda.nip, PASSWORD);
    const token = decodeURIComponent(c.cookie!.split('=')[1]!);
    const rows = await app.database.db.select().from(sesi).where(eq(sesi.tokenHash, token));
    expect(rows).toHaveLength(0);
  });

  it('issues integration tokens shown once, usable as bearer without CSRF, and revocable', async () => {
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    const bad = await admin.post('/api/v1/token-api', { nama: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.nama).toMatch(/minimal 3/);
    const created = await admin.post('/api/v1/token-api', { nama: 'SIMPEG daerah' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    const list = (await admin.get('/api/v1/token-api')).body;
    expect(JSON.stringify(list)).not.toContain(token);
    const integ = new Client(app.server);
    integ.bearer = token;
    expect((await integ.get('/api/v1/pegawai?pageSize=5')).body.total).toBe(t.pegawai.length);
    const unit = (await integ.get('/api/v1/unit-kerja')).body[0];
    expect((await integ.post('/api/v1/jabatan', { unitKerjaId: unit.id, kode: `TOKEN-${Date.now()}`, nama: 'Penata Data', jenis: 'PELAKSANA', kelasJabatan: 7 })).status).toBe(201);
    expect((await admin.del(`/api/v1/token-api/${created.body.id}`)).status).toBe(200);
    expect((await integ.get('/api/v1/pegawai')).status).toBe(401);
    const staff = await loginAs(app.server, t.staff.nip, PASSWORD);
    expect((await staff.get('/api/v1/token-api')).status).toBe(403);
    expect((await staff.post('/api/v1/token-api', { nama: 'curian' })).status).toBe(403);
  });
});
