// With S3_ENDPOINT set, evidence goes to the bucket and nowhere on disk; the API serves it after the
// same checks as from disk, and a bucket the app cannot use stops the start with a clear message.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { startS3 } from '../support/s3.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(testTargets())('evidence in an S3 bucket on $name', (target) => {
  let s3: Awaited<ReturnType<typeof startS3>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let staff: Client; let kasi: Client; let epid: Client;
  let rhkId: string;
  const y = new Date().getFullYear() - 1;

  beforeAll(async () => {
    s3 = await startS3();
    app = await startApp(target, s3.env);
    const t = await newTenant(app);
    const epidP = t.pegawai.find((p) => p.jabatanKode.includes('EPID'))!;
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    [staff, kasi, epid] = await Promise.all([
      loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD), loginAs(app.server, epidP.nip, PASSWORD),
    ]);
    const periode = await admin.post('/api/v1/periode', { tahun: y, mulai: `${y}-01-01`, selesai: `${y}-12-31` });
    const skp = await approvedSkp(staff, kasi, periode.body.id, [{ uraian: 'Tersedianya data layanan kesehatan primer', satuan: 'laporan' }]);
    rhkId = skp.rhk[0].id;
  });
  afterAll(async () => { await app?.close(); await s3?.close(); });

  it('stores the upload in the bucket, serves it to those who may see it, deletes it from the bucket', async () => {
    const akt = (await staff.post('/api/v1/aktivitas', { tanggal: `${y}-03-02`, rhkId, uraian: 'Menyusun surat tugas', jumlah: 1, satuan: 'laporan', menit: 60 })).body;
    const url = `/api/v1/aktivitas/${akt.id}/bukti/${randomUUID()}`;
    const up = await staff.request('PUT', `${url}?nama=surat-tugas.pdf`, undefined, { raw: PDF, contentType: 'application/pdf' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ mime: 'application/pdf', ukuran: PDF.length });
    expect(fs.existsSync(path.join(app.dataDir, 'files'))).toBe(false);
    const row = await app.database.db.query.buktiAktivitas.findFirst({ where: (b, { eq }) => eq(b.id, up.body.id) });
    expect((await s3.object(row!.kunci!))?.equals(PDF)).toBe(true);

    const got = await kasi.request('GET', url);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(got.body, 'latin1').toString()).toBe(PDF.toString());
    expect((await epid.request('GET', url)).status).toBe(404);

    expect((await staff.del(url)).status).toBe(200);
    expect(await s3.object(row!.kunci!)).toBeNull();
    expect((await staff.request('GET', url)).status).toBe(404);
  });

  it('answers 404, not a broken download, when the bucket lost the object', async () => {
    const akt = (await staff.post('/api/v1/aktivitas', { tanggal: `${y}-03-03`, rhkId, uraian: 'Menyusun notulen', jumlah: 1, satuan: 'laporan', menit: 30 })).body;
    const url = `/api/v1/aktivitas/${akt.id}/bukti/${randomUUID()}`;
    const up = await staff.request('PUT', `${url}?nama=notulen.pdf`, undefined, { raw: PDF, contentType: 'application/pdf' });
    const row = await app.database.db.query.buktiAktivitas.findFirst({ where: (b, { eq }) => eq(b.id, up.body.id) });
    await app.files.remove(row!.kunci!);
    const r = await staff.request('GET', url);
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('Berkas bukti tidak ditemukan');
  });

  it('does not start when the bucket does not exist', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-s3-start-'));
    try {
      const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', EKINERJA_DEMO: 'off', JOBS: 'off', ...(target.url ? { DATABASE_URL: target.url } : {}), ...s3.env, S3_BUCKET: 'belum-dibuat' });
      const err = await createApp(config).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/^Penyimpanan berkas bukti tidak dapat dipakai \(http:\/\/127\.0\.0\.1:\d+\/belum-dibuat \(S3\)\): .*HTTP 404/);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('answers 503 and stores nothing while the bucket cannot be reached', async () => {
    const akt = (await staff.post('/api/v1/aktivitas', { tanggal: `${y}-03-04`, rhkId, uraian: 'Rapat koordinasi', jumlah: 1, satuan: 'laporan', menit: 60 })).body;
    await s3.close();
    const up = await staff.request('PUT', `/api/v1/aktivitas/${akt.id}/bukti/${randomUUID()}?nama=notulen.pdf`, undefined, { raw: PDF, contentType: 'application/pdf' });
    expect(up.status).toBe(503);
    expect(up.body.error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: 'Penyimpanan berkas sedang tidak dapat dijangkau. Coba lagi beberapa saat lagi.' });
    expect((await staff.get(`/api/v1/aktivitas/${akt.id}`)).body.bukti).toEqual([]);
  });
});
