// A pegawai's daily activities: written by the owner against their approved SKP, read by those who
// may see the pegawai. Every write keeps the monthly rollup in step in the same transaction.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Aktivitas, AktivitasValues } from '../../contracts/aktivitas.ts';
import { AktivitasInput } from '../../contracts/aktivitas.ts';
import { queryRows, uuidList, type Db, type DbOrTx, type Tx } from '../../db/client.ts';
import { aktivitas, buktiAktivitas } from '../../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { todayWib } from '../../lib/clock.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { canSeePegawai } from '../../policy/org.policy.ts';
import { removeAfterCommit, type FileStore } from '../../storage/files.ts';
import { audit } from '../audit.ts';
import { lockPegawai, recomputeRekap } from './rekap.ts';
import { dayFull, entryFacts, entryValues, entryWriter, insertOneEntry, type AktivitasRow, type EntryFacts } from './entry-insert.ts';

export type { AktivitasRow };

/** Rows with their RHK and rencana aksi text and evidence, in the API shape. */
export async function presentAll(db: DbOrTx, instansiId: string, rows: AktivitasRow[]): Promise<Aktivitas[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  // By the few RHK and rencana aksi the rows name, not by each row again: a queue of 750 entries names about a hundred.
  const rhkIds = [...new Set(rows.map((r) => r.rhkId))];
  const raIds = [...new Set(rows.flatMap((r) => (r.rencanaAksiId ? [r.rencanaAksiId] : [])))];
  const names = await queryRows<{ id: string; uraian: string }>(db, sql`select id, uraian from rhk where instansi_id = ${instansiId} and id in (${uuidList(rhkIds)})
    ${raIds.length ? sql`union all select id, uraian from rencana_aksi where instansi_id = ${instansiId} and id in (${uuidList(raIds)})` : sql``}`);
  const uraian = new Map(names.map((n) => [n.id, n.uraian]));
  const bukti = new Map<string, (typeof buktiAktivitas.$inferSelect)[]>();
  for (const b of await db.select().from(buktiAktivitas)
    .where(and(eq(buktiAktivitas.instansiId, instansiId), inArray(buktiAktivitas.aktivitasId, ids))).orderBy(asc(buktiAktivitas.createdAt))) {
    const list = bukti.get(b.aktivitasId);
    if (list) list.push(b);
    else bukti.set(b.aktivitasId, [b]);
  }
  return rows.map((r) => ({
    id: r.id, pegawaiId: r.pegawaiId, tanggal: r.tanggal, rhkId: r.rhkId, rhkUraian: uraian.get(r.rhkId) ?? '',
    rencanaAksiId: r.rencanaAksiId, rencanaAksiUraian: r.rencanaAksiId ? uraian.get(r.rencanaAksiId) ?? null : null,
    uraian: r.uraian, jumlah: r.jumlah, satuan: r.satuan, jamMulai: r.jamMulai, jamSelesai: r.jamSelesai, menit: r.menit,
    status: r.status as Aktivitas['status'], catatanVerifikasi: r.catatanVerifikasi, diverifikasiAt: r.diverifikasiAt?.toISOString() ?? null,
    bukti: (bukti.get(r.id) ?? []).map((b) => ({
      id: b.id, jenis: b.jenis as 'BERKAS' | 'TAUTAN', nama: b.nama, mime: b.mime, ukuran: b.ukuran, url: b.url,
    })),
    version: r.version, updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * The activity locked for a change, after its pegawai's lock: every writer of a pegawai's activities
 * (entry, edit, delete, bulk verification) takes the pegawai first and rows after, so none of them
 * can hold a row while waiting for the pegawai. The owner of an activity never changes.
 */
export async function lockRow(tx: DbOrTx, instansiId: string, id: string): Promise<AktivitasRow | undefined> {
  const where = and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, id));
  const [owner] = await tx.select({ pegawaiId: aktivitas.pegawaiId }).from(aktivitas).where(where);
  if (!owner) return undefined;
  await lockPegawai(tx, instansiId, [owner.pegawaiId]);
  const [row] = await tx.select().from(aktivitas).where(where).for('update');
  return row;
}

/** The activity if the caller may see its pegawai (self, chain below, led unit, admin); else 404. */
export async function loadVisible(db: DbOrTx, actor: Actor, id: string, forUpdate = false): Promise<AktivitasRow> {
  const instansiId = tenantOf(actor);
  const [row] = forUpdate ? [await lockRow(db, instansiId, id)]
    : await db.select().from(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, id)));
  if (!row) throw notFound('Aktivitas');
  if (row.pegawaiId === actor.pegawaiId || isAdmin(actor)) return row;
  if (!(await canSeePegawai(db, actor, row.pegawaiId))) throw notFound('Aktivitas');
  return row;
}

