// Lock order between writers of one pegawai's activities and a transaction already holding that
// pegawai (a bulk verification): new entries, edits and deletes wait for the pegawai before they
// lock anything, so neither side is aborted as a deadlock.
// PostgreSQL only: embedded PGlite has one connection, so its writers never overlap.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AktivitasInput } from '../../src/contracts/aktivitas.ts';
import { queryRows } from '../../src/db/client.ts';
import { akun } from '../../src/db/schema.ts';
import { todayWib } from '../../src/lib/clock.ts';
import { loadActor } from '../../src/policy/actor.ts';
import { deleteAktivitas, updateAktivitas } from '../../src/services/aktivitas/aktivitas.service.ts';
import { sinkronAktivitas } from '../../src/services/aktivitas/sinkron.service.ts';
import { entryWriter } from '../../src/services/aktivitas/entry-insert.ts';
import { lockPegawai } from '../../src/services/aktivitas/rekap.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const pg = testTargets().filter((t) => t.url);

describe.skipIf(!pg.length).each(pg)('activity writers and bulk verification on $name', (target) => {
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

  it('an edit, delete or phone sync arriving during a bulk verification of the same entry waits for it, then reports the change', async () => {
    const db = app.database.db;
    const [a] = await db.select().from(akun).where(eq(akun.id, akunId));
    const actor = await loadActor(db, a!, false, todayWib());
    const v = { tanggal: `${y}-07-01`, rhkId, uraian: 'Mengolah data layanan', menit: 30 };
    for (const change of ['edit', 'delete', 'sync'] as const) {
      const made = (await entryWriter(db).submit({ instansiId: t.instansiId, pegawaiId: t.staff.id, akunId, id: randomUUID(), v: AktivitasInput.parse(v) })).row!;
      const edit = { ...v, menit: 45, version: made.version };
      let mine: Promise<unknown> | null = null;
      // The atasan's bulk verification: the pegawai's lock, then the row.
      await db.transaction(async (tx) => {
        await lockPegawai(tx, t.instansiId, [t.staff.id]);
        mine = change === 'edit' ? updateAktivitas(db, actor, made.id, edit)
          : change === 'delete' ? deleteAktivitas(db, app.files, actor, made.id)
          : sinkronAktivitas(db, app.files, actor, [{ id: made.id, hapus: false, version: made.version, data: edit }]);
        mine.catch(() => undefined);
        await new Promise((r) => setTimeout(r, 300));
        await tx.execute(sql`update aktivitas set status = 'DITERIMA', version = version + 1 where instansi_id = ${t.instansiId} and id = ${made.id}`);
      });
      if (change === 'edit') {
        // Not lost and not a deadlock: the owner is told the entry changed meanwhile.
        await expect(mine!).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      } else if (change === 'delete') {
        await expect(mine!).resolves.toEqual({ ok: true });
      } else {
        await expect(mine!).resolves.toMatchObject({ hasil: [{ id: made.id, hasil: 'KONFLIK' }] });
      }
    }
  });
});
