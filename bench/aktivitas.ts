// Activity submission over HTTP (session, SKP checks, 24-hour cap trigger, audit row) against raw
// single-row INSERTs into PostgreSQL at the same concurrency, in the same run. The entries go into
// a kabupaten that already holds a year of activities (aktivitas-seed.ts), as they would in use.
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../src/auth/password.ts';
import { queryRows } from '../src/db/client.ts';
import { akun, instansi } from '../src/db/schema.ts';
import { todayWib } from '../src/lib/clock.ts';
import { loadActor } from '../src/policy/actor.ts';
import { createAktivitas } from '../src/services/aktivitas/aktivitas.service.ts';
import { entryWriter } from '../src/services/aktivitas/entry-insert.ts';
import { buildOrg } from '../src/seed/org-builder.ts';
import { hashString, rng } from '../src/seed/random.ts';
import { syntheticTree } from '../src/seed/synthetic.ts';
import { seedYear } from './aktivitas-seed.ts';
import { cpuMeter, perItem, type CpuSpan } from './cpu.ts';
import { stallLine, stallMeter, type Stalls } from './stalls.ts';
import { postActivities, type LoadClient } from './http-load.ts';
import { hasWrk, wrkActivities } from './wrk-load.ts';

const PASSWORD = 'Bench-Sandi-2026';
/** The kabupaten the entries go into (design: 10,000 pegawai, ~7 million activities a year). */
const PEGAWAI = Number(process.env.BENCH_PEGAWAI ?? 10_000);
/** Activities per pegawai per working day already there: 10,000 × 261 days × 2.7 ≈ 7 million. */
const PER_DAY = Number(process.env.BENCH_AKTIVITAS_PER_DAY ?? 2.7);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const PER_CLIENT = Number(process.env.BENCH_AKTIVITAS_PER_CLIENT ?? 150);
/** Enough rows that the raw run lasts more than a moment. */
const RAW_PER_CLIENT = Math.max(PER_CLIENT, 1000);
/** Rows each raw connection writes before timing starts: its named statement prepared, its caches warm. */
const RAW_WARM = 50;
/** Seconds of load per round. */
const WRK_SECONDS = Number(process.env.BENCH_AKTIVITAS_SECONDS ?? 4);
/**
 * App and raw runs take turns, this many times each, so a machine that speeds up or slows down
 * within the run (a shared host does, by a third within a minute) weighs on both sides alike.
 */
export const ROUNDS = Number(process.env.BENCH_AKTIVITAS_ROUNDS ?? 3);
/**
 * An untimed run first: pool connections opened, statements prepared, the hot path compiled, as the
 * raw clients are connected and warmed before their clock starts. Two seconds left the first round
 * at 0.78 ms of server CPU per entry against 0.32-0.33 in the next two (10,000 pegawai, PostgreSQL).
 */
const WARM_SECONDS = 6;

const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]!; };
export interface Run { perSecond: number; p50: number; p99: number; n: number; cpu?: CpuSpan; stalls?: Stalls }
/** The pegawai the HTTP run wrote for, so a raw run can write the same rows into the same table. */
export interface Seeded { instansiId: string; writers: { pegawaiId: string; akunId: string; rhkId: string }[] }
const summary = (lat: number[], wallMs: number): Run => ({ perSecond: lat.length / (wallMs / 1000), p50: pct(lat, 0.5), p99: pct(lat, 0.99), n: lat.length });

/** Past working-day-ish dates of last year, one per request, so the 24-hour cap never bites. */
const dates = (n: number) => {
  const y = new Date().getFullYear() - 1;
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, 0, 2 + (i % 360))).toISOString().slice(0, 10));
};

/** Raw PostgreSQL runs to take turns with the app's: bare single-row INSERTs, and (with the app's pegawai) INSERTs into its own table. */
export interface RawTurn { bare: () => Promise<Run>; same?: (seeded: Seeded) => Promise<Run> }
export interface Round { app: Run; bare?: Run; same?: Run }

export const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };

