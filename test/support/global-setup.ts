// Migrate PostgreSQL once before the parallel test files open it (two migrators racing on a
// fresh database would collide). PGlite databases are private to each file; they start as copies of
// one migrated folder made here, since creating and migrating one in WASM takes seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/db/client.ts';
import { testTargets } from './targets.ts';

export default async function setup() {
  for (const t of testTargets()) {
    if (!t.url) continue;
    const d = await openDatabase({ url: t.url });
    await d.close();
  }
  const template = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-template-'));
  await (await openDatabase({ dataDir: template })).close();
  process.env.EKINERJA_TEST_PGLITE = template;
  return () => fs.rmSync(template, { recursive: true, force: true });
}
