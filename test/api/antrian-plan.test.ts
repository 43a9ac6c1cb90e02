// An atasan's verification queue reads only the waiting rows of their own bawahan: not the year's
// accepted rows of each bawahan (the pegawai-and-date index), nor every waiting row of the instansi
// (an index on status alone). At a kabupaten's size the first took 140 ms for a queue of 750.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.ts';
import { antrianSelect } from '../../src/services/aktivitas/verifikasi.service.ts';
import { newTenant, startApp } from '../support/app.ts';
import { testTargets } from '../support/targets.ts';

interface PlanNode { 'Node Type': string; 'Relation Name'?: string; 'Actual Rows': number; 'Actual Loops': number; 'Rows Removed by Filter'?: number; Plans?: PlanNode[] }
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

describe.each(testTargets())('verification queue plan on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let instansiId: string; let atasan: string;
  const WAITING = 3; // per bawahan

  beforeAll(async () => {
    app = await startApp(target);
    const t = await newTenant(app);
    instansiId = t.instansiId;
    const db = app.database.db;
    const [a] = await queryRows<{ id: string; n: number }>(db, sql`select atasan_id as id, count(*)::int as n from pegawai
      where instansi_id = ${instansiId} and atasan_id is not null group by 1 order by 2 desc, 1 limit 1`);
    atasan = a!.id;
    const y = new Date().getFullYear() - 1;
    // Every pegawai: an approved SKP with one RHK, 300 accepted days and a few waiting ones.
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into periode (instansi_id, tahun, mulai, selesai, pendekatan, frekuensi)
        values (${instansiId}, ${y}, ${`${y}-01-01`}, ${`${y}-12-31`}, 'KUALITATIF', 'TRIWULAN')`);
      await tx.execute(sql`insert into skp (instansi_id, periode_id, pegawai_id, model, pendekatan, status, mulai, selesai)
        select p.instansi_id, pr.id, p.id, 'JA_JF', 'KUALITATIF', 'DISETUJUI', pr.mulai, pr.selesai
        from pegawai p join periode pr on pr.instansi_id = p.instansi_id and pr.tahun = ${y} where p.instansi_id = ${instansiId}`);
      await tx.execute(sql`insert into rhk (instansi_id, skp_id, urutan, jenis, uraian) select instansi_id, id, 1, 'UTAMA', 'Hasil kerja' from skp where instansi_id = ${instansiId}`);
      await tx.execute(sql`insert into aktivitas (instansi_id, id, pegawai_id, tanggal, rhk_id, uraian, menit, status)
        select s.instansi_id, gen_random_uuid(), s.pegawai_id, s.mulai + d, r.id, 'Pekerjaan harian', 30, case when d >= 300 then 'MENUNGGU' else 'DITERIMA' end
        from skp s join rhk r on r.instansi_id = s.instansi_id and r.skp_id = s.id, generate_series(0, ${299 + WAITING}) d
        where s.instansi_id = ${instansiId}`);
    });
    await db.execute(sql`analyze aktivitas`);
  });
  afterAll(async () => { await app?.close(); });

  it('reads from aktivitas only the waiting rows of the direct bawahan', async () => {
    const [{ n: bawahan }] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from pegawai where instansi_id = ${instansiId} and atasan_id = ${atasan}`) as [{ n: number }];
    const others = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from pegawai where instansi_id = ${instansiId} and atasan_id is distinct from ${atasan}`);
    expect(bawahan).toBeGreaterThan(1);
    expect(others[0]!.n).toBeGreaterThan(bawahan);

    const query = antrianSelect(app.database.db, instansiId, atasan, {});
    expect(await query).toHaveLength(bawahan * WAITING);
    const { sql: text, params } = query.toSQL();
    const client = (app.database.db as unknown as { $client: { query: (t: string, p: unknown[]) => Promise<{ rows: { 'QUERY PLAN': unknown }[] }> } }).$client;
    const r = await client.query(`explain (analyze, format json) ${text}`, params);
    const raw = r.rows[0]!['QUERY PLAN'];
    const plan = ((typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[])[0]!.Plan;
    const scans = nodes(plan).filter((n) => n['Relation Name'] === 'aktivitas');
    expect(scans.length).toBeGreaterThan(0);
    const read = scans.reduce((s, n) => s + (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0)) * n['Actual Loops'], 0);
    expect(read).toBe(bawahan * WAITING);
  });
});
