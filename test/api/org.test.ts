import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

describe.each(testTargets())('org master data on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let other: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let staff: Client; let kabid: Client; let kasi: Client;
  const byUnit = (unit: string, kepala: boolean) => t.pegawai.find((p) => p.unitKode === unit && p.kepala === kepala)!;

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    other = await newTenant(app);
    admin = await loginAs(app.server, t.admin, PASSWORD);
    staff = await loginAs(app.server, t.staff.nip, PASSWORD);
    kabid = await loginAs(app.server, t.kabid.nip, PASSWORD);
    kasi = await loginAs(app.server, t.kasi.nip, PASSWORD);
  });
  afterAll(async () => { await app?.close(); });

  it('derives the atasan from the tree: staff → kasi → kabid → kepala dinas → sekda', async () => {
    const atasanOf = async (id: string) => (await admin.get(`/api/v1/pegawai/${id}`)).body.atasan;
    expect((await atasanOf(t.staff.id)).id).toBe(t.kasi.id);
    expect((await atasanOf(t.kasi.id)).id).toBe(t.kabid.id);
    expect((await atasanOf(t.kabid.id)).id).toBe(t.kepalaDinas.id);
    expect((await atasanOf(t.kepalaDinas.id)).id).toBe(t.sekda.id);
    expect(await atasanOf(t.sekda.id)).toBeNull();
    expect((await atasanOf(t.staff.id)).sumber).toBe('STRUKTUR');
  });

  it('a pegawai sees only themself: another pegawai\'s record is 404, the list holds one row', async () => {
    const colleague = t.pegawai.find((p) => p.unitKode === t.staff.unitKode && p.id !== t.staff.id && !p.kepala)!;
    const r = await staff.get(`/api/v1/pegawai/${colleague.id}`);
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('NOT_FOUND');
    expect((await staff.get(`/api/v1/pegawai/${t.kabid.id}`)).status).toBe(404);
    expect((await staff.get(`/api/v1/pegawai/${t.staff.id}`)).status).toBe(200);
    const list = (await staff.get('/api/v1/pegawai')).body;
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([t.staff.id]);
    expect((await staff.get(`/api/v1/pegawai/${colleague.id}/bawahan`)).status).toBe(404);
  });

  it('an atasan reads the chain below, not beside or above', async () => {
    const list = (await kabid.get('/api/v1/pegawai?pageSize=200')).body;
    const units = new Set(list.items.map((p: { unitKerja: { id: string } }) => p.unitKerja.id));
    expect(list.items.some((p: { id: string }) => p.id === t.staff.id)).toBe(true);
    expect(list.items.some((p: { id: string }) => p.id === t.kepalaDinas.id)).toBe(false);
    const p2p = byUnit('DINKES-P2P', true);
    expect((await kabid.get(`/api/v1/pegawai/${p2p.id}`)).status).toBe(404);
    expect(units.size).toBe(2);
    const bawahan = (await kasi.get(`/api/v1/pegawai/${t.kasi.id}/bawahan`)).body;
    expect(bawahan.map((p: { id: string }) => p.id)).toContain(t.staff.id);
    expect(bawahan.every((p: { atasan: { id: string } }) => p.atasan.id === t.kasi.id)).toBe(true);
  });

  it('an admin of one instansi cannot see another instansi\'s pegawai', async () => {
    expect((await admin.get(`/api/v1/pegawai/${other.staff.id}`)).status).toBe(404);
    const list = (await admin.get('/api/v1/pegawai?pageSize=200')).body;
    expect(list.total).toBe(t.pegawai.length);
    expect(list.items.some((p: { id: string }) => p.id === other.staff.id)).toBe(false);
  });

  it('searches by name and by NIP prefix, pages, and filters by a unit subtree', async () => {
    const byNip = (await admin.get(`/api/v1/pegawai?q=${t.kabid.nip.slice(0, 12)}`)).body;
    expect(byNip.items.map((p: { id: string }) => p.id)).toContain(t.kabid.id);
    const name = t.kabid.nama.split(' ')[0]!.toLowerCase();
    const byName = (await admin.get(`/api/v1/pegawai?q=${name}`)).body;
    expect(byName.items.every((p: { nama: string; jabatan: { nama: string } }) => (p.nama + p.jabatan.nama).toLowerCase().includes(name))).toBe(true);
    const page2 = (await admin.get('/api/v1/pegawai?page=2&pageSize=10')).body;
    expect(page2.items).toHaveLength(10);
    expect(page2.total).toBe(t.pegawai.length);
    const units = (await admin.get('/api/v1/unit-kerja')).body as { id: string; kode: string }[];
    const dinkes = units.find((u) => u.kode === 'DINKES')!;
    const sub = (await admin.get(`/api/v1/pegawai?unitKerjaId=${dinkes.id}&pageSize=200`)).body;
    expect(sub.total).toBe(t.pegawai.filter((p) => p.unitKode.startsWith('DINKES')).length);
    const only = (await admin.get(`/api/v1/pegawai?unitKerjaId=${dinkes.id}&subtree=false`)).body;
    expect(only.total).toBe(1);
  });

  async function formFor(unitKode: string) {
    const units = (await admin.get('/api/v1/unit-kerja')).body as { id: string; kode: string }[];
    const unit = units.find((u) => u.kode === unitKode)!;
    const jab = (await admin.get(`/api/v1/jabatan?unitKerjaId=${unit.id}`)).body.find((j: { kepalaUnit: boolean }) => !j.kepalaUnit);
    return { unitKerjaId: unit.id, jabatanId: jab.id as string };
  }

  it('rejects a bad NIP with a field error in Bahasa Indonesia and changes nothing', async () => {
    const before = (await admin.get('/api/v1/pegawai?pageSize=1')).body.total;
    const form = await formFor('DINKES-YANKES-PRIMER');
    const cases: [string, RegExp][] = [
      ['200013312024121001', /bulan/i],
      ['200012312024123001', /jenis kelamin/i],
      ['12345', /18 digit/],
    ];
    for (const [nip, msg] of cases) {
      const r = await admin.post('/api/v1/pegawai', { nip, nama: 'Siti Aminah', ...form });
      expect(r.status).toBe(400);
      expect(r.body.error.details.fields.nip).toMatch(msg);
    }
    const missing = await admin.post('/api/v1/pegawai', { nip: '', nama: '', jabatanId: '', unitKerjaId: '' });
    expect(Object.keys(missing.body.error.details.fields).sort()).toEqual(['jabatanId', 'nama', 'nip', 'unitKerjaId']);
    expect((await admin.get('/api/v1/pegawai?pageSize=1')).body.total).toBe(before);
  });

  it('adds a pegawai with a valid NIP, derives birth date and gender, and refuses a duplicate NIP', async () => {
    const form = await formFor('DINKES-YANKES-PRIMER');
    const r = await admin.post('/api/v1/pegawai', { nip: '19960229 202203 2 007', nama: 'Siti Aminah', gelarBelakang: 'S.Kep.', golongan: 'III/a', ...form });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ nip: '199602292022032007', nipTampil: '19960229 202203 2 007', tanggalLahir: '1996-02-29', jenisKelamin: 'P', jenisAsn: 'PNS', namaLengkap: 'Siti Aminah, S.Kep.' });
    expect(r.body.atasan.id).toBe(t.kasi.id);
    const dup = await admin.post('/api/v1/pegawai', { nip: '199602292022032007', nama: 'Orang Lain', ...form });
    expect(dup.status).toBe(400);
    expect(dup.body.error.details.fields.nip).toBe('NIP sudah terdaftar');
    const pppkGol = await admin.post('/api/v1/pegawai', { nip: '200012312024211001', nama: 'Andi', golongan: 'III/a', ...form });
    expect(pppkGol.body.error.details.fields.golongan).toMatch(/PPPK/);
    const pppk = await admin.post('/api/v1/pegawai', { nip: '200012312024211001', nama: 'Andi', golongan: 'IX', ...form });
    expect(pppk.status).toBe(201);
    expect(pppk.body.jenisAsn).toBe('PPPK');
  });

  it('detects concurrent edits: the second save with a stale version gets 409 and the current record', async () => {
    const p = (await admin.get(`/api/v1/pegawai/${t.staff.id}`)).body;
    const form = { nip: p.nip, nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang, golongan: p.golongan, jabatanId: p.jabatan.id, unitKerjaId: p.unitKerja.id, status: p.status, email: p.email };
    const first = await admin.put(`/api/v1/pegawai/${p.id}`, { ...form, email: 'pertama@contoh.go.id', version: p.version });
    expect(first.status).toBe(200);
    const second = await admin.put(`/api/v1/pegawai/${p.id}`, { ...form, email: 'kedua@contoh.go.id', version: p.version });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('VERSION_CONFLICT');
    expect(second.body.error.details.current.email).toBe('pertama@contoh.go.id');
    expect((await admin.get(`/api/v1/pegawai/${p.id}`)).body.email).toBe('pertama@contoh.go.id');
  });

  it('a Plt takes over a vacant head: staff follow the Plt, and lose them when it ends', async () => {
    const p2pKasi = byUnit('DINKES-P2P-SURV', true);
    const p2pStaff = t.pegawai.find((p) => p.unitKode === 'DINKES-P2P-SURV' && !p.kepala)!;
    const kasiRec = (await admin.get(`/api/v1/pegawai/${p2pKasi.id}`)).body;
    // The kasi retires: the seksi's staff now report to the kabid above.
    const upd = await admin.put(`/api/v1/pegawai/${p2pKasi.id}`, { nip: kasiRec.nip, nama: kasiRec.nama, jabatanId: kasiRec.jabatan.id, unitKerjaId: kasiRec.unitKerja.id, status: 'PENSIUN', version: kasiRec.version });
    expect(upd.status).toBe(200);
    const kabidP2p = byUnit('DINKES-P2P', true);
    expect((await admin.get(`/api/v1/pegawai/${p2pStaff.id}`)).body.atasan.id).toBe(kabidP2p.id);
    const plt = t.pegawai.find((p) => p.unitKode === 'DINKES-P2P' && !p.kepala)!;
    const r = await admin.post('/api/v1/penugasan', { pegawaiId: plt.id, jabatanId: kasiRec.jabatan.id, jenis: 'PLT', mulai: '2020-01-01', selesai: null });
    expect(r.status).toBe(201);
    const now = (await admin.get(`/api/v1/pegawai/${p2pStaff.id}`)).body.atasan;
    expect(now).toMatchObject({ id: plt.id, sumber: 'PLT' });
    const pltClient = await loginAs(app.server, plt.nip, PASSWORD);
    expect((await pltClient.get('/api/v1/me')).body.peran).toContain('PIMPINAN');
    expect((await pltClient.get(`/api/v1/pegawai/${p2pStaff.id}`)).status).toBe(200);
    expect((await admin.del(`/api/v1/penugasan/${r.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/v1/pegawai/${p2pStaff.id}`)).body.atasan.id).toBe(kabidP2p.id);
    const notHead = await admin.post('/api/v1/penugasan', { pegawaiId: plt.id, jabatanId: (await formFor('DINKES-P2P-SURV')).jabatanId, jenis: 'PLH', mulai: '2026-01-01', selesai: null });
    expect(notHead.body.error.details.fields.jabatanId).toMatch(/kepala unit/);
    const backwards = await admin.post('/api/v1/penugasan', { pegawaiId: plt.id, jabatanId: kasiRec.jabatan.id, jenis: 'PLH', mulai: '2026-05-01', selesai: '2026-04-01' });
    expect(backwards.body.error.details.fields.selesai).toMatch(/sebelum/);
  });

  it('an admin overrides the atasan; a cycle is refused; null returns to the tree', async () => {
    const p = (await admin.get(`/api/v1/pegawai/${t.staff.id}`)).body;
    const r = await admin.put(`/api/v1/pegawai/${t.staff.id}/atasan`, { atasanId: t.kabid.id, version: p.version });
    expect(r.status).toBe(200);
    expect(r.body.atasan).toMatchObject({ id: t.kabid.id, sumber: 'PENGATURAN_ADMIN' });
    const k = (await admin.get(`/api/v1/pegawai/${t.kabid.id}`)).body;
    const cycle = await admin.put(`/api/v1/pegawai/${t.kabid.id}/atasan`, { atasanId: t.staff.id, version: k.version });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details.fields.atasanId).toMatch(/melingkar/);
    const back = await admin.put(`/api/v1/pegawai/${t.staff.id}/atasan`, { atasanId: null, version: r.body.version });
    expect(back.body.atasan).toMatchObject({ id: t.kasi.id, sumber: 'STRUKTUR' });
  });

  it('manages units and jabatan with field errors, 409 and in-use guards', async () => {
    const units = (await admin.get('/api/v1/unit-kerja')).body as { id: string; kode: string; version: number; parentId: string | null }[];
    const setda = units.find((u) => u.kode === 'SETDA')!;
    const created = await admin.post('/api/v1/unit-kerja', { parentId: setda.id, kode: 'BAPPEDA', nama: 'Badan Perencanaan Pembangunan Daerah' });
    expect(created.status).toBe(201);
    expect(created.body.level).toBe(2);
    const dup = await admin.post('/api/v1/unit-kerja', { parentId: setda.id, kode: 'BAPPEDA', nama: 'Lagi' });
    expect(dup.body.error.details.fields.kode).toBe('Kode unit sudah dipakai');
    const selfParent = await admin.put(`/api/v1/unit-kerja/${setda.id}`, { parentId: created.body.id, kode: 'SETDA', nama: 'Sekretariat Daerah', version: setda.version });
    expect(selfParent.body.error.details.fields.parentId).toMatch(/bawahannya/);
    const kelas = await admin.post('/api/v1/jabatan', { unitKerjaId: created.body.id, kode: 'BAPPEDA-X', nama: 'Perencana', jenis: 'FUNGSIONAL', kelasJabatan: 18 });
    expect(kelas.body.error.details.fields).toMatchObject({ kelasJabatan: 'Kelas jabatan 1 sampai 17', jenjang: 'Jenjang wajib diisi untuk jabatan fungsional' });
    const head = await admin.post('/api/v1/jabatan', { unitKerjaId: created.body.id, kode: 'BAPPEDA-KEPALA', nama: 'Kepala Bappeda', jenis: 'JPT_PRATAMA', kelasJabatan: 14, kepalaUnit: true });
    expect(head.status).toBe(201);
    const head2 = await admin.post('/api/v1/jabatan', { unitKerjaId: created.body.id, kode: 'BAPPEDA-KEPALA2', nama: 'Kepala Kedua', jenis: 'JPT_PRATAMA', kelasJabatan: 14, kepalaUnit: true });
    expect(head2.body.error.details.fields.kepalaUnit).toMatch(/sudah punya/);
    const inUse = await admin.del(`/api/v1/unit-kerja/${created.body.id}`);
    expect(inUse.status).toBe(422);
    expect((await admin.del(`/api/v1/jabatan/${head.body.id}`)).status).toBe(200);
    const stale = await admin.put(`/api/v1/unit-kerja/${created.body.id}`, { parentId: setda.id, kode: 'BAPPEDA', nama: 'Bappeda', version: created.body.version + 5 });
    expect(stale.status).toBe(409);
    expect((await admin.del(`/api/v1/unit-kerja/${created.body.id}`)).status).toBe(200);
  });

  it('moves a unit with its subtree', async () => {
    const units = (await admin.get('/api/v1/unit-kerja')).body as { id: string; kode: string; version: number; level: number; nama: string }[];
    const seksi = units.find((u) => u.kode === 'DISDIK-SD-KUR')!;
    const bkpsdm = units.find((u) => u.kode === 'BKPSDM')!;
    const r = await admin.put(`/api/v1/unit-kerja/${seksi.id}`, { parentId: bkpsdm.id, kode: seksi.kode, nama: seksi.nama, version: seksi.version });
    expect(r.status).toBe(200);
    expect(r.body.level).toBe(3);
    const moved = t.pegawai.find((p) => p.unitKode === 'DISDIK-SD-KUR' && p.kepala)!;
    expect((await admin.get(`/api/v1/pegawai/${moved.id}`)).body.atasan.id).toBe(byUnit('BKPSDM', true).id);
  });

  it('records every change in the audit trail', async () => {
    const { auditLog } = await import('../../src/db/schema.ts');
    const { eq, and } = await import('drizzle-orm');
    const rows = await app.database.db.select().from(auditLog).where(and(eq(auditLog.instansiId, t.instansiId), eq(auditLog.entitas, 'pegawai'), eq(auditLog.entitasId, t.staff.id)));
    expect(rows.some((r) => r.aksi === 'UPDATE' && (r.sesudah as { email: string }).email === 'pertama@contoh.go.id')).toBe(true);
    expect(rows.every((r) => r.akunId)).toBe(true);
  });
});
