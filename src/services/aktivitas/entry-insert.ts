// Writing new activities: the SKP checks, the insert and its audit row in one statement for any
// number of entries, and the group-commit writer that gathers concurrent submissions into it.
import { getTableColumns, sql, type Placeholder } from 'drizzle-orm';
import type { AktivitasValues } from '../../contracts/aktivitas.ts';
import { parallelStatements, preparedStatement, queryRows, type DbOrTx } from '../../db/client.ts';
import { aktivitas } from '../../db/schema.ts';
import { invalid } from '../../errors.ts';
import { GroupCommit } from '../../lib/group-commit.ts';
import { todayWib } from '../../lib/clock.ts';
import { pgCode, pgDetail } from '../../lib/pg-errors.ts';

export type AktivitasRow = typeof aktivitas.$inferSelect;

/** What an entry is checked against: its RHK, that RHK's SKP and periode, and the rencana aksi. */
export interface EntryFacts {
  skp_status: string | null; mulai: string | null; selesai: string | null; periode_status: string | null; pegawai_id: string | null;
  rhk_uraian: string | null; ra_ok: boolean; ra_uraian: string | null;
}

export interface NewEntry { instansiId: string; pegawaiId: string; akunId: string; id: string; v: AktivitasValues }
export interface EntryWritten { facts: EntryFacts | undefined; row: AktivitasRow | null }

/** SQLSTATE raised by the `aktivitas_hari` trigger when a day would pass 24 hours. */
const DAY_FULL = 'EK024';

/** The trigger on `aktivitas` (migration 0005) refuses a day past 24 hours; say so on the field. */
export function dayFull(e: unknown) {
  if (pgCode(e) !== DAY_FULL) return e;
  return invalid({ menit: `Total durasi tanggal ini menjadi lebih dari 24 jam (sudah ${pgDetail(e) ?? '?'} menit)` });
}

const minutesBetween = (a: string, b: string) => {
  const m = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
  return m(b) - m(a);
};

export const entryValues = (v: AktivitasValues) => ({
  tanggal: v.tanggal, rhkId: v.rhkId, rencanaAksiId: v.rencanaAksiId, uraian: v.uraian, jumlah: v.jumlah,
  satuan: v.jumlah === null ? null : v.satuan, jamMulai: v.jamMulai, jamSelesai: v.jamSelesai,
  menit: v.jamMulai && v.jamSelesai ? minutesBetween(v.jamMulai, v.jamSelesai) : v.menit!,
});

// A row as camelCase JSON (the shape drizzle gives), for the audit record and the reply of a one-statement insert.
const ROW_JSON = sql.raw(`jsonb_build_object(${Object.entries(getTableColumns(aktivitas)).map(([k, c]) => `'${k}', "${c.name}"`).join(', ')})`);

const rowFromJson = (j: Record<string, unknown>): AktivitasRow => ({
  ...(j as unknown as AktivitasRow),
  createdAt: new Date(j.createdAt as string), updatedAt: new Date(j.updatedAt as string),
  diverifikasiAt: j.diverifikasiAt ? new Date(j.diverifikasiAt as string) : null,
});

/** Entries as a JSON parameter, in the columns of `factsOf`. */
const entriesJson = (entries: NewEntry[]) => JSON.stringify(entries.map((e, n) => {
  const x = entryValues(e.v);
  return {
    n, instansi_id: e.instansiId, id: e.id, pegawai_id: e.pegawaiId, akun_id: e.akunId, tanggal: x.tanggal, rhk_id: x.rhkId,
    rencana_aksi_id: x.rencanaAksiId, uraian: x.uraian, jumlah: x.jumlah, satuan: x.satuan, jam_mulai: x.jamMulai, jam_selesai: x.jamSelesai, menit: x.menit,
  };
}));

/**
 * CTEs `i` (the entries) and `f` (each entry with the facts it is checked against: its RHK, SKP,
 * periode, rencana aksi). The facts are looked up entry by entry by primary key: a lateral
 * subquery with a limit is never hashed. The planner takes the entries for 100 rows, and with
 * plain joins its plan for the prepared statement read a 2,000-pegawai instansi's whole RHK table
 * (6,000 rows, 0.9 of the statement's 1.3 ms) for every batch of four.
 */
const factsOf = (input: string | Placeholder) => sql`i as (select * from jsonb_to_recordset(${input}::jsonb) as t(n int, instansi_id uuid, id uuid, pegawai_id uuid,
      akun_id uuid, tanggal date, rhk_id uuid, rencana_aksi_id uuid, uraian text, jumlah double precision, satuan text, jam_mulai text, jam_selesai text, menit int)),
    f as (select i.*, s.status as skp_status, s.mulai, s.selesai, pr.status as periode_status, s.pegawai_id as skp_pegawai_id,
        r.uraian as rhk_uraian, (i.rencana_aksi_id is null or ra.rhk_id is not distinct from i.rhk_id) as ra_ok, ra.uraian as ra_uraian
      from i
      left join lateral (select uraian, skp_id from rhk where rhk.instansi_id = i.instansi_id and rhk.id = i.rhk_id limit 1) r on true
      left join lateral (select status, mulai, selesai, pegawai_id, periode_id from skp where skp.instansi_id = i.instansi_id and skp.id = r.skp_id limit 1) s on true
      left join lateral (select status from periode where periode.instansi_id = i.instansi_id and periode.id = s.periode_id limit 1) pr on true
      left join lateral (select rhk_id, uraian from rencana_aksi where rencana_aksi.instansi_id = i.instansi_id and rencana_aksi.id = i.rencana_aksi_id limit 1) ra on true)`;

