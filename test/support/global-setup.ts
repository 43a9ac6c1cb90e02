// Migrate PostgreSQL once before the parallel test files open it (two migrators racing on a
// fresh database would collide); PGlite databases are private to each file.
import { openDatabase } from '../../src/db/client.ts';
import { testTargets } from './targets.ts';

export default async function setup() {
  for (const t of testTargets()) {
    if (!t.url) continue;
    const d = await openDatabase({ url: t.url });
    await d.close();
  }
}
