// A PGlite folder that keeps what it commits through a power cut. PGlite starts PostgreSQL with
// fsync off (`-F`), and Emscripten's Node file system has no fsync of its own, so a commit reached
// only the operating system's cache. Here fsync is on, the WAL is flushed with fsync (Emscripten's
// fdatasync does nothing, whatever the file system), and the folder's fsync calls the real one.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/** PGlite's own start parameters but `-F`, and WAL flushes through fsync. */
export const durableStartParams = [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'wal_sync_method=fsync'];

// WASI error numbers, which Emscripten's fsync call hands back to PostgreSQL.
const WASI_ERRNO: Record<string, number> = { EBADF: 8, EINVAL: 28, EIO: 29, EISDIR: 31, ENOSPC: 51, EROFS: 69 };

let synced = 0;
/** fsyncs that reached the disk in this process, for tests. */
export const diskSyncs = () => synced;

type StreamOps = { fsync?: (stream: { nfd: number }) => number };

/** The folder's file system, its fsync made real before PostgreSQL starts (so crash recovery's checkpoint is kept too). */
export class DurableNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>) {
    const { emscriptenOpts } = await super.init(...args);
    const preRun = [...(emscriptenOpts.preRun ?? []), (mod: { NODEFS: unknown }) => {
      (mod.NODEFS as { stream_ops: StreamOps }).stream_ops.fsync = (stream) => {
        try {
          fs.fsyncSync(stream.nfd);
          synced++;
          return 0;
        } catch (e) {
          // PostgreSQL decides: a failed WAL or data file sync stops it rather than pretend.
          return WASI_ERRNO[(e as NodeJS.ErrnoException).code ?? ''] ?? WASI_ERRNO.EIO!;
        }
      };
    }];
    return { emscriptenOpts: { ...emscriptenOpts, preRun } };
  }
}
