import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { KodeVerifikasiParams, VerifikasiDokumen } from '../../contracts/dokumen-evaluasi.ts';
import { EvaluasiParams } from '../../contracts/evaluasi.ts';
import { cetakDokumenEvaluasi, verifikasiDokumen } from '../../services/evaluasi/dokumen.service.ts';
import { actorOf, type AppContext } from '../context.ts';

const tags = ['Evaluasi'];

export const dokumenEvaluasiRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/skp/:id/evaluasi/:jenis/:periodeKe/dokumen.pdf', {
    schema: { tags, summary: 'Dokumen evaluasi kinerja pegawai (PDF, formulir PermenPANRB 6/2022) dari evaluasi yang sudah final, dengan kode QR verifikasi', params: EvaluasiParams },
  }, async (req, reply) => {
    // The QR code points at the SPA; behind a proxy the configured public address is the one people can reach.
    const baseUrl = ctx.config.PUBLIC_URL ?? `${req.protocol}://${req.host}`;
    const { pdf, namaBerkas } = await cetakDokumenEvaluasi(ctx.db, actorOf(req), req.params.id, req.params.jenis, req.params.periodeKe, baseUrl);
    return reply
      .header('Content-Disposition', `inline; filename="${namaBerkas}"`)
      .header('Cache-Control', 'private, no-store')
      .type('application/pdf')
      .send(pdf);
  });

  // Public on purpose: whoever holds the paper can check it. Codes are 128-bit random, so no rate limit.
  app.get('/verifikasi-dokumen/:kode', {
    config: { public: true },
    schema: { tags, summary: 'Periksa keaslian dokumen evaluasi dari kode verifikasinya (tanpa login)', params: KodeVerifikasiParams, response: { 200: VerifikasiDokumen } },
  }, async (req, reply) => {
    reply.header('Cache-Control', 'no-store');
    return verifikasiDokumen(ctx.db, req.params.kode);
  });
};
