// Evidence files in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Garage, SeaweedFS), by
// path-style URLs, which every one of them serves. aws4fetch signs each request (SigV4, payload
// hash included, so a corrupted upload is refused by the bucket) and retries 5xx/429 with backoff.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AwsClient } from 'aws4fetch';
import { notFound } from '../errors.ts';
import type { FileStore } from './files.ts';
import { checkKey, newKey } from './keys.ts';

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const TIMEOUT_MS = 30_000;

/** The bucket refused or could not be reached; `status` 0 when no answer came at all. */
export class S3StoreError extends Error {
  constructor(readonly status: number, readonly s3Code: string | null, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'S3StoreError';
  }
}

const refused = (status: number, s3Code: string | null, what: string) =>
  new S3StoreError(status, s3Code, `penyimpanan S3: ${what} gagal (HTTP ${status}${s3Code ? `, ${s3Code}` : ''})`);

async function failure(res: Response, what: string): Promise<S3StoreError> {
  const text = await res.text().catch(() => '');
  return refused(res.status, /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? null, what);
}

export function s3FileStore(o: S3Options): FileStore {
  const client = new AwsClient({ accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey, service: 's3', region: o.region, retries: 3 });
  const bucketUrl = `${o.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(o.bucket)}`;
  const url = (key: string) => `${bucketUrl}/${checkKey(key)}`;
  // The time limit covers the request up to the response headers, not the streaming of a download
  // to a pegawai on a slow connection.
  const send = async (target: string, init: RequestInit) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`penyimpanan S3 tidak menjawab dalam ${TIMEOUT_MS / 1000} detik`)), TIMEOUT_MS);
    try {
      return await client.fetch(target, { ...init, signal: abort.signal });
    } catch (e) {
      const cause = abort.signal.aborted ? (abort.signal.reason as Error) : (e as Error);
      throw new S3StoreError(0, null, `penyimpanan S3 tidak dapat dihubungi (${o.endpoint}): ${cause.message}`, { cause: e });
    } finally { clearTimeout(timer); }
  };
  return {
    where: `${bucketUrl} (S3)`,
    async put(instansiId, data) {
      const key = newKey(instansiId);
      const res = await send(url(key), { method: 'PUT', body: new Uint8Array(data), headers: { 'content-type': 'application/octet-stream' } });
      if (!res.ok) throw await failure(res, 'menyimpan berkas');
      await res.arrayBuffer();
      return key;
    },
    async open(key) {
      const res = await send(url(key), { method: 'GET' });
      if (res.status === 404) { await res.arrayBuffer(); throw notFound('Berkas bukti'); }
      if (!res.ok || !res.body) throw await failure(res, 'membaca berkas');
      return Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    },
    async remove(key) {
      const res = await send(url(key), { method: 'DELETE' });
      if (!res.ok && res.status !== 404) throw await failure(res, 'menghapus berkas');
      await res.arrayBuffer();
    },
    // Writes, reads back and deletes a probe object: the three rights the store needs. (A HEAD on the
    // bucket would need s3:ListBucket, which a least-privilege key rightly lacks.)
    async check() {
      const key = `periksa/${randomUUID()}`;
      const probe = new TextEncoder().encode('e-Kinerja');
      const put = await send(url(key), { method: 'PUT', body: probe, headers: { 'content-type': 'text/plain' } });
      if (!put.ok) throw await failure(put, `menulis ke bucket ${o.bucket}`);
      await put.arrayBuffer();
      const get = await send(url(key), { method: 'GET' });
      if (!get.ok) throw await failure(get, `membaca dari bucket ${o.bucket}`);
      if ((await get.text()) !== 'e-Kinerja') throw new Error(`penyimpanan S3: bucket ${o.bucket} mengembalikan isi yang berbeda`);
      const del = await send(url(key), { method: 'DELETE' });
      if (!del.ok && del.status !== 404) throw await failure(del, `menghapus dari bucket ${o.bucket}`);
      await del.arrayBuffer();
    },
  };
}
