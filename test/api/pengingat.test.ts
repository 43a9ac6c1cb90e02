// Daily reminders and the notifications API, with fixed dates in November/December 2026:
// Wednesday 25 November looks back on Friday 20, Monday 23 and Tuesday 24.
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import nodemailer from 'nodemailer';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { aktivitas, cuti, hariLiburInstansi, notifikasi, pegawai } from '../../src/db/schema.ts';
import { kirimEmailNotifikasi, susunEmail, type Mailer } from '../../src/jobs/email.ts';
import { hariKerjaSebelum, jalankanPengingat, tanggalPanjang } from '../../src/jobs/pengingat.ts';
import { QUEUE } from '../../src/jobs/runner.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

const TODAY = '2026-11-25';
const OPTS = { hariKosong: 3, antrianHari: 3 };

it('reads the job settings with their defaults and refuses bad values', () => {
  expect(loadConfig({})).toMatchObject({ JOBS: 'on', PENGINGAT_JAM: 8, PENGINGAT_HARI_KOSONG: 3, PENGINGAT_ANTRIAN_HARI: 3, SMTP_FROM: 'e-Kinerja <no-reply@localhost>' });
  expect(loadConfig({}).SMTP_URL).toBeUndefined();
  expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail.example.go.id:587', PENGINGAT_JAM: '16' })).toMatchObject({ SMTP_URL: 'smtp://u:p@mail.example.go.id:587', PENGINGAT_JAM: 16 });
  for (const [k, v] of [['JOBS', 'ya'], ['PENGINGAT_JAM', '24'], ['PENGINGAT_HARI_KOSONG', '0'], ['SMTP_URL', 'http://mail']] as const) {
    expect(() => loadConfig({ [k]: v })).toThrow(new RegExp(`  ${k}: `));
  }
});

it('writes dates the Indonesian way', () => {
  expect(tanggalPanjang('2026-11-23')).toBe('Senin, 23 November 2026');
  expect(tanggalPanjang('2026-01-01')).toBe('Kamis, 1 Januari 2026');
  expect(tanggalPanjang('2026-08-17')).toBe('Senin, 17 Agustus 2026');
});

it('composes the e-mail copy of a notification', async () => {
  const message = susunEmail({ judul: 'Aktivitas belum diisi', isi: 'Anda belum mengisi aktivitas harian pada Senin, 23 November 2026.', tautan: '/aktivitas', nama: 'Budi Santoso', email: 'budi@example.go.id' }, 'e-Kinerja <no-reply@localhost>');
  const info = await nodemailer.createTransport({ jsonTransport: true }).sendMail(message);
  const sent = JSON.parse(info.message);
  expect(sent.to).toEqual([{ name: 'Budi Santoso', address: 'budi@example.go.id' }]);
  expect(sent.from).toEqual({ name: 'e-Kinerja', address: 'no-reply@localhost' });
  expect(sent.subject).toBe('[e-Kinerja] Aktivitas belum diisi');
  expect(sent.text).toContain('Yth. Budi Santoso,');
  expect(sent.text).toContain('Senin, 23 November 2026');
  expect(sent.text).toContain('halaman /aktivitas');
});

