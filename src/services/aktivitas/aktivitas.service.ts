// A pegawai's daily activities: written by the owner against their approved SKP, read by those who
// may see the pegawai. Every write keeps the monthly rollup in step in the same transaction.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Aktivitas, AktivitasValues } from '../../contracts/aktivitas.ts';
import { AktivitasInput } from '../../contracts/aktivitas.ts';
import { queryRows, type Db, type DbOrTx, type Tx } from '../../db/client.ts';
import { aktivitas, buktiAktivitas } from '../../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { todayWib } from '../../lib/clock.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { pegawaiVisibleSql } from '../../policy/org.policy.ts';
import { audit } from '../audit.ts';
import { lockPegawai, recomputeRekap } from './rekap.ts';

export type AktivitasRow = typeof aktivitas.$inferSelect;

interface Joined { id: string; rhk_uraian: string; ra_uraian: string | null }

/** Rows with their RHK and rencana aksi text and evidence, in the API shape. */
export async function presentAll(db: DbOrTx, instansiId: string, rows: AktivitasRow[]): Promise<Aktivitas[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const idList = sql.join(ids.map((i) => sql`${i}::uuid`), sql`, `);
  const names = await queryRows<Joined>(db, sql`select a.id, r.uraian as rhk_uraian, ra.uraian as ra_uraian from aktivitas a
    join rhk r on r.instansi_id = a.instansi_id and r.id = a.rhk_id
    left join rencana_aksi ra on ra.instansi_id = a.instansi_id and ra.id = a.rencana_aksi_id
    where a.instansi_id = ${instansiId} and a.id in (${idList})`);
  const byId = new Map(names.map((n) => [n.id, n]));
  const bukti = await db.select().from(buktiAktivitas)
    .where(and(eq(buktiAktivitas.instansiId, instansiId), inArray(buktiAktivitas.aktivitasId, ids))).orderBy(asc(buktiAktivitas.createdAt));
  return rows.map((r) => ({
    id: r.id, pegawaiId: r.pegawaiId, tanggal: r.tanggal, rhkId: r.rhkId, rhkUraian: byId.get(r.id)?.rhk_uraian ?? '',
    rencanaAksiId: r.rencanaAksiId, rencanaAksiUraian: byId.get(r.id)?.ra_uraian ?? null,
    uraian: r.uraian, jumlah: r.jumlah, satuan: r.satuan, jamMulai: r.jamMulai, jamSelesai: r.jamSelesai, menit: r.menit,
    status: r.status as Aktivitas['status'], catatanVerifikasi: r.catatanVerifikasi, diverifikasiAt: r.diverifikasiAt?.toISOString() ?? null,
    bukti: bukti.filter((b) => b.aktivitasId === r.id).map((b) => ({
      id: b.id, jenis: b.jenis as 'BERKAS' | 'TAUTAN', nama: b.nama, mime: b.mime, ukuran: b.ukuran, url: b.url,
    })),
    version: r.version, updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The activity if the caller may see its pegawai (self, chain below, led unit, admin); else 404. */
export async function loadVisible(db: DbOrTx, actor: Actor, id: string, forUpdate = false): Promise<AktivitasRow> {
  const instansiId = tenantOf(actor);
  const q = db.select().from(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  if (!row) throw notFound('Aktivitas');
  if (row.pegawaiId === actor.pegawaiId || isAdmin(actor)) return row;
  const [hit] = await queryRows<{ one: number }>(db, sql`select 1 as one from pegawai p
    join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id where p.id = ${row.pegawaiId} and ${pegawaiVisibleSql(actor)}`);
  if (!hit) throw notFound('Aktivitas');
  return row;
}

const minutesBetween = (a: string, b: string) => {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  return m(b) - m(a);
};

interface EntryFacts {
  skp_status: string | null; mulai: string | null; selesai: string | null; periode_status: string | null; pegawai_id: string | null;
  rhk_uraian: string | null; ra_ok: boolean; ra_uraian: string | null; total: number;
}

/**
 * Checks an entry against the pegawai's SKP and day, returning the values to store. One query
 * gathers every fact (the entry path is the hottest in the system). Field errors name the field;
 * nothing is written when any check fails.
 */
export async function checkEntry(tx: DbOrTx, instansiId: string, pegawaiId: string, v: AktivitasValues, exceptId?: string) {
  // The per-pegawai lock is taken in the same round trip (it orders writers of one pegawai's day).
  const [f] = await queryRows<EntryFacts>(tx, sql`select pg_advisory_xact_lock(hashtextextended(${instansiId + ':' + pegawaiId}, 0)) is null as locked,
      s.status as skp_status, s.mulai, s.selesai, pr.status as periode_status, s.pegawai_id,
      r.uraian as rhk_uraian,
      ${v.rencanaAksiId ? sql`exists (select 1 from rencana_aksi ra where ra.instansi_id = ${instansiId} and ra.id = ${v.rencanaAksiId} and ra.rhk_id = ${v.rhkId})` : sql`true`} as ra_ok,
      ${v.rencanaAksiId ? sql`(select ra.uraian from rencana_aksi ra where ra.instansi_id = ${instansiId} and ra.id = ${v.rencanaAksiId})` : sql`null`} as ra_uraian,
      (select coalesce(sum(menit), 0)::int from aktivitas where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and tanggal = ${v.tanggal}
        and status <> 'DITOLAK' ${exceptId ? sql`and id <> ${exceptId}` : sql``}) as total
    from (select 1) one
    left join rhk r on r.instansi_id = ${instansiId} and r.id = ${v.rhkId}
    left join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_id
    left join periode pr on pr.instansi_id = s.instansi_id and pr.id = s.periode_id`);
  const fields: Record<string, string> = {};
  if (v.tanggal > todayWib()) fields.tanggal = 'Tanggal tidak boleh di masa depan';
  if (!f?.pegawai_id || f.pegawai_id !== pegawaiId) fields.rhkId = 'Pilih RHK dari SKP Anda';
  else if (f.skp_status !== 'DISETUJUI') fields.rhkId = 'SKP untuk RHK ini belum disetujui atasan';
  else if (!fields.tanggal && (v.tanggal < f.mulai! || v.tanggal > f.selesai!)) fields.tanggal = `Tanggal di luar masa berlaku SKP (${f.mulai} s.d. ${f.selesai})`;
  else if (!fields.tanggal && f.periode_status !== 'DIBUKA') fields.tanggal = 'Periode sudah dikunci';
  if (v.rencanaAksiId && !fields.rhkId && !f?.ra_ok) fields.rencanaAksiId = 'Rencana aksi bukan bagian dari RHK yang dipilih';
  const menit = v.jamMulai && v.jamSelesai ? minutesBetween(v.jamMulai, v.jamSelesai) : v.menit!;
  const total = f?.total ?? 0;
  if (total + menit > 1440) fields.menit = `Total durasi tanggal ini menjadi lebih dari 24 jam (sudah ${total} menit)`;
  if (Object.keys(fields).length) throw invalid(fields);
  return {
    values: {
      tanggal: v.tanggal, rhkId: v.rhkId, rencanaAksiId: v.rencanaAksiId, uraian: v.uraian, jumlah: v.jumlah,
      satuan: v.jumlah === null ? null : v.satuan, jamMulai: v.jamMulai, jamSelesai: v.jamSelesai, menit,
    },
    names: { rhkUraian: f!.rhk_uraian ?? '', rencanaAksiUraian: f!.ra_uraian },
  };
}

function requirePegawai(actor: Actor) {
  const instansiId = tenantOf(actor);
  if (!actor.pegawaiId) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai');
  return { instansiId, me: actor.pegawaiId };
}

/** A row just written, in the API shape, without reading it back (it has no evidence yet). */
const presentNew = (r: AktivitasRow, names: { rhkUraian: string; rencanaAksiUraian: string | null }): Aktivitas => ({
  id: r.id, pegawaiId: r.pegawaiId, tanggal: r.tanggal, rhkId: r.rhkId, rhkUraian: names.rhkUraian, rencanaAksiId: r.rencanaAksiId,
  rencanaAksiUraian: names.rencanaAksiUraian, uraian: r.uraian, jumlah: r.jumlah, satuan: r.satuan, jamMulai: r.jamMulai,
  jamSelesai: r.jamSelesai, menit: r.menit, status: r.status as Aktivitas['status'], catatanVerifikasi: r.catatanVerifikasi,
  diverifikasiAt: r.diverifikasiAt?.toISOString() ?? null, bukti: [], version: r.version, updatedAt: r.updatedAt.toISOString(),
});

export async function insertEntry(tx: Tx, actor: Actor, id: string | undefined, v: AktivitasValues) {
  const made = await insertEntryNamed(tx, actor, id, v);
  if (!made) throw invalid({ id: 'Id aktivitas sudah dipakai' });
  return made.row;
}

async function insertEntryNamed(tx: Tx, actor: Actor, id: string | undefined, v: AktivitasValues) {
  const { instansiId, me } = requirePegawai(actor);
  // A resent entry must not count against its own day.
  const { values, names } = await checkEntry(tx, instansiId, me, v, id);
  // A client id seen before writes nothing here; the caller then finds the earlier row.
  const [row] = await tx.insert(aktivitas).values({ instansiId, pegawaiId: me, id: id ?? crypto.randomUUID(), ...values })
    .onConflictDoNothing().returning();
  if (!row) return null;
  await audit(tx, actor, instansiId, { entitas: 'aktivitas', entitasId: row.id, aksi: 'CREATE', sesudah: row });
  return { row, names };
}

/** Owner edits; an accepted or returned entry goes back to the queue and out of the rollup. */
export async function updateEntry(tx: Tx, actor: Actor, cur: AktivitasRow, v: AktivitasValues) {
  const { instansiId } = requirePegawai(actor);
  const { values } = await checkEntry(tx, instansiId, cur.pegawaiId, v, cur.id);
  const [row] = await tx.update(aktivitas).set({
    ...values, status: 'MENUNGGU', catatanVerifikasi: cur.status === 'DITOLAK' ? cur.catatanVerifikasi : null,
    diverifikasiOleh: null, diverifikasiAt: null, version: cur.version + 1, updatedAt: new Date(),
  }).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, cur.id))).returning();
  await recomputeRekap(tx, instansiId, [cur, row!]);
  await audit(tx, actor, instansiId, { entitas: 'aktivitas', entitasId: cur.id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
  return row!;
}

export async function deleteEntry(tx: Tx, actor: Actor, cur: AktivitasRow) {
  const { instansiId } = requirePegawai(actor);
  await lockPegawai(tx, instansiId, [cur.pegawaiId]);
  await tx.delete(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, cur.id)));
  await recomputeRekap(tx, instansiId, [cur]);
  await audit(tx, actor, instansiId, { entitas: 'aktivitas', entitasId: cur.id, aksi: 'DELETE', sebelum: cur });
}

const requireOwner = (actor: Actor, row: AktivitasRow) => {
  if (row.pegawaiId !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Hanya pemilik yang dapat mengubah aktivitas ini');
};

export async function createAktivitas(db: Db, actor: Actor, raw: unknown): Promise<Aktivitas> {
  const v = AktivitasInput.parse(raw);
  const instansiId = tenantOf(actor);
  const made = await db.transaction(async (tx) => {
    const written = await insertEntryNamed(tx, actor, v.id, v);
    if (written) return written;
    const [dup] = await tx.select().from(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, v.id!)));
    if (!dup || dup.pegawaiId !== actor.pegawaiId) throw invalid({ id: 'Id aktivitas sudah dipakai' });
    return { dup }; // the same entry sent twice: written once
  });
  return 'dup' in made ? (await presentAll(db, instansiId, [made.dup]))[0]! : presentNew(made.row, made.names);
}

export async function updateAktivitas(db: Db, actor: Actor, id: string, raw: unknown & { version: number }): Promise<Aktivitas> {
  const v = AktivitasInput.parse(raw);
  const instansiId = tenantOf(actor);
  const row = await db.transaction(async (tx) => {
    const cur = await loadVisible(tx, actor, id, true);
    requireOwner(actor, cur);
    if (cur.version !== raw.version) throw versionConflict((await presentAll(tx, instansiId, [cur]))[0]);
    return updateEntry(tx, actor, cur, v);
  });
  return (await presentAll(db, instansiId, [row]))[0]!;
}

export async function deleteAktivitas(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const cur = await loadVisible(tx, actor, id, true);
    requireOwner(actor, cur);
    await deleteEntry(tx, actor, cur);
  });
  return { ok: true as const };
}

