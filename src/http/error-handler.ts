// The one place errors become HTTP: { error: { code, message, details? } }.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError } from '../errors.ts';
import { S3StoreError } from '../storage/s3-store.ts';

const fieldsFromIssues = (issues: { path: PropertyKey[]; message: string }[]) => {
  const fields: Record<string, string> = {};
  for (const i of issues) {
    const k = i.path.map(String).join('.') || '_';
    fields[k] ??= i.message;
  }
  return fields;
};

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | ZodError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...(err.details !== undefined && { details: err.details }) } });
    }
    if (err instanceof ZodError) {
      return reply.status(400).send({ error: { code: 'VALIDATION', message: 'Data tidak valid', details: { fields: fieldsFromIssues(err.issues) } } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const k = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
        fields[k] ??= v.message ?? 'Tidak valid';
      }
      return reply.status(400).send({ error: { code: 'VALIDATION', message: 'Data tidak valid', details: { fields, bagian: err.validationContext } } });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      const message = status === 413 ? 'Berkas terlalu besar' : status === 415 ? 'Jenis isi permintaan tidak didukung' : err.message;
      return reply.status(status).send({ error: { code: (err as FastifyError).code ?? 'BAD_REQUEST', message } });
    }
    if (err instanceof S3StoreError) {
      // Nothing was written: the upload is refused before its row exists, so trying again is safe.
      req.log.error({ err }, 'penyimpanan berkas gagal');
      return reply.status(503).send({ error: { code: 'STORAGE_UNAVAILABLE', message: 'Penyimpanan berkas sedang tidak dapat dijangkau. Coba lagi beberapa saat lagi.' } });
    }
    req.log.error({ err }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Terjadi kesalahan pada server. Silakan coba lagi.' } });
  });
}
