// Reading and editing an SKP: the owner writes the plan, the penilai writes the ekspektasi khusus.
// Every save carries the version it was based on; a stale one gets 409 with what differs.
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  SkpIsi, type SkpCreateRequest, type SkpIsiInput, type SkpRingkas, type Skp, type Lampiran,
  Ekspektasi as EkspektasiSchema,
} from '../../contracts/skp.ts';
import { SkpCreateRequest as CreateSchema } from '../../contracts/skp.ts';
import { queryRows, type Db, type DbOrTx, type Tx } from '../../db/client.ts';
import { periode, skp, skpTemplate } from '../../db/schema.ts';
import type { PendekatanSkp } from '../../domain/enums.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { pgCode, UNIQUE_VIOLATION } from '../../lib/pg-errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { canSeePegawai, pegawaiVisibleRowSql } from '../../policy/org.policy.ts';
import { audit } from '../audit.ts';
import { bandingkanIsi, readIsi, withoutIds, writeIsi } from './isi.ts';
import { kekuranganSkp } from './kekurangan.ts';
import {
  loadPeriode, loadVisibleSkp, modelFor, pegawaiInfo, penilaiOf, penilaiRhk, versions, type SkpRow,
} from './skp-context.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface Kepala { pegawai: Skp['pegawai']; penilai: Skp['penilai']; atasanPenilai: Skp['atasanPenilai'] }

/** The header as it is today; frozen into `skp.kepala` at approval. */
export async function kepalaNow(db: DbOrTx, row: SkpRow): Promise<Kepala & { atasanIdNow: string | null; jabatanJenis: string }> {
  const first = await pegawaiInfo(db, row.instansiId, [row.pegawaiId]);
  const me = first.get(row.pegawaiId)!;
  const penilaiId = penilaiOf(row, me.atasanId);
  const second = await pegawaiInfo(db, row.instansiId, penilaiId ? [penilaiId] : []);
  const penilai = penilaiId ? second.get(penilaiId) : undefined;
  const third = await pegawaiInfo(db, row.instansiId, penilai?.atasanId ? [penilai.atasanId] : []);
  return {
    pegawai: me.ringkas, penilai: penilai?.ringkas ?? null,
    atasanPenilai: penilai?.atasanId ? third.get(penilai.atasanId)?.ringkas ?? null : null,
    atasanIdNow: me.atasanId, jabatanJenis: me.jabatanJenis,
  };
}

export async function presentSkp(db: DbOrTx, actor: Actor, row: SkpRow): Promise<Skp> {
  const per = await loadPeriode(db, row.instansiId, row.periodeId);
  const live = await kepalaNow(db, row);
  const frozen = row.status === 'DISETUJUI' && row.kepala ? (row.kepala as Kepala) : null;
  const kepala = frozen ?? live;
  const penilaiId = kepala.penilai?.id ?? null;
  const rhkList = await readIsi(db, row.instansiId, row.id);
  const atas = await penilaiRhk(db, row.instansiId, row.periodeId, penilaiId);
  const all = await versions(db, row);
  const latest = all[all.length - 1]!.id === row.id;
  const lampiran = row.lampiran as Lampiran;
  const model = row.model as Skp['model'];
  const pendekatan = row.pendekatan as PendekatanSkp;
  const kekurangan = row.status === 'DISETUJUI' ? [] : kekuranganSkp({ rhk: rhkList, lampiran }, {
    model, pendekatan, adaPenilai: !!penilaiId, penilaiPunyaRhk: atas.ids.size > 0, rhkPenilai: atas.ids,
  });
  const me = actor.pegawaiId;
  const open = per.status === 'DIBUKA' && latest;
  const owner = !!me && me === row.pegawaiId;
  const isPenilai = !!me && me === penilaiId;
  const admin = isAdmin(actor);
  return {
    id: row.id, periodeId: row.periodeId, tahun: per.tahun, versi: row.versi, model, pendekatan,
    status: row.status as Skp['status'], mulai: row.mulai, selesai: row.selesai,
    pegawai: kepala.pegawai, penilai: kepala.penilai, atasanPenilai: kepala.atasanPenilai,
    penilaiSumber: row.penilaiSumber as 'ORG' | 'ADMIN', penilaiAlasan: row.penilaiAlasan,
    rhk: rhkList, lampiran, ekspektasi: row.ekspektasi as Skp['ekspektasi'],
    catatanPengembalian: row.catatanPengembalian, revisiDariId: row.revisiDariId,
    jenisRevisi: row.jenisRevisi as Skp['jenisRevisi'], alasanRevisi: row.alasanRevisi,
    diajukanAt: iso(row.diajukanAt), disetujuiAt: iso(row.disetujuiAt), updatedAt: row.updatedAt.toISOString(),
    diubahOleh: row.diubahOleh, version: row.version, kekurangan,
    akses: {
      ubah: open && owner && row.status === 'DRAFT',
      ajukan: open && owner && row.status === 'DRAFT',
      // Top of the chain (penilai outside the system, e.g. the kepala daerah): the admin records the approval.
      setujui: open && row.status === 'DIAJUKAN' && (isPenilai || (!penilaiId && admin)),
      kembalikan: open && row.status === 'DIAJUKAN' && (isPenilai || (!penilaiId && admin)),
      revisi: open && row.status === 'DISETUJUI' && (owner || isPenilai || admin),
      ubahEkspektasi: open && isPenilai && row.status !== 'DISETUJUI',
      ubahPenilai: open && admin,
    },
    versiLain: all.map((v) => ({
      id: v.id, versi: v.versi, status: v.status as Skp['status'], mulai: v.mulai, selesai: v.selesai,
      jenisRevisi: v.jenisRevisi as Skp['jenisRevisi'], alasanRevisi: v.alasanRevisi,
    })),
    rhkAtasan: atas.options,
  };
}

