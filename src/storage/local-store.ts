// Evidence files on disk under DATA_DIR/files.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { notFound } from '../errors.ts';
import type { FileStore } from './files.ts';
import { checkKey, newKey } from './keys.ts';

/** Syncs a folder's entries; Windows opens no folder for that (NTFS journals them). */
async function syncFolder(dir: string) {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try { await handle.sync(); } finally { await handle.close(); }
}

export function localFileStore(root: string): FileStore {
  const base = path.resolve(root);
  const full = (key: string) => path.join(base, checkKey(key));
  return {
    where: base,
    async put(instansiId, data) {
      const key = newKey(instansiId);
      const p = full(key);
      const made = await fsp.mkdir(path.dirname(p), { recursive: true });
      // Write to a temporary name and rename, so a crash never leaves half a file under the real key.
      // All of it reaches the disk before the row naming it commits: the file, then its folder's
      // entry, and up to the parent of any folder made for it (a new folder is an entry too).
      const file = await fsp.open(p + '.tmp', 'wx');
      try {
        await file.writeFile(data);
        await file.sync();
      } finally { await file.close(); }
      await fsp.rename(p + '.tmp', p);
      for (let dir = path.dirname(p); ; dir = path.dirname(dir)) {
        await syncFolder(dir);
        if (!made || dir === path.dirname(made)) break;
      }
      return key;
    },
    async open(key) {
      // Opened before the response starts, so a missing file is a 404 and not a broken download.
      const handle = await fsp.open(full(key)).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') throw notFound('Berkas bukti');
        throw e;
      });
      return handle.createReadStream() as Readable;
    },
    async remove(key) { await fsp.rm(full(key), { force: true }); },
    async check() {
      await fsp.mkdir(base, { recursive: true });
      await fsp.access(base, fsp.constants.W_OK);
    },
  };
}
