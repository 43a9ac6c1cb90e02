// CPU spent by this process (server and load-generator threads) and by the PostgreSQL server
// processes over a measured span. On a 2-core machine throughput is bounded by the sum per request,
// so these figures say where a throughput ratio comes from. PostgreSQL is read from /proc (Linux).
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime+stime (or, with `children`, of waited-for child processes such as wrk) from a /proc stat line. */
const statMs = (st: string, children = false) => {
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return (children ? Number(f[13]) + Number(f[14]) : Number(f[11]) + Number(f[12])) * TICK_MS;
};

const childrenCpuMs = () => (fs.existsSync('/proc/self/stat') ? statMs(fs.readFileSync('/proc/self/stat', 'utf8'), true) : 0);

/** CPU so far of each PostgreSQL server process, by pid. */
function postgresCpuMs(): Map<string, number> | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const byPid = new Map<string, number>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (st.includes('(postgres)')) byPid.set(d, statMs(st));
    } catch { /* the process ended meanwhile */ }
  }
  return byPid;
}

/**
 * What PostgreSQL spent between two readings: per process, so a backend that exits meanwhile (an
 * earlier run's connection closing) does not take its whole lifetime's CPU off the sum. Its last
 * moments are lost; a process that started meanwhile counts from zero.
 */
function postgresSpentMs(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, ms] of after) {
    const b = before.get(pid) ?? 0;
    total += ms >= b ? ms - b : ms; // less than before: the pid was taken by a new process
  }
  return total;
}

/** `nodeMs`: this process (server, and the load-generator thread when used); `loadToolMs`: wrk. */
export interface CpuSpan { nodeMs: number; nodeSystemMs: number; loadToolMs: number; postgresMs: number | null }

/** `postgres`: also count the PostgreSQL server's processes (not for the embedded PGlite). */
export function cpuMeter(postgres: boolean) {
  const pg0 = postgres ? postgresCpuMs() : null;
  const c0 = childrenCpuMs();
  const n0 = process.cpuUsage();
  return {
    stop(): CpuSpan {
      const n = process.cpuUsage(n0);
      const pg1 = postgres ? postgresCpuMs() : null;
      return { nodeMs: (n.user + n.system) / 1000, nodeSystemMs: n.system / 1000, loadToolMs: childrenCpuMs() - c0, postgresMs: pg0 === null || pg1 === null ? null : postgresSpentMs(pg0, pg1) };
    },
  };
}

/** "CPU per entry: node 0.52 ms (kernel 0.20 ms) + wrk 0.10 ms + postgres 0.41 ms". */
export function perItem(span: CpuSpan, n: number, what: string): string {
  const f = (ms: number) => `${(ms / n).toFixed(2)} ms`;
  return `CPU per ${what}: node ${f(span.nodeMs)} (kernel ${f(span.nodeSystemMs)})${span.loadToolMs ? ` + wrk ${f(span.loadToolMs)}` : ''}${span.postgresMs === null ? '' : ` + postgres ${f(span.postgresMs)}`}`;
}
