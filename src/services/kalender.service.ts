// The working-day calendar: national days off (global reference data, kept by the superadmin as each
// year's SKB 3 Menteri is published), the instansi's own days off, pegawai leave, and one pegawai's
// month with their daily activities. The date rules are in kalender/hari-kerja.ts.
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import {
  CutiInput as CutiSchema, HariLiburInstansiInput as InstansiDaySchema, HariLiburNasionalInput as NasionalDaySchema,
  LABEL_JENIS_CUTI, type Cuti, type CutiInput, type CutiPage, type HariKalender, type HariLibur, type HariLiburInstansiInput,
  type HariLiburNasionalInput, type JenisCuti, type KalenderPegawai,
} from '../contracts/kalender.ts';
import { queryRows, type Db, type DbOrTx } from '../db/client.ts';
import { cuti, hariLiburInstansi, hariLiburNasional, pegawai } from '../db/schema.ts';
import { forbidden, invalid, notFound } from '../errors.ts';
import { todayWib } from '../lib/clock.ts';
import { pgCode, UNIQUE_VIOLATION } from '../lib/pg-errors.ts';
import { isAdmin, type Actor } from '../policy/actor.ts';
import { pegawaiVisibleRowSql, requireAdmin, requireSuperadmin } from '../policy/org.policy.ts';
import { audit } from './audit.ts';
import {
  hariKerjaAntara, infoHari, isAkhirPekan, rentangBulan, statusHari, tanggalAntara, type LiburNasional,
} from './kalender/hari-kerja.ts';
import { namaLengkap, nipTampil } from './pegawai.service.ts';

export interface LiburMaps { nasional: Map<string, LiburNasional>; instansi: Map<string, string> }

/** National and instansi days off between two dates (both included), as the maps hari-kerja.ts reads. */
export async function loadLibur(db: DbOrTx, instansiId: string, dari: string, sampai: string): Promise<LiburMaps> {
  const [nas, ins] = await Promise.all([
    db.select().from(hariLiburNasional).where(and(gte(hariLiburNasional.tanggal, dari), lte(hariLiburNasional.tanggal, sampai))),
    db.select().from(hariLiburInstansi).where(and(eq(hariLiburInstansi.instansiId, instansiId),
      gte(hariLiburInstansi.tanggal, dari), lte(hariLiburInstansi.tanggal, sampai))),
  ]);
  return {
    nasional: new Map(nas.map((r) => [r.tanggal, { nama: r.nama, jenis: r.jenis as LiburNasional['jenis'] }])),
    instansi: new Map(ins.map((r) => [r.tanggal, r.nama])),
  };
}

/** Whether `tanggal` (YYYY-MM-DD) is a working day for the instansi. */
export async function isHariKerja(db: DbOrTx, instansiId: string, tanggal: string): Promise<boolean> {
  const libur = await loadLibur(db, instansiId, tanggal, tanggal);
  return infoHari(tanggal, libur.nasional, libur.instansi).jenis === 'KERJA';
}

/** The instansi's working days from `dari` to `sampai`, both included, in order. */
export async function hariKerjaList(db: DbOrTx, instansiId: string, dari: string, sampai: string): Promise<string[]> {
  if (sampai < dari) return [];
  const libur = await loadLibur(db, instansiId, dari, sampai);
  return hariKerjaAntara(dari, sampai, libur.nasional, libur.instansi);
}

/** Pegawai on leave (any jenis) on `tanggal`: they are not expected to log an activity that day. */
export async function pegawaiCutiPada(db: DbOrTx, instansiId: string, tanggal: string): Promise<Set<string>> {
  const rows = await db.selectDistinct({ id: cuti.pegawaiId }).from(cuti)
    .where(and(eq(cuti.instansiId, instansiId), lte(cuti.mulai, tanggal), gte(cuti.selesai, tanggal)));
  return new Set(rows.map((r) => r.id));
}

interface PegawaiRow { id: string; nip: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null }

/** A pegawai the caller may see, else 404 as if it did not exist. */
async function visiblePegawai(db: DbOrTx, actor: Actor, id: string): Promise<PegawaiRow> {
  const [row] = await queryRows<PegawaiRow>(db, sql`select p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang
    from pegawai p join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id
    where ${pegawaiVisibleRowSql(actor)} and p.id = ${id}`);
  if (!row) throw notFound('Pegawai');
  return row;
}

