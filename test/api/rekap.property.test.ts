// Property: whatever a pegawai and their atasan do to activities (add, accept, return, edit, delete,
// in any order), the monthly rollup equals a fresh aggregate of the accepted rows.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

type Op =
  | { k: 'add'; rhk: number; day: number; jumlah: number; menit: number }
  | { k: 'terima' | 'tolak' | 'hapus'; pick: number }
  | { k: 'ubah'; pick: number; rhk: number; day: number; jumlah: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('add' as const), rhk: fc.integer({ min: 0, max: 1 }), day: fc.integer({ min: 0, max: 70 }), jumlah: fc.integer({ min: 0, max: 9 }), menit: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ k: fc.constantFrom('terima' as const, 'tolak' as const, 'hapus' as const), pick: fc.nat() }),
  fc.record({ k: fc.constant('ubah' as const), pick: fc.nat(), rhk: fc.integer({ min: 0, max: 1 }), day: fc.integer({ min: 0, max: 70 }), jumlah: fc.integer({ min: 0, max: 9 }) }),
);

describe.each(testTargets())('activity rollup on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let staff: Client; let kasi: Client; let rhk: string[]; let pegawaiId: string; let instansiId: string;
  const y = new Date().getFullYear() - 1;
  const date = (day: number) => new Date(Date.UTC(y, 1, 1 + day)).toISOString().slice(0, 10); // February–April

  beforeAll(async () => {
    app = await startApp(target);
    const t = await newTenant(app);
    pegawaiId = t.staff.id; instansiId = t.instansiId;
    const admin = await loginAs(app.server, t.admin, PASSWORD);
    [staff, kasi] = [await loginAs(app.server, t.staff.nip, PASSWORD), await loginAs(app.server, t.kasi.nip, PASSWORD)];
    const periode = await admin.post('/api/v1/periode', { tahun: y, mulai: `${y}-01-01`, selesai: `${y}-12-31` });
    const skp = await approvedSkp(staff, kasi, periode.body.id, [{ uraian: 'Data layanan' }, { uraian: 'Arsip' }]);
    rhk = skp.rhk.map((r: { id: string }) => r.id);
  });
  afterAll(async () => { await app?.close(); });

  it('always equals the aggregate of accepted activities', async () => {
    let checkedNonEmpty = 0;
    // Live activity ids carry over between runs, so later runs also act on earlier entries.
    const ids: string[] = [];
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 12 }), async (ops) => {
      for (const o of ops) {
        const mine = () => ids[(o as { pick: number }).pick % ids.length]!;
        if (o.k === 'add') {
          const r = await staff.post('/api/v1/aktivitas', { id: randomUUID(), tanggal: date(o.day), rhkId: rhk[o.rhk], uraian: 'Pekerjaan rutin', jumlah: o.jumlah, satuan: 'dokumen', menit: o.menit });
          if (r.status === 201) ids.push(r.body.id);
        } else if (!ids.length) {
          continue;
        } else if (o.k === 'terima' || o.k === 'tolak') {
          await kasi.post('/api/v1/aktivitas/verifikasi', { ids: [mine()], status: o.k === 'terima' ? 'diterima' : 'ditolak', catatan: 'Periksa lagi' });
        } else if (o.k === 'hapus') {
          const id = mine();
          await staff.del(`/api/v1/aktivitas/${id}`);
          ids.splice(ids.indexOf(id), 1);
        } else if (o.k === 'ubah') {
          const cur = (await staff.get(`/api/v1/aktivitas/${mine()}`)).body;
          await staff.put(`/api/v1/aktivitas/${cur.id}`, { tanggal: date(o.day), rhkId: rhk[o.rhk], uraian: 'Diubah', jumlah: o.jumlah, satuan: 'dokumen', menit: cur.menit, version: cur.version });
        }
      }
      const db = app.database.db;
      const rollup = await queryRows<{ k: string }>(db, sql`select rhk_id || ' ' || bulan || ' ' || banyak || ' ' || jumlah || ' ' || menit as k
        from aktivitas_rekap where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} order by 1`);
      const fresh = await queryRows<{ k: string }>(db, sql`select rhk_id || ' ' || date_trunc('month', tanggal)::date || ' ' || count(*) || ' ' || sum(coalesce(jumlah, 0)) || ' ' || sum(menit) as k
        from aktivitas where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and status = 'DITERIMA' group by rhk_id, date_trunc('month', tanggal) order by 1`);
      expect(rollup.map((r) => r.k)).toEqual(fresh.map((r) => r.k));
      if (fresh.length) checkedNonEmpty++;
    }), { numRuns: 20 });
    // The runs must have compared real rollups, not only empty ones.
    expect(checkedNonEmpty).toBeGreaterThan(3);
  });
});
