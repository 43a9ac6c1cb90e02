// Evidence files live under random keys, never on a public path: the API streams them only after
// the caller was authorised for the record the file belongs to. Local disk by default, or an
// S3-compatible bucket when S3_ENDPOINT is set; both keep the same key layout, so moving between
// them is a plain copy.
import type { Readable } from 'node:stream';
import type { Config } from '../config.ts';
import { localFileStore } from './local-store.ts';
import { s3FileStore } from './s3-store.ts';

export interface FileStore {
  /** Where the files go, for the start-up log. */
  readonly where: string;
  /** Stores the bytes under a new key and returns it; the key is never reused. */
  put(instansiId: string, data: Buffer): Promise<string>;
  /** The file's bytes; a key with no file throws NOT_FOUND. */
  open(key: string): Promise<Readable>;
  /** Removes the file; a key that is already gone is not an error. */
  remove(key: string): Promise<void>;
  /** Throws when the store cannot be used (bucket missing, credentials refused, disk not writable). */
  check(): Promise<void>;
}

/**
 * Removes files whose rows are already gone. A file left behind is unreachable (random key, no row)
 * and costs only space, so a failing store must not turn a committed delete into an error.
 */
export async function removeAfterCommit(files: FileStore, keys: (string | null)[]): Promise<void> {
  const results = await Promise.allSettled(keys.filter((k): k is string => !!k).map((k) => files.remove(k)));
  for (const r of results) if (r.status === 'rejected') console.error('berkas bukti tidak terhapus', r.reason);
}

export function createFileStore(config: Config): FileStore {
  const s3 = config.s3;
  return s3 ? s3FileStore(s3) : localFileStore(config.filesDir);
}
