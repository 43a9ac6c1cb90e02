// Sync engine: sends the outbox through POST /aktivitas/sinkron (idempotent by the client-made id),
// then uploads pending evidence by its client-made id. A batch that is repeated or cut off halfway
// therefore never duplicates an entry, and an item leaves the outbox only after the server has it.
import type { QueryClient } from '@tanstack/react-query';
import { aktivitasKeys, type Aktivitas, type AktivitasData, type SinkronResult } from '../api/aktivitas.ts';
import { ApiError, NETWORK_ERROR, request } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { markSessionExpired } from '../auth/expiry.ts';
import { sessionKey } from '../auth/session.ts';
import {
  closeOutboxDb, DB_NAME, deleteItem, getItem, itemsOf, putItem, updateItem, type BuktiTertunda, type OutboxItem,
} from './db.ts';
import { warmSessionCache } from './register.ts';

export interface OutboxSnapshot {
  akunId: string | null;
  items: OutboxItem[];
  sedangKirim: boolean;
  /** The last attempt did not reach the server. */
  gagalJaringan: boolean;
  /** The session ended: sending resumes after signing in again. */
  perluMasuk: boolean;
  /** Entries saved online whose first answer is still awaited: shown as being sent, not as left behind. */
  mengirim: ReadonlySet<string>;
}

const BATCH = 100;
const TICK_MS = 60_000;
const SINKRON_TIMEOUT_MS = 60_000;
const UPLOAD_TIMEOUT_MS = 120_000;
const CACHE_OWNER_KEY = 'ekinerja.offline.akun';
/** The service worker's caches of API reads start with this (see web/vite.config.ts). */
const API_CACHE_PREFIX = 'ekinerja-api';

async function deleteApiCaches() {
  if (!('caches' in window)) return;
  for (const name of await caches.keys()) if (name.startsWith(API_CACHE_PREFIX)) await caches.delete(name);
}

let snapshot: OutboxSnapshot = { akunId: null, items: [], sedangKirim: false, gagalJaringan: false, perluMasuk: false, mengirim: new Set() };
const listeners = new Set<() => void>();
let qc: QueryClient | null = null;
let running: Promise<void> | null = null;
let again = false;
let failures = 0;
let timer: ReturnType<typeof setTimeout> | null = null;
// Other tabs of the app see each change at once.
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('ekinerja-outbox') : null;

function emit(patch: Partial<OutboxSnapshot>) {
  snapshot = { ...snapshot, ...patch };
  for (const l of listeners) l();
}

export const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => { listeners.delete(l); };
};
export const getSnapshot = () => snapshot;

/** Waiting to go out: new or changed entries, and saved entries whose evidence is still on the device. */
export const belumTerkirim = (i: OutboxItem) =>
  i.status === 'KIRIM' || (i.status === 'TERKIRIM' && i.bukti.some((b) => !b.gagal));
/** Needs the user: a conflict, refused data, or refused evidence. */
export const perluDiperiksa = (i: OutboxItem) =>
  i.status === 'KONFLIK' || i.status === 'DITOLAK' || i.bukti.some((b) => b.gagal);

async function reload() {
  const akun = snapshot.akunId;
  if (!akun) return emit({ items: [] });
  const items = await itemsOf(akun).catch(() => snapshot.items);
  if (snapshot.akunId === akun) emit({ items });
}

async function changed() {
  channel?.postMessage('changed');
  await reload();
  schedule();
}

function schedule() {
  if (timer) clearTimeout(timer);
  timer = null;
  if (!snapshot.akunId || !snapshot.items.some(belumTerkirim)) return;
  const base = failures ? Math.min(5_000 * 2 ** (failures - 1), 5 * 60_000) : TICK_MS;
  // A little jitter: many phones regaining signal together do not all call at the same second.
  timer = setTimeout(() => void syncNow(), base * (1 + Math.random() * 0.2));
}

// ---- Changes made on this device -------------------------------------------------------------

export interface SimpanInput {
  id: string;
  version: number | null;
  data: AktivitasData;
  tampil: OutboxItem['tampil'];
  /** New evidence added in the form. */
  buktiBaru: BuktiTertunda[];
}