export async function getSkp(db: Db, actor: Actor, id: string): Promise<Skp> {
  return presentSkp(db, actor, await loadVisibleSkp(db, actor, id));
}

interface ListRow {
  pegawai_id: string; skp_id: string | null; status: string | null; versi: number | null; jumlah_rhk: number;
  diajukan_at: Date | string | null; updated_at: Date | string | null; mulai: string | null; selesai: string | null;
  penilai_id: string | null; penilai_sumber: string | null; kepala: unknown;
}
const isoAny = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * saya: the caller's own SKP (all versions); bawahan: direct subordinates with the status of their
 * latest version (BELUM_MULAI when none); dinilai: SKP where the caller is the recorded penilai.
 * With `pegawaiId`: all versions of that pegawai's SKP, if the caller may see that pegawai.
 */
export async function listSkp(
  db: Db, actor: Actor, periodeId: string, lingkup: 'saya' | 'bawahan' | 'dinilai', pegawaiId?: string,
): Promise<SkpRingkas[]> {
  const instansiId = tenantOf(actor);
  await loadPeriode(db, instansiId, periodeId);
  const me = actor.pegawaiId;
  let who: SQL;
  if (pegawaiId) {
    if (!(await canSeePegawai(db, actor, pegawaiId))) throw notFound('Pegawai');
    who = sql`p.id = ${pegawaiId}`;
  } else {
    if (!me) return [];
    who = lingkup === 'saya' ? sql`p.id = ${me}`
      : lingkup === 'bawahan' ? sql`p.atasan_id = ${me} and p.status = 'AKTIF'`
        : sql`p.id in (select pegawai_id from skp where instansi_id = ${instansiId} and periode_id = ${periodeId} and penilai_id = ${me})`;
  }
  const allVersions = !!pegawaiId || lingkup === 'saya';
  const dinilai = !pegawaiId && lingkup === 'dinilai';
  const rows = await queryRows<ListRow>(db, sql`select p.id as pegawai_id, s.id as skp_id, s.status, s.versi,
      (select count(*)::int from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id) as jumlah_rhk,
      s.diajukan_at, s.updated_at, s.mulai::text as mulai, s.selesai::text as selesai,
      s.penilai_id, s.penilai_sumber, s.kepala
    from pegawai p join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id
    left join skp s on s.instansi_id = p.instansi_id and s.pegawai_id = p.id and s.periode_id = ${periodeId}
      ${allVersions ? sql`` : sql`and s.versi = (select max(versi) from skp x where x.instansi_id = s.instansi_id and x.pegawai_id = s.pegawai_id and x.periode_id = s.periode_id)`}
    where p.instansi_id = ${instansiId} and ${who}
      and (${pegawaiVisibleRowSql(actor)} or ${dinilai ? sql`true` : sql`false`})
    order by p.nama, s.versi`);
  const shown = rows.filter((r) => !allVersions || r.skp_id);
  const info = await pegawaiInfo(db, instansiId, shown.map((r) => r.pegawai_id));
  // Same rule as the SKP itself: the header frozen at approval, else penilaiOf.
  const penilaiIds = shown.map((r) => {
    if (!r.skp_id) return null;
    if (r.status === 'DISETUJUI' && r.kepala) return null;
    const row = { status: r.status, penilaiSumber: r.penilai_sumber, penilaiId: r.penilai_id } as SkpRow;
    return penilaiOf(row, info.get(r.pegawai_id)!.atasanId);
  });
  const penilaiInfo = await pegawaiInfo(db, instansiId, penilaiIds.filter((x): x is string => !!x));
  return shown.map((r, i) => ({
    id: r.skp_id, pegawai: info.get(r.pegawai_id)!.ringkas, status: (r.status ?? 'BELUM_MULAI') as SkpRingkas['status'],
    versi: r.versi, jumlahRhk: r.jumlah_rhk, diajukanAt: isoAny(r.diajukan_at), updatedAt: isoAny(r.updated_at),
    mulai: r.mulai, selesai: r.selesai,
    penilai: r.status === 'DISETUJUI' && r.kepala ? (r.kepala as Kepala).penilai
      : penilaiIds[i] ? penilaiInfo.get(penilaiIds[i]!)?.ringkas ?? null : null,
  }));
}

