// SKP workflow (skp-rules.md §2.1): DRAFT → DIAJUKAN → DISETUJUI, or back to DRAFT with the
// penilai's catatan; after approval a revision opens a new version and closes the old one.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Lampiran, RevisiRequest, Skp } from '../../contracts/skp.ts';
import { RevisiRequest as RevisiSchema } from '../../contracts/skp.ts';
import type { Db, Tx } from '../../db/client.ts';
import { akun, auditLog, pegawai, skp } from '../../db/schema.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { requireAdmin } from '../../policy/org.policy.ts';
import { audit } from '../audit.ts';
import { copyIsi, readIsi } from './isi.ts';
import { kekuranganSkp } from './kekurangan.ts';
import { kepalaNow, presentSkp } from './skp.service.ts';
import { loadPeriode, loadVisibleSkp, modelFor, pegawaiInfo, penilaiOf, penilaiRhk, versions, type SkpRow } from './skp-context.ts';

type Step = (tx: Tx, row: SkpRow) => Promise<Partial<typeof skp.$inferInsert> & { aksi: string; sebelum?: unknown; sesudah?: unknown }>;

/** Locks the row, checks version, periode and that this is the latest version, then applies `step`. */
async function transition(db: Db, actor: Actor, id: string, version: number, step: Step): Promise<Skp> {
  const row = await db.transaction(async (tx) => {
    const cur = await loadVisibleSkp(tx, actor, id, true);
    if ((await loadPeriode(tx, cur.instansiId, cur.periodeId)).status !== 'DIBUKA') {
      throw new AppError('BUSINESS_RULE', 'Periode sudah dikunci; SKP tidak dapat diubah');
    }
    if (cur.version !== version) throw versionConflict({ version: cur.version, diubahOleh: cur.diubahOleh, updatedAt: cur.updatedAt.toISOString(), perubahan: [] });
    const all = await versions(tx, cur);
    if (all[all.length - 1]!.id !== cur.id) throw new AppError('BUSINESS_RULE', 'Versi SKP ini sudah digantikan revisi');
    const { aksi, sebelum, sesudah, ...set } = await step(tx, cur);
    const [next] = await tx.update(skp).set({ ...set, version: cur.version + 1, updatedAt: new Date(), diubahOleh: actor.username })
      .where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, id))).returning();
    await audit(tx, actor, cur.instansiId, { entitas: 'skp', entitasId: id, aksi, sebelum: sebelum ?? { status: cur.status }, sesudah: sesudah ?? { status: next!.status } });
    return next!;
  });
  return presentSkp(db, actor, row);
}

