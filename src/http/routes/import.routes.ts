import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contracts/common.ts';
import { ImportJob, ImportParams, ImportQuery } from '../../contracts/imports.ts';
import { requireAdmin } from '../../policy/org.policy.ts';
import { getImportJob, listImportJobs, MAX_IMPORT_BYTES, startImport } from '../../services/import/import.service.ts';
import { importTemplate } from '../../services/import/template.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Impor'];

export const importRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.addContentTypeParser(['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));

  app.get('/import', { schema: { tags, summary: 'Impor terakhir (admin)', response: { 200: z.array(ImportJob) } } },
    async (req) => listImportJobs(ctx.db, actorOf(req)));
  app.get('/import/:id', { schema: { tags, summary: 'Kemajuan dan laporan satu impor', params: IdParams, response: { 200: ImportJob } } },
    async (req) => getImportJob(ctx.db, actorOf(req), req.params.id));
  app.get('/import/template/:jenis', {
    schema: { tags, summary: 'Unduh templat impor', params: ImportParams, querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) },
  }, async (req, reply) => {
    requireAdmin(actorOf(req));
    const { jenis } = req.params; const { format } = req.query;
    return reply
      .header('Content-Disposition', `attachment; filename="templat-${jenis}.${format}"`)
      .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await importTemplate(jenis, format));
  });
  app.post('/import/:jenis', {
    bodyLimit: MAX_IMPORT_BYTES,
    schema: {
      tags, summary: 'Unggah berkas XLSX/CSV (isi mentah berkas sebagai body); diproses di latar belakang',
      params: ImportParams, querystring: ImportQuery, response: { 202: ImportJob },
    },
  }, async (req, reply) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const { job, run } = await startImport(ctx.db, ctx.processId, actorOf(req), req.params.jenis, req.query.namaFile, body);
    setImmediate(() => { void run(); });
    return reply.status(202).send(job);
  });
};