/** Field errors of an entry judged on its facts; empty when it may be stored. Mirrors the checks in `insertEntries`. */
function judgeEntry(f: EntryFacts | undefined, v: AktivitasValues, pegawaiId: string) {
  const fields: Record<string, string> = {};
  if (v.tanggal > todayWib()) fields.tanggal = 'Tanggal tidak boleh di masa depan';
  if (!f?.pegawai_id || f.pegawai_id !== pegawaiId) fields.rhkId = 'Pilih RHK dari SKP Anda';
  else if (f.skp_status !== 'DISETUJUI') fields.rhkId = 'SKP untuk RHK ini belum disetujui atasan';
  else if (!fields.tanggal && (v.tanggal < f.mulai! || v.tanggal > f.selesai!)) fields.tanggal = `Tanggal di luar masa berlaku SKP (${f.mulai} s.d. ${f.selesai})`;
  else if (!fields.tanggal && f.periode_status !== 'DIBUKA') fields.tanggal = 'Periode sudah dikunci';
  if (v.rencanaAksiId && !fields.rhkId && !f?.ra_ok) fields.rencanaAksiId = 'Rencana aksi bukan bagian dari RHK yang dipilih';
  return fields;
}

function requireAllowed(f: EntryFacts | undefined, v: AktivitasValues, pegawaiId: string) {
  const fields = judgeEntry(f, v, pegawaiId);
  if (Object.keys(fields).length) throw invalid(fields);
}

/** Checks an entry against the pegawai's SKP, returning the values to store; nothing is written when a check fails. */
async function checkEntry(tx: DbOrTx, actor: Actor, cur: AktivitasRow, v: AktivitasValues) {
  const entry = { instansiId: cur.instansiId, pegawaiId: cur.pegawaiId, akunId: actor.akunId, id: cur.id, v };
  requireAllowed(await entryFacts(tx, entry), v, cur.pegawaiId);
  return entryValues(v);
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

/** A new entry inside a caller's transaction (offline sync); refused when its id is taken. */
export async function insertEntry(tx: Tx, actor: Actor, id: string, v: AktivitasValues) {
  const { instansiId, me } = requirePegawai(actor);
  const out = await insertOneEntry(tx, { instansiId, pegawaiId: me, akunId: actor.akunId, id, v });
  requireAllowed(out.facts, v, me);
  if (!out.row) throw invalid({ id: 'Id aktivitas sudah dipakai' });
  return out.row;
}

/** Owner edits; an accepted or returned entry goes back to the queue and out of the rollup. */
export async function updateEntry(tx: Tx, actor: Actor, cur: AktivitasRow, v: AktivitasValues) {
  const { instansiId } = requirePegawai(actor);
  // Orders this pegawai's rollup writers (bulk verification takes the same lock).
  await lockPegawai(tx, instansiId, [cur.pegawaiId]);
  const values = await checkEntry(tx, actor, cur, v);
  const [row] = await tx.update(aktivitas).set({
    ...values, status: 'MENUNGGU', catatanVerifikasi: cur.status === 'DITOLAK' ? cur.catatanVerifikasi : null,
    diverifikasiOleh: null, diverifikasiAt: null, version: cur.version + 1, updatedAt: new Date(),
  }).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, cur.id))).returning().catch((e: unknown) => { throw dayFull(e); });
  await recomputeRekap(tx, instansiId, [cur, row!]);
  await audit(tx, actor, instansiId, { entitas: 'aktivitas', entitasId: cur.id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
  return row!;
}

/** Deletes the entry (its evidence rows cascade); returns the evidence file keys to remove after commit. */
export async function deleteEntry(tx: Tx, actor: Actor, cur: AktivitasRow): Promise<string[]> {
  const { instansiId } = requirePegawai(actor);
  await lockPegawai(tx, instansiId, [cur.pegawaiId]);
  const keys = await tx.select({ kunci: buktiAktivitas.kunci }).from(buktiAktivitas)
    .where(and(eq(buktiAktivitas.instansiId, instansiId), eq(buktiAktivitas.aktivitasId, cur.id)));
  await tx.delete(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, cur.id)));
  await recomputeRekap(tx, instansiId, [cur]);
  await audit(tx, actor, instansiId, { entitas: 'aktivitas', entitasId: cur.id, aksi: 'DELETE', sebelum: cur });
  return keys.flatMap((k) => (k.kunci ? [k.kunci] : []));
}

