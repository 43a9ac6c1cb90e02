// The admin finds any pegawai's SKP by pegawaiId and corrects its pejabat penilai; those above the
// pegawai may list it too, anyone else (or another instansi) gets 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

describe.each(testTargets())('SKP of one pegawai, admin corrections, on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let kadis: Client; let kasi: Client; let staff: Client; let lain: Client;
  let periodeId: string;
  let staffSkp: any;
  const tahun = new Date().getFullYear();
  const list = (c: Client, pegawaiId: string, periode = periodeId) => c.get(`/api/v1/skp?periodeId=${periode}&pegawaiId=${pegawaiId}`);

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    [admin, kadis, kasi, staff, lain] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, t.kepalaDinas.nip, PASSWORD),
      loginAs(app.server, t.kasi.nip, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD),
      loginAs(app.server, t.stafBidang[0]!.nip, PASSWORD),
    ]);
    periodeId = (await admin.get('/api/v1/periode')).body[0].id;
  });
  afterAll(async () => { await app?.close(); });

  it('lists nothing for a pegawai who has not started, then their SKP with its penilai', async () => {
    const none = await list(admin, t.staff.id);
    expect(none.status).toBe(200);
    expect(none.body).toEqual([]);
    const c = await staff.post('/api/v1/skp', { periodeId });
    expect(c.status).toBe(201);
    staffSkp = c.body;
    const r = await list(admin, t.staff.id);
    expect(r.body).toEqual([expect.objectContaining({
      id: staffSkp.id, versi: 1, status: 'DRAFT', mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`,
      pegawai: expect.objectContaining({ id: t.staff.id }), penilai: expect.objectContaining({ id: t.kasi.id }),
    })]);
    // The pegawaiId wins over lingkup: still that pegawai's versions, not the admin's own.
    expect((await admin.get(`/api/v1/skp?periodeId=${periodeId}&lingkup=bawahan&pegawaiId=${t.staff.id}`)).body.map((x: { id: string }) => x.id))
      .toEqual([staffSkp.id]);
  });

  it('the atasan and those above may list it; others of the instansi and other instansi get 404', async () => {
    expect((await list(kasi, t.staff.id)).body.map((x: { id: string }) => x.id)).toEqual([staffSkp.id]);
    expect((await list(kadis, t.staff.id)).body.map((x: { id: string }) => x.id)).toEqual([staffSkp.id]);
    expect((await list(staff, t.staff.id)).body.map((x: { id: string }) => x.id)).toEqual([staffSkp.id]);
    const side = await list(lain, t.staff.id);
    expect(side.status).toBe(404);
    expect(side.body.error.message).toBe('Pegawai tidak ditemukan');
    expect((await list(staff, t.kasi.id)).status).toBe(404);
    const other = await newTenant(app);
    const oa = await loginAs(app.server, other.admin, PASSWORD);
    expect((await list(oa, t.staff.id)).status).toBe(404);
    const ownPeriode = (await oa.get('/api/v1/periode')).body[0].id;
    const o = await list(oa, t.staff.id, ownPeriode);
    expect(o.status).toBe(404);
    expect(o.body.error.message).toBe('Pegawai tidak ditemukan');
    expect((await admin.get(`/api/v1/skp?periodeId=${periodeId}&pegawaiId=bukan-uuid`)).status).toBe(400);
  });

  it('the admin replaces the penilai with a reason; the new penilai then sees it, the trail records it', async () => {
    const doc = (await admin.get(`/api/v1/skp/${staffSkp.id}`)).body;
    expect(doc).toMatchObject({ penilaiSumber: 'ORG', penilai: { id: t.kasi.id }, akses: { ubahPenilai: true } });
    expect((await kasi.get(`/api/v1/skp/${staffSkp.id}`)).body.akses.ubahPenilai).toBe(false);
    const noReason = await admin.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kepalaDinas.id, alasan: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.fields.alasan).toBe('Tulis alasan penggantian penilai');
    expect((await kasi.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kepalaDinas.id, alasan: 'Data atasan keliru' })).status).toBe(403);
    expect((await kadis.get(`/api/v1/skp?periodeId=${periodeId}&lingkup=dinilai`)).body.map((x: { id: string }) => x.id)).not.toContain(doc.id);

    const g = await admin.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kepalaDinas.id, alasan: 'Data atasan di SIASN keliru' });
    expect(g.status).toBe(200);
    expect(g.body).toMatchObject({ penilaiSumber: 'ADMIN', penilaiAlasan: 'Data atasan di SIASN keliru', penilai: { id: t.kepalaDinas.id }, version: doc.version + 1 });
    // A second change based on the version the admin saw first is refused.
    const stale = await admin.put(`/api/v1/skp/${doc.id}/penilai`, { version: doc.version, penilaiId: t.kabid.id, alasan: 'Kembali ke kabid' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ version: g.body.version, diubahOleh: t.admin });
    expect((await admin.get(`/api/v1/skp/${doc.id}`)).body.penilai.id).toBe(t.kepalaDinas.id);

    const dinilai = (await kadis.get(`/api/v1/skp?periodeId=${periodeId}&lingkup=dinilai`)).body;
    expect(dinilai).toEqual([expect.objectContaining({ id: doc.id, pegawai: expect.objectContaining({ id: t.staff.id }) })]);
    expect((await list(admin, t.staff.id)).body[0].penilai.id).toBe(t.kepalaDinas.id);
    const trail = (await admin.get(`/api/v1/skp/${doc.id}/riwayat`)).body;
    expect(trail[0]).toMatchObject({ aksi: 'GANTI_PENILAI', oleh: t.admin });
    const kasiNama = (await admin.get(`/api/v1/pegawai/${t.kasi.id}`)).body.namaLengkap;
    const kadisNama = (await admin.get(`/api/v1/pegawai/${t.kepalaDinas.id}`)).body.namaLengkap;
    expect(trail[0].perubahan).toEqual([
      { bagian: 'Pejabat penilai', tersimpan: kasiNama, milikAnda: kadisNama },
      { bagian: 'Alasan', tersimpan: '', milikAnda: 'Data atasan di SIASN keliru' },
    ]);
    expect(trail.map((x: { aksi: string }) => x.aksi)).toEqual(['GANTI_PENILAI', 'CREATE']);
  });
});