/** One pegawai's month: every day with its kind, leave, activities and status, plus the totals. */
export async function kalenderPegawai(db: Db, actor: Actor, pegawaiId: string, bulan: string, hariIni = todayWib()): Promise<KalenderPegawai> {
  const p = await visiblePegawai(db, actor, pegawaiId);
  const instansiId = actor.instansiId!;
  const { dari, sampai } = rentangBulan(bulan);
  const [libur, leave, counts] = await Promise.all([
    loadLibur(db, instansiId, dari, sampai),
    db.select({ jenis: cuti.jenis, mulai: cuti.mulai, selesai: cuti.selesai }).from(cuti)
      .where(and(eq(cuti.instansiId, instansiId), eq(cuti.pegawaiId, pegawaiId), lte(cuti.mulai, sampai), gte(cuti.selesai, dari))),
    queryRows<{ tanggal: string; menunggu: number; diterima: number; ditolak: number; menit: number }>(db, sql`
      select tanggal,
        (count(*) filter (where status = 'MENUNGGU'))::int as menunggu,
        (count(*) filter (where status = 'DITERIMA'))::int as diterima,
        (count(*) filter (where status = 'DITOLAK'))::int as ditolak,
        (coalesce(sum(menit) filter (where status <> 'DITOLAK'), 0))::int as menit
      from aktivitas
      where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and tanggal between ${dari} and ${sampai}
      group by tanggal`),
  ]);
  const cutiOn = new Map<string, JenisCuti>();
  for (const c of leave) {
    for (const d of tanggalAntara(c.mulai < dari ? dari : c.mulai, c.selesai > sampai ? sampai : c.selesai)) cutiOn.set(d, c.jenis as JenisCuti);
  }
  const byDay = new Map(counts.map((r) => [r.tanggal, r]));
  const hari: HariKalender[] = tanggalAntara(dari, sampai).map((tanggal) => {
    const { jenis, namaLibur } = infoHari(tanggal, libur.nasional, libur.instansi);
    const a = byDay.get(tanggal);
    const aktivitas = { menunggu: a?.menunggu ?? 0, diterima: a?.diterima ?? 0, ditolak: a?.ditolak ?? 0 };
    const c = cutiOn.get(tanggal) ?? null;
    return {
      tanggal, jenis, namaLibur, cuti: c, aktivitas, menit: a?.menit ?? 0,
      status: statusHari({ tanggal, jenis, cuti: c, aktivitasTerhitung: aktivitas.menunggu + aktivitas.diterima }, hariIni),
    };
  });
  const count = (s: HariKalender['status']) => hari.filter((h) => h.status === s).length;
  return {
    pegawai: { id: p.id, namaLengkap: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }), nipTampil: nipTampil(p.nip) },
    bulan, hariIni, hari,
    ringkasan: { hariKerja: hari.filter((h) => h.jenis === 'KERJA').length, terisi: count('TERISI'), kosong: count('KOSONG'), cuti: count('CUTI') },
  };
}

// ---- Days off ----

const tahunIni = () => Number(todayWib().slice(0, 4));
const WEEKEND = 'Tanggal ini hari Sabtu atau Minggu, sudah bukan hari kerja';

/** National days plus the caller's instansi days of one year, by date. The superadmin (no instansi) sees national days only. */
export async function listHariLibur(db: Db, actor: Actor, tahun = tahunIni()): Promise<HariLibur[]> {
  if (!actor.instansiId) requireSuperadmin(actor);
  const dari = `${tahun}-01-01`, sampai = `${tahun}-12-31`;
  const nas = await db.select().from(hariLiburNasional)
    .where(and(gte(hariLiburNasional.tanggal, dari), lte(hariLiburNasional.tanggal, sampai))).orderBy(asc(hariLiburNasional.tanggal));
  const ins = actor.instansiId
    ? await db.select().from(hariLiburInstansi).where(and(eq(hariLiburInstansi.instansiId, actor.instansiId),
      gte(hariLiburInstansi.tanggal, dari), lte(hariLiburInstansi.tanggal, sampai)))
    : [];
  const out: HariLibur[] = [
    ...nas.map((r) => ({ tanggal: r.tanggal, nama: r.nama, jenis: r.jenis as HariLibur['jenis'], sumber: r.sumber })),
    ...ins.map((r) => ({ tanggal: r.tanggal, nama: r.nama, jenis: 'LIBUR_INSTANSI' as const, sumber: null })),
  ];
  return out.sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.jenis.localeCompare(b.jenis));
}

