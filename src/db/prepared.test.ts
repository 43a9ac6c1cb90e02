// Prepared statements on both drivers, in and out of a transaction: the same rows as a plain query, whatever the parameters hold.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets } from '../../test/support/targets.ts';
import { openDatabase, queryRows, preparedStatement, sqlLiteral, type Database } from './client.ts';

const tricky = [
  "O'Brien", 'back\\slash', "\\'; drop table akun; --", 'baris\nbaru', 'Rp 1.500.000 — “kutip” 🙂', "''", '\\', '',
];

const p = (name: string) => sql.placeholder(name);
const statement = preparedStatement<Record<string, unknown>, Record<string, unknown>>(sql`select ${p('s')}::text as s, ${p('i')}::int as i,
  ${p('f')}::float8 as f, ${p('z')}::text as z, ${p('b')}::boolean as b,
  (select x.s from jsonb_to_recordset(${p('json')}::jsonb) as x(s text, n float8)) as js`);

describe.each(testTargets())('preparedStatement on $name', (target) => {
  let database: Database;
  beforeAll(async () => { database = await openDatabase(target.url ? { url: target.url, migrate: false } : { migrate: false }); });
  afterAll(async () => { await database?.close(); });

  it('returns what a plain query returns, for text, numbers, nulls, booleans and JSON that need escaping', async () => {
    for (const s of tricky) {
      const json = JSON.stringify([{ s, n: -1.5 }]);
      const [prepared] = await statement(database.db, { s, i: -42, f: 1e21, z: null, b: true, json });
      const [inTx] = await database.db.transaction((tx) => statement(tx, { s, i: -42, f: 1e21, z: null, b: true, json }));
      const [plain] = await queryRows<Record<string, unknown>>(database.db, sql`select ${s}::text as s, ${-42}::int as i, ${1e21}::float8 as f,
        ${null}::text as z, ${true}::boolean as b, (select x.s from jsonb_to_recordset(${json}::jsonb) as x(s text, n float8)) as js`);
      expect(prepared).toEqual({ s, i: -42, f: 1e21, z: null, b: true, js: s });
      expect(prepared).toEqual(plain);
      expect(inTx).toEqual(plain);
    }
  });

  it('prepares a statement once and reuses it', async () => {
    const once = preparedStatement<{ v: number; tag: string }, { n: number }>(sql`select ${sql.placeholder('n')}::int + 1 as v, 'prepared-once-check' as tag`);
    for (let n = 0; n < 5; n++) expect(await once(database.db, { n })).toEqual([{ v: n + 1, tag: 'prepared-once-check' }]);
    if (target.name === 'pglite') {
      const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from pg_prepared_statements where statement like '%prepared-once-check%'`);
      expect(rows).toEqual([{ n: 1 }]);
    }
  });

  it('refuses a statement whose text holds $n outside its parameters', () => {
    expect(() => preparedStatement(sql`select '$1' as t, ${p('a')}::int as a`)).toThrow(/\$n/);
  });

  it('refuses a parameter it cannot write as a literal instead of guessing', () => {
    expect(() => sqlLiteral({ a: 1 })).toThrow(TypeError);
    expect(() => sqlLiteral(Number.NaN)).toThrow(TypeError);
    expect(sqlLiteral("a'b\\c")).toBe("E'a\\'b\\\\c'");
  });
});