export async function getAktivitas(db: Db, actor: Actor, id: string): Promise<Aktivitas> {
  const row = await loadVisible(db, actor, id);
  return (await presentAll(db, row.instansiId, [row]))[0]!;
}

export async function listAktivitas(db: Db, actor: Actor, q: { pegawaiId?: string; dari: string; sampai: string; status?: string }) {
  const instansiId = tenantOf(actor);
  const pegawaiId = q.pegawaiId ?? actor.pegawaiId;
  if (!pegawaiId) throw invalid({ pegawaiId: 'Pilih pegawai' });
  if (q.sampai < q.dari) throw invalid({ sampai: 'Tanggal akhir tidak boleh sebelum tanggal awal' });
  if (Date.parse(q.sampai) - Date.parse(q.dari) > 366 * 86_400_000) throw invalid({ sampai: 'Rentang paling lama satu tahun' });
  if (pegawaiId !== actor.pegawaiId) {
    const [hit] = await queryRows<{ one: number }>(db, sql`select 1 as one from pegawai p
      join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id where p.id = ${pegawaiId} and ${pegawaiVisibleSql(actor)}`);
    if (!hit) throw notFound('Pegawai');
  }
  const rows = await db.select().from(aktivitas).where(and(
    eq(aktivitas.instansiId, instansiId), eq(aktivitas.pegawaiId, pegawaiId),
    sql`${aktivitas.tanggal} between ${q.dari} and ${q.sampai}`, q.status ? eq(aktivitas.status, q.status) : undefined,
  )).orderBy(sql`${aktivitas.tanggal} desc`, sql`coalesce(${aktivitas.jamMulai}, '99:99') desc`, sql`${aktivitas.createdAt} desc`);
  return presentAll(db, instansiId, rows);
}