describe.each(testTargets())('reminders on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let rhkId: string;
  const db = () => app.database.db;
  const pick = (n: number) => t.pegawai.filter((p) => !p.kepala && p.id !== t.staff.id)[n]!;
  const run = (today = TODAY) => jalankanPengingat(db(), today, { ...OPTS, instansiIds: [t.instansiId] });
  const mine = (pegawaiId: string) => db().select().from(notifikasi)
    .where(and(eq(notifikasi.instansiId, t.instansiId), eq(notifikasi.pegawaiId, pegawaiId)));
  const entry = (pegawaiId: string, tanggal: string, extra: Partial<typeof aktivitas.$inferInsert> = {}) => ({
    instansiId: t.instansiId, id: randomUUID(), pegawaiId, tanggal, rhkId, uraian: 'Mengolah data', menit: 60, status: 'DITERIMA', ...extra,
  });

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const staff = await loginAs(app.server, t.staff.nip, PASSWORD);
    const periodeId = (await staff.get('/api/v1/periode')).body[0].id;
    const skp = (await staff.post('/api/v1/skp', { periodeId })).body;
    rhkId = (await staff.put(`/api/v1/skp/${skp.id}`, { rhk: [{ uraian: 'Tersedianya data pelayanan' }], version: skp.version })).body.rhk[0].id;
    const [b, c, d] = [pick(0), pick(1), pick(2)];
    await db().insert(aktivitas).values([
      // Staff: every day filled.
      entry(t.staff.id, '2026-11-20'), entry(t.staff.id, '2026-11-23'), entry(t.staff.id, '2026-11-24'),
      // B: Monday missing.
      entry(b.id, '2026-11-20'), entry(b.id, '2026-11-24'),
      // C: Monday missing but on leave.
      entry(c.id, '2026-11-20'), entry(c.id, '2026-11-24'),
      // D: Monday's only entry was returned: the day still needs a valid entry (as the calendar shows it).
      entry(d.id, '2026-11-20'), entry(d.id, '2026-11-23', { status: 'DITOLAK' }), entry(d.id, '2026-11-24'),
      // The kasi's queue: one entry of the staff waiting since Saturday 21 (4 days), one since Sunday 22 (3 days).
      entry(t.staff.id, '2026-11-20', { status: 'MENUNGGU', createdAt: new Date('2026-11-21T03:00:00Z') }),
      entry(t.staff.id, '2026-11-21', { status: 'MENUNGGU', createdAt: new Date('2026-11-22T03:00:00Z') }),
    ]);
    await db().insert(cuti).values({ instansiId: t.instansiId, pegawaiId: c.id, jenis: 'CUTI_TAHUNAN', mulai: '2026-11-23', selesai: '2026-11-23' });
  });
  afterAll(async () => { await app?.close(); });

  it('looks back on the working days before today', async () => {
    expect(await hariKerjaSebelum(db(), t.instansiId, TODAY, 3)).toEqual(['2026-11-20', '2026-11-23', '2026-11-24']);
    // Across Christmas: 24 (cuti bersama) and 25 are off.
    expect(await hariKerjaSebelum(db(), t.instansiId, '2026-12-28', 3)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23']);
  });

  it('reminds only those with an unexplained empty working day, listing the dates', async () => {
    const hasil = await run();
    expect(hasil).toMatchObject({ instansi: 1, libur: 0, antrianVerifikasi: 1 });
    expect(await mine(t.staff.id)).toEqual([]);
    const [b] = await mine(pick(0).id);
    expect(b).toMatchObject({
      jenis: 'AKTIVITAS_KOSONG', judul: 'Aktivitas belum diisi', tautan: '/aktivitas', kunci: `aktivitas-kosong:${TODAY}`, dibacaAt: null, emailAt: null,
      isi: 'Anda belum mengisi aktivitas harian pada Senin, 23 November 2026.',
    });
    expect(await mine(pick(1).id)).toEqual([]);
    expect((await mine(pick(2).id))[0]!.isi).toBe('Anda belum mengisi aktivitas harian pada Senin, 23 November 2026.');
    const [none] = await mine(pick(3).id);
    expect(none!.isi).toBe('Anda belum mengisi aktivitas harian pada Jumat, 20 November 2026; Senin, 23 November 2026; Selasa, 24 November 2026.');
    // Everyone else in the tenant logged nothing: only the staff and C (on leave) are spared.
    const aktif = (await db().select({ id: pegawai.id }).from(pegawai).where(and(eq(pegawai.instansiId, t.instansiId), eq(pegawai.status, 'AKTIF')))).length;
    expect(hasil.aktivitasKosong).toBe(aktif - 2);
  });

  it('tells the atasan about activities waiting more than three days', async () => {
    const kasi = (await mine(t.kasi.id)).find((n) => n.jenis === 'ANTRIAN_VERIFIKASI');
    expect(kasi).toMatchObject({
      judul: '1 aktivitas menunggu verifikasi', tautan: '/verifikasi', kunci: `antrian:${TODAY}`,
      isi: 'Ada 1 aktivitas bawahan langsung Anda yang menunggu verifikasi lebih dari 3 hari.',
    });
    expect((await mine(t.kabid.id)).filter((n) => n.jenis === 'ANTRIAN_VERIFIKASI')).toEqual([]);
  });

  it('creates nothing new when the run is repeated', async () => {
    const before = (await db().select().from(notifikasi).where(eq(notifikasi.instansiId, t.instansiId))).length;
    expect(await run()).toEqual({ instansi: 1, libur: 0, aktivitasKosong: 0, antrianVerifikasi: 0 });
    expect((await db().select().from(notifikasi).where(eq(notifikasi.instansiId, t.instansiId))).length).toBe(before);
    expect(await mine(pick(0).id)).toHaveLength(1);
  });

  it('stays quiet on a national holiday and on the instansi own day off', async () => {
    expect(await run('2026-12-25')).toEqual({ instansi: 0, libur: 1, aktivitasKosong: 0, antrianVerifikasi: 0 });
    await db().insert(hariLiburInstansi).values({ instansiId: t.instansiId, tanggal: '2026-11-26', nama: 'Hari jadi kabupaten' });
    expect(await run('2026-11-26')).toEqual({ instansi: 0, libur: 1, aktivitasKosong: 0, antrianVerifikasi: 0 });
    const quiet = await db().select().from(notifikasi)
      .where(and(eq(notifikasi.instansiId, t.instansiId), like(notifikasi.kunci, '%:2026-12-25')));
    expect(quiet).toEqual([]);
  });

  it('shows each pegawai only their own notifications and marks them read', async () => {
    const kasi = await loginAs(app.server, t.kasi.nip, PASSWORD);
    const b = await loginAs(app.server, pick(0).nip, PASSWORD);
    const list = (await kasi.get('/api/v1/notifikasi')).body;
    expect(list).toMatchObject({ total: 2, belumDibaca: 2, page: 1, pageSize: 20 });
    expect(list.items.map((n: { jenis: string }) => n.jenis).sort()).toEqual(['AKTIVITAS_KOSONG', 'ANTRIAN_VERIFIKASI']);
    const antrian = list.items.find((n: { jenis: string }) => n.jenis === 'ANTRIAN_VERIFIKASI');
    expect(antrian).toEqual({ id: expect.any(String), jenis: 'ANTRIAN_VERIFIKASI', judul: '1 aktivitas menunggu verifikasi', isi: expect.any(String), tautan: '/verifikasi', dibacaAt: null, createdAt: expect.any(String) });

    const theirs = (await b.get('/api/v1/notifikasi')).body;
    expect(theirs.items.map((n: { jenis: string }) => n.jenis)).toEqual(['AKTIVITAS_KOSONG']);
    expect((await b.post(`/api/v1/notifikasi/${antrian.id}/baca`)).status).toBe(404);
    expect((await b.post(`/api/v1/notifikasi/${randomUUID()}/baca`)).status).toBe(404);
    expect((await b.get('/api/v1/notifikasi?belumDibaca=ya')).status).toBe(400);

    const read = await kasi.post(`/api/v1/notifikasi/${antrian.id}/baca`);
    expect(read.status).toBe(200);
    expect(read.body.dibacaAt).toEqual(expect.any(String));
    expect((await kasi.post(`/api/v1/notifikasi/${antrian.id}/baca`)).body.dibacaAt).toBe(read.body.dibacaAt);
    const unread = (await kasi.get('/api/v1/notifikasi?belumDibaca=true')).body;
    expect(unread).toMatchObject({ total: 1, belumDibaca: 1 });
    expect(unread.items.map((n: { jenis: string }) => n.jenis)).toEqual(['AKTIVITAS_KOSONG']);
    expect((await kasi.get('/api/v1/notifikasi?pageSize=1&page=2')).body).toMatchObject({ total: 2, page: 2, items: [expect.any(Object)] });

    expect((await kasi.post('/api/v1/notifikasi/baca-semua')).body).toEqual({ ditandai: 1 });
    expect((await kasi.get('/api/v1/notifikasi')).body.belumDibaca).toBe(0);
    expect((await b.get('/api/v1/notifikasi')).body.belumDibaca).toBe(1);
  });

  it('e-mails new notifications once, to pegawai with an address, and keeps failures for a retry', async () => {
    const b = pick(0);
    const address = `b.${t.instansiId.slice(0, 8)}@example.go.id`;
    await db().update(pegawai).set({ email: address }).where(and(eq(pegawai.instansiId, t.instansiId), eq(pegawai.id, b.id)));
    const sejak = new Date(Date.now() - 3600_000);
    const errors: string[] = [];
    const broken: Mailer = { sendMail: async () => { throw new Error('SMTP tidak terjangkau'); } };
    const failed = await kirimEmailNotifikasi(db(), broken, { from: 'e-Kinerja <no-reply@localhost>', sejak, onError: (_e, id) => errors.push(id) });
    const [n] = await mine(b.id);
    expect(failed.gagal).toBeGreaterThanOrEqual(1);
    expect(errors).toContain(n!.id);
    expect((await mine(b.id))[0]!.emailAt).toBeNull();

    const sent: { to: { address: string }[]; subject: string; text: string }[] = [];
    const json = nodemailer.createTransport({ jsonTransport: true });
    const mailer: Mailer = { sendMail: async (m) => { const info = await json.sendMail(m); sent.push(JSON.parse(info.message)); return info; } };
    const ok = await kirimEmailNotifikasi(db(), mailer, { from: 'e-Kinerja <no-reply@localhost>', sejak });
    expect(ok.gagal).toBe(0);
    const toB = sent.filter((m) => m.to[0]!.address === address);
    expect(toB).toHaveLength(1);
    expect(toB[0]!.subject).toBe('[e-Kinerja] Aktivitas belum diisi');
    expect(toB[0]!.text).toContain('Senin, 23 November 2026');
    expect((await mine(b.id))[0]!.emailAt).toBeInstanceOf(Date);
    sent.length = 0;
    await kirimEmailNotifikasi(db(), mailer, { from: 'e-Kinerja <no-reply@localhost>', sejak });
    expect(sent.filter((m) => m.to[0]!.address === address)).toEqual([]);
  });
});

