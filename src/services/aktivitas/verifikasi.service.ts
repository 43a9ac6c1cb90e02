// Verification by the atasan (also as Plt/Plh: the derived atasan follows acting heads). Hundreds
// of ids in one request; each id is checked against the caller, and only accepted rows count.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { namaLengkap, nipTampil } from '../pegawai.service.ts';
import { presentAll, type AktivitasRow } from './aktivitas.service.ts';
import { lockPegawai, recomputeRekap } from './rekap.ts';
import { aktivitas } from '../../db/schema.ts';
import { and, eq, inArray } from 'drizzle-orm';

export async function verifikasiAktivitas(db: Db, actor: Actor, req: { ids: string[]; status: 'diterima' | 'ditolak'; catatan: string | null }) {
  const instansiId = tenantOf(actor);
  const me = actor.pegawaiId;
  if (!me) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai');
  const target = req.status === 'diterima' ? 'DITERIMA' : 'DITOLAK';
  const ids = [...new Set(req.ids)];
  return db.transaction(async (tx) => {
    const idList = sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `);
    const mine = await queryRows<{ id: string; pegawai_id: string; status: string }>(tx, sql`select a.id, a.pegawai_id, a.status from aktivitas a
      join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
      where a.instansi_id = ${instansiId} and a.id in (${idList}) and p.atasan_id = ${me} and a.pegawai_id <> ${me}`);
    await lockPegawai(tx, instansiId, mine.map((m) => m.pegawai_id));
    const allowed = new Set(mine.filter((m) => m.status !== target).map((m) => m.id));
    const already = new Set(mine.filter((m) => m.status === target).map((m) => m.id));
    const gagal = ids.filter((i) => !allowed.has(i)).map((id) => ({
      id, alasan: already.has(id) ? `Sudah ${req.status}` : 'Aktivitas tidak ditemukan atau bukan milik bawahan langsung Anda',
    }));
    if (!allowed.size) return { diproses: [], gagal };
    const before = await tx.select().from(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), inArray(aktivitas.id, [...allowed])));
    const rows = await tx.update(aktivitas).set({
      status: target, catatanVerifikasi: req.catatan, diverifikasiOleh: me, diverifikasiAt: new Date(),
      version: sql`${aktivitas.version} + 1`, updatedAt: new Date(),
    }).where(and(eq(aktivitas.instansiId, instansiId), inArray(aktivitas.id, [...allowed]))).returning();
    await recomputeRekap(tx, instansiId, rows);
    const prev = new Map(before.map((b) => [b.id, b.status]));
    await audit(tx, actor, instansiId, rows.map((r) => ({
      entitas: 'aktivitas', entitasId: r.id, aksi: target === 'DITERIMA' ? 'TERIMA' : 'TOLAK',
      sebelum: { status: prev.get(r.id) }, sesudah: { status: target, catatan: req.catatan },
    })));
    return { diproses: rows.map((r) => r.id), gagal };
  });
}

/** The caller's verification queue: waiting activities of direct subordinates, by person and day. */
export async function antrianVerifikasi(db: Db, actor: Actor, q: { pegawaiId?: string; sampai?: string }) {
  const instansiId = tenantOf(actor);
  const me = actor.pegawaiId;
  if (!me) return [];
  const rows = await queryRows<{ id: string }>(db, sql`select a.id from aktivitas a
    join pegawai p on p.instansi_id = a.instansi_id and p.id = a.pegawai_id
    where a.instansi_id = ${instansiId} and p.atasan_id = ${me} and a.status = 'MENUNGGU'
      ${q.pegawaiId ? sql`and a.pegawai_id = ${q.pegawaiId}` : sql``} ${q.sampai ? sql`and a.tanggal <= ${q.sampai}` : sql``}
    order by a.tanggal, a.jam_mulai nulls last, a.created_at limit 5000`);
  const ids = rows.map((r) => r.id);
  const full = ids.length ? await db.select().from(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), inArray(aktivitas.id, ids))) : [];
  const order = new Map(ids.map((id, i) => [id, i]));
  full.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const shown = await presentAll(db, instansiId, full as AktivitasRow[]);
  const people = await queryRows<{ id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null; nip: string; jabatan: string }>(db, sql`
    select p.id, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.nama as jabatan from pegawai p
    join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
    where p.instansi_id = ${instansiId} and p.atasan_id = ${me} order by p.nama`);
  return people.map((p) => {
    const mine = shown.filter((a) => a.pegawaiId === p.id);
    const days = [...new Set(mine.map((a) => a.tanggal))];
    return {
      pegawai: { id: p.id, nama: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }), nip: nipTampil(p.nip), jabatan: p.jabatan },
      jumlah: mine.length, tertua: days[0] ?? '',
      hari: days.map((d) => ({ tanggal: d, aktivitas: mine.filter((a) => a.tanggal === d) })),
    };
  }).filter((g) => g.jumlah > 0);
}