/** Puts an entry (new or edited) in the outbox, keeping evidence that an earlier save left waiting. */
export async function simpan(input: SimpanInput): Promise<void> {
  const akunId = snapshot.akunId;
  if (!akunId) throw new Error('outbox without an account');
  const cur = await getItem(input.id);
  const now = new Date().toISOString();
  await putItem({
    id: input.id, akunId, hapus: false, version: input.version, data: input.data, tampil: input.tampil,
    status: 'KIRIM', pesan: null, fields: null, server: null,
    bukti: [...(cur?.bukti ?? []).filter((b) => !b.gagal), ...input.buktiBaru],
    dikirim: cur?.dikirim ?? false, rev: (cur?.rev ?? 0) + 1, dibuat: cur?.dibuat ?? now, diubah: now,
  });
  await changed();
}

/** Deletes an entry: at once if the server never saw it, else through the outbox. */
export async function hapus(a: { id: string; version: number | null; data: AktivitasData; tampil: OutboxItem['tampil'] }): Promise<void> {
  const akunId = snapshot.akunId;
  if (!akunId) throw new Error('outbox without an account');
  const cur = await getItem(a.id);
  if (cur && !cur.dikirim && cur.version === null) {
    await deleteItem(a.id);
  } else {
    const now = new Date().toISOString();
    await putItem({
      id: a.id, akunId, hapus: true, version: a.version, data: a.data, tampil: a.tampil, status: 'KIRIM',
      pesan: null, fields: null, server: null, bukti: [], dikirim: cur?.dikirim ?? true, rev: (cur?.rev ?? 0) + 1,
      dibuat: cur?.dibuat ?? now, diubah: now,
    });
  }
  await changed();
  void syncNow();
}

/** KONFLIK: keep the server's copy and drop this device's change. */
export async function pakaiVersiServer(id: string): Promise<void> {
  await deleteItem(id);
  await changed();
}

/** KONFLIK: send this device's copy again, now on top of the server's version. */
export async function kirimPunyaSaya(id: string): Promise<void> {
  await updateItem(id, (cur) => ({
    ...cur, status: 'KIRIM', version: cur.server?.version ?? cur.version, pesan: null, fields: null, rev: cur.rev + 1,
  }));
  await changed();
  await syncNow();
}

/** Drops an entry the server refused. */
export async function buang(id: string): Promise<void> {
  await deleteItem(id);
  await changed();
}

/** Drops one waiting or refused evidence item. */
export async function buangBukti(id: string, buktiId: string): Promise<void> {
  await updateItem(id, (cur) => {
    const bukti = cur.bukti.filter((b) => b.id !== buktiId);
    return cur.status === 'TERKIRIM' && bukti.length === 0 ? null : { ...cur, bukti };
  });
  await changed();
}

// ---- Sending ---------------------------------------------------------------------------------

const isNetwork = (e: unknown) =>
  (e instanceof DOMException && (e.name === 'AbortError' || e.name === 'TimeoutError')) ||
  (e instanceof ApiError && (e.code === NETWORK_ERROR || e.status >= 500 || e.status === 408 || e.status === 429));

class SesiBerakhir extends Error {
  constructor(readonly epoch: number) { super('sesi berakhir'); }
}

