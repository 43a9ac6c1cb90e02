// Prepared statements on both drivers: the same rows as a plain query, whatever the parameters hold.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from '../../test/support/targets.ts';
import { openDatabase, queryRows, queryRowsPrepared, sqlLiteral, type Database } from './client.ts';

const tricky = [
  "O'Brien", 'back\\slash', "\\'; drop table akun; --", 'baris\nbaru', 'Rp 1.500.000 — “kutip” 🙂', "''", '\\', '',
];

describe.each(testTargets())('queryRowsPrepared on $name', (target) => {
  let database: Database;
  beforeAll(async () => { database = await openDatabase(target.url ? { url: target.url, migrate: false } : { migrate: false }); });
  afterAll(async () => { await database?.close(); });

  it('returns what a plain query returns, for text, numbers, nulls, booleans and JSON that need escaping', async () => {
    for (const s of tricky) {
      const json = JSON.stringify([{ s, n: -1.5 }]);
      const q = () => sql`select ${s}::text as s, ${-42}::int as i, ${1e21}::float8 as f, ${null}::text as z, ${true}::boolean as b,
        (select x.s from jsonb_to_recordset(${json}::jsonb) as x(s text, n float8)) as js`;
      const [prepared] = await queryRowsPrepared<Record<string, unknown>>(database.db, q());
      const [plain] = await queryRows<Record<string, unknown>>(database.db, q());
      expect(prepared).toEqual({ s, i: -42, f: 1e21, z: null, b: true, js: s });
      expect(prepared).toEqual(plain);
    }
  });

  it('prepares a statement once and reuses it', async () => {
    const q = (n: number) => sql`select ${n}::int + 1 as v, 'prepared-once-check' as tag`;
    for (let n = 0; n < 5; n++) expect(await queryRowsPrepared(database.db, q(n))).toEqual([{ v: n + 1, tag: 'prepared-once-check' }]);
    if (target.name === 'pglite') {
      const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from pg_prepared_statements where statement like '%prepared-once-check%'`);
      expect(rows).toEqual([{ n: 1 }]);
    }
  });

  it('refuses a parameter it cannot write as a literal instead of guessing', () => {
    expect(() => sqlLiteral({ a: 1 })).toThrow(TypeError);
    expect(() => sqlLiteral(Number.NaN)).toThrow(TypeError);
    expect(sqlLiteral("a'b\\c")).toBe("E'a\\'b\\\\c'");
  });
});
