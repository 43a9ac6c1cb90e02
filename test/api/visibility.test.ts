// Who may read which pegawai: the list form (chain built top down) and the one-row form (chain
// walked up from the row) must agree for every caller, including chains that leave the units a
// caller leads and a loop in the atasan links; and the one-row form must not read the tree below.
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.ts';
import type { Actor } from '../../src/policy/actor.ts';
import { pegawaiVisibleRowSql, pegawaiVisibleSql } from '../../src/policy/org.policy.ts';
import { newTenant, startApp } from '../support/app.ts';
import { testTargets } from '../support/targets.ts';

interface PlanNode { 'Node Type': string; 'Relation Name'?: string; 'Actual Rows': number; 'Actual Loops': number; Plans?: PlanNode[] }
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

describe.each(testTargets())('pegawai visibility on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let instansiId: string;
  let people: { id: string; atasan_id: string | null }[];
  const actorOf = (pegawaiId: string, ledUnitPaths: string[]): Actor => ({
    akunId: pegawaiId, username: 'uji', instansiId, pegawaiId, peran: new Set(['PEGAWAI']), ledUnitPaths, wajibGantiPassword: false, viaToken: false,
  });
  const seen = async (cond: SQL) => (await queryRows<{ id: string }>(app.database.db, sql`select p.id from pegawai p
    join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id where ${cond} order by p.id`)).map((r) => r.id);
  /**
   * Rows read from `pegawai` by a query, over all its scans and loops. By key, as at a real
   * instansi's size: in a table of 60 rows the planner would rather read them all.
   */
  const pegawaiRowsRead = async (cond: SQL, id: string) => {
    const [r] = await app.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(tx, sql`explain (analyze, format json) select 1 from pegawai p
        join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id where p.id = ${id} and ${cond}`);
    });
    const plan = r!['QUERY PLAN'];
    const root = (typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan as PlanNode;
    return nodes(root).filter((n) => n['Relation Name'] === 'pegawai').reduce((s, n) => s + n['Actual Rows'] * n['Actual Loops'], 0);
  };

  let staffA: string; let staffB: string; let loopC: string; let loopD: string;
  beforeAll(async () => {
    app = await startApp(target);
    const t = await newTenant(app);
    instansiId = t.instansiId;
    const db = app.database.db;
    // Staff with nobody below them, in different units: B is put under A, who leads no unit; C and D under each other.
    const leaves = await queryRows<{ id: string }>(db, sql`select p.id from pegawai p where p.instansi_id = ${instansiId}
      and not exists (select 1 from pegawai b where b.instansi_id = p.instansi_id and b.atasan_id = p.id)
      and p.atasan_id is not null order by p.unit_kerja_id, p.nip`);
    expect(leaves.length).toBeGreaterThan(6);
    [staffA, staffB, loopC, loopD] = [leaves[0]!.id, leaves.at(-1)!.id, leaves[2]!.id, leaves[3]!.id];
    await db.execute(sql`update pegawai set atasan_id = ${staffA} where instansi_id = ${instansiId} and id = ${staffB}`);
    await db.execute(sql`update pegawai set atasan_id = ${loopD} where instansi_id = ${instansiId} and id = ${loopC}`);
    await db.execute(sql`update pegawai set atasan_id = ${loopC} where instansi_id = ${instansiId} and id = ${loopD}`);
    people = await queryRows(db, sql`select id, atasan_id from pegawai where instansi_id = ${instansiId}`);
  });
  afterAll(async () => { await app?.close(); });

  it('both forms give every pegawai, with and without the units they lead, the same people', async () => {
    const db = app.database.db;
    let compared = 0;
    for (const p of people) {
      const [led] = await queryRows<{ paths: string[] }>(db, sql`select array(select u.path from jabatan j
        join unit_kerja u on u.instansi_id = j.instansi_id and u.id = j.unit_kerja_id
        join pegawai x on x.instansi_id = j.instansi_id and x.jabatan_id = j.id
        where j.instansi_id = ${instansiId} and j.kepala_unit and x.id = ${p.id}) as paths`);
      for (const paths of [led!.paths, []]) {
        const actor = actorOf(p.id, paths);
        expect(await seen(pegawaiVisibleRowSql(actor))).toEqual(await seen(pegawaiVisibleSql(actor)));
        compared++;
      }
    }
    expect(compared).toBe(people.length * 2);
  });

  it('follows a chain outside the units led, and a loop ends', async () => {
    for (const form of [pegawaiVisibleRowSql, pegawaiVisibleSql]) {
      expect(await seen(form(actorOf(staffA, [])))).toEqual([staffA, staffB].sort());
      expect(await seen(form(actorOf(staffB, [])))).toEqual([staffB]);
      expect(await seen(form(actorOf(loopC, [])))).toEqual([loopC, loopD].sort());
    }
    // The top of the tree sees everyone through the chain alone (the loop is cut off from it).
    const top = people.find((p) => p.atasan_id === null)!.id;
    const all = people.filter((p) => p.id !== loopC && p.id !== loopD).map((p) => p.id).sort();
    expect(await seen(pegawaiVisibleRowSql(actorOf(top, [])))).toEqual(all);
  });

  it('checks one pegawai by walking up from them, not by reading everyone below the caller', async () => {
    const top = people.find((p) => p.atasan_id === null)!.id;
    const byAtasan = new Map(people.map((p) => [p.id, p.atasan_id]));
    const depth = (id: string) => { let d = 0; for (let x = byAtasan.get(id); x; x = byAtasan.get(x)) d++; return d; };
    const deepest = people.filter((p) => p.id !== loopC && p.id !== loopD).sort((a, b) => depth(b.id) - depth(a.id))[0]!.id;
    expect(depth(deepest)).toBeGreaterThan(2);
    const actor = actorOf(top, []);
    const below = people.length - 3; // all but the top and the loop
    expect(await pegawaiRowsRead(pegawaiVisibleSql(actor), deepest)).toBeGreaterThanOrEqual(below);
    expect(await pegawaiRowsRead(pegawaiVisibleRowSql(actor), deepest)).toBeLessThanOrEqual(depth(deepest) + 2);
  });
});
