// Load generator on its own thread, so the clients' HTTP work does not run on the server's event
// loop (as with any external load tool); the main thread only serves.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface LoadClient { cookie: string; csrfToken: string; rhkId: string }
interface Job { base: string; clients: LoadClient[]; days: string[] }

/** Each client posts one activity per day in `days`, one after another; returns latencies (ms) and wall time. */
export function postActivities(job: Job): Promise<{ lat: number[]; wallMs: number }> {
  return new Promise((resolve, reject) => {
    // The worker loads this same TypeScript file through tsx's loader.
    const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const w = new Worker(boot, { eval: true, workerData: job });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

/** One POST on a kept-alive connection (node:http is far lighter per request than fetch). */
function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function run({ base, clients, days }: Job) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients.length });
  const url = new URL(`${base}/api/v1/aktivitas`);
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(clients.map(async (c) => {
    for (const tanggal of days) {
      const body = JSON.stringify({ id: randomUUID(), tanggal, rhkId: c.rhkId, uraian: 'Mengolah data layanan harian', jumlah: 1, satuan: 'laporan', menit: 30 });
      const s = performance.now();
      const status = await post(agent, url, { cookie: c.cookie, 'x-csrf-token': c.csrfToken, 'content-type': 'application/json' }, body);
      if (status !== 201) throw new Error(`POST /aktivitas ${status}`);
      lat.push(performance.now() - s);
    }
  }));
  const wallMs = performance.now() - t0;
  agent.destroy();
  return { lat, wallMs };
}

if (!isMainThread && parentPort) parentPort.postMessage(await run(workerData as Job));
