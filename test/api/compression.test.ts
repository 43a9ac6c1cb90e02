// Replies go compressed to clients that accept it, above 1 KB; small replies and files that are
// compressed already (images, PDF) go as they are.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('response compression', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let staff: Client; let rhkId: string;
  const tanggal = `${new Date().getFullYear() - 1}-03-02`;
  beforeAll(async () => {
    app = await startApp(testTargets()[0]!);
    const t = await newTenant(app);
    const [admin, me, kasi] = await Promise.all([t.admin, t.staff.nip, t.kasi.nip].map((u) => loginAs(app.server, u, PASSWORD)));
    staff = me!;
    const y = new Date().getFullYear() - 1;
    const periode = await admin!.post('/api/v1/periode', { tahun: y, mulai: `${y}-01-01`, selesai: `${y}-12-31` });
    rhkId = (await approvedSkp(staff, kasi!, periode.body.id, [{ uraian: 'Terdokumentasinya layanan', satuan: 'foto' }])).rhk[0].id;
  });
  afterAll(async () => { await app?.close(); });

  const get = (url: string, encoding?: string, cookie?: string) => app.server.inject({
    method: 'GET', url, headers: { ...(encoding ? { 'accept-encoding': encoding } : {}), ...(cookie ? { cookie } : {}) },
  });

  it('sends a large JSON reply as Brotli or gzip, whichever the client takes, and the same JSON either way', async () => {
    const plain = await get('/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/api/openapi.json', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 5);
    const gz = await get('/api/openapi.json', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it('leaves replies under 1 KB and already-compressed files as they are', async () => {
    const health = await get('/api/health', 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.json()).toMatchObject({ status: 'ok' });
    // A photo as evidence: PNG is compressed already, so it goes byte for byte.
    const akt = await staff.post('/api/v1/aktivitas', { tanggal, rhkId, uraian: 'Memotret papan informasi layanan', jumlah: 1, satuan: 'foto', menit: 15 });
    expect(akt.status).toBe(201);
    const url = `/api/v1/aktivitas/${akt.body.id}/bukti/${crypto.randomUUID()}?nama=papan.png`;
    expect((await staff.request('PUT', url, undefined, { raw: Buffer.concat([PNG, Buffer.alloc(4096)]), contentType: 'image/png' })).status).toBe(201);
    const photo = await get(url.split('?')[0]!, 'br', staff.cookie!);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-encoding']).toBeUndefined();
    expect(photo.rawPayload.subarray(0, PNG.length)).toEqual(PNG);
  });
});