const FACT_COLUMNS = sql.raw('f.skp_status, f.mulai, f.selesai, f.periode_status, f.skp_pegawai_id as pegawai_id, f.rhk_uraian, f.ra_ok, f.ra_uraian');

/** The facts of one entry, for an edit (checked inside the edit's transaction). */
export async function entryFacts(db: DbOrTx, entry: NewEntry): Promise<EntryFacts | undefined> {
  const [f] = await queryRows<EntryFacts>(db, sql`with ${factsOf(entriesJson([entry]))} select ${FACT_COLUMNS} from f`);
  return f;
}

/**
 * Checks and writes entries with their audit rows in one statement (atomic; the day's 24-hour cap
 * is held by the trigger's row lock). Entries failing a check are not written, nor is an id already
 * taken; each answer carries the facts to explain why. The text is built once and planned
 * once per connection. Before writing, the statement takes each pegawai's lock (`lockPegawai`, in
 * the same order), so it waits for an edit or a bulk verification of that pegawai instead of
 * deadlocking with it on the days' rows; rows go in by pegawai and date, so two batches take the
 * days in the same order too. The conditions mirror `judgeEntry`.
 */
export const insertStatement = preparedStatement<EntryFacts & { n: number; row: Record<string, unknown> | null }, { entries: string; today: string }>(sql`with ${factsOf(sql.placeholder('entries'))},
    locked as (select count(pg_advisory_xact_lock(hashtextextended(k.instansi_id::text || ':' || k.pegawai_id::text, 0))) as held
      from (select distinct instansi_id, pegawai_id from i order by pegawai_id) k),
    ins as (insert into aktivitas (instansi_id, id, pegawai_id, tanggal, rhk_id, rencana_aksi_id, uraian, jumlah, satuan, jam_mulai, jam_selesai, menit)
      select instansi_id, id, pegawai_id, tanggal, rhk_id, rencana_aksi_id, uraian, jumlah, satuan, jam_mulai, jam_selesai, menit from f, locked
      where skp_pegawai_id = pegawai_id and skp_status = 'DISETUJUI' and tanggal between mulai and selesai and periode_status = 'DIBUKA'
        and ra_ok and tanggal <= ${sql.placeholder('today')}::date
      order by pegawai_id, tanggal, n
      on conflict do nothing returning instansi_id, id, pegawai_id, ${ROW_JSON} as row),
    aud as (insert into audit_log (instansi_id, akun_id, entitas, entitas_id, aksi, sesudah)
      select instansi_id, (select f.akun_id from f where f.instansi_id = ins.instansi_id and f.id = ins.id limit 1),
        'aktivitas', id::text, 'CREATE', row from ins)
    select f.n, ${FACT_COLUMNS}, ins.row
    from f left join ins on ins.instansi_id = f.instansi_id and ins.id = f.id and ins.pegawai_id = f.pegawai_id
    order by f.n`);

/** Writes entries through the statement above; each answer is the written row or null, and the facts to explain a refusal. */
export async function insertEntries(db: DbOrTx, entries: NewEntry[]): Promise<EntryWritten[]> {
  const rows = await insertStatement(db, { entries: entriesJson(entries), today: todayWib() });
  return entries.map((_, n) => {
    const r = rows[n];
    return { facts: r, row: r?.row ? rowFromJson(r.row) : null };
  });
}

/** One entry in its own statement; a day past 24 hours becomes the field error. */
export async function insertOneEntry(db: DbOrTx, entry: NewEntry): Promise<EntryWritten> {
  const [out] = await insertEntries(db, [entry]).catch((e: unknown) => { throw dayFull(e); });
  return out!;
}

const writers = new WeakMap<object, GroupCommit<NewEntry, EntryWritten>>();

/** The entry writer of a database: concurrent submissions share statements and commits. */
export function entryWriter(db: DbOrTx): GroupCommit<NewEntry, EntryWritten> {
  let w = writers.get(db);
  if (!w) {
    // On PostgreSQL a second statement runs while the first waits for its commit to reach disk,
    // once three entries wait for it: at 8 concurrent writers that took entries per statement from
    // 2.6 to 3.9 and cut CPU per entry by about a sixth, in app and database (docs/decisions.md).
    w = new GroupCommit(
      (items) => insertEntries(db, items),
      (item) => insertOneEntry(db, item),
      { maxInFlight: parallelStatements(db), minBatchWhileBusy: 3 },
    );
    writers.set(db, w);
  }
  return w;
}
