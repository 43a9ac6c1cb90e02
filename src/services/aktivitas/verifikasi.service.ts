// Verification by the atasan (also as Plt/Plh: the derived atasan follows acting heads). Hundreds
// of ids in one request; each id is checked against the caller, and only accepted rows count.
import { sql } from 'drizzle-orm';
import { queryRows, uuidList, type Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { namaLengkap, nipTampil } from '../pegawai.service.ts';
import { presentAll } from './aktivitas.service.ts';
import { lockPegawai, recomputeRekap } from './rekap.ts';
import { aktivitas } from '../../db/schema.ts';
import { and, asc, eq, inArray } from 'drizzle-orm';

export async function verifikasiAktivitas(db: Db, actor: Actor, req: { ids: string[]; status: 'diterima' | 'ditolak'; catatan: string | null }) {
  const instansiId = tenantOf(actor);
  const me = actor.pegawaiId;
  if (!me) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai');
  const target = req.status === 'diterima' ? 'DITERIMA' : 'DITOLAK';
  const ids = [...new Set(req.ids)];
  return db.transaction(async (tx) => {
    const idList = uuidList(ids);
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

/** Waiting activities of the direct bawahan of `me`, oldest first: through the index on status and pegawai, only the waiting rows are read. */
export const antrianSelect = (db: Db, instansiId: string, me: string, q: { pegawaiId?: string; sampai?: string }) => db.select().from(aktivitas).where(and(
  eq(aktivitas.instansiId, instansiId), eq(aktivitas.status, 'MENUNGGU'),
  sql`${aktivitas.pegawaiId} in (select id from pegawai where instansi_id = ${instansiId} and atasan_id = ${me})`,
  q.pegawaiId ? eq(aktivitas.pegawaiId, q.pegawaiId) : undefined, q.sampai ? sql`${aktivitas.tanggal} <= ${q.sampai}` : undefined,
)).orderBy(asc(aktivitas.tanggal), sql`${aktivitas.jamMulai} nulls last`, asc(aktivitas.createdAt)).limit(5000);

/** The caller's verification queue: waiting activities of direct subordinates, by person and day. */
export async function antrianVerifikasi(db: Db, actor: Actor, q: { pegawaiId?: string; sampai?: string }) {
  const instansiId = tenantOf(actor);
  const me = actor.pegawaiId;
  if (!me) return [];
  const rows = await antrianSelect(db, instansiId, me, q);
  const shown = await presentAll(db, instansiId, rows);
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