/** A minimal SMTP receiver on localhost: enough of the protocol for nodemailer to deliver plain messages. */
function smtpSink() {
  const messages: { to: string[]; data: string }[] = [];
  const server = net.createServer((sock) => {
    let buf = ''; let inData = false; let to: string[] = [];
    sock.write('220 sink ESMTP\r\n');
    sock.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          // Quoted-printable soft breaks would split the text being checked.
          messages.push({ to, data: buf.slice(0, end).replace(/=\r\n/g, '') });
          buf = buf.slice(end + 5); inData = false; to = [];
          sock.write('250 OK\r\n');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl); buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') sock.write('250 sink\r\n');
        else if (cmd === 'RCPT') { to.push(line.replace(/^RCPT TO:\s*<([^>]*)>.*$/i, '$1')); sock.write('250 OK\r\n'); }
        else if (cmd === 'DATA') { inData = true; sock.write('354 Lanjut\r\n'); }
        else if (cmd === 'QUIT') { sock.end('221 Bye\r\n'); return; }
        else sock.write('250 OK\r\n');
      }
    });
    sock.on('error', () => {});
  });
  return {
    messages,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); }),
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, ms = 30_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    const v = await probe();
    if (v) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.each(testTargets())('job queue on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const sink = smtpSink();
  afterAll(async () => { await app?.close(); await sink.close(); });

  it('starts pg-boss in the app, runs the reminder job, mails its notifications and stops cleanly', async () => {
    const port = await sink.listen();
    app = await startApp(target, { JOBS: 'on', PENGINGAT_JAM: '7', SMTP_URL: `smtp://127.0.0.1:${port}` });
    const t = await newTenant(app);
    const db = app.database.db;
    const address = `staf.${t.instansiId.slice(0, 8)}@example.go.id`;
    await db.update(pegawai).set({ email: address }).where(and(eq(pegawai.instansiId, t.instansiId), eq(pegawai.id, t.staff.id)));
    const boss = app.jobs!.boss;
    const schedule = (await boss.getSchedules()).find((s) => s.name === QUEUE.pengingat);
    expect(schedule).toMatchObject({ cron: '0 7 * * *', timezone: 'Asia/Jakarta' });

    const finished = async (data: object) => {
      const id = (await boss.send(QUEUE.pengingat, data))!;
      return until('the reminder job', async () => {
        const job = await boss.getJobById<object>(QUEUE.pengingat, id);
        return job && ['completed', 'failed'].includes(job.state) ? job : null;
      });
    };
    const holiday = await finished({ tanggal: '2026-12-25', instansiId: t.instansiId });
    expect([holiday.state, holiday.output]).toEqual(['completed', { instansi: 0, libur: 1, aktivitasKosong: 0, antrianVerifikasi: 0 }]);

    const job = await finished({ tanggal: TODAY, instansiId: t.instansiId });
    expect(job.state).toBe('completed');
    expect(job.output).toMatchObject({ instansi: 1, libur: 0, aktivitasKosong: t.pegawai.length });
    // The worker queues the e-mail run itself; queueing it here too keeps the test independent of
    // which process picked up the reminder job on a shared database.
    await boss.send(QUEUE.email, {});
    const mail = await until('the e-mail', async () => sink.messages.find((m) => m.to.includes(address)));
    expect(mail.data).toContain('Subject: [e-Kinerja] Aktivitas belum diisi');
    expect(mail.data).toContain('Senin, 23 November 2026');
    const [n] = await db.select().from(notifikasi).where(and(eq(notifikasi.instansiId, t.instansiId), eq(notifikasi.pegawaiId, t.staff.id)));
    await until('email_at', async () => (await db.select({ at: notifikasi.emailAt }).from(notifikasi)
      .where(and(eq(notifikasi.instansiId, t.instansiId), eq(notifikasi.id, n!.id))))[0]?.at);

    const stopped = new Promise<void>((resolve) => boss.once('stopped', () => resolve()));
    const closing = app;
    app = undefined;
    await closing.close();
    await stopped;
  }, 90_000);
});
