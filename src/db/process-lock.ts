// Advisory locks that let servers sharing one PostgreSQL database know about each other: one for
// start-up (one server at a time), and one per process, held for its life on a connection of its
// own. PostgreSQL drops a lock with its connection, so a process that died without a clean stop
// shows as gone to the others.
import pg from 'pg';

const STARTUP_LOCK = 'ekinerja:mulai';
const PROCESS_LOCK = 'ekinerja:proses:';
/** Wait before taking the process lock again after its connection was lost. */
const RETRY_MS = 2_000;

/** A connection of its own holding a session-level advisory lock on `key` (waiting for it); ending it lets go. */
async function lockedSession(url: string, key: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('select pg_advisory_lock(hashtextextended($1, 0))', [key]);
  } catch (e) { await c.end(); throw e; }
  return c;
}

/** Runs `fn` while holding the start-up lock. */
export async function startupExclusive<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const session = await lockedSession(url, STARTUP_LOCK);
  try { return await fn(); } finally { await session.end(); }
}

/**
 * Takes this process's lock and keeps it: when its connection is lost (a database restart, a
 * network cut), it is taken again, so a server that lives on does not pass for a dead one.
 */
export async function holdProcessLock(url: string, processId: string): Promise<{ release(): Promise<void> }> {
  let released = false;
  let session: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  const take = async () => {
    const c = await lockedSession(url, PROCESS_LOCK + processId);
    if (released) { await c.end(); return; }
    c.on('error', (e) => console.error('koneksi penanda proses terputus; diambil lagi', e.message));
    // Whether the server cut it with an error or closed it quietly, the lock went with it.
    c.once('end', () => {
      if (session !== c) return;
      session = null;
      retryLater();
    });
    session = c;
  };
  const retryLater = () => {
    if (released || retry) return;
    retry = setTimeout(() => { retry = undefined; take().catch(retryLater); }, RETRY_MS);
    retry.unref();
  };
  await take();
  return {
    async release() {
      released = true;
      clearTimeout(retry);
      await session?.end();
    },
  };
}

// A process runs while its lock is held. pg_locks shows a bigint key as two 32-bit halves.
const RUNNING_SQL = `select p.id from unnest($1::text[]) as p(id), lateral (select hashtextextended($2 || p.id, 0) as k) h
  where exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.granted and l.objsubid = 1
    and l.database = (select oid from pg_database where datname = current_database())
    and l.classid::bigint = ((h.k >> 32) & 4294967295) and l.objid::bigint = (h.k & 4294967295))`;

/** Of these process ids, those whose process lock is held now. */
export async function runningProcesses(pool: pg.Pool, ids: string[]): Promise<Set<string>> {
  return new Set((await pool.query<{ id: string }>(RUNNING_SQL, [ids, PROCESS_LOCK])).rows.map((r) => r.id));
}