export function ajukanSkp(db: Db, actor: Actor, id: string, version: number) {
  return transition(db, actor, id, version, async (tx, cur) => {
    if (cur.pegawaiId !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Hanya pemilik SKP yang dapat mengajukannya');
    if (cur.status !== 'DRAFT') throw new AppError('BUSINESS_RULE', cur.status === 'DIAJUKAN' ? 'SKP sudah diajukan' : 'SKP sudah disetujui');
    const { atasanIdNow } = await kepalaNow(tx, cur);
    const penilaiId = penilaiOf(cur, atasanIdNow);
    const atas = await penilaiRhk(tx, cur.instansiId, cur.periodeId, penilaiId);
    const kurang = kekuranganSkp({ rhk: await readIsi(tx, cur.instansiId, cur.id), lampiran: cur.lampiran as Lampiran }, {
      model: cur.model as Skp['model'], pendekatan: cur.pendekatan as Skp['pendekatan'],
      adaPenilai: !!penilaiId, penilaiPunyaRhk: atas.ids.size > 0, rhkPenilai: atas.ids,
    });
    if (kurang.length) throw new AppError('BUSINESS_RULE', 'SKP belum lengkap', { kekurangan: kurang });
    return { aksi: 'AJUKAN', status: 'DIAJUKAN', penilaiId, diajukanAt: new Date(), catatanPengembalian: null };
  });
}

/** The recorded penilai decides; with no penilai in the system (top of the chain) the admin records it. */
async function requireDecider(tx: Tx, actor: Actor, cur: SkpRow) {
  if (cur.status !== 'DIAJUKAN') throw new AppError('BUSINESS_RULE', cur.status === 'DRAFT' ? 'SKP belum diajukan' : 'SKP sudah disetujui');
  const ok = cur.penilaiId ? actor.pegawaiId === cur.penilaiId : isAdmin(actor);
  if (!ok) throw new AppError('FORBIDDEN', 'Hanya pejabat penilai SKP ini yang dapat memutuskannya');
  return tx;
}

export function setujuiSkp(db: Db, actor: Actor, id: string, version: number) {
  return transition(db, actor, id, version, async (tx, cur) => {
    await requireDecider(tx, actor, cur);
    const { pegawai: p, penilai, atasanPenilai } = await kepalaNow(tx, cur);
    return {
      aksi: 'SETUJUI', status: 'DISETUJUI', disetujuiAt: new Date(), disetujuiOlehAkunId: actor.akunId,
      kepala: { pegawai: p, penilai, atasanPenilai },
    };
  });
}

export function kembalikanSkp(db: Db, actor: Actor, id: string, version: number, catatan: string) {
  return transition(db, actor, id, version, async (tx, cur) => {
    await requireDecider(tx, actor, cur);
    return { aksi: 'KEMBALIKAN', status: 'DRAFT', catatanPengembalian: catatan, sesudah: { status: 'DRAFT', catatan } };
  });
}

const dayBefore = (d: string) => new Date(Date.parse(d + 'T00:00:00Z') - 86_400_000).toISOString().slice(0, 10);

/**
 * Revision after approval (mutasi, reorganisasi, new atasan, changed targets): the approved version
 * is closed the day before `berlakuMulai` and stays readable; a new DRAFT version starts that day
 * with the same content, the current model and the current atasan as penilai.
 */
export async function revisiSkp(db: Db, actor: Actor, id: string, raw: RevisiRequest): Promise<Skp> {
  const req = RevisiSchema.parse(raw);
  const row = await db.transaction(async (tx) => {
    const cur = await loadVisibleSkp(tx, actor, id, true);
    const per = await loadPeriode(tx, cur.instansiId, cur.periodeId);
    if (per.status !== 'DIBUKA') throw new AppError('BUSINESS_RULE', 'Periode sudah dikunci; SKP tidak dapat direvisi');
    if (cur.version !== req.version) throw versionConflict({ version: cur.version, diubahOleh: cur.diubahOleh, updatedAt: cur.updatedAt.toISOString(), perubahan: [] });
    const all = await versions(tx, cur);
    if (all[all.length - 1]!.id !== cur.id) throw new AppError('BUSINESS_RULE', 'Versi SKP ini sudah digantikan revisi');
    const allowed = actor.pegawaiId === cur.pegawaiId || actor.pegawaiId === cur.penilaiId || isAdmin(actor);
    if (!allowed) throw new AppError('FORBIDDEN', 'Revisi SKP diajukan oleh pemiliknya, pejabat penilai, atau admin');
    if (cur.status !== 'DISETUJUI') throw new AppError('BUSINESS_RULE', 'Hanya SKP yang sudah disetujui yang direvisi; draft dapat langsung diubah');
    if (req.berlakuMulai <= cur.mulai || req.berlakuMulai > cur.selesai) {
      throw invalid({ berlakuMulai: `Tanggal berlaku revisi harus setelah ${cur.mulai} dan paling lambat ${cur.selesai}` });
    }
    const info = (await pegawaiInfo(tx, cur.instansiId, [cur.pegawaiId])).get(cur.pegawaiId)!;
    const model = modelFor(info.jabatanJenis);
    const [created] = await tx.insert(skp).values({
      instansiId: cur.instansiId, periodeId: cur.periodeId, pegawaiId: cur.pegawaiId, versi: cur.versi + 1, model,
      pendekatan: model === 'JPT' ? 'KUALITATIF' : per.pendekatan, status: 'DRAFT', mulai: req.berlakuMulai, selesai: cur.selesai,
      penilaiId: info.atasanId, revisiDariId: cur.id, jenisRevisi: req.jenis, alasanRevisi: req.alasan, diubahOleh: actor.username,
    }).returning();
    const copied = await copyIsi(tx, cur.instansiId, cur.id, created!.id);
    await tx.update(skp).set({ lampiran: copied.lampiran, ekspektasi: copied.ekspektasi })
      .where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, created!.id)));
    await tx.update(skp).set({ selesai: dayBefore(req.berlakuMulai), version: cur.version + 1, updatedAt: new Date(), diubahOleh: actor.username })
      .where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, cur.id)));
    await audit(tx, actor, cur.instansiId, [
      { entitas: 'skp', entitasId: cur.id, aksi: 'DITUTUP_REVISI', sebelum: { selesai: cur.selesai }, sesudah: { selesai: dayBefore(req.berlakuMulai), revisiId: created!.id } },
      { entitas: 'skp', entitasId: created!.id, aksi: 'REVISI', sesudah: { dari: cur.id, jenis: req.jenis, alasan: req.alasan, berlakuMulai: req.berlakuMulai } },
    ]);
    return (await tx.select().from(skp).where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, created!.id))))[0]!;
  });
  return presentSkp(db, actor, row);
}

