// Load generator on its own thread, so the clients' HTTP work does not run on the server's event
// loop (as with any external load tool); the main thread only serves.
import { randomUUID } from 'node:crypto';
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

async function run({ base, clients, days }: Job) {
  const lat: number[] = [];
  const t0 = performance.now();
  await Promise.all(clients.map(async (c) => {
    for (const tanggal of days) {
      const body = JSON.stringify({ id: randomUUID(), tanggal, rhkId: c.rhkId, uraian: 'Mengolah data layanan harian', jumlah: 1, satuan: 'laporan', menit: 30 });
      const s = performance.now();
      const res = await fetch(`${base}/api/v1/aktivitas`, { method: 'POST', headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken, 'content-type': 'application/json' }, body });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`POST /aktivitas ${res.status}`);
      lat.push(performance.now() - s);
    }
  }));
  return { lat, wallMs: performance.now() - t0 };
}

if (!isMainThread && parentPort) parentPort.postMessage(await run(workerData as Job));
