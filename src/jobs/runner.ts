// Background jobs on pg-boss, stored in the app's own database (schema pgboss). PostgreSQL gets a
// small pool of its own; PGlite has one connection and no lock between processes, so the queue
// shares the app's connection and the jobs run inside this process.
import PgBoss from 'pg-boss';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { createMailer, kirimEmailNotifikasi, type Mailer } from './email.ts';
import { pengingatWorker, type JobLog, type PengingatData } from './pengingat.ts';

export const QUEUE = { pengingat: 'pengingat-harian', email: 'notifikasi-email' } as const;

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startJobs(database: Database, config: Config, log: JobLog, opts: { mailer?: Mailer } = {}): Promise<JobRunner> {
  const boss = new PgBoss({
    ...(database.kind === 'postgres' && config.DATABASE_URL
      ? { connectionString: config.DATABASE_URL, max: 3, application_name: 'ekinerja-jobs' }
      : { db: { executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) } }),
    schema: 'pgboss',
  });
  boss.on('error', (e) => log.error({ err: e }, 'antrean tugas: galat'));
  await boss.start();
  try {
    return await setUp(boss, database, config, log, opts.mailer);
  } catch (e) {
    // Half-started: stop the timers before the caller carries on without jobs.
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw e;
  }
}

async function setUp(boss: PgBoss, database: Database, config: Config, log: JobLog, injected?: Mailer): Promise<JobRunner> {
  const { db } = database;
  const mailer = injected ?? (config.SMTP_URL ? createMailer(config.SMTP_URL, (e) => log.error({ err: e }, 'SMTP: galat')) : undefined);

  await boss.createQueue(QUEUE.pengingat, { name: QUEUE.pengingat, retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 30 * 60 });
  await boss.createQueue(QUEUE.email, { name: QUEUE.email, policy: 'stately', retryLimit: 5, retryDelay: 600, retryBackoff: true, expireInSeconds: 2 * 3600 });

  await boss.work<PengingatData>(QUEUE.pengingat, { pollingIntervalSeconds: 2 },
    pengingatWorker(db, config, log, mailer ? () => boss.send(QUEUE.email, {}) : undefined));

  if (mailer) {
    await boss.work(QUEUE.email, { pollingIntervalSeconds: 2 }, async () => {
      // A day back: mail what the last run created, never an old backlog once SMTP is first set up.
      const r = await kirimEmailNotifikasi(db, mailer, {
        from: config.SMTP_FROM, sejak: new Date(Date.now() - 24 * 3600_000),
        onError: (e, id) => log.warn({ err: e, notifikasi: id }, 'e-mail notifikasi gagal dikirim'),
      });
      log.info(r, 'e-mail notifikasi');
      // Throwing hands the job back to pg-boss for a later retry of the ones still unsent.
      if (r.gagal) throw new Error(`${r.gagal} e-mail notifikasi gagal dikirim`);
      return r;
    });
  }

  await boss.schedule(QUEUE.pengingat, `0 ${config.PENGINGAT_JAM} * * *`, {}, { tz: 'Asia/Jakarta' });

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      mailer?.close?.();
    },
  };
}
