// Evidence files on disk under DATA_DIR/files, by random keys: never served from a public path,
// only streamed by the API after the caller was authorised for the record the file belongs to.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  put(instansiId: string, data: Buffer): Promise<string>;
  open(key: string): fs.ReadStream;
  remove(key: string): Promise<void>;
}

export function localFileStore(root: string): FileStore {
  const full = (key: string) => {
    const p = path.resolve(root, key);
    if (!p.startsWith(path.resolve(root) + path.sep)) throw new Error('kunci berkas tidak valid');
    return p;
  };
  return {
    async put(instansiId, data) {
      const id = randomUUID();
      const key = `${instansiId}/${id.slice(0, 2)}/${id}`;
      const p = full(key);
      await fsp.mkdir(path.dirname(p), { recursive: true });
      // Write to a temporary name and rename, so a crash never leaves half a file under the real key.
      await fsp.writeFile(p + '.tmp', data, { flag: 'wx' });
      await fsp.rename(p + '.tmp', p);
      return key;
    },
    open: (key) => fs.createReadStream(full(key)),
    async remove(key) { await fsp.rm(full(key), { force: true }); },
  };
}