/** Starts the caller's SKP for a periode: empty, from last year's SKP, or from a jabatan template. */
export async function createSkp(db: Db, actor: Actor, raw: SkpCreateRequest): Promise<Skp> {
  const instansiId = tenantOf(actor);
  const req = CreateSchema.parse(raw);
  const me = actor.pegawaiId;
  if (!me) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai, jadi tidak punya SKP');
  const per = await loadPeriode(db, instansiId, req.periodeId);
  if (per.status !== 'DIBUKA') throw new AppError('BUSINESS_RULE', 'Periode sudah dikunci');
  const info = (await pegawaiInfo(db, instansiId, [me])).get(me)!;
  try {
    const row = await db.transaction(async (tx) => {
      const model = modelFor(info.jabatanJenis);
      const [created] = await tx.insert(skp).values({
        instansiId, periodeId: per.id, pegawaiId: me, versi: 1, model,
        // JPT SKP has no aspek columns; the kuantitatif choice applies to JA/JF (skp-rules.md §1).
        pendekatan: model === 'JPT' ? 'KUALITATIF' : per.pendekatan,
        mulai: per.mulai, selesai: per.selesai, penilaiId: info.atasanId, diubahOleh: actor.username,
      }).returning();
      const isi = await startingContent(tx, instansiId, me, info.jabatanId, per.tahun, req);
      if (isi) {
        await writeIsi(tx, instansiId, created!.id, isi.rhk);
        if (isi.lampiran) await tx.update(skp).set({ lampiran: isi.lampiran }).where(and(eq(skp.instansiId, instansiId), eq(skp.id, created!.id)));
      }
      await audit(tx, actor, instansiId, { entitas: 'skp', entitasId: created!.id, aksi: 'CREATE', sesudah: { sumber: req.sumber, ...(isi ?? {}) } });
      return (await tx.select().from(skp).where(and(eq(skp.instansiId, instansiId), eq(skp.id, created!.id))))[0]!;
    });
    return presentSkp(db, actor, row);
  } catch (e) {
    if (pgCode(e) === UNIQUE_VIOLATION) {
      const [cur] = await db.select({ id: skp.id }).from(skp)
        .where(and(eq(skp.instansiId, instansiId), eq(skp.periodeId, per.id), eq(skp.pegawaiId, me))).orderBy(desc(skp.versi)).limit(1);
      throw new AppError('CONFLICT', 'SKP Anda untuk periode ini sudah ada', { id: cur?.id });
    }
    throw e;
  }
}

async function startingContent(tx: Tx, instansiId: string, me: string, jabatanId: string, tahun: number, req: ReturnType<typeof CreateSchema.parse>) {
  if (req.sumber === 'TAHUN_LALU') {
    const [prev] = await tx.select({ id: skp.id, lampiran: skp.lampiran }).from(skp)
      .innerJoin(periode, and(eq(periode.instansiId, skp.instansiId), eq(periode.id, skp.periodeId)))
      .where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, me), eq(periode.tahun, tahun - 1)))
      .orderBy(desc(skp.versi)).limit(1);
    if (!prev) throw new AppError('BUSINESS_RULE', `Tidak ada SKP tahun ${tahun - 1} untuk disalin`);
    // Last year's intervensi pointed at last year's RHK of the atasan: they must be chosen again.
    const rhkList = withoutIds(await readIsi(tx, instansiId, prev.id)).map((r) => ({ ...r, intervensiRhkId: null, intervensiTeks: null }));
    return { rhk: rhkList, lampiran: prev.lampiran as Lampiran };
  }
  if (req.sumber === 'TEMPLATE') {
    if (!req.templateId) throw invalid({ templateId: 'Pilih template' });
    return { rhk: await templateRhk(tx, instansiId, req.templateId, jabatanId), lampiran: null };
  }
  return null;
}

export async function templateRhk(db: DbOrTx, instansiId: string, templateId: string, jabatanId: string): Promise<SkpIsi['rhk']> {
  const [t] = await db.select().from(skpTemplate)
    .where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, templateId), eq(skpTemplate.jabatanId, jabatanId)));
  if (!t) throw invalid({ templateId: 'Template tidak ditemukan untuk jabatan Anda' });
  return SkpIsi.parse({ rhk: t.isi }).rhk;
}