export async function benchAktivitas(name: string, url: string | undefined, raw?: RawTurn): Promise<Round[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-bench-akt-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', EKINERJA_DEMO: 'off', JOBS: 'off', ...(url ? { DATABASE_URL: url } : {}) });
  const app = await createApp(config);
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.server.address() as { port: number }).port}`;
  try {
    const db = app.database.db;
    const kode = `BENCH-A-${Date.now().toString(36).toUpperCase()}`;
    const [ins] = await db.insert(instansi).values({ kode, nama: 'Kabupaten Bench Aktivitas', jenis: 'KABUPATEN' }).returning();
    const people = await buildOrg(db, ins!.id, syntheticTree(PEGAWAI), rng(hashString(kode)));
    const year = await seedYear(db, ins!.id, PER_DAY);
    // The seed's own writes are flushed now, not by a checkpoint inside the first timed round.
    await db.execute(sql`checkpoint`);
    console.log(`[${name}] kabupaten of ${people.length} pegawai with a year of activities: ${year.aktivitas} rows, seeded in ${year.seconds.toFixed(0)} s`);
    // The clients: staff spread over the units, each on an account of their own and their SKP's first RHK.
    const staff = people.filter((p) => !p.kepala).filter((_, i, xs) => i % Math.floor(xs.length / CONCURRENCY) === 0).slice(0, CONCURRENCY);
    const hash = await hashPassword(PASSWORD);
    const accounts = await db.insert(akun).values(staff.map((p) => ({ instansiId: ins!.id, pegawaiId: p.id, username: p.nip, passwordHash: hash }))).returning();
    const clients: (LoadClient & { pegawaiId: string; akunId: string })[] = [];
    for (const [n, p] of staff.entries()) {
      const [r] = await queryRows<{ id: string }>(db, sql`select r.id from rhk r join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_id
        where s.instansi_id = ${ins!.id} and s.periode_id = ${year.periodeId} and s.pegawai_id = ${p.id} and r.urutan = 1`);
      const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: p.nip, password: PASSWORD }) });
      const { csrfToken } = await login.json() as { csrfToken: string };
      clients.push({ cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrfToken, rhkId: r!.id, pegawaiId: p.id, akunId: accounts[n]!.id });
    }
    const seeded: Seeded = { instansiId: ins!.id, writers: clients.map((c) => ({ pegawaiId: c.pegawaiId, akunId: c.akunId, rhkId: c.rhkId })) };
    // wrk when installed (an external load tool, light on the shared cores); else a node:http thread.
    const wrk = hasWrk();
    // A checkpoint inside a round writes pages out and full-page images into the WAL: it shows in p99.
    const checkpoints = async () => (await queryRows<{ n: number }>(db, sql`select (checkpoints_timed + checkpoints_req)::int as n from pg_stat_bgwriter`))[0]!.n;
    const load = async (seconds: number, days: number): Promise<Run> => {
      const checkpoints0 = url ? await checkpoints() : 0;
      const meter = cpuMeter(Boolean(url));
      const stalls = stallMeter();
      const measured = async () => ({ cpu: meter.stop(), stalls: { ...stalls.stop(), checkpoints: url ? (await checkpoints()) - checkpoints0 : undefined } });
      if (wrk) {
        const w = await wrkActivities(base, clients, seconds);
        if (w.errors) throw new Error(`wrk: ${w.errors} requests failed`);
        return { n: w.n, perSecond: w.perSecond, p50: w.p50, p99: w.p99, ...(await measured()) };
      }
      const { lat, wallMs } = await postActivities({ base, clients, days: dates(days) });
      return { ...summary(lat, wallMs), ...(await measured()) };
    };
    await load(WARM_SECONDS, 20);
    const writes0 = entryWriter(db).stats();
    const rounds: Round[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const run = await load(WRK_SECONDS, PER_CLIENT);
      console.log(`[${name}] round ${r}: POST /aktivitas, ${CONCURRENCY} concurrent pegawai, ${run.n} entries (${wrk ? `wrk, ${WRK_SECONDS} s` : 'node:http load thread; install wrk for an external load tool'}): ${run.perSecond.toFixed(0)}/s, p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`);
      console.log(`[${name}]   ${perItem(run.cpu!, run.n, 'entry')}`);
      console.log(`[${name}]   ${stallLine(run.stalls!)}`);
      rounds.push({ app: run, bare: await raw?.bare(), same: await raw?.same?.(seeded) });
    }
    const writes = entryWriter(db).stats();
    const batches = writes.batches - writes0.batches;
    console.log(`[${name}] group commit: ${batches} statements, ${((writes.items - writes0.items) / batches).toFixed(1)} entries each on average, ${writes.retriedAlone - writes0.retriedAlone} retried alone`);
    // The same entries through the service without HTTP: what the checks, the insert and its audit row cost alone.
    const actors = await Promise.all(staff.map(async (p) => {
      const [a] = await db.select().from(akun).where(eq(akun.pegawaiId, p.id));
      return loadActor(db, a!, false, todayWib());
    }));
    const day = dates(PER_CLIENT);
    const svcMeter = cpuMeter(Boolean(url));
    const t0 = performance.now();
    await Promise.all(clients.map(async (c, i) => {
      for (const tanggal of day) {
        await createAktivitas(db, actors[i]!, { id: uuidv7(), tanggal, rhkId: c.rhkId, uraian: 'Mengolah data layanan harian', jumlah: 1, satuan: 'laporan', menit: 30 });
      }
    }));
    const svc = (clients.length * day.length) / ((performance.now() - t0) / 1000);
    console.log(`[${name}] the same entries through the service, no HTTP: ${svc.toFixed(0)}/s`);
    console.log(`[${name}]   ${perItem(svcMeter.stop(), clients.length * day.length, 'entry')}`);
    return rounds;
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Single-row INSERTs (autocommit) on CONCURRENCY connections, each client its own pegawai. */
async function timedInserts(url: string, label: string, insert: string, values: (client: number, i: number) => unknown[]): Promise<Run> {
  const lat: number[] = [];
  const conns = await Promise.all(Array.from({ length: CONCURRENCY }, async () => { const c = new pg.Client({ connectionString: url }); await c.connect(); return c; }));
  try {
    await Promise.all(conns.map(async (c, k) => {
      for (let i = RAW_PER_CLIENT; i < RAW_PER_CLIENT + RAW_WARM; i++) await c.query({ name: 'raw_insert', text: insert, values: values(k, i) });
    }));
    const meter = cpuMeter(true);
    const t0 = performance.now();
    await Promise.all(conns.map(async (c, k) => {
      for (let i = 0; i < RAW_PER_CLIENT; i++) {
        const s = performance.now();
        await c.query({ name: 'raw_insert', text: insert, values: values(k, i) });
        lat.push(performance.now() - s);
      }
    }));
    const run = { ...summary(lat, performance.now() - t0), cpu: meter.stop() };
    console.log(`[${label}] single-row INSERT, ${CONCURRENCY} connections, ${run.n} rows: ${run.perSecond.toFixed(0)}/s, p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`);
    console.log(`[${label}]   ${perItem(run.cpu, run.n, 'row')}`);
    return run;
  } finally {
    await Promise.all(conns.map((c) => c.end()));
  }
}

/** The floor: the same number of single-row INSERTs into a table with only a primary key. */
export async function rawAktivitasInserts(url: string): Promise<Run> {
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  const table = `bench_aktivitas_${process.pid}`;
  await setup.query(`create table ${table} (id uuid primary key, pegawai_id uuid not null, tanggal date not null, rhk_id uuid not null,
    uraian text not null, jumlah double precision, satuan text, menit int not null, status text not null default 'MENUNGGU', created_at timestamptz default now())`);
  try {
    const day = dates(RAW_PER_CLIENT + RAW_WARM);
    const ids = Array.from({ length: CONCURRENCY }, () => [randomUUID(), randomUUID()] as const);
    return await timedInserts(url, 'raw postgres', `insert into ${table} (id, pegawai_id, tanggal, rhk_id, uraian, jumlah, satuan, menit) values ($1,$2,$3,$4,$5,$6,$7,$8)`,
      (k, i) => [uuidv7(), ids[k]![0], day[i], ids[k]![1], 'Mengolah data layanan harian', 1, 'laporan', 30]);
  } finally {
    await setup.query(`drop table if exists ${table}`);
    await setup.end();
  }
}

/**
 * Raw PostgreSQL doing the same work: for each entry one single-row INSERT, in autocommit, of what an
 * entry stores (the activity row, with its indexes, foreign keys and 24-hour trigger, and the audit
 * row the design asks of every change), for the pegawai of the HTTP run. No SKP checks, no session,
 * no batching: what a hand-written handler would send. Its rows are removed after.
 */
export async function rawTableInserts(url: string, seeded: Seeded): Promise<Run> {
  const day = dates(RAW_PER_CLIENT + RAW_WARM);
  const written: string[] = [];
  const run = await timedInserts(url, 'raw postgres, activity and audit row', `with a as (insert into aktivitas (instansi_id, id, pegawai_id, tanggal, rhk_id, uraian, jumlah, satuan, menit)
      values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *)
    insert into audit_log (instansi_id, akun_id, entitas, entitas_id, aksi, sesudah) select instansi_id, $10, 'aktivitas', id::text, 'CREATE', to_jsonb(a) from a`, (k, i) => {
    const w = seeded.writers[k % seeded.writers.length]!;
    const id = uuidv7();
    written.push(id);
    return [seeded.instansiId, id, w.pegawaiId, day[i], w.rhkId, 'Mengolah data layanan harian', 1, 'laporan', 1, w.akunId];
  });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('delete from aktivitas where instansi_id = $1 and id = any($2::uuid[])', [seeded.instansiId, written]);
    await c.query(`delete from audit_log where instansi_id = $1 and entitas = 'aktivitas' and entitas_id = any($2::text[])`, [seeded.instansiId, written]);
    // The dead rows are this run's to clean up, not a background vacuum's during the app's next round.
    await c.query('vacuum aktivitas, aktivitas_hari, audit_log');
  } finally { await c.end(); }
  return run;
}
