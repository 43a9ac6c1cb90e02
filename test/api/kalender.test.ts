import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/auth/password.ts';
import { akun, aktivitas, auditLog, hariLiburNasional } from '../../src/db/schema.ts';
import { hariKerjaList, isHariKerja } from '../../src/services/kalender.service.ts';
import { addDays, isoWeekday } from '../../src/services/kalender/hari-kerja.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

type Hari = { tanggal: string; jenis: string; namaLibur: string | null; cuti: string | null; status: string; menit: number; aktivitas: Record<string, number> };
const day = (body: { hari: Hari[] }, tanggal: string) => body.hari.find((h) => h.tanggal === tanggal)!;

// March 2026 (SKB 3 Menteri 2025, migration 0003): 1 March is a Sunday, so the month has 22 weekdays.
// Nyepi and Idulfitri take 18, 19, 20, 23 and 24 March off (21 and 22 are a weekend anyway): 17 working days.
const HARI_KERJA_MARET_2026 = 17;

describe.each(testTargets())('working-day calendar on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let t2: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let staff: Client; let kasi: Client; let admin2: Client; let staff2: Client; let su: Client;
  let other: string;
  // A far-future Monday of its own per run, so parallel runs on a shared PostgreSQL do not meet.
  // A Monday far ahead, different per run, whose Tuesday is in the same month (one month view shows both).
  let senin = addDays('2098-01-06', 7 * ((Date.now() + process.pid) % 48));
  if (addDays(senin, 1).slice(0, 7) !== senin.slice(0, 7)) senin = addDays(senin, 7);
  const selasa = addDays(senin, 1);
  const superUser = `super-kal-${Date.now().toString(36)}-${process.pid}`;

  beforeAll(async () => {
    app = await startApp(target);
    [t, t2] = [await newTenant(app), await newTenant(app)];
    await app.database.db.insert(akun).values({ username: superUser, passwordHash: await hashPassword(PASSWORD), peran: ['SUPERADMIN'] });
    admin = await loginAs(app.server, t.admin, PASSWORD);
    staff = await loginAs(app.server, t.staff.nip, PASSWORD);
    kasi = await loginAs(app.server, t.kasi.nip, PASSWORD);
    admin2 = await loginAs(app.server, t2.admin, PASSWORD);
    staff2 = await loginAs(app.server, t2.staff.nip, PASSWORD);
    su = await loginAs(app.server, superUser, PASSWORD);
    other = t.pegawai.find((p) => p.unitKode === 'DINKES-P2P' && !p.kepala)!.id;
  });
  afterAll(async () => {
    await app?.database.db.delete(hariLiburNasional).where(inArray(hariLiburNasional.tanggal, [senin, selasa]));
    await app?.close();
  });

  const maret = (c: Client, id = t.staff.id) => c.get(`/api/v1/kalender/pegawai/${id}?bulan=2026-03`);

  it(`counts ${HARI_KERJA_MARET_2026} working days in March 2026 and names the days off`, async () => {
    const r = await maret(staff);
    expect(r.status).toBe(200);
    expect(r.body.hari).toHaveLength(31);
    expect(r.body.ringkasan.hariKerja).toBe(HARI_KERJA_MARET_2026);
    expect(r.body.pegawai.id).toBe(t.staff.id);
    expect(day(r.body, '2026-03-18')).toMatchObject({ jenis: 'CUTI_BERSAMA', namaLibur: 'Cuti bersama Hari Suci Nyepi', status: 'LIBUR' });
    expect(day(r.body, '2026-03-19')).toMatchObject({ jenis: 'LIBUR_NASIONAL', status: 'LIBUR' });
    expect(day(r.body, '2026-03-21')).toMatchObject({ jenis: 'LIBUR_NASIONAL', namaLibur: 'Idulfitri 1447 H' }); // a Saturday
    expect(day(r.body, '2026-03-28')).toMatchObject({ jenis: 'AKHIR_PEKAN', namaLibur: null, status: 'LIBUR' });
    expect(day(r.body, '2026-03-25')).toMatchObject({ jenis: 'KERJA', cuti: null });
    // Every working day is empty, and either past (KOSONG) or still to come.
    const kerja = r.body.hari.filter((h: Hari) => h.jenis === 'KERJA');
    expect(kerja.every((h: Hari) => h.status === (h.tanggal <= r.body.hariIni ? 'KOSONG' : 'AKAN_DATANG'))).toBe(true);

    const db = app.database.db;
    expect(await hariKerjaList(db, t.instansiId, '2026-03-01', '2026-03-31')).toHaveLength(HARI_KERJA_MARET_2026);
    expect(await isHariKerja(db, t.instansiId, '2026-03-19')).toBe(false);
    expect(await isHariKerja(db, t.instansiId, '2026-03-25')).toBe(true);
    expect(await isHariKerja(db, t.instansiId, '2026-03-28')).toBe(false);
  });

  it('lists the 2026 SKB days for everyone in the instansi', async () => {
    const r = await staff.get('/api/v1/hari-libur?tahun=2026');
    expect(r.status).toBe(200);
    const count = (j: string) => r.body.filter((h: { jenis: string }) => h.jenis === j).length;
    expect([count('LIBUR_NASIONAL'), count('CUTI_BERSAMA'), count('LIBUR_INSTANSI')]).toEqual([17, 8, 0]);
    expect(r.body[0]).toMatchObject({ tanggal: '2026-01-01', nama: 'Tahun Baru 2026 Masehi', sumber: 'SKB 3 Menteri 2025' });
    expect((await staff.get('/api/v1/hari-libur?tahun=1999')).status).toBe(400);
  });

  it('takes an instansi day off out of that instansi only', async () => {
    const r = await admin.post('/api/v1/hari-libur/instansi', { tanggal: '2026-03-10', nama: 'HUT Kabupaten Uji' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ tanggal: '2026-03-10', nama: 'HUT Kabupaten Uji', jenis: 'LIBUR_INSTANSI', sumber: null });
    const mine = await maret(staff);
    expect(mine.body.ringkasan.hariKerja).toBe(HARI_KERJA_MARET_2026 - 1);
    expect(day(mine.body, '2026-03-10')).toMatchObject({ jenis: 'LIBUR_INSTANSI', namaLibur: 'HUT Kabupaten Uji', status: 'LIBUR' });
    const theirs = await maret(staff2, t2.staff.id);
    expect(theirs.body.ringkasan.hariKerja).toBe(HARI_KERJA_MARET_2026);
    expect(day(theirs.body, '2026-03-10').jenis).toBe('KERJA');
    expect((await staff2.get('/api/v1/hari-libur?tahun=2026')).body.some((h: { jenis: string }) => h.jenis === 'LIBUR_INSTANSI')).toBe(false);

    expect((await admin.post('/api/v1/hari-libur/instansi', { tanggal: '2026-03-10', nama: 'Lagi' })).body.error.details.fields.tanggal).toMatch(/sudah ada/);
    expect((await admin.post('/api/v1/hari-libur/instansi', { tanggal: '2026-03-14', nama: 'Sabtu' })).body.error.details.fields.tanggal).toMatch(/Sabtu atau Minggu/);
    expect((await admin.post('/api/v1/hari-libur/instansi', { tanggal: '2026-03-19', nama: 'Nyepi' })).body.error.details.fields.tanggal).toMatch(/libur nasional: Hari Suci Nyepi/);
    expect((await staff.post('/api/v1/hari-libur/instansi', { tanggal: '2026-03-11', nama: 'Libur sendiri' })).status).toBe(403);
    expect((await staff.del('/api/v1/hari-libur/instansi/2026-03-10')).status).toBe(403);
    expect((await admin2.del('/api/v1/hari-libur/instansi/2026-03-10')).status).toBe(404);

    expect((await admin.del('/api/v1/hari-libur/instansi/2026-03-10')).status).toBe(200);
    expect((await maret(staff)).body.ringkasan.hariKerja).toBe(HARI_KERJA_MARET_2026);
    const trail = await app.database.db.select().from(auditLog)
      .where(and(eq(auditLog.instansiId, t.instansiId), eq(auditLog.entitas, 'hari_libur_instansi')));
    expect(trail.map((a) => a.aksi).sort()).toEqual(['CREATE', 'DELETE']);
  });

  it('turns leave days into CUTI rather than KOSONG, counting working days only', async () => {
    const a = await admin.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_TAHUNAN', mulai: '2026-03-09', selesai: '2026-03-13', keterangan: 'Urusan keluarga' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ pegawaiId: t.staff.id, jenis: 'CUTI_TAHUNAN', hariKerja: 5, keterangan: 'Urusan keluarga' });
    // Across the Idulfitri block: 16, 17, 25, 26 and 27 March are the only working days in it.
    const b = await admin.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_ALASAN_PENTING', mulai: '2026-03-16', selesai: '2026-03-27' });
    expect(b.body.hariKerja).toBe(5);
    const r = await maret(staff);
    expect(day(r.body, '2026-03-09')).toMatchObject({ cuti: 'CUTI_TAHUNAN', status: 'CUTI' });
    expect(day(r.body, '2026-03-19')).toMatchObject({ cuti: 'CUTI_ALASAN_PENTING', status: 'LIBUR' });
    expect(r.body.ringkasan).toMatchObject({ hariKerja: HARI_KERJA_MARET_2026, cuti: 10 });
    const emptyOrAhead = r.body.hari.filter((h: Hari) => h.status === 'KOSONG' || h.status === 'AKAN_DATANG').map((h: Hari) => h.tanggal);
    expect(emptyOrAhead).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-30', '2026-03-31']);

    // The pegawai reads their own leave; not someone else's.
    const own = await staff.get('/api/v1/cuti?tahun=2026');
    expect(own.body.items.map((c: { jenis: string }) => c.jenis)).toEqual(['CUTI_ALASAN_PENTING', 'CUTI_TAHUNAN']);
    expect((await staff.get(`/api/v1/cuti?pegawaiId=${other}`)).status).toBe(404);
    expect((await staff.get('/api/v1/cuti?tahun=2027')).body.items).toEqual([]);
    expect((await kasi.get(`/api/v1/cuti?pegawaiId=${t.staff.id}`)).body.total).toBe(2);
    expect((await admin.get(`/api/v1/cuti?pegawaiId=${t.staff.id}&tahun=2026`)).body.total).toBe(2);
    const paged = (await admin.get('/api/v1/cuti?tahun=2026&pageSize=1&page=2')).body;
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ jenis: 'CUTI_TAHUNAN' }] });
    expect((await admin2.get('/api/v1/cuti')).body).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('refuses overlapping or backwards leave and changes nothing', async () => {
    const before = (await admin.get(`/api/v1/cuti?pegawaiId=${t.staff.id}`)).body;
    const clash = await admin.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_SAKIT', mulai: '2026-03-13', selesai: '2026-03-16' });
    expect(clash.status).toBe(400);
    expect(clash.body.error.details.fields.mulai).toBe('Beririsan dengan cuti tahunan 9 Maret 2026 s.d. 13 Maret 2026');
    const backwards = await admin.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_SAKIT', mulai: '2026-04-02', selesai: '2026-04-01' });
    expect(backwards.body.error.details.fields.selesai).toMatch(/tidak boleh sebelum/);
    const foreign = await admin2.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_SAKIT', mulai: '2026-04-01', selesai: '2026-04-01' });
    expect(foreign.body.error.details.fields.pegawaiId).toBe('Pegawai tidak ditemukan');
    expect((await admin.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_LIBURAN', mulai: '2026-04-01', selesai: '2026-04-01' })).status).toBe(400);
    expect((await staff.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'CUTI_SAKIT', mulai: '2026-04-01', selesai: '2026-04-01' })).status).toBe(403);
    expect((await admin.get(`/api/v1/cuti?pegawaiId=${t.staff.id}`)).body).toEqual(before);
    // Back to back is not an overlap.
    const next = await admin.post('/api/v1/cuti', { pegawaiId: t.staff.id, jenis: 'DINAS_LUAR', mulai: '2026-03-28', selesai: '2026-03-30' });
    expect(next.status).toBe(201);
    expect((await staff.del(`/api/v1/cuti/${next.body.id}`)).status).toBe(403);
    expect((await admin2.del(`/api/v1/cuti/${next.body.id}`)).status).toBe(404);
    expect((await admin.del(`/api/v1/cuti/${next.body.id}`)).status).toBe(200);
    expect((await admin.del(`/api/v1/cuti/${next.body.id}`)).status).toBe(404);
    const trail = await app.database.db.select().from(auditLog).where(and(eq(auditLog.instansiId, t.instansiId), eq(auditLog.entitas, 'cuti')));
    expect(trail.map((a) => a.aksi).sort()).toEqual(['CREATE', 'CREATE', 'CREATE', 'DELETE']);
  });

  it('shows activities: anything not refused fills the day', async () => {
    const periodeId = (await staff.get('/api/v1/periode')).body.find((p: { tahun: number }) => p.tahun === 2026)?.id
      ?? (await admin.post('/api/v1/periode', { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' })).body.id;
    const skp = (await staff.post('/api/v1/skp', { periodeId })).body;
    const rhkId = (await staff.put(`/api/v1/skp/${skp.id}`, { rhk: [{ uraian: 'Terolahnya data pelayanan kesehatan primer' }], version: skp.version })).body.rhk[0].id;
    const row = (tanggal: string, status: string, menit: number) => ({
      instansiId: t.instansiId, id: randomUUID(), pegawaiId: t.staff.id, tanggal, rhkId, uraian: 'Mengolah data kunjungan', menit, status,
    });
    await app.database.db.insert(aktivitas).values([
      row('2026-03-02', 'MENUNGGU', 60),
      row('2026-03-03', 'DITERIMA', 90), row('2026-03-03', 'DITOLAK', 30),
      row('2026-03-04', 'DITOLAK', 45),
      row('2026-03-10', 'DITERIMA', 120), // during cuti tahunan: the work still counts
      row('2026-03-19', 'MENUNGGU', 30), // Nyepi: a day off stays a day off
    ]);
    const r = await maret(staff);
    expect(day(r.body, '2026-03-02')).toMatchObject({ status: 'TERISI', menit: 60, aktivitas: { menunggu: 1, diterima: 0, ditolak: 0 } });
    expect(day(r.body, '2026-03-03')).toMatchObject({ status: 'TERISI', menit: 90, aktivitas: { menunggu: 0, diterima: 1, ditolak: 1 } });
    expect(day(r.body, '2026-03-04')).toMatchObject({ status: 'KOSONG', menit: 0, aktivitas: { menunggu: 0, diterima: 0, ditolak: 1 } });
    expect(day(r.body, '2026-03-10')).toMatchObject({ status: 'TERISI', cuti: 'CUTI_TAHUNAN' });
    expect(day(r.body, '2026-03-19')).toMatchObject({ status: 'LIBUR', aktivitas: { menunggu: 1, diterima: 0, ditolak: 0 } });
    expect(r.body.ringkasan).toEqual({ hariKerja: 17, terisi: 3, kosong: 5, cuti: 9 });
  });

  it('shows a calendar only to those who may see the pegawai', async () => {
    expect((await maret(staff, other)).status).toBe(404);
    expect((await maret(kasi)).status).toBe(200); // the atasan
    expect((await maret(admin)).status).toBe(200);
    expect((await maret(admin2)).status).toBe(404);
    expect((await maret(su)).status).toBe(403);
    expect((await staff.get(`/api/v1/kalender/pegawai/${t.staff.id}?bulan=2026-13`)).body.error.details.fields.bulan).toMatch(/YYYY-MM/);
  });

  it('lets only the superadmin keep the national days, for every instansi', async () => {
    const body = { tanggal: senin, nama: 'Hari libur uji', jenis: 'LIBUR_NASIONAL', sumber: 'SKB uji' };
    expect((await admin.post('/api/v1/hari-libur/nasional', body)).status).toBe(403);
    expect((await staff.post('/api/v1/hari-libur/nasional', body)).status).toBe(403);
    const c = await su.post('/api/v1/hari-libur/nasional', body);
    expect(c.status).toBe(201);
    expect((await su.post('/api/v1/hari-libur/nasional', body)).body.error.details.fields.tanggal).toMatch(/sudah ada/);
    const bulan = senin.slice(0, 7);
    const cal = (c2: Client, id: string) => c2.get(`/api/v1/kalender/pegawai/${id}?bulan=${bulan}`);
    expect(day((await cal(staff, t.staff.id)).body, senin)).toMatchObject({ jenis: 'LIBUR_NASIONAL', namaLibur: 'Hari libur uji' });
    expect(day((await cal(staff2, t2.staff.id)).body, senin).jenis).toBe('LIBUR_NASIONAL');

    // The SKB is revised: the day becomes a cuti bersama on the Tuesday.
    expect((await admin.put(`/api/v1/hari-libur/nasional/${senin}`, { ...body, jenis: 'CUTI_BERSAMA' })).status).toBe(403);
    const u = await su.put(`/api/v1/hari-libur/nasional/${senin}`, { ...body, tanggal: selasa, nama: 'Cuti bersama uji', jenis: 'CUTI_BERSAMA' });
    expect(u.body).toEqual({ tanggal: selasa, nama: 'Cuti bersama uji', jenis: 'CUTI_BERSAMA', sumber: 'SKB uji' });
    expect(isoWeekday(selasa)).toBe(2);
    const after = (await cal(staff, t.staff.id)).body;
    expect(day(after, senin).jenis).toBe('KERJA');
    expect(day(after, selasa)).toMatchObject({ jenis: 'CUTI_BERSAMA', namaLibur: 'Cuti bersama uji' });
    expect((await su.get(`/api/v1/hari-libur?tahun=${senin.slice(0, 4)}`)).body.filter((h: { tanggal: string }) => h.tanggal === selasa)).toHaveLength(1);
    expect((await su.put(`/api/v1/hari-libur/nasional/${senin}`, body)).status).toBe(404);

    expect((await admin.del(`/api/v1/hari-libur/nasional/${selasa}`)).status).toBe(403);
    expect((await su.del(`/api/v1/hari-libur/nasional/${selasa}`)).status).toBe(200);
    expect(day((await cal(staff, t.staff.id)).body, selasa).jenis).toBe('KERJA');
    const trail = await app.database.db.select().from(auditLog)
      .where(and(eq(auditLog.instansiId, t2.instansiId), eq(auditLog.entitas, 'hari_libur_nasional'), inArray(auditLog.entitasId, [senin, selasa])));
    expect(trail.map((a) => a.aksi).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
  });
});
