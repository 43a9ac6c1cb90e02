import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, EKINERJA_DEMO: 'auto', TRUST_PROXY: false, SESSION_HOURS: 12 });
    expect(c.DATA_DIR).toMatch(/data$/);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'tiga ribu' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ EKINERJA_DEMO_PASSWORD: 'pendek' }, 'EKINERJA_DEMO_PASSWORD'],
    [{ TRUST_PROXY: 'ya' }, 'TRUST_PROXY'],
    [{ S3_ENDPOINT: 'ftp://minio:9000' }, 'S3_ENDPOINT'],
    [{ S3_ENDPOINT: 'http://minio:9000' }, 'S3_BUCKET'],
    [{ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'Bukti_ASN', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }, 'S3_BUCKET'],
    [{ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'bukti', S3_ACCESS_KEY_ID: 'k' }, 'S3_SECRET_ACCESS_KEY'],
    [{ S3_BUCKET: 'bukti' }, 'S3_BUCKET'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Konfigurasi tidak valid:\\n  ${name}: `));
  });

  it('keeps evidence on disk unless S3_ENDPOINT is set, then takes the bucket settings', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig({ S3_ENDPOINT: 'https://s3.ap-southeast-3.amazonaws.com', S3_BUCKET: 'bukti-asn', S3_REGION: 'ap-southeast-3', S3_ACCESS_KEY_ID: 'AK', S3_SECRET_ACCESS_KEY: 'SK' }).s3)
      .toEqual({ endpoint: 'https://s3.ap-southeast-3.amazonaws.com', bucket: 'bukti-asn', region: 'ap-southeast-3', accessKeyId: 'AK', secretAccessKey: 'SK' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