export async function addHariLiburInstansi(db: Db, actor: Actor, raw: HariLiburInstansiInput): Promise<HariLibur> {
  const instansiId = requireAdmin(actor);
  const input = InstansiDaySchema.parse(raw);
  if (isAkhirPekan(input.tanggal)) throw invalid({ tanggal: WEEKEND });
  try {
    return await db.transaction(async (tx) => {
      const [nas] = await tx.select().from(hariLiburNasional).where(eq(hariLiburNasional.tanggal, input.tanggal));
      if (nas) throw invalid({ tanggal: `Tanggal ini sudah hari libur nasional: ${nas.nama}` });
      const [row] = await tx.insert(hariLiburInstansi).values({ instansiId, ...input }).returning();
      await audit(tx, actor, instansiId, { entitas: 'hari_libur_instansi', entitasId: input.tanggal, aksi: 'CREATE', sesudah: row });
      return { tanggal: row!.tanggal, nama: row!.nama, jenis: 'LIBUR_INSTANSI' as const, sumber: null };
    });
  } catch (e) {
    if (pgCode(e) === UNIQUE_VIOLATION) throw invalid({ tanggal: 'Tanggal ini sudah ada di daftar hari libur instansi' });
    throw e;
  }
}

export async function deleteHariLiburInstansi(db: Db, actor: Actor, tanggal: string): Promise<void> {
  const instansiId = requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(hariLiburInstansi)
      .where(and(eq(hariLiburInstansi.instansiId, instansiId), eq(hariLiburInstansi.tanggal, tanggal))).returning();
    if (!row) throw notFound('Hari libur');
    await audit(tx, actor, instansiId, { entitas: 'hari_libur_instansi', entitasId: tanggal, aksi: 'DELETE', sebelum: row });
  });
}

/**
 * National days belong to no tenant, and the audit trail is kept per instansi; a change reaches
 * every instansi's working days, so it is written into every instansi's trail (one statement).
 */
async function auditNasional(tx: DbOrTx, actor: Actor, tanggal: string, aksi: string, sebelum: unknown, sesudah: unknown) {
  const json = (v: unknown): SQL => (v === null ? sql`null` : sql`${JSON.stringify(v)}::jsonb`);
  await tx.execute(sql`insert into audit_log (instansi_id, akun_id, entitas, entitas_id, aksi, sebelum, sesudah)
    select id, ${actor.akunId}, 'hari_libur_nasional', ${tanggal}, ${aksi}, ${json(sebelum)}, ${json(sesudah)} from instansi`);
}

const presentNasional = (r: typeof hariLiburNasional.$inferSelect): HariLibur =>
  ({ tanggal: r.tanggal, nama: r.nama, jenis: r.jenis as HariLibur['jenis'], sumber: r.sumber });
const duplicateNasional = (e: unknown) =>
  (pgCode(e) === UNIQUE_VIOLATION ? invalid({ tanggal: 'Tanggal ini sudah ada di daftar hari libur nasional' }) : e);

export async function addHariLiburNasional(db: Db, actor: Actor, raw: HariLiburNasionalInput): Promise<HariLibur> {
  requireSuperadmin(actor);
  const input = NasionalDaySchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(hariLiburNasional).values(input).returning();
      await auditNasional(tx, actor, input.tanggal, 'CREATE', null, row);
      return presentNasional(row!);
    });
  } catch (e) { throw duplicateNasional(e); }
}

/** Edits a national day; a changed `tanggal` moves it (an SKB revision may shift a cuti bersama). */
export async function updateHariLiburNasional(db: Db, actor: Actor, tanggal: string, raw: HariLiburNasionalInput): Promise<HariLibur> {
  requireSuperadmin(actor);
  const input = NasionalDaySchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const [cur] = await tx.select().from(hariLiburNasional).where(eq(hariLiburNasional.tanggal, tanggal)).for('update');
      if (!cur) throw notFound('Hari libur nasional');
      const [row] = await tx.update(hariLiburNasional).set(input).where(eq(hariLiburNasional.tanggal, tanggal)).returning();
      await auditNasional(tx, actor, tanggal, 'UPDATE', cur, row);
      return presentNasional(row!);
    });
  } catch (e) { throw duplicateNasional(e); }
}

export async function deleteHariLiburNasional(db: Db, actor: Actor, tanggal: string): Promise<void> {
  requireSuperadmin(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(hariLiburNasional).where(eq(hariLiburNasional.tanggal, tanggal)).returning();
    if (!row) throw notFound('Hari libur nasional');
    await auditNasional(tx, actor, tanggal, 'DELETE', row, null);
  });
}

// ---- Leave ----

const tanggalFmt = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** '2026-03-02' → '2 Maret 2026', for messages. */
const tanggalId = (d: string) => tanggalFmt.format(new Date(`${d}T00:00:00Z`));

export interface CutiFilter { pegawaiId?: string; tahun?: number; page?: number; pageSize?: number }

