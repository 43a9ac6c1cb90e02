// Lock order between a batch of new entries and a transaction already changing the same pegawai's
// days (a bulk return): the batch waits for the pegawai, so neither side is aborted as a deadlock.
// PostgreSQL only: embedded PGlite has one connection, so its writers never overlap.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AktivitasInput } from '../../src/contracts/aktivitas.ts';
import { queryRows } from '../../src/db/client.ts';
import { entryWriter } from '../../src/services/aktivitas/entry-insert.ts';
import { lockPegawai } from '../../src/services/aktivitas/rekap.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const pg = testTargets().filter((t) => t.url);

describe.skipIf(!pg.length).each(pg)('entry batches and bulk returns on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let rhkId: string; let akunId: string;
  const y = new Date().getFullYear() - 1;

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const [admin, staff, kasi] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD),
    ]);
    const periode = await admin.post('/api/v1/periode', { tahun: y, mulai: `${y}-01-01`, selesai: `${y}-12-31` });
    rhkId = (await approvedSkp(staff, kasi, periode.body.id, [{ uraian: 'Tersedianya data layanan', satuan: 'laporan' }])).rhk[0].id;
    [{ id: akunId }] = await queryRows<{ id: string }>(app.database.db, sql`select id from akun where pegawai_id = ${t.staff.id}`) as [{ id: string }];
  });
  afterAll(async () => { await app?.close(); });

  it('a batch touching two days waits for a transaction holding the pegawai, instead of deadlocking with it', async () => {
    const db = app.database.db;
    const writer = entryWriter(db);
    const entry = (tanggal: string, id = randomUUID()) => ({
      instansiId: t.instansiId, pegawaiId: t.staff.id, akunId, id,
      v: AktivitasInput.parse({ tanggal, rhkId, uraian: 'Mengolah data layanan', menit: 30 }),
    });
    const [d1, d2] = [`${y}-06-01`, `${y}-06-02`];
    const early = entry(d1); const late = entry(d2);
    for (const e of [early, late]) expect((await writer.submit(e)).row?.id).toBe(e.id);
    const before = writer.stats();
    let batch: Promise<unknown> | null = null;
    // A bulk return as the verification does it: the pegawai's lock first, then the rows, the later day first.
    await db.transaction(async (tx) => {
      await lockPegawai(tx, t.instansiId, [t.staff.id]);
      await tx.execute(sql`update aktivitas set status = 'DITOLAK' where instansi_id = ${t.instansiId} and id = ${late.id}`);
      // Two new entries in one statement, for both days, while the return holds the later one.
      batch = Promise.all([writer.submit(entry(d1)), writer.submit(entry(d2))]);
      await new Promise((r) => setTimeout(r, 300));
      await tx.execute(sql`update aktivitas set status = 'DITOLAK' where instansi_id = ${t.instansiId} and id = ${early.id}`);
    });
    const written = (await batch!) as { row: { tanggal: string } | null }[];
    expect(written.map((w) => w.row?.tanggal)).toEqual([d1, d2]);
    // One statement, not aborted and retried entry by entry.
    expect(writer.stats()).toEqual({ batches: before.batches + 1, items: before.items + 2, retriedAlone: before.retriedAlone });
    const days = await queryRows<{ tanggal: string; menit: number }>(db, sql`select tanggal::text, menit from aktivitas_hari
      where instansi_id = ${t.instansiId} and pegawai_id = ${t.staff.id} and tanggal in (${d1}, ${d2}) order by tanggal`);
    expect(days).toEqual([{ tanggal: d1, menit: 30 }, { tanggal: d2, menit: 30 }]);
  });
});