function assertPeriodeOpen(status: string) {
  if (status !== 'DIBUKA') throw new AppError('BUSINESS_RULE', 'Periode sudah dikunci; SKP tidak dapat diubah');
}

/** Checks the caller may edit the body now, under a row lock. */
export async function lockForOwnerEdit(tx: Tx, actor: Actor, id: string, version: number) {
  const row = await loadVisibleSkp(tx, actor, id, true);
  if (row.pegawaiId !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Hanya pemilik SKP yang dapat mengubah isinya');
  const per = await loadPeriode(tx, row.instansiId, row.periodeId);
  assertPeriodeOpen(per.status);
  const all = await versions(tx, row);
  if (all[all.length - 1]!.id !== row.id) throw new AppError('BUSINESS_RULE', 'Versi SKP ini sudah digantikan revisi; ubah versi terbaru');
  return { row, per };
}

/** Saves the plan (autosave of drafts). Intervensi must point at the penilai's RHK of this periode. */
export async function saveSkp(db: Db, actor: Actor, id: string, raw: SkpIsiInput & { version: number }): Promise<Skp> {
  const isi = SkpIsi.parse(raw);
  const row = await db.transaction(async (tx) => {
    const { row: cur } = await lockForOwnerEdit(tx, actor, id, raw.version);
    const before = { rhk: await readIsi(tx, cur.instansiId, id), lampiran: cur.lampiran as Lampiran };
    if (cur.version !== raw.version) {
      throw versionConflict({ version: cur.version, diubahOleh: cur.diubahOleh, updatedAt: cur.updatedAt.toISOString(), perubahan: bandingkanIsi(before, isi) });
    }
    if (cur.status !== 'DRAFT') {
      throw new AppError('BUSINESS_RULE', cur.status === 'DIAJUKAN'
        ? 'SKP sedang diperiksa atasan; tunggu dikembalikan atau disetujui'
        : 'SKP sudah disetujui; ajukan revisi untuk mengubahnya');
    }
    const { atasanIdNow } = await kepalaNow(tx, cur);
    const penilaiId = penilaiOf(cur, atasanIdNow);
    const atas = await penilaiRhk(tx, cur.instansiId, cur.periodeId, penilaiId);
    const fields: Record<string, string> = {};
    isi.rhk.forEach((r, i) => {
      if (r.intervensiRhkId && !atas.ids.has(r.intervensiRhkId)) fields[`rhk.${i}.intervensiRhkId`] = 'Pilih RHK dari SKP pejabat penilai Anda';
    });
    if (Object.keys(fields).length) throw invalid(fields);
    await writeIsi(tx, cur.instansiId, id, isi.rhk);
    const [next] = await tx.update(skp).set({
      lampiran: isi.lampiran, penilaiId, version: cur.version + 1, updatedAt: new Date(), diubahOleh: actor.username,
    }).where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, id))).returning();
    const perubahan = bandingkanIsi(before, isi);
    await audit(tx, actor, cur.instansiId, { entitas: 'skp', entitasId: id, aksi: 'UPDATE', sebelum: before, sesudah: { ...isi, perubahan } });
    return next!;
  });
  return presentSkp(db, actor, row);
}

/** The penilai's ekspektasi khusus per BerAKHLAK value (PermenPANRB 6/2022: penetapan ekspektasi). */
export async function setEkspektasi(db: Db, actor: Actor, id: string, raw: { ekspektasi: unknown; version: number }): Promise<Skp> {
  const ekspektasi = EkspektasiSchema.parse(raw.ekspektasi);
  const row = await db.transaction(async (tx) => {
    const cur = await loadVisibleSkp(tx, actor, id, true);
    const { atasanIdNow } = await kepalaNow(tx, cur);
    if (!actor.pegawaiId || penilaiOf(cur, atasanIdNow) !== actor.pegawaiId) {
      throw new AppError('FORBIDDEN', 'Hanya pejabat penilai yang menetapkan ekspektasi khusus');
    }
    assertPeriodeOpen((await loadPeriode(tx, cur.instansiId, cur.periodeId)).status);
    if (cur.version !== raw.version) throw versionConflict({ version: cur.version, diubahOleh: cur.diubahOleh, updatedAt: cur.updatedAt.toISOString(), perubahan: [] });
    if (cur.status === 'DISETUJUI') throw new AppError('BUSINESS_RULE', 'SKP sudah disetujui; ekspektasi diubah lewat revisi');
    const [next] = await tx.update(skp).set({ ekspektasi, version: cur.version + 1, updatedAt: new Date(), diubahOleh: actor.username })
      .where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, id))).returning();
    await audit(tx, actor, cur.instansiId, { entitas: 'skp', entitasId: id, aksi: 'EKSPEKTASI', sebelum: cur.ekspektasi, sesudah: ekspektasi });
    return next!;
  });
  return presentSkp(db, actor, row);
}

