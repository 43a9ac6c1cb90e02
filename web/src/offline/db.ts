// The outbox: activities (and their evidence) saved on this device and not yet confirmed by the server.
// `idb` (≈1 kB) rather than raw IndexedDB: promises instead of request callbacks, and a typed schema,
// without hiding IndexedDB's transaction rules.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Aktivitas, AktivitasData } from '../api/aktivitas.ts';

export const DB_NAME = 'ekinerja-offline';

/**
 * KIRIM: waiting to be sent. TERKIRIM: the server has the entry; evidence may still be on its way.
 * KONFLIK: changed on the server since this copy was made; the user chooses. DITOLAK: the server
 * refused the data; the user corrects it.
 */
export type StatusKirim = 'KIRIM' | 'TERKIRIM' | 'KONFLIK' | 'DITOLAK';

export interface BuktiTertunda {
  /** Client-made: uploading the same id twice stores one file. */
  id: string;
  jenis: 'BERKAS' | 'TAUTAN';
  nama: string;
  mime: string | null;
  /** File bytes (ArrayBuffer rather than Blob: older Safari cannot store Blobs in IndexedDB). */
  data: ArrayBuffer | null;
  ukuran: number | null;
  url: string | null;
  /** The server's reason when it refused this file or link. */
  gagal: string | null;
}

export interface OutboxItem {
  /** Client-made (newId, a UUID v7) or the id of the server entry being edited. */
  id: string;
  /** Entries belong to the account that made them; another account on this device never sends them. */
  akunId: string;
  hapus: boolean;
  /** The server version this edit started from; null for a new entry. */
  version: number | null;
  data: AktivitasData;
  /** Names to show while offline. */
  tampil: { rhkUraian: string; rencanaAksiUraian: string | null };
  status: StatusKirim;
  pesan: string | null;
  fields: Record<string, string> | null;
  /** The server copy: the one in conflict (KONFLIK) or the one just saved (TERKIRIM). */
  server: Aktivitas | null;
  bukti: BuktiTertunda[];
  /** Sent at least once: the server may have it even if the reply never came. */
  dikirim: boolean;
  /** Bumped on every local save, so a reply to an older copy does not overwrite a newer edit. */
  rev: number;
  dibuat: string;
  diubah: string;
}

interface OutboxDb extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { akunId: string } };
}

let dbPromise: Promise<IDBPDatabase<OutboxDb>> | null = null;

export function outboxDb(): Promise<IDBPDatabase<OutboxDb>> {
  dbPromise ??= openDB<OutboxDb>(DB_NAME, 1, {
    upgrade(db) {
      const store = db.createObjectStore('outbox', { keyPath: 'id' });
      store.createIndex('akunId', 'akunId');
    },
    // Another tab deletes the database on logout: let it, and reopen next time.
    blocking(_cur, _next, event) {
      (event.target as IDBDatabase).close();
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  });
  return dbPromise;
}

/** Closes the connection so the database can be deleted. */
export async function closeOutboxDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = null;
  if (p) (await p.catch(() => null))?.close();
}

export async function itemsOf(akunId: string): Promise<OutboxItem[]> {
  const db = await outboxDb();
  const items = await db.getAllFromIndex('outbox', 'akunId', akunId);
  return items.sort((a, b) => a.dibuat.localeCompare(b.dibuat));
}

export async function getItem(id: string): Promise<OutboxItem | undefined> {
  return (await outboxDb()).get('outbox', id);
}

// The outbox holds what the server has not got yet, often the only copy. A browser's default
// durability may count a write done while it is still in the system's cache; 'strict' waits until
// it is on storage, so a phone whose battery dies right after "Simpan" still has the entry.
const writing = async () => (await outboxDb()).transaction('outbox', 'readwrite', { durability: 'strict' });

let persistAsked = false;
/** Asks once per load that the browser not clear this site's storage when space runs low, as it may with unsent entries in it. */
function askToKeepStorage() {
  if (persistAsked) return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => false);
}

export async function putItem(item: OutboxItem): Promise<void> {
  askToKeepStorage();
  const tx = await writing();
  await Promise.all([tx.store.put(item), tx.done]);
}

export async function deleteItem(id: string): Promise<void> {
  const tx = await writing();
  await Promise.all([tx.store.delete(id), tx.done]);
}

/** Reads, changes and writes one item in a single transaction; `fn` returns null to delete it, undefined to leave it. */
export async function updateItem(id: string, fn: (cur: OutboxItem) => OutboxItem | null | undefined): Promise<void> {
  const tx = await writing();
  const cur = await tx.store.get(id);
  if (cur) {
    const next = fn(cur);
    if (next === null) await tx.store.delete(id);
    else if (next) await tx.store.put(next);
  }
  await tx.done;
}