/** RHK the pegawai may log against on a date, most recently used first, with their rencana aksi. */
export async function pilihanRhk(db: Db, actor: Actor, tanggal: string) {
  const { instansiId, me } = requirePegawai(actor);
  const rows = await queryRows<{ rhk_id: string; uraian: string; jenis: 'UTAMA' | 'TAMBAHAN'; terakhir: string | null; satuan: string | null }>(db, sql`
    select r.id as rhk_id, r.uraian, r.jenis,
      (select max(a.tanggal)::text from aktivitas a where a.instansi_id = r.instansi_id and a.pegawai_id = ${me} and a.rhk_id = r.id) as terakhir,
      (select k.satuan from iki k where k.instansi_id = r.instansi_id and k.rhk_id = r.id order by k.urutan limit 1) as satuan
    from skp s join rhk r on r.instansi_id = s.instansi_id and r.skp_id = s.id
    where s.instansi_id = ${instansiId} and s.pegawai_id = ${me} and s.status = 'DISETUJUI' and ${tanggal} between s.mulai and s.selesai
    order by terakhir desc nulls last, r.jenis desc, r.urutan`);
  const ras = rows.length ? await queryRows<{ id: string; rhk_id: string; bulan: number; uraian: string }>(db, sql`select id, rhk_id, bulan, uraian from rencana_aksi
    where instansi_id = ${instansiId} and rhk_id in (${sql.join(rows.map((r) => sql`${r.rhk_id}::uuid`), sql`, `)}) order by bulan`) : [];
  const month = Number(tanggal.slice(5, 7));
  return rows.map((r) => ({
    rhkId: r.rhk_id, uraian: r.uraian, jenis: r.jenis, terakhirDipakai: r.terakhir, satuan: r.satuan,
    // This month's actions first: that is what today's work most likely serves.
    rencanaAksi: ras.filter((a) => a.rhk_id === r.rhk_id).sort((a, b) => Number(b.bulan === month) - Number(a.bulan === month) || a.bulan - b.bulan)
      .map((a) => ({ id: a.id, bulan: a.bulan, uraian: a.uraian })),
  }));
}
