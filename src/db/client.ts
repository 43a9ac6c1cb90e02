// One query builder over either PostgreSQL (DATABASE_URL) or embedded PGlite (a folder, or memory for tests).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { DurableNodeFS, durableStartParams } from './pglite-durable.ts';
import { holdProcessLock, runningProcesses, startupExclusive } from './process-lock.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Raw SQL on the underlying driver (job queue); several statements only without values. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
  /** This server process; work it starts in the background (an import) carries the id. */
  processId: string;
  /** Of these process ids, the ones whose process still runs (on any server sharing the database). */
  running(processIds: string[]): Promise<Set<string>>;
  /** Runs `fn` while no other process of this app runs such a section on the database: migrations, the demo seed, start-up repairs. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// Dates and 64-bit counts come back as strings on both drivers, so code sees one shape.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

export async function openDatabase(opts: { url?: string; dataDir?: string; migrate?: boolean; poolSize?: number }): Promise<Database> {
  const processId = randomUUID();
  if (opts.url) {
    const url = opts.url;
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
    const lock = await holdProcessLock(url, processId);
    const exclusive = <T>(fn: () => Promise<T>) => startupExclusive(url, fn);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    try {
      if (opts.migrate !== false) await exclusive(() => migratePg(drizzlePg(pool), { migrationsFolder }));
    } catch (e) { await lock.release(); await pool.end(); throw e; }
    return {
      db, kind: 'postgres', processId, exclusive,
      executeSql: (text, values) => pool.query(text, values),
      running: (ids) => runningProcesses(pool, ids),
      close: async () => { await pool.end(); await lock.release(); },
    };
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  // A folder is kept through a power cut (pglite-durable.ts); memory is for tests.
  const parsers = { 1082: (v: string) => v };
  const client = await PGlite.create(opts.dataDir
    ? { fs: new DurableNodeFS(opts.dataDir), startParams: durableStartParams, parsers }
    : { dataDir: 'memory://', parsers });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  if (opts.migrate !== false) await migratePglite(drizzlePglite(client), { migrationsFolder });
  // PGlite runs a parameterised query as one statement; a script without values goes through exec.
  const executeSql = async (text: string, values?: unknown[]) => {
    if (values?.length) return client.query(text, values);
    const results = await client.exec(text);
    return results[results.length - 1] ?? { rows: [] };
  };
  // One process holds a PGlite folder, so no other can be running or starting on it.
  return {
    db, kind: 'pglite', processId, executeSql,
    running: async (ids) => new Set(ids.filter((id) => id === processId)),
    exclusive: (fn) => fn(),
    close: () => client.close(),
  };
}

/** Raw SQL returning rows; both drivers put them in `.rows`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as { rows: T[] };
  return r.rows;
}

/** Ids as a list for `in (…)`, each cast to uuid. */
export const uuidList = (ids: readonly string[]): SQL => sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `);

/** Statements one writer may usefully have running at once: PGlite has a single connection. */
export function parallelStatements(db: DbOrTx): number {
  return (db as { $client?: unknown }).$client instanceof pg.Pool ? 2 : 1;
}

/**
 * A statement whose text never changes, built once from `query` with `sql.placeholder(name)` for
 * its values. Outside a transaction it is prepared once per connection, so the hottest statements
 * skip building, parsing and planning: on PostgreSQL as a named protocol statement, on PGlite (one
 * connection) with PREPARE and EXECUTE.
 */
export function preparedStatement<T, V extends Record<string, unknown>>(query: SQL): ((db: DbOrTx, values: V) => Promise<T[]>) & { text: string } {
  const { sql: text, params } = new PgDialect().sqlToQuery(query);
  const name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 32)}`;
  // The text between parameters, for a transaction's run, which goes through the query builder.
  const chunks = text.split(/\$\d+\b/);
  if (chunks.length !== params.length + 1) throw new Error('a prepared statement may not hold $n outside its parameters');
  return Object.assign(async (db: DbOrTx, values: V) => {
    const bound = fillPlaceholders(params, values);
    const client = (db as { $client?: unknown }).$client;
    if (client instanceof pg.Pool) return (await client.query<T & pg.QueryResultRow>({ name, text, values: bound })).rows;
    if (client instanceof PGlite) {
      await preparedOnce(client, name, text);
      return (await client.query<T>(`execute ${name}(${bound.map(sqlLiteral).join(', ')})`)).rows;
    }
    // Inside a transaction: its connection is not ours to keep statements on.
    const q = sql.join(chunks.map((c, n) => (n < bound.length ? sql`${sql.raw(c)}${bound[n]}` : sql.raw(c))));
    return queryRows<T>(db, q);
  }, { text });
}

const pglitePrepared = new WeakMap<PGlite, Map<string, Promise<unknown>>>();

function preparedOnce(client: PGlite, name: string, text: string) {
  let names = pglitePrepared.get(client);
  if (!names) pglitePrepared.set(client, (names = new Map()));
  let ready = names.get(name);
  if (!ready) {
    ready = client.exec(`prepare ${name} as ${text}`);
    names.set(name, ready);
    ready.catch(() => names.delete(name));
  }
  return ready;
}

/** A value as an SQL literal for EXECUTE (PGlite takes no bound parameters there); E'' escapes whatever the server's string settings. */
export function sqlLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string') return `E'${v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  throw new TypeError(`a ${typeof v} parameter cannot be written as an SQL literal`);
}