async function send<T>(method: string, path: string, opts: { body?: unknown; raw?: Blob; query?: Record<string, string> }, timeoutMs: number): Promise<T> {
  try {
    return await request<T>(method, path, { ...opts, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw new SesiBerakhir(e.epoch);
    throw e;
  }
}

const refusal = (e: unknown, fallback: string) => {
  if (!(e instanceof ApiError)) return fallback;
  return Object.values(e.fields)[0] ?? e.message ?? fallback;
};

type Hasil = SinkronResult['hasil'][number];

async function apply(h: Hasil, rev: number | undefined) {
  await updateItem(h.id, (cur) => {
    const same = cur.rev === rev;
    switch (h.hasil) {
      case 'DIBUAT':
      case 'DIPERBARUI':
      case 'SAMA': {
        const server = h.aktivitas!;
        // Edited again while this copy was on its way: the newer edit goes next, on top of this version.
        if (!same) return { ...cur, version: server.version, server, dikirim: true };
        return { ...cur, status: 'TERKIRIM', version: server.version, server, pesan: null, fields: null };
      }
      case 'DIHAPUS':
        return same ? null : { ...cur, version: null };
      case 'KONFLIK':
        return { ...cur, status: 'KONFLIK', server: h.aktivitas, pesan: h.pesan, fields: null };
      case 'DITOLAK':
        return same ? { ...cur, status: 'DITOLAK', pesan: h.pesan, fields: h.fields } : undefined;
    }
  });
}

async function sendEntries(items: OutboxItem[]): Promise<boolean> {
  const kirim = items.filter((i) => i.status === 'KIRIM');
  for (let at = 0; at < kirim.length; at += BATCH) {
    const chunk = kirim.slice(at, at + BATCH);
    const revs = new Map(chunk.map((i) => [i.id, i.rev]));
    // Marked before sending: if the reply is lost, the server may already have the entry.
    for (const i of chunk) if (!i.dikirim) await updateItem(i.id, (c) => ({ ...c, dikirim: true }));
    let res: SinkronResult;
    try {
      res = await send<SinkronResult>('POST', '/aktivitas/sinkron', {
        body: {
          items: chunk.map((i) => (i.hapus
            ? { id: i.id, hapus: true, version: i.version }
            : { id: i.id, hapus: false, version: i.version, data: i.data })),
        },
      }, SINKRON_TIMEOUT_MS);
    } catch (e) {
      if (e instanceof SesiBerakhir || isNetwork(e)) throw e;
      // The whole batch was refused (not a per-item answer): show it on each entry rather than retry forever.
      const pesan = e instanceof ApiError ? e.message : String(e);
      for (const i of chunk) await updateItem(i.id, (c) => (c.rev === i.rev ? { ...c, status: 'DITOLAK', pesan, fields: null } : undefined));
      continue;
    }
    for (const h of res.hasil) await apply(h, revs.get(h.id));
  }
  return kirim.length > 0;
}

async function uploadBukti(item: OutboxItem, b: BuktiTertunda) {
  try {
    if (b.jenis === 'BERKAS') {
      await send('PUT', `/aktivitas/${item.id}/bukti/${b.id}`, {
        raw: new Blob([b.data ?? new ArrayBuffer(0)], { type: b.mime ?? 'application/octet-stream' }), query: { nama: b.nama },
      }, UPLOAD_TIMEOUT_MS);
    } else {
      await send('POST', `/aktivitas/${item.id}/tautan/${b.id}`, { body: { nama: b.nama, url: b.url } }, SINKRON_TIMEOUT_MS);
    }
  } catch (e) {
    if (e instanceof SesiBerakhir || isNetwork(e)) throw e;
    const gagal = refusal(e, 'Bukti ditolak server');
    await updateItem(item.id, (c) => ({ ...c, bukti: c.bukti.map((x) => (x.id === b.id ? { ...x, gagal } : x)) }));
    return;
  }
  await updateItem(item.id, (c) => ({ ...c, bukti: c.bukti.filter((x) => x.id !== b.id) }));
}

async function sendEvidence(akunId: string): Promise<boolean> {
  let any = false;
  for (const item of await itemsOf(akunId)) {
    if (item.status !== 'TERKIRIM') continue;
    for (const b of item.bukti) {
      if (b.gagal) continue;
      any = true;
      await uploadBukti(item, b);
    }
  }
  return any;
}

/** Entries the server has, with nothing left to upload, leave the outbox (after the lists were refreshed). */
async function dropDone(akunId: string) {
  for (const i of await itemsOf(akunId)) {
    if (i.status === 'TERKIRIM' && i.bukti.length === 0) await updateItem(i.id, (c) => (c.status === 'TERKIRIM' && c.bukti.length === 0 ? null : undefined));
  }
}

async function runOnce() {
  const akunId = snapshot.akunId;
  if (!akunId || !qc) return;
  const items = await itemsOf(akunId);
  if (!items.some(belumTerkirim)) return;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    emit({ gagalJaringan: true });
    return;
  }
  emit({ sedangKirim: true });
  let touched = false;
  try {
    touched = await sendEntries(items);
    touched = (await sendEvidence(akunId)) || touched;
    failures = 0;
    emit({ gagalJaringan: false, perluMasuk: false });
  } catch (e) {
    if (e instanceof SesiBerakhir) {
      emit({ perluMasuk: true });
      // The sign-in dialog opens over the page; the outbox stays and is sent after signing in again.
      markSessionExpired(e.epoch);
    } else {
      failures += 1;
      emit({ gagalJaringan: isNetwork(e) });
      if (!isNetwork(e)) console.error(e);
    }
    touched = true;
  } finally {
    if (touched) {
      // Bounded: a refetch paused by a dropped connection must not hold the sync lock.
      await Promise.race([qc.invalidateQueries({ queryKey: aktivitasKeys.all }).catch(() => undefined), new Promise((r) => setTimeout(r, 15_000))]);
      void qc.invalidateQueries({ queryKey: ['kalender'] });
      await dropDone(akunId).catch(() => undefined);
    }
    emit({ sedangKirim: false });
  }
}

/** Runs a sync now (or once more after the one in progress); resolves when done. One at a time. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  running = (async () => {
    try {
      do {
        again = false;
        // One sync across all tabs of this browser too.
        if (locks) await locks.request('ekinerja-sinkron', () => runOnce());
        else await runOnce();
      } while (again);
    } catch (e) {
      console.error(e);
    } finally {
      running = null;
      await changed();
    }
  })();
  return running;
}

export type HasilSimpan =
  | { jenis: 'TERSIMPAN'; aktivitas: Aktivitas | null }
  | { jenis: 'TERTUNDA' }
  | { jenis: 'DITOLAK'; pesan: string | null; fields: Record<string, string> }
  | { jenis: 'KONFLIK'; pesan: string | null; server: Aktivitas | null };

/** Saves to the outbox and, when online, waits a little for the server's answer on this entry. */
/**
 * Saves to the outbox, then sends when online. `setelahLokal` runs as soon as the entry is safe on
 * this device, so the form can drop its draft before a reload could bring the sent entry back.
 */
export async function simpanDanKirim(input: SimpanInput, waitMs = 15_000, setelahLokal?: () => void): Promise<HasilSimpan> {
  const online = navigator.onLine !== false;
  if (online) emit({ mengirim: new Set([...snapshot.mengirim, input.id]) });
  let it: OutboxItem | undefined;
  try {
    await simpan(input);
    setelahLokal?.();
    if (!online) {
      emit({ gagalJaringan: true });
      return { jenis: 'TERTUNDA' };
    }
    await Promise.race([syncNow(), new Promise((r) => setTimeout(r, waitMs))]);
    it = await getItem(input.id);
  } finally {
    if (online) emit({ mengirim: new Set([...snapshot.mengirim].filter((x) => x !== input.id)) });
  }
  if (!it) return { jenis: 'TERSIMPAN', aktivitas: null };
  switch (it.status) {
    case 'TERKIRIM': return { jenis: 'TERSIMPAN', aktivitas: it.server };
    case 'DITOLAK': return { jenis: 'DITOLAK', pesan: it.pesan, fields: it.fields ?? {} };
    case 'KONFLIK': return { jenis: 'KONFLIK', pesan: it.pesan, server: it.server };
    default: return { jenis: 'TERTUNDA' };
  }
}

// ---- Lifecycle -------------------------------------------------------------------------------

/** A different account on this device: the cached API reads of the previous one must not be shown. */
async function forgetOtherAccount(akunId: string) {
  try {
    const prev = localStorage.getItem(CACHE_OWNER_KEY);
    if (prev === akunId) return;
    if (prev) await deleteApiCaches();
    localStorage.setItem(CACHE_OWNER_KEY, akunId);
  } catch {
    // Storage unavailable: nothing was cached either.
  }
}

function setAkun(akunId: string | null) {
  if (akunId === snapshot.akunId) return;
  failures = 0;
  emit({ akunId, items: [], gagalJaringan: false, perluMasuk: false });
  if (timer) clearTimeout(timer);
  timer = null;
  if (akunId) {
    void forgetOtherAccount(akunId).then(() => { warmSessionCache(); return reload(); }).then(() => syncNow());
  }
}

/** Starts the engine for whoever is signed in; call once at app start. */
export function startOutbox(client: QueryClient): void {
  if (qc) return;
  qc = client;
  const follow = () => {
    const me = client.getQueryData<Me | null>(sessionKey);
    // Only pegawai log activities; other accounts have no outbox.
    setAkun(me?.pegawai ? me.akunId : null);
  };
  // Deferred: cache events can fire while React renders, and listeners must not update during a render.
  client.getQueryCache().subscribe((ev) => {
    if (ev.query.queryKey[0] === sessionKey[0]) queueMicrotask(follow);
  });
  follow();
  window.addEventListener('online', () => {
    failures = 0;
    void syncNow();
  });
  // Phones freeze background tabs: try again when the app comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && snapshot.items.some(belumTerkirim)) void syncNow();
  });
  channel?.addEventListener('message', () => void reload());
}

/** Stops sending and forgets the account (logout). */
export function stopOutbox(): void {
  setAkun(null);
}

/** Logout: stops sending, then deletes the outbox, the cached API reads and this account's drafts. */
export async function forgetAll(): Promise<void> {
  stopOutbox();
  await closeOutboxDb();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
  channel?.postMessage('changed');
  try {
    await deleteApiCaches();
    localStorage.removeItem(CACHE_OWNER_KEY);
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith('ekinerja.aktivitas.draft.') || k.startsWith('ekinerja.aktivitas.pilihan.')) localStorage.removeItem(k);
    }
  } catch {
    // Storage unavailable: nothing was kept there.
  }
}
