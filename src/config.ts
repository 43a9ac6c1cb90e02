// Configuration is read and checked once at start; a bad value stops the start naming the variable.
import path from 'node:path';
import { z } from 'zod';
import type { S3Options } from './storage/s3-store.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'harus diawali postgres:// atau postgresql://').optional(),
  EKINERJA_DEMO_PASSWORD: z.string().min(8, 'minimal 8 karakter').optional(),
  EKINERJA_DEMO: z.enum(['auto', 'off']).default('auto'),
  /** Set when the app sits behind a TLS-terminating proxy: cookies get `Secure`. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** How long a resolved session is reused without a database look-up (0 = look up every request). */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Background jobs (reminders) in this process; tests turn them off. */
  JOBS: z.enum(['on', 'off']).default('on'),
  /** Hour (WIB) of the daily reminder run. */
  PENGINGAT_JAM: z.coerce.number().int().min(0).max(23).default(8),
  /** Working days looked back for days without activities. */
  PENGINGAT_HARI_KOSONG: z.coerce.number().int().min(1).max(20).default(3),
  /** Age in days after which waiting activities are reminded to the atasan. */
  PENGINGAT_ANTRIAN_HARI: z.coerce.number().int().min(1).max(60).default(3),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'harus diawali smtp:// atau smtps://').optional(),
  SMTP_FROM: z.string().min(3).default('e-Kinerja <no-reply@localhost>'),
  /** Public address of the app, printed in the QR code of documents; else taken from each request. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'harus alamat http:// atau https://' }).optional(),
  /** S3-compatible endpoint for evidence files (e.g. https://s3.ap-southeast-3.amazonaws.com, http://minio:9000); else DATA_DIR/files. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'harus alamat http:// atau https://' }).optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'nama bucket: 3–63 huruf kecil, angka, titik atau tanda hubung').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
}).superRefine((c, ctx) => {
  const s3 = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  if (c.S3_ENDPOINT) {
    for (const k of s3) if (!c[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'wajib diisi bila S3_ENDPOINT diatur' });
  } else {
    for (const k of s3) if (c[k]) ctx.addIssue({ code: 'custom', path: [k], message: 'tidak dipakai tanpa S3_ENDPOINT' });
  }
});

export type Config = z.infer<typeof schema> & { filesDir: string; webDir: string; s3: S3Options | null };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const dataDir = path.resolve(parsed.data.DATA_DIR);
  return {
    ...parsed.data,
    DATA_DIR: dataDir,
    filesDir: path.join(dataDir, 'files'),
    webDir: path.resolve('dist/web'),
    s3: parsed.data.S3_ENDPOINT ? {
      endpoint: parsed.data.S3_ENDPOINT, bucket: parsed.data.S3_BUCKET!, region: parsed.data.S3_REGION,
      accessKeyId: parsed.data.S3_ACCESS_KEY_ID!, secretAccessKey: parsed.data.S3_SECRET_ACCESS_KEY!,
    } : null,
  };
}