const requireOwner = (actor: Actor, row: AktivitasRow) => {
  if (row.pegawaiId !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Hanya pemilik yang dapat mengubah aktivitas ini');
};

export async function createAktivitas(db: Db, actor: Actor, raw: unknown): Promise<Aktivitas> {
  const v = AktivitasInput.parse(raw);
  const { instansiId, me } = requirePegawai(actor);
  // Concurrent submissions share one statement and commit (group commit); each gets its own answer.
  // An id made here is time-ordered (UUID v7), as a phone's are: entries land at the end of the indexes on it.
  const out = await entryWriter(db).submit({ instansiId, pegawaiId: me, akunId: actor.akunId, id: v.id ?? uuidv7(), v });
  requireAllowed(out.facts, v, me);
  if (out.row) return presentNew(out.row, { rhkUraian: out.facts?.rhk_uraian ?? '', rencanaAksiUraian: out.facts?.ra_uraian ?? null });
  // The same entry sent twice: written once, the first one comes back.
  const [dup] = await db.select().from(aktivitas).where(and(eq(aktivitas.instansiId, instansiId), eq(aktivitas.id, v.id!)));
  if (!dup || dup.pegawaiId !== actor.pegawaiId) throw invalid({ id: 'Id aktivitas sudah dipakai' });
  return (await presentAll(db, instansiId, [dup]))[0]!;
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

export async function deleteAktivitas(db: Db, files: FileStore, actor: Actor, id: string) {
  const keys = await db.transaction(async (tx) => {
    const cur = await loadVisible(tx, actor, id, true);
    requireOwner(actor, cur);
    return deleteEntry(tx, actor, cur);
  });
  // A deleted activity's photos and documents do not stay behind in storage.
  await removeAfterCommit(files, keys);
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
    if (!(await canSeePegawai(db, actor, pegawaiId))) throw notFound('Pegawai');
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
    where instansi_id = ${instansiId} and rhk_id in (${uuidList(rows.map((r) => r.rhk_id))}) order by bulan`) : [];
  const month = Number(tanggal.slice(5, 7));
  return rows.map((r) => ({
    rhkId: r.rhk_id, uraian: r.uraian, jenis: r.jenis, terakhirDipakai: r.terakhir, satuan: r.satuan,
    // This month's actions first: that is what today's work most likely serves.
    rencanaAksi: ras.filter((a) => a.rhk_id === r.rhk_id).sort((a, b) => Number(b.bulan === month) - Number(a.bulan === month) || a.bulan - b.bulan)
      .map((a) => ({ id: a.id, bulan: a.bulan, uraian: a.uraian })),
  }));
}
