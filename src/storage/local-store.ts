// Evidence files on disk under DATA_DIR/files.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { notFound } from '../errors.ts';
import type { FileStore } from './files.ts';
import { checkKey, newKey } from './keys.ts';

export function localFileStore(root: string): FileStore {
  const base = path.resolve(root);
  const full = (key: string) => path.join(base, checkKey(key));
  return {
    where: base,
    async put(instansiId, data) {
      const key = newKey(instansiId);
      const p = full(key);
      await fsp.mkdir(path.dirname(p), { recursive: true });
      // Write to a temporary name and rename, so a crash never leaves half a file under the real key.
      await fsp.writeFile(p + '.tmp', data, { flag: 'wx' });
      await fsp.rename(p + '.tmp', p);
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
