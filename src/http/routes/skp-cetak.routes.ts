import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common.ts';
import { cetakSkp } from '../../services/skp/skp-pdf.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['SKP'];

export const skpCetakRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/skp/:id/pdf', {
    schema: { tags, summary: 'Cetak SKP (PDF, format formulir PermenPANRB 6/2022); draft diberi tanda belum disetujui', params: IdParams },
  }, async (req, reply) => {
    const { pdf, namaBerkas } = await cetakSkp(ctx.db, actorOf(req), req.params.id);
    return reply
      .header('Content-Disposition', `inline; filename="${namaBerkas}"`)
      // A printed plan can change until approval; never serve a stale copy.
      .header('Cache-Control', 'no-store')
      .type('application/pdf')
      .send(pdf);
  });
};
