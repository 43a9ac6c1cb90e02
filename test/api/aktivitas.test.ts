// Daily activities over HTTP on a real database: entry checks, idempotent offline sync, bulk
// verification by the atasan only, the monthly rollup, and evidence only for those who may see it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';
import { entryWriter } from '../../src/services/aktivitas/entry-insert.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe.each(testTargets())('aktivitas on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let staff: Client; let kasi: Client; let kabid: Client; let epid: Client;
  let skp: any; let rhkId: string; let rhk2: string; let raId: string;
  // Last year's periode: every date in it is in the past, whatever day the suite runs.
  const y = new Date().getFullYear() - 1;
  const d = (md: string) => `${y}-${md}`;
  const entry = (o: Record<string, unknown> = {}) => ({ tanggal: d('03-02'), rhkId, uraian: 'Mengolah data kunjungan puskesmas', jumlah: 2, satuan: 'laporan', menit: 90, ...o });

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const epidP = t.pegawai.find((p) => p.jabatanKode.includes('EPID'))!;
    [admin, staff, kasi, kabid, epid] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD),
      loginAs(app.server, t.kabid.nip, PASSWORD), loginAs(app.server, epidP.nip, PASSWORD),
    ]);
    const periode = await admin.post('/api/v1/periode', { tahun: y, mulai: `${y}-01-01`, selesai: `${y}-12-31` });
    skp = await approvedSkp(staff, kasi, periode.body.id, [
      { uraian: 'Tersedianya data layanan kesehatan primer', satuan: 'laporan', rencanaAksi: [{ bulan: 3, uraian: 'Rekap data Maret' }] },
      { uraian: 'Terkelolanya arsip seksi', satuan: 'berkas' },
    ]);
    rhkId = skp.rhk[0].id; rhk2 = skp.rhk[1].id; raId = skp.rhk[0].rencanaAksi[0].id;
  });
  afterAll(async () => { await app?.close(); });

  const count = async (c: Client, from = d('01-01'), to = d('12-31')) => (await c.get(`/api/v1/aktivitas?dari=${from}&sampai=${to}`)).body.length;
  const rekap = async () => (await staff.get(`/api/v1/aktivitas/rekap?tahun=${y}`)).body;

  it('offers the approved SKP\'s RHK, this month\'s rencana aksi first', async () => {
    const p = (await staff.get(`/api/v1/aktivitas/pilihan-rhk?tanggal=${d('03-02')}`)).body;
    expect(p.map((x: { rhkId: string }) => x.rhkId)).toEqual([rhkId, rhk2]);
    expect(p[0]).toMatchObject({ satuan: 'laporan', rencanaAksi: [{ id: raId, bulan: 3 }], terakhirDipakai: null });
    // The kasi has no approved SKP in that year: nothing to log against.
    expect((await kasi.get(`/api/v1/aktivitas/pilihan-rhk?tanggal=${d('03-02')}`)).body).toEqual([]);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const r = await staff.post('/api/v1/aktivitas', entry({ jamMulai: '10:00', jamSelesai: '09:00', menit: null, jumlah: 3, satuan: null }));
    expect(r.status).toBe(400);
    expect(r.body.error.details.fields).toEqual({ jamSelesai: 'Jam selesai harus setelah jam mulai', satuan: 'Isi satuan output (misalnya dokumen, laporan, orang)' });
    const future = await staff.post('/api/v1/aktivitas', entry({ tanggal: `${y + 2}-01-05` }));
    expect(future.body.error.details.fields.tanggal).toBe('Tanggal tidak boleh di masa depan');
    const other = await staff.post('/api/v1/aktivitas', entry({ rencanaAksiId: randomUUID() }));
    expect(other.body.error.details.fields).toEqual({ rencanaAksiId: 'Rencana aksi bukan bagian dari RHK yang dipilih' });
    const notMine = await epid.post('/api/v1/aktivitas', entry());
    expect(notMine.body.error.details.fields.rhkId).toBe('Pilih RHK dari SKP Anda');
    expect(await count(staff)).toBe(0);
  });

  it('writes an entry once however often it is sent, and caps a day at 24 hours', async () => {
    const id = randomUUID();
    const a = await staff.post('/api/v1/aktivitas', entry({ id, rencanaAksiId: raId, jamMulai: '08:00', jamSelesai: '09:30', menit: null }));
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ id, menit: 90, status: 'MENUNGGU', rhkUraian: 'Tersedianya data layanan kesehatan primer', rencanaAksiUraian: 'Rekap data Maret' });
    expect((await staff.post('/api/v1/aktivitas', entry({ id, rencanaAksiId: raId, jamMulai: '08:00', jamSelesai: '09:30', menit: null }))).body.id).toBe(id);
    expect(await count(staff)).toBe(1);
    const long = await staff.post('/api/v1/aktivitas', entry({ menit: 1351 }));
    expect(long.body.error.details.fields.menit).toBe('Total durasi tanggal ini menjadi lebih dari 24 jam (sudah 90 menit)');
    expect((await staff.post('/api/v1/aktivitas', entry({ menit: 1350 }))).status).toBe(201);
    // Another pegawai cannot take over the id.
    expect((await kasi.post('/api/v1/aktivitas', { ...entry(), id })).status).toBe(400);
    // An edit is checked against the SKP as an entry is, and a refused edit changes nothing.
    const cur = (await staff.get(`/api/v1/aktivitas/${id}`)).body;
    const foreign = await staff.put(`/api/v1/aktivitas/${id}`, { ...entry({ rhkId: randomUUID() }), version: cur.version });
    expect(foreign.body.error.details.fields).toEqual({ rhkId: 'Pilih RHK dari SKP Anda' });
    const wrongRa = await staff.put(`/api/v1/aktivitas/${id}`, { ...entry({ rhkId: rhk2, rencanaAksiId: raId }), version: cur.version });
    expect(wrongRa.body.error.details.fields).toEqual({ rencanaAksiId: 'Rencana aksi bukan bagian dari RHK yang dipilih' });
    expect((await staff.get(`/api/v1/aktivitas/${id}`)).body).toEqual(cur);
  });

  it('holds the 24-hour cap under concurrent entries, and a returned entry frees its time until it is sent again', async () => {
    const day = d('03-16');
    // Ten entries of three hours at once: only eight fit in a day, whatever the interleaving.
    const sent = await Promise.all(Array.from({ length: 10 }, () => staff.post('/api/v1/aktivitas', entry({ tanggal: day, menit: 180 }))));
    expect(sent.filter((r) => r.status === 201)).toHaveLength(8);
    const refused = sent.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual([400, 400]);
    expect(refused[0]!.body.error.details.fields.menit).toBe('Total durasi tanggal ini menjadi lebih dari 24 jam (sudah 1440 menit)');
    const ids = sent.filter((r) => r.status === 201).map((r) => r.body.id as string);
    // Returned by the atasan: its three hours no longer count, so another entry fits.
    expect((await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [ids[0]], status: 'ditolak', catatan: 'Uraian kurang jelas' })).status).toBe(200);
    const extra = await staff.post('/api/v1/aktivitas', entry({ tanggal: day, menit: 180 }));
    expect(extra.status).toBe(201);
    // Sending the returned one again would pass 24 hours: refused, and the entry stays as it was.
    const back = (await staff.get(`/api/v1/aktivitas/${ids[0]}`)).body;
    const again = await staff.put(`/api/v1/aktivitas/${ids[0]}`, { ...entry({ tanggal: day, menit: 180, uraian: 'Mengolah data kunjungan (diperbaiki)' }), version: back.version });
    expect(again.body.error.details.fields.menit).toBe('Total durasi tanggal ini menjadi lebih dari 24 jam (sudah 1440 menit)');
    expect((await staff.get(`/api/v1/aktivitas/${ids[0]}`)).body).toMatchObject({ status: 'DITOLAK', version: back.version });
    // Shortening an entry always goes through; then the returned one fits again.
    const cur = (await staff.get(`/api/v1/aktivitas/${extra.body.id}`)).body;
    expect((await staff.put(`/api/v1/aktivitas/${extra.body.id}`, { ...entry({ tanggal: day, menit: 60 }), version: cur.version })).status).toBe(200);
    expect((await staff.put(`/api/v1/aktivitas/${ids[0]}`, { ...entry({ tanggal: day, menit: 120 }), version: back.version })).status).toBe(200);
    const list = (await staff.get(`/api/v1/aktivitas?dari=${day}&sampai=${day}`)).body as { menit: number; status: string }[];
    expect(list.filter((a) => a.status !== 'DITOLAK').reduce((n, a) => n + a.menit, 0)).toBe(1440);
    // Deleting frees the day; the whole day fits again, then the day is left empty for the tests after.
    for (const id of [...ids, extra.body.id]) expect((await staff.del(`/api/v1/aktivitas/${id}`)).status).toBe(200);
    const full = await staff.post('/api/v1/aktivitas', entry({ tanggal: day, menit: 1440 }));
    expect(full.status).toBe(201);
    expect((await staff.del(`/api/v1/aktivitas/${full.body.id}`)).status).toBe(200);
  });

  it('an entry sent without an id gets a time-ordered one (UUID v7): the clock in front, later ones after', async () => {
    const t0 = Date.now();
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await staff.post('/api/v1/aktivitas', entry({ tanggal: d('03-16'), menit: 10 }))).body.id);
    const clockOf = (id: string) => parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    for (const id of made) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(clockOf(id)).toBeGreaterThanOrEqual(t0);
      expect(clockOf(id)).toBeLessThanOrEqual(Date.now());
    }
    expect([...made].sort()).toEqual(made);
    for (const id of made) expect((await staff.del(`/api/v1/aktivitas/${id}`)).status).toBe(200);
  });

  it('entries sent at the same moment share a statement, yet each is checked, written once and answered on its own', async () => {
    const before = entryWriter(app.database.db).stats();
    const twin = randomUUID();
    const good = Array.from({ length: 12 }, (_, i) => entry({ tanggal: d(`04-${String(i + 1).padStart(2, '0')}`), uraian: `Mengolah data hari ${i + 1}`, menit: 30 + i }));
    const sent = await Promise.all([
      ...good.map((e) => staff.post('/api/v1/aktivitas', e)),
      staff.post('/api/v1/aktivitas', entry({ id: twin, tanggal: d('04-20') })),
      staff.post('/api/v1/aktivitas', entry({ id: twin, tanggal: d('04-20') })),
      epid.post('/api/v1/aktivitas', entry({ tanggal: d('04-21') })),
      staff.post('/api/v1/aktivitas', entry({ tanggal: d('04-22'), rhkId: rhk2, rencanaAksiId: raId })),
      staff.post('/api/v1/aktivitas', entry({ tanggal: d('04-23'), menit: 1441 })),
    ]);
    const after = entryWriter(app.database.db).stats();
    expect(after.items - before.items).toBe(16);
    // Grouped: fewer statements than entries.
    expect(after.batches - before.batches).toBeLessThan(16);
    good.forEach((e, i) => {
      expect(sent[i]!.status).toBe(201);
      expect(sent[i]!.body).toMatchObject({ tanggal: e.tanggal, uraian: e.uraian, menit: e.menit, status: 'MENUNGGU', rhkUraian: 'Tersedianya data layanan kesehatan primer' });
    });
    expect(new Set(sent.slice(0, 12).map((r) => r.body.id)).size).toBe(12);
    expect([sent[12]!.status, sent[13]!.status, sent[12]!.body.id, sent[13]!.body.id]).toEqual([201, 201, twin, twin]);
    expect(sent[14]!.body.error.details.fields).toEqual({ rhkId: 'Pilih RHK dari SKP Anda' });
    expect(sent[15]!.body.error.details.fields).toEqual({ rencanaAksiId: 'Rencana aksi bukan bagian dari RHK yang dipilih' });
    expect(sent[16]!.status).toBe(400);
    const april = (await staff.get(`/api/v1/aktivitas?dari=${d('04-01')}&sampai=${d('04-30')}`)).body as { id: string; tanggal: string }[];
    expect(april.map((a) => a.tanggal).sort()).toEqual([...good.map((e) => e.tanggal as string), d('04-20')].sort());
    expect((await epid.get(`/api/v1/aktivitas?dari=${d('04-01')}&sampai=${d('04-30')}`)).body).toEqual([]);
    // One audit row per entry written, naming the account that sent it, with the row as stored.
    const [audits] = (await app.database.executeSql(`select count(*)::int as n, count(distinct akun_id)::int as akun,
        count(*) filter (where sesudah->>'pegawaiId' = $2 and sesudah->>'status' = 'MENUNGGU' and sesudah->>'id' = entitas_id)::int as whole
      from audit_log where entitas = 'aktivitas' and aksi = 'CREATE' and entitas_id = any($1)`, [april.map((a) => a.id), t.staff.id])).rows;
    expect(audits).toEqual({ n: 13, akun: 1, whole: 13 });
    for (const a of april) expect((await staff.del(`/api/v1/aktivitas/${a.id}`)).status).toBe(200);
  });

  it('replaying the same sync batch three times yields the same rows', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const batch = {
      items: [
        { id: ids[0], data: entry({ tanggal: d('03-03'), uraian: 'Input data SP2TP' }) },
        { id: ids[1], data: entry({ tanggal: d('03-03'), rhkId: rhk2, uraian: 'Menata arsip surat masuk', jumlah: 40, satuan: 'berkas', menit: 120 }) },
        { id: ids[2], data: entry({ tanggal: d('03-04'), uraian: 'x' }) },
      ],
    };
    const first = await staff.post('/api/v1/aktivitas/sinkron', batch);
    expect(first.body.hasil.map((h: { hasil: string }) => h.hasil)).toEqual(['DIBUAT', 'DIBUAT', 'DITOLAK']);
    expect(first.body.hasil[2].fields).toEqual({ uraian: 'Tulis apa yang dikerjakan (paling sedikit 3 karakter)' });
    const before = (await staff.get(`/api/v1/aktivitas?dari=${d('03-03')}&sampai=${d('03-04')}`)).body;
    for (let i = 0; i < 2; i++) {
      const again = await staff.post('/api/v1/aktivitas/sinkron', batch);
      expect(again.body.hasil.map((h: { hasil: string }) => h.hasil)).toEqual(['SAMA', 'SAMA', 'DITOLAK']);
    }
    expect((await staff.get(`/api/v1/aktivitas?dari=${d('03-03')}&sampai=${d('03-04')}`)).body).toEqual(before);
    expect(before).toHaveLength(2);
  });

  it('only the direct atasan verifies; bulk accept, return with a note; only accepted rows roll up', async () => {
    const all = (await staff.get(`/api/v1/aktivitas?dari=${d('01-01')}&sampai=${d('12-31')}`)).body;
    const ids = all.map((a: { id: string }) => a.id);
    const own = await staff.post('/api/v1/aktivitas/verifikasi', { ids, status: 'diterima' });
    expect(own.body.diproses).toEqual([]);
    expect(own.body.gagal).toHaveLength(ids.length);
    expect((await kabid.post('/api/v1/aktivitas/verifikasi', { ids, status: 'diterima' })).body.diproses).toEqual([]);
    expect((await kasi.post('/api/v1/aktivitas/verifikasi', { ids, status: 'ditolak' })).body.error.details.fields.catatan).toMatch(/catatan/);
    const queue = (await kasi.get('/api/v1/aktivitas/antrian')).body;
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ pegawai: { id: t.staff.id }, jumlah: 4, tertua: d('03-02') });
    expect(queue[0].hari.map((h: { tanggal: string }) => h.tanggal)).toEqual([d('03-02'), d('03-03')]);
    const unknown = randomUUID();
    const ok = await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [...ids, unknown], status: 'diterima' });
    expect(ok.body.diproses.sort()).toEqual([...ids].sort());
    expect(ok.body.gagal).toEqual([{ id: unknown, alasan: 'Aktivitas tidak ditemukan atau bukan milik bawahan langsung Anda' }]);
    // March: rhk 1 has 90 + 1350 + 90 minutes in 3 entries with 2 laporan each; rhk 2 one entry of 40 berkas.
    expect(await rekap()).toEqual([
      { rhkId: rhk2, rhkUraian: 'Terkelolanya arsip seksi', bulan: 3, banyak: 1, jumlah: 40, menit: 120 },
      { rhkId, rhkUraian: 'Tersedianya data layanan kesehatan primer', bulan: 3, banyak: 3, jumlah: 6, menit: 1530 },
    ]);
    const big = all.find((a: { menit: number }) => a.menit === 1350);
    const back = await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [big.id], status: 'ditolak', catatan: 'Durasi tidak wajar, periksa kembali' });
    expect(back.body.diproses).toEqual([big.id]);
    expect((await rekap())[1]).toMatchObject({ banyak: 2, jumlah: 4, menit: 180 });
    const returned = (await staff.get(`/api/v1/aktivitas/${big.id}`)).body;
    expect(returned).toMatchObject({ status: 'DITOLAK', catatanVerifikasi: 'Durasi tidak wajar, periksa kembali' });
    // The pegawai fixes it: back to the queue, still out of the rollup until accepted.
    const fixed = await staff.put(`/api/v1/aktivitas/${big.id}`, { ...entry({ menit: 240 }), version: returned.version });
    expect(fixed.body).toMatchObject({ status: 'MENUNGGU', menit: 240 });
    expect((await staff.put(`/api/v1/aktivitas/${big.id}`, { ...entry({ menit: 200 }), version: returned.version })).status).toBe(409);
    await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [big.id], status: 'diterima' });
    expect((await rekap())[1]).toMatchObject({ banyak: 3, jumlah: 6, menit: 420 });
    // Editing an accepted entry takes it out again; deleting one updates the rollup too.
    const arsip = all.find((a: { rhkId: string }) => a.rhkId === rhk2);
    const cur = (await staff.get(`/api/v1/aktivitas/${arsip.id}`)).body;
    await staff.put(`/api/v1/aktivitas/${arsip.id}`, { ...entry({ tanggal: d('03-03'), rhkId: rhk2, uraian: 'Menata arsip surat keluar', jumlah: 35, satuan: 'berkas', menit: 120 }), version: cur.version });
    expect((await rekap()).map((r: { rhkId: string }) => r.rhkId)).toEqual([rhkId]);
    expect((await staff.del(`/api/v1/aktivitas/${big.id}`)).status).toBe(200);
    expect((await rekap())[0]).toMatchObject({ banyak: 2, jumlah: 4, menit: 180 });
  });

  it('an entry changed on the server comes back from sync as a conflict, not overwritten', async () => {
    const id = randomUUID();
    const made = await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id, data: entry({ tanggal: d('03-05') }) }] });
    const v1 = made.body.hasil[0].aktivitas.version;
    await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [id], status: 'diterima' });
    const edit = await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id, version: v1, data: entry({ tanggal: d('03-05'), uraian: 'Diubah di ponsel' }) }] });
    expect(edit.body.hasil[0]).toMatchObject({ hasil: 'KONFLIK', aktivitas: { status: 'DITERIMA', uraian: 'Mengolah data kunjungan puskesmas' } });
    const cur = edit.body.hasil[0].aktivitas.version;
    const retry = await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id, version: cur, data: entry({ tanggal: d('03-05'), uraian: 'Diubah di ponsel' }) }] });
    expect(retry.body.hasil[0]).toMatchObject({ hasil: 'DIPERBARUI', aktivitas: { status: 'MENUNGGU', uraian: 'Diubah di ponsel' } });
    const del = await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id, hapus: true, version: retry.body.hasil[0].aktivitas.version }] });
    expect(del.body.hasil[0].hasil).toBe('DIHAPUS');
    expect((await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id, hapus: true, version: 1 }] })).body.hasil[0].hasil).toBe('DIHAPUS');
  });

  it('evidence is checked by content and served only to those who may see the activity', async () => {
    const akt = (await staff.post('/api/v1/aktivitas', entry({ tanggal: d('03-06') }))).body;
    const bid = randomUUID();
    const url = `/api/v1/aktivitas/${akt.id}/bukti/${bid}`;
    const up = await staff.request('PUT', `${url}?nama=foto-kegiatan.png`, undefined, { raw: PNG, contentType: 'image/png' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ id: bid, jenis: 'BERKAS', mime: 'image/png', ukuran: PNG.length });
    expect((await staff.request('PUT', `${url}?nama=foto-kegiatan.png`, undefined, { raw: PNG, contentType: 'image/png' })).body.id).toBe(bid);
    const fake = await staff.request('PUT', `/api/v1/aktivitas/${akt.id}/bukti/${randomUUID()}?nama=foto.jpg`, undefined, { raw: Buffer.from('<script>alert(1)</script>'), contentType: 'image/jpeg' });
    expect(fake.status).toBe(400);
    expect(fake.body.error.details.fields.berkas).toMatch(/Jenis berkas tidak diterima/);
    const own = await staff.request('GET', url);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect((await kasi.request('GET', url)).status).toBe(200);
    expect((await admin.request('GET', url)).status).toBe(200);
    expect((await epid.request('GET', url)).status).toBe(404);
    expect((await kasi.request('PUT', `${url}?nama=x.png`, undefined, { raw: PNG, contentType: 'image/png' })).status).toBe(403);
    const other = await newTenant(app);
    const oa = await loginAs(app.server, other.admin, PASSWORD);
    expect((await oa.request('GET', url)).status).toBe(404);
    const link = await staff.post(`/api/v1/aktivitas/${akt.id}/tautan/${randomUUID()}`, { nama: 'Notulen', url: 'javascript:alert(1)' });
    expect(link.status).toBe(400);
    expect((await staff.post(`/api/v1/aktivitas/${akt.id}/tautan/${randomUUID()}`, { nama: 'Notulen', url: 'https://drive.example.go.id/notulen' })).status).toBe(201);
    expect((await staff.get(`/api/v1/aktivitas/${akt.id}`)).body.bukti.map((b: { jenis: string }) => b.jenis)).toEqual(['BERKAS', 'TAUTAN']);
    expect((await staff.del(url)).status).toBe(200);
    expect((await kasi.request('GET', url)).status).toBe(404);
  });

  it('deleting an activity, directly or from a phone\'s sync, also removes its evidence files from storage', async () => {
    const stored = () => {
      const root = path.join(app.dataDir, 'files');
      return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length : 0;
    };
    const before = stored();
    const a = (await staff.post('/api/v1/aktivitas', entry({ tanggal: d('03-09') }))).body;
    const b = (await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id: randomUUID(), data: entry({ tanggal: d('03-10') }) }] })).body.hasil[0].aktivitas;
    for (const akt of [a, b]) {
      const up = await staff.request('PUT', `/api/v1/aktivitas/${akt.id}/bukti/${randomUUID()}?nama=foto.png`, undefined, { raw: PNG, contentType: 'image/png' });
      expect(up.status).toBe(201);
    }
    expect(stored()).toBe(before + 2);
    expect((await staff.del(`/api/v1/aktivitas/${a.id}`)).status).toBe(200);
    expect(stored()).toBe(before + 1);
    const cur = (await staff.get(`/api/v1/aktivitas/${b.id}`)).body;
    const del = await staff.post('/api/v1/aktivitas/sinkron', { items: [{ id: b.id, hapus: true, version: cur.version }] });
    expect(del.body.hasil[0].hasil).toBe('DIHAPUS');
    expect(stored()).toBe(before);
  });

  it('nobody outside the chain reads a pegawai\'s activities or rollup', async () => {
    expect((await epid.get(`/api/v1/aktivitas?pegawaiId=${t.staff.id}&dari=${d('01-01')}&sampai=${d('12-31')}`)).status).toBe(404);
    expect((await epid.get(`/api/v1/aktivitas/rekap?pegawaiId=${t.staff.id}&tahun=${y}`)).status).toBe(404);
    expect((await kabid.get(`/api/v1/aktivitas?pegawaiId=${t.staff.id}&dari=${d('01-01')}&sampai=${d('12-31')}`)).status).toBe(200);
  });
});
