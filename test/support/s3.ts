// A real S3-compatible server (s3rver) on a random local port, with one empty bucket, for the
// tests of the S3 evidence store. It checks the access key; each test gets its own bucket directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { AwsClient } from 'aws4fetch';

export const S3_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startS3(bucket = 'bukti-ekinerja') {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new AwsClient({ ...S3_KEY, service: 's3', region: 'us-east-1' });
  return {
    endpoint, bucket,
    env: { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: S3_KEY.accessKeyId, S3_SECRET_ACCESS_KEY: S3_KEY.secretAccessKey },
    /** Reads an object straight from the bucket, past the app: null when it is not there. */
    async object(key: string): Promise<Buffer | null> {
      const res = await client.fetch(`${endpoint}/${bucket}/${key}`);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`s3 ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
    /** Every key in the bucket (ListObjectsV2, first page). */
    async list(): Promise<string[]> {
      const res = await client.fetch(`${endpoint}/${bucket}?list-type=2`);
      const xml = await res.text();
      return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((m) => m[1]!);
    },
    closed: false,
    async close() {
      if (this.closed) return;
      this.closed = true;
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
