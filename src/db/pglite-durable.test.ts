// A PGlite folder syncs each commit to disk, survives its process being killed, and opens folders made before.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { diskSyncs } from './pglite-durable.ts';

const folders: string[] = [];
const folder = () => { const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-durable-')); folders.push(d); return d; };
afterEach(() => { for (const d of folders.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

describe('PGlite in a folder', () => {
  it('runs with fsync on and syncs the WAL to disk at each commit, not for a read', async () => {
    const database = await openDatabase({ dataDir: folder(), migrate: false });
    try {
      const setting = async (name: string) => (await database.executeSql(`select current_setting('${name}') as v`)).rows[0].v;
      expect(await setting('fsync')).toBe('on');
      expect(await setting('wal_sync_method')).toBe('fsync');
      expect(await setting('synchronous_commit')).toBe('on');
      await database.executeSql('create table catatan (id int primary key, isi text)');
      const before = diskSyncs();
      await database.executeSql('insert into catatan values ($1, $2)', [1, 'kegiatan']);
      const afterInsert = diskSyncs();
      await database.executeSql('select isi from catatan where id = $1', [1]);
      expect(afterInsert - before).toBeGreaterThanOrEqual(1);
      expect(diskSyncs()).toBe(afterInsert);
    } finally { await database.close(); }
  });

  it('keeps every committed row when its process is killed without closing', async () => {
    const dir = folder();
    const script = `
      import { openDatabase } from ${JSON.stringify(path.resolve('src/db/client.ts'))};
      const d = await openDatabase({ dataDir: ${JSON.stringify(dir)}, migrate: false });
      await d.executeSql('create table catatan (id int primary key)');
      for (let i = 1; i <= 50; i++) await d.executeSql('insert into catatan values ($1)', [i]);
      process.stdout.write('committed\\n');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => { if (b.toString().includes('committed')) resolve(); });
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      expect((await database.executeSql('select count(*)::int as n, max(id) as m from catatan')).rows[0]).toEqual({ n: 50, m: 50 });
    } finally { await database.close(); }
  });

  it('opens a folder made with PGlite’s own settings and keeps its rows', async () => {
    const dir = folder();
    const plain = await PGlite.create(dir);
    await plain.exec("create table catatan (isi text); insert into catatan values ('sebelum')");
    await plain.close();
    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      expect((await database.executeSql('select isi from catatan')).rows).toEqual([{ isi: 'sebelum' }]);
      await database.executeSql('insert into catatan values ($1)', ['sesudah']);
    } finally { await database.close(); }
  });
});
