// Opens the database (migrating it), creates demo data on an empty database, and builds the server.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ConfigError, type Config } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { buildServer } from './http/server.ts';
import { todayWib } from './lib/clock.ts';
import { isEmpty, seedDemo } from './seed/demo.ts';
import { recomputeAtasan } from './services/atasan.ts';
import { failInterruptedImports } from './services/import/import.service.ts';
import { instansi } from './db/schema.ts';
import { startJobs, type JobRunner } from './jobs/runner.ts';
import { createFileStore, type FileStore } from './storage/files.ts';

export interface App { server: FastifyInstance; database: Database; files: FileStore; jobs: JobRunner | null; demo: (Awaited<ReturnType<typeof seedDemo>> & { password: string; generated: boolean }) | null; close(): Promise<void> }

export async function createApp(config: Config): Promise<App> {
  // A bucket that is missing or refuses the keys must stop the start, not the first upload.
  const files = createFileStore(config);
  await files.check().catch((e: Error) => { throw new ConfigError(`Penyimpanan berkas bukti tidak dapat dipakai (${files.where}): ${e.message}`); });
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR });
  const { db } = database;
  // Plt/Plh periods start and end by date; refresh the derived atasan at start and hourly.
  const refresh = async () => {
    for (const i of await db.select({ id: instansi.id }).from(instansi)) await recomputeAtasan(db, i.id, todayWib());
  };
  // Several servers may start on one database at once: one at a time seeds and repairs.
  const demo = await database.exclusive(async (): Promise<App['demo']> => {
    let seeded: App['demo'] = null;
    if (config.EKINERJA_DEMO === 'auto' && (await isEmpty(db))) {
      const generated = !config.EKINERJA_DEMO_PASSWORD;
      const password = config.EKINERJA_DEMO_PASSWORD ?? randomBytes(9).toString('base64url');
      seeded = { ...(await seedDemo(db, password)), password, generated };
    }
    await failInterruptedImports(database);
    return seeded;
  });
  await refresh();
  const timer = setInterval(() => { refresh().catch((e) => console.error('atasan refresh failed', e)); }, 3_600_000);
  timer.unref();
  const server = await buildServer({ db, config, files, processId: database.processId, dbKind: database.kind });
  // Reminders are a convenience: a queue that cannot start is logged, the app still serves.
  const jobs = config.JOBS === 'on'
    ? await startJobs(database, config, server.log).catch((e) => { server.log.error({ err: e }, 'antrean tugas tidak dapat dimulai'); return null; })
    : null;
  return {
    server, database, files, jobs, demo,
    async close() { clearInterval(timer); await jobs?.stop(); await server.close(); await database.close(); },
  };
}
