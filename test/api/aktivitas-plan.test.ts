// The entry statement's plan on an instansi of a few thousand pegawai: prepared statements run on a
// generic plan, which takes the entries for 100 rows, and with plain joins that plan read the whole
// RHK table for every batch (6,000 rows for 2,000 pegawai). Each fact must be looked up by key.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, startApp } from '../support/app.ts';
import { testTargets } from '../support/targets.ts';
import { insertStatement } from '../../src/services/aktivitas/entry-insert.ts';

interface PlanNode { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] }
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

describe.each(testTargets())('entry statement plan on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    app = await startApp(target);
    const t = await newTenant(app);
    const y = new Date().getFullYear() - 1;
    // 6,000 SKP with an RHK each, as in an instansi of a few thousand pegawai: the demo tenant's
    // pegawai with as many SKP versions each as it takes.
    await app.database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into periode (instansi_id, tahun, mulai, selesai, pendekatan, frekuensi)
        values (${t.instansiId}, ${y}, ${`${y}-01-01`}, ${`${y}-12-31`}, 'KUALITATIF', 'TRIWULAN')`);
      await tx.execute(sql`insert into skp (instansi_id, periode_id, pegawai_id, versi, model, pendekatan, status, mulai, selesai)
        select p.instansi_id, pr.id, p.id, v, 'JA_JF', 'KUALITATIF', 'DISETUJUI', pr.mulai, pr.selesai
        from pegawai p join periode pr on pr.instansi_id = p.instansi_id and pr.tahun = ${y},
          generate_series(1, ceil(6000.0 / (select count(*) from pegawai where instansi_id = ${t.instansiId}))::int) v
        where p.instansi_id = ${t.instansiId}`);
      await tx.execute(sql`insert into rhk (instansi_id, skp_id, urutan, jenis, uraian)
        select instansi_id, id, 1, 'UTAMA', 'Hasil kerja' from skp where instansi_id = ${t.instansiId}`);
    });
    await app.database.db.execute(sql`analyze rhk`);
    await app.database.db.execute(sql`analyze skp`);
  });
  afterAll(async () => { await app?.close(); });

  it('looks up RHK, SKP and rencana aksi by key, never scanning their tables', async () => {
    const plan = await app.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
      await tx.execute(sql.raw(`prepare entry_plan_check as ${insertStatement.text}`));
      const r = await tx.execute(sql.raw(`explain (format json) execute entry_plan_check('[]', '2000-01-01')`)) as unknown as { rows: { 'QUERY PLAN': unknown }[] };
      await tx.execute(sql`deallocate entry_plan_check`);
      const raw = r.rows[0]!['QUERY PLAN'];
      return (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
    });
    const scanned = nodes(plan[0]!.Plan).filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']);
    expect(scanned.filter((r) => r === 'rhk' || r === 'skp' || r === 'rencana_aksi')).toEqual([]);
    // The relations are in the plan at all: the check above looks at the right statement.
    const indexed = nodes(plan[0]!.Plan).filter((n) => n['Node Type'].startsWith('Index')).map((n) => n['Relation Name']);
    expect(indexed).toEqual(expect.arrayContaining(['rhk', 'skp', 'rencana_aksi']));
  });
});
