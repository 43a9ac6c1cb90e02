// Both evidence stores keep the same promises: bytes come back as stored, keys never repeat, a
// removed or unknown key is NOT_FOUND, a bad key never reaches a path or URL. The S3 store runs
// against a real S3-compatible server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { startS3, S3_KEY } from '../../test/support/s3.ts';
import type { FileStore } from './files.ts';
import { localFileStore } from './local-store.ts';
import { s3FileStore, S3StoreError } from './s3-store.ts';

async function read(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(parts);
}

let s3: Awaited<ReturnType<typeof startS3>>;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-files-'));
beforeAll(async () => { s3 = await startS3(); });
afterAll(async () => { await s3.close(); fs.rmSync(dir, { recursive: true, force: true }); });

const stores: [string, () => FileStore][] = [
  ['local disk', () => localFileStore(dir)],
  ['S3 bucket', () => s3FileStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', ...S3_KEY })],
];

describe.each(stores)('evidence store on %s', (_name, make) => {
  const instansi = randomUUID();

  it('gives back exactly the bytes stored, under a fresh per-instansi key each time', async () => {
    const store = make();
    await store.check();
    const data = randomBytes(5 * 1024 * 1024 + 17);
    const a = await store.put(instansi, data);
    const b = await store.put(instansi, data);
    expect(a).not.toBe(b);
    expect(a).toMatch(new RegExp(`^${instansi}/[0-9a-f]{2}/[0-9a-f-]{36}$`));
    expect((await read(await store.open(a))).equals(data)).toBe(true);
    expect((await read(await store.open(b))).equals(data)).toBe(true);
  });

  it('removes a file, and an unknown or removed key is NOT_FOUND, not a broken download', async () => {
    const store = make();
    const key = await store.put(instansi, Buffer.from('%PDF-1.4 surat tugas'));
    await store.remove(key);
    await store.remove(key);
    const err = await store.open(key).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NOT_FOUND');
  });

  it('refuses a key that could escape the store', async () => {
    const store = make();
    for (const key of ['../etc/passwd', `${instansi}/../../x`, '/abs', 'a b', 'a?x=1', '']) {
      await expect(store.open(key)).rejects.toThrow(/kunci berkas tidak valid/);
      await expect(store.remove(key)).rejects.toThrow(/kunci berkas tidak valid/);
    }
  });
});

describe('local store on disk', () => {
  it('leaves only the file under its key, in folders made for it: no temporary name behind', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-files-new-'));
    try {
      const store = localFileStore(path.join(root, 'belum', 'ada'));
      const data = randomBytes(4096);
      const key = await store.put(randomUUID(), data);
      const folder = path.join(root, 'belum', 'ada', path.dirname(key));
      expect(fs.readdirSync(folder)).toEqual([path.basename(key)]);
      expect(fs.readFileSync(path.join(folder, path.basename(key))).equals(data)).toBe(true);
    } finally { fs.rmSync(root, { recursive: true, force: true }); }
  });
});

describe('S3 store against the bucket', () => {
  it('checks at start by writing, reading back and deleting a probe, leaving nothing behind', async () => {
    const store = s3FileStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', ...S3_KEY });
    await store.check();
    await store.check();
    expect((await s3.list()).filter((k) => k.startsWith('periksa/'))).toEqual([]);
    expect((await s3.list()).length).toBeGreaterThan(0);
  });

  it('puts the object in the bucket under the key the row keeps', async () => {
    const store = s3FileStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', ...S3_KEY });
    const key = await store.put('inst-1', Buffer.from('foto kegiatan'));
    expect((await s3.object(key))?.toString()).toBe('foto kegiatan');
    await store.remove(key);
    expect(await s3.object(key)).toBeNull();
  });

  it('fails the start-up check for a missing bucket and refuses an unknown access key', async () => {
    const missing = s3FileStore({ endpoint: s3.endpoint, bucket: 'tidak-ada', region: 'us-east-1', ...S3_KEY });
    await expect(missing.check()).rejects.toThrow(/menulis ke bucket tidak-ada gagal \(HTTP 404, NoSuchBucket\)/);
    const stranger = s3FileStore({ endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', accessKeyId: 'ORANG-LAIN', secretAccessKey: 'x' });
    await expect(stranger.check()).rejects.toThrow(/menulis ke bucket .* gagal \(HTTP 403, InvalidAccessKeyId\)/);
    const err = await stranger.put('inst-1', Buffer.from('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(S3StoreError);
    expect(err).toMatchObject({ status: 403, s3Code: 'InvalidAccessKeyId' });
  });

  it('gives up on an endpoint that does not answer, with a clear message', async () => {
    const dead = s3FileStore({ endpoint: 'http://127.0.0.1:9', bucket: s3.bucket, region: 'us-east-1', ...S3_KEY });
    await expect(dead.check()).rejects.toThrow(/penyimpanan S3 tidak dapat dihubungi \(http:\/\/127.0.0.1:9\): fetch failed/);
  });
});