/** Admin correction of the penilai when the org data is wrong (the most common complaint about BKN's system). */
export async function gantiPenilai(db: Db, actor: Actor, id: string, req: { version: number; penilaiId: string; alasan: string }): Promise<Skp> {
  requireAdmin(actor);
  return transition(db, actor, id, req.version, async (tx, cur) => {
    if (req.penilaiId === cur.pegawaiId) throw invalid({ penilaiId: 'Pegawai tidak dapat menilai dirinya sendiri' });
    const [p] = await tx.select({ id: pegawai.id, status: pegawai.status }).from(pegawai)
      .where(and(eq(pegawai.instansiId, cur.instansiId), eq(pegawai.id, req.penilaiId)));
    if (!p) throw invalid({ penilaiId: 'Pegawai penilai tidak ditemukan di instansi ini' });
    if (p.status !== 'AKTIF') throw invalid({ penilaiId: 'Penilai harus pegawai aktif' });
    const { penilai: before } = await kepalaNow(tx, cur);
    return {
      aksi: 'GANTI_PENILAI', penilaiId: req.penilaiId, penilaiSumber: 'ADMIN', penilaiAlasan: req.alasan,
      sebelum: { penilaiId: before?.id ?? null }, sesudah: { penilaiId: req.penilaiId, alasan: req.alasan },
    };
  });
}

/** The audit trail of one SKP (all its versions), newest first. */
export async function riwayatSkp(db: Db, actor: Actor, id: string) {
  const row = await loadVisibleSkp(db, actor, id);
  const ids = (await versions(db, row)).map((v) => v.id);
  const instansiId = tenantOf(actor);
  const rows = await db.select({ a: auditLog, username: akun.username }).from(auditLog)
    .leftJoin(akun, eq(akun.id, auditLog.akunId))
    .where(and(eq(auditLog.instansiId, instansiId), eq(auditLog.entitas, 'skp'), inArray(auditLog.entitasId, ids)))
    .orderBy(desc(auditLog.id)).limit(500);
  if (!rows.length) throw notFound('Riwayat');
  const ids2 = rows.flatMap(({ a }) => a.aksi === 'GANTI_PENILAI'
    ? [(a.sebelum as { penilaiId?: string } | null)?.penilaiId, (a.sesudah as { penilaiId?: string } | null)?.penilaiId] : [])
    .filter((x): x is string => !!x);
  const names = await pegawaiInfo(db, instansiId, ids2);
  const nama = (pid: string | undefined | null) => (pid ? names.get(pid)?.ringkas.nama ?? '' : '(tidak ada)');
  return rows.map(({ a, username }) => ({
    waktu: a.at.toISOString(), oleh: username, aksi: a.aksi, perubahan: perubahanOf(a.aksi, a.sebelum, a.sesudah, nama),
  }));
}

/** Before → after of one audit entry, in the words the history list shows (`tersimpan` = before). */
function perubahanOf(aksi: string, sebelum: unknown, sesudah: unknown, nama: (id: string | undefined | null) => string) {
  const b = (sebelum ?? {}) as Record<string, string | undefined>;
  const a = (sesudah ?? {}) as Record<string, unknown>;
  if (aksi === 'GANTI_PENILAI') {
    return [{ bagian: 'Pejabat penilai', tersimpan: nama(b.penilaiId), milikAnda: nama(a.penilaiId as string) },
      { bagian: 'Alasan', tersimpan: '', milikAnda: String(a.alasan ?? '') }];
  }
  if (aksi === 'KEMBALIKAN') return [{ bagian: 'Catatan penilai', tersimpan: '', milikAnda: String(a.catatan ?? '') }];
  if (aksi === 'REVISI') {
    return [{ bagian: 'Jenis revisi', tersimpan: '', milikAnda: String(a.jenis ?? '') }, { bagian: 'Alasan', tersimpan: '', milikAnda: String(a.alasan ?? '') },
      { bagian: 'Berlaku mulai', tersimpan: '', milikAnda: String(a.berlakuMulai ?? '') }];
  }
  if (aksi === 'DITUTUP_REVISI') return [{ bagian: 'Berlaku sampai', tersimpan: String(b.selesai ?? ''), milikAnda: String(a.selesai ?? '') }];
  return ((a as { perubahan?: unknown }).perubahan as never[] | undefined) ?? [];
}