/** Leave rows with the pegawai's name and the working days inside each, newest first. */
async function cutiRows(db: DbOrTx, instansiId: string, where: SQL[], limit: number, offset: number) {
  const rows = await db.select({
    c: cuti, nama: pegawai.nama, gd: pegawai.gelarDepan, gb: pegawai.gelarBelakang, nip: pegawai.nip,
    total: sql<number>`(count(*) over ())::int`,
  }).from(cuti).innerJoin(pegawai, and(eq(pegawai.instansiId, cuti.instansiId), eq(pegawai.id, cuti.pegawaiId)))
    .where(and(eq(cuti.instansiId, instansiId), ...where)).orderBy(desc(cuti.mulai), asc(pegawai.nama), asc(cuti.id))
    .limit(limit).offset(offset);
  if (!rows.length) return { items: [] as Cuti[], total: 0 };
  const dari = rows.reduce((m, r) => (r.c.mulai < m ? r.c.mulai : m), rows[0]!.c.mulai);
  const sampai = rows.reduce((m, r) => (r.c.selesai > m ? r.c.selesai : m), rows[0]!.c.selesai);
  const libur = await loadLibur(db, instansiId, dari, sampai);
  const items = rows.map((r): Cuti => ({
    id: r.c.id, pegawaiId: r.c.pegawaiId, pegawaiNama: namaLengkap({ nama: r.nama, gelarDepan: r.gd, gelarBelakang: r.gb }),
    pegawaiNip: nipTampil(r.nip), jenis: r.c.jenis as JenisCuti, mulai: r.c.mulai, selesai: r.c.selesai, keterangan: r.c.keterangan,
    hariKerja: hariKerjaAntara(r.c.mulai, r.c.selesai, libur.nasional, libur.instansi).length,
  }));
  return { items, total: rows[0]!.total };
}

/**
 * Leave records. The admin sees the whole instansi; anyone else sees their own, or that of a
 * pegawai they may see (an atasan's team: the same leave shows on that pegawai's calendar).
 */
export async function listCuti(db: Db, actor: Actor, f: CutiFilter = {}): Promise<CutiPage> {
  if (!actor.instansiId) throw forbidden('Akun ini tidak terikat pada instansi');
  const instansiId = actor.instansiId;
  const page = f.page ?? 1, pageSize = f.pageSize ?? 25;
  let pegawaiId = f.pegawaiId;
  if (!isAdmin(actor)) {
    pegawaiId ??= actor.pegawaiId ?? undefined;
    if (!pegawaiId) return { items: [], total: 0, page, pageSize };
    if (pegawaiId !== actor.pegawaiId) await visiblePegawai(db, actor, pegawaiId);
  }
  const where: SQL[] = [];
  if (pegawaiId) where.push(eq(cuti.pegawaiId, pegawaiId));
  if (f.tahun) where.push(lte(cuti.mulai, `${f.tahun}-12-31`), gte(cuti.selesai, `${f.tahun}-01-01`));
  return { ...(await cutiRows(db, instansiId, where, pageSize, (page - 1) * pageSize)), page, pageSize };
}

/** Records leave; refuses leave that overlaps another of the same pegawai. */
export async function addCuti(db: Db, actor: Actor, raw: CutiInput): Promise<Cuti> {
  const instansiId = requireAdmin(actor);
  const input = CutiSchema.parse(raw);
  const id = await db.transaction(async (tx) => {
    // Locking the pegawai row makes two overlapping requests for the same person wait for each other.
    const [p] = await tx.select({ id: pegawai.id }).from(pegawai)
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, input.pegawaiId))).for('no key update');
    if (!p) throw invalid({ pegawaiId: 'Pegawai tidak ditemukan' });
    const [clash] = await tx.select().from(cuti).where(and(eq(cuti.instansiId, instansiId), eq(cuti.pegawaiId, input.pegawaiId),
      lte(cuti.mulai, input.selesai), gte(cuti.selesai, input.mulai))).orderBy(asc(cuti.mulai)).limit(1);
    if (clash) {
      const label = LABEL_JENIS_CUTI[clash.jenis as JenisCuti] ?? clash.jenis;
      throw invalid({ mulai: `Beririsan dengan ${label.toLowerCase()} ${tanggalId(clash.mulai)} s.d. ${tanggalId(clash.selesai)}` });
    }
    const [row] = await tx.insert(cuti).values({ instansiId, ...input }).returning();
    await audit(tx, actor, instansiId, { entitas: 'cuti', entitasId: row!.id, aksi: 'CREATE', sesudah: row });
    return row!.id;
  });
  return (await cutiRows(db, instansiId, [eq(cuti.id, id)], 1, 0)).items[0]!;
}

export async function deleteCuti(db: Db, actor: Actor, id: string): Promise<void> {
  const instansiId = requireAdmin(actor);
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(cuti).where(and(eq(cuti.instansiId, instansiId), eq(cuti.id, id))).returning();
    if (!row) throw notFound('Cuti');
    await audit(tx, actor, instansiId, { entitas: 'cuti', entitasId: id, aksi: 'DELETE', sebelum: row });
  });
}
