// A pegawai's daily activities: written by the owner against their approved SKP, read by those who
// may see the pegawai. Every write keeps the monthly rollup in step in the same transaction.
import { and, asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Aktivitas, AktivitasValues } from '../../contracts/aktivitas.ts';
import { AktivitasInput } from '../../contracts/aktivitas.ts';
import { queryRows, queryRowsPrepared, type Db, type DbOrTx, type Tx } from '../../db/client.ts';
import { aktivitas, buktiAktivitas } from '../../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { todayWib } from '../../lib/clock.ts';
import { pgCode, pgDetail } from '../../lib/pg-errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { pegawaiVisibleSql } from '../../policy/org.policy.ts';
import { removeAfterCommit, type FileStore } from '../../storage/files.ts';
import { audit } from '../audit.ts';
import { lockPegawai, recomputeRekap } from './rekap.ts';

export type AktivitasRow = typeof aktivitas.$inferSelect;

/** SQLSTATE raised by the `aktivitas_hari` trigger when a day would pass 24 hours. */
const DAY_FULL = 'EK024';

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
  rhk_uraian: string | null; ra_ok: boolean; ra_uraian: string | null;
}

/** Every fact an entry is checked against, in one select (the entry path is the hottest in the system). */
const entryFactsSql = (instansiId: string, v: AktivitasValues) => sql`select s.status as skp_status, s.mulai, s.selesai,
      pr.status as periode_status, s.pegawai_id, r.uraian as rhk_uraian,
      ${v.rencanaAksiId ? sql`exists (select 1 from rencana_aksi ra where ra.instansi_id = ${instansiId} and ra.id = ${v.rencanaAksiId} and ra.rhk_id = ${v.rhkId})` : sql`true`} as ra_ok,
      ${v.rencanaAksiId ? sql`(select ra.uraian from rencana_aksi ra where ra.instansi_id = ${instansiId} and ra.id = ${v.rencanaAksiId})` : sql`null`} as ra_uraian
    from (select 1) one
    left join rhk r on r.instansi_id = ${instansiId} and r.id = ${v.rhkId}
    left join skp s on s.instansi_id = r.instansi_id and s.id = r.skp_id
    left join periode pr on pr.instansi_id = s.instansi_id and pr.id = s.periode_id`;

/** Field errors of an entry judged on its facts; empty when it may be stored. Mirrors `entryAllowedSql`. */
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

/** The same judgement in SQL, over the facts row `f`, so the insert can decide in the statement that checks. */
const entryAllowedSql = (pegawaiId: string, tanggal: string) => sql`f.pegawai_id = ${pegawaiId}::uuid and f.skp_status = 'DISETUJUI'
  and ${tanggal}::date between f.mulai and f.selesai and f.periode_status = 'DIBUKA' and f.ra_ok and ${tanggal}::date <= ${todayWib()}::date`;

const entryValues = (v: AktivitasValues) => ({
  tanggal: v.tanggal, rhkId: v.rhkId, rencanaAksiId: v.rencanaAksiId, uraian: v.uraian, jumlah: v.jumlah,
  satuan: v.jumlah === null ? null : v.satuan, jamMulai: v.jamMulai, jamSelesai: v.jamSelesai,
  menit: v.jamMulai && v.jamSelesai ? minutesBetween(v.jamMulai, v.jamSelesai) : v.menit!,
});

/** The trigger on `aktivitas` (migration 0005) refuses a day past 24 hours; say so on the field. */
function dayFull(e: unknown) {
  if (pgCode(e) !== DAY_FULL) return e;
  return invalid({ menit: `Total durasi tanggal ini menjadi lebih dari 24 jam (sudah ${pgDetail(e) ?? '?'} menit)` });
}

/** Checks an entry against the pegawai's SKP, returning the values to store; nothing is written when a check fails. */
export async function checkEntry(tx: DbOrTx, instansiId: string, pegawaiId: string, v: AktivitasValues) {
  const [f] = await queryRows<EntryFacts>(tx, entryFactsSql(instansiId, v));
  const fields = judgeEntry(f, v, pegawaiId);
  if (Object.keys(fields).length) throw invalid(fields);
  return { values: entryValues(v), names: { rhkUraian: f!.rhk_uraian ?? '', rencanaAksiUraian: f!.ra_uraian } };
}

// A row as camelCase JSON (the shape drizzle gives), for the audit record and the reply of a one-statement insert.
const ROW_JSON = sql.raw(`jsonb_build_object(${Object.entries(getTableColumns(aktivitas)).map(([k, c]) => `'${k}', "${c.name}"`).join(', ')})`);
const rowFromJson = (j: Record<string, unknown>): AktivitasRow => ({
  ...(j as unknown as AktivitasRow),
  createdAt: new Date(j.createdAt as string), updatedAt: new Date(j.updatedAt as string),
  diverifikasiAt: j.diverifikasiAt ? new Date(j.diverifikasiAt as string) : null,
});

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

/**
 * Checks and writes a new entry with its audit row in one statement (atomic on its own, no lock:
 * the day's 24-hour cap is held by the trigger's row lock). Null when the id is taken already.
 */
async function insertEntryNamed(db: DbOrTx, actor: Actor, id: string | undefined, v: AktivitasValues) {
  const { instansiId, me } = requirePegawai(actor);
  const x = entryValues(v);
  let r: (EntryFacts & { row: Record<string, unknown> | null }) | undefined;
  try {
    [r] = await queryRowsPrepared<EntryFacts & { row: Record<string, unknown> | null }>(db, sql`with f as (${entryFactsSql(instansiId, v)}),
      ins as (insert into aktivitas (instansi_id, id, pegawai_id, tanggal, rhk_id, rencana_aksi_id, uraian, jumlah, satuan, jam_mulai, jam_selesai, menit)
        select ${instansiId}::uuid, ${id ?? crypto.randomUUID()}::uuid, ${me}::uuid, ${x.tanggal}::date, ${x.rhkId}::uuid, ${x.rencanaAksiId}::uuid,
          ${x.uraian}::text, ${x.jumlah}::double precision, ${x.satuan}::text, ${x.jamMulai}::text, ${x.jamSelesai}::text, ${x.menit}::int
        from f where ${entryAllowedSql(me, v.tanggal)}
        on conflict do nothing returning *),
      aud as (insert into audit_log (instansi_id, akun_id, entitas, entitas_id, aksi, sesudah)
        select instansi_id, ${actor.akunId}::uuid, 'aktivitas', id::text, 'CREATE', ${ROW_JSON} from ins)
      select f.*, (select ${ROW_JSON} from ins) as row from f`);
  } catch (e) {
    throw dayFull(e);
  }
  const fields = judgeEntry(r, v, me);
  if (Object.keys(fields).length) throw invalid(fields);
  if (!r?.row) return null;
  return { row: rowFromJson(r.row), names: { rhkUraian: r.rhk_uraian ?? '', rencanaAksiUraian: r.ra_uraian } };
}

/** Owner edits; an accepted or returned entry goes back to the queue and out of the rollup. */
export async function updateEntry(tx: Tx, actor: Actor, cur: AktivitasRow, v: AktivitasValues) {
  const { instansiId } = requirePegawai(actor);
  // Orders this pegawai's rollup writers (bulk verification takes the same lock).
  await lockPegawai(tx, instansiId, [cur.pegawaiId]);
  const { values } = await checkEntry(tx, instansiId, cur.pegawaiId, v);
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
  const instansiId = tenantOf(actor);
  const made = await insertEntryNamed(db, actor, v.id, v);
  if (made) return presentNew(made.row, made.names);
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
