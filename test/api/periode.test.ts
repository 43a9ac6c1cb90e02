import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

describe.each(testTargets())('periode on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let staff: Client;
  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    admin = await loginAs(app.server, t.admin, PASSWORD);
    staff = await loginAs(app.server, t.staff.nip, PASSWORD);
  });
  afterAll(async () => { await app?.close(); });

  const valid = { tahun: 2027, mulai: '2027-01-01', selesai: '2027-12-31', pendekatan: 'KUANTITATIF', frekuensi: 'BULANAN', batasPenetapanSkp: '2027-01-31', batasEvaluasiTahunan: '2028-01-31' };

  it('the demo year is open; every pegawai can read the periods', async () => {
    const list = (await staff.get('/api/v1/periode')).body;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ tahun: new Date().getFullYear(), status: 'DIBUKA', pendekatan: 'KUALITATIF', frekuensi: 'TRIWULAN' });
  });

  it('checks dates with field errors and changes nothing', async () => {
    const r = await admin.post('/api/v1/periode', { ...valid, mulai: '2026-12-01', selesai: '2027-13-01', batasEvaluasiTahunan: '2027-06-01' });
    expect(r.status).toBe(400);
    expect(r.body.error.details.fields).toMatchObject({ mulai: 'Tanggal mulai harus di tahun 2027', selesai: expect.stringMatching(/tanggal yang valid/) });
    const early = await admin.post('/api/v1/periode', { ...valid, tahun: 2021, mulai: '2021-01-01', selesai: '2021-12-31', batasPenetapanSkp: null, batasEvaluasiTahunan: null });
    expect(early.body.error.details.fields.tahun).toMatch(/2022/);
    const order = await admin.post('/api/v1/periode', { ...valid, mulai: '2027-07-01', selesai: '2027-06-30', batasPenetapanSkp: null, batasEvaluasiTahunan: null });
    expect(order.body.error.details.fields.selesai).toMatch(/sebelum/);
    expect((await admin.get('/api/v1/periode')).body).toHaveLength(1);
  });

  it('opens a year once, edits with a version, locks and reopens it', async () => {
    const c = await admin.post('/api/v1/periode', valid);
    expect(c.status).toBe(201);
    expect((await admin.post('/api/v1/periode', valid)).body.error.details.fields.tahun).toMatch(/sudah ada/);
    const u = await admin.put(`/api/v1/periode/${c.body.id}`, { ...valid, frekuensi: 'TRIWULAN', version: c.body.version });
    expect(u.body).toMatchObject({ frekuensi: 'TRIWULAN', version: 2 });
    expect((await admin.put(`/api/v1/periode/${c.body.id}`, { ...valid, version: 1 })).status).toBe(409);
    const k = await admin.post(`/api/v1/periode/${c.body.id}/kunci`, { version: 2 });
    expect(k.body.status).toBe('DIKUNCI');
    const locked = await admin.put(`/api/v1/periode/${c.body.id}`, { ...valid, version: k.body.version });
    expect(locked.status).toBe(422);
    expect((await admin.post(`/api/v1/periode/${c.body.id}/kunci`, { version: k.body.version })).status).toBe(422);
    const b = await admin.post(`/api/v1/periode/${c.body.id}/buka`, { version: k.body.version });
    expect(b.body.status).toBe('DIBUKA');
    expect((await staff.get(`/api/v1/periode/${c.body.id}`)).body.tahun).toBe(2027);
  });

  it('only the admin of the same instansi may change periods', async () => {
    const id = (await admin.get('/api/v1/periode')).body[0].id;
    expect((await staff.post('/api/v1/periode', { ...valid, tahun: 2028, mulai: '2028-01-01', selesai: '2028-12-31', batasPenetapanSkp: null, batasEvaluasiTahunan: null })).status).toBe(403);
    expect((await staff.post(`/api/v1/periode/${id}/kunci`, { version: 1 })).status).toBe(403);
    const other = await newTenant(app);
    const otherAdmin = await loginAs(app.server, other.admin, PASSWORD);
    expect((await otherAdmin.get(`/api/v1/periode/${id}`)).status).toBe(404);
    expect((await otherAdmin.post(`/api/v1/periode/${id}/kunci`, { version: 1 })).status).toBe(404);
  });
});
