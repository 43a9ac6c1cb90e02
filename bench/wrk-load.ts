// Load from wrk (Debian package `wrk`), an external C load generator, so the clients' own HTTP work
// costs the 2-core machine as little as it can. One wrk thread per pegawai, each on its own session.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadClient } from './http-load.ts';

export const hasWrk = () => spawnSync('wrk', ['--version']).error === undefined;

export interface WrkResult { n: number; perSecond: number; p50: number; p99: number; errors: number }

/** POSTs activities for `seconds`; each request a new day of last year, so the 24-hour cap never bites. */
export async function wrkActivities(base: string, clients: LoadClient[], seconds: number): Promise<WrkResult> {
  const year = new Date().getFullYear() - 1;
  const start = Date.UTC(year, 0, 2) / 1000;
  const lua = `
local clients = {${clients.map((c) => `{cookie=${JSON.stringify(c.cookie)}, csrf=${JSON.stringify(c.csrfToken)}, rhk=${JSON.stringify(c.rhkId)}}`).join(',')}}
local counter = 1
function setup(thread) thread:set("idx", counter); counter = counter + 1 end
function init(args) me = clients[idx]; n = 0; bad = 0 end
function request()
  n = n + 1
  local day = os.date("!%Y-%m-%d", ${start} + ((n * 7) % 360) * 86400)
  local body = '{"tanggal":"' .. day .. '","rhkId":"' .. me.rhk .. '","uraian":"Mengolah data layanan harian","jumlah":1,"satuan":"laporan","menit":5}'
  return wrk.format("POST", "/api/v1/aktivitas", {["content-type"] = "application/json", ["cookie"] = me.cookie, ["x-csrf-token"] = me.csrf}, body)
end
function response(status, headers, body) if status ~= 201 then bad = bad + 1 end end
function done(summary, latency, requests)
  local errs = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %d %d\\n", summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errs))
end
`;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-wrk-')), 'aktivitas.lua');
  fs.writeFileSync(file, lua);
  try {
    // Asynchronously: the server under test runs on this process's event loop.
    const { stdout: out } = await promisify(execFile)('wrk', ['-t', String(clients.length), '-c', String(clients.length), '-d', `${seconds}s`, '-s', file, base], { encoding: 'utf8' });
    const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(out);
    if (!m) throw new Error(`wrk: ${out}`);
    const [n, durUs, p50, p99, errors] = m.slice(1).map(Number) as [number, number, number, number, number];
    return { n, perSecond: n / (durUs / 1e6), p50: p50 / 1000, p99: p99 / 1000, errors };
  } finally { fs.rmSync(path.dirname(file), { recursive: true, force: true }); }
}
