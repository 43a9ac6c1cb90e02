// RHK templates per jabatan, so fifty people in the same jabatan start from one plan. Written by the
// admin or by an atasan who has a subordinate in that jabatan; read by anyone in the instansi.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { SkpTemplate } from '../../contracts/skp.ts';
import { SkpIsi, SkpTemplateInput } from '../../contracts/skp.ts';
import { queryRows, type Db, type DbOrTx } from '../../db/client.ts';
import { jabatan, skp, skpTemplate } from '../../db/schema.ts';
import { AppError, notFound, versionConflict } from '../../errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { readIsi, withoutIds, writeIsi } from './isi.ts';
import { lockForOwnerEdit, presentSkp, templateRhk } from './skp.service.ts';
import { loadVisibleSkp, pegawaiInfo } from './skp-context.ts';

type Row = typeof skpTemplate.$inferSelect;
const present = (r: Row, jabatanNama: string): SkpTemplate => ({
  id: r.id, jabatanId: r.jabatanId, jabatan: jabatanNama, nama: r.nama,
  rhk: SkpIsi.parse({ rhk: r.isi }).rhk.map(({ id: _i, intervensiRhkId: _r, ...x }) => x),
  version: r.version, updatedAt: r.updatedAt.toISOString(),
});

async function requireTemplateWriter(db: DbOrTx, actor: Actor, jabatanId: string): Promise<string> {
  const instansiId = tenantOf(actor);
  if (isAdmin(actor)) return instansiId;
  const [hit] = actor.pegawaiId ? await queryRows<{ one: number }>(db, sql`select 1 as one from pegawai
    where instansi_id = ${instansiId} and atasan_id = ${actor.pegawaiId} and jabatan_id = ${jabatanId} limit 1`) : [];
  if (!hit) throw new AppError('FORBIDDEN', 'Template dibuat oleh admin atau atasan yang punya bawahan dengan jabatan ini');
  return instansiId;
}

export async function listTemplate(db: Db, actor: Actor, jabatanId?: string): Promise<SkpTemplate[]> {
  const instansiId = tenantOf(actor);
  const rows = await db.select({ t: skpTemplate, j: jabatan.nama }).from(skpTemplate)
    .innerJoin(jabatan, and(eq(jabatan.instansiId, skpTemplate.instansiId), eq(jabatan.id, skpTemplate.jabatanId)))
    .where(and(eq(skpTemplate.instansiId, instansiId), jabatanId ? eq(skpTemplate.jabatanId, jabatanId) : undefined))
    .orderBy(asc(jabatan.nama), asc(skpTemplate.nama));
  return rows.map(({ t, j }) => present(t, j));
}

async function jabatanNama(db: DbOrTx, instansiId: string, id: string) {
  const [j] = await db.select({ nama: jabatan.nama }).from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, id)));
  if (!j) throw notFound('Jabatan');
  return j.nama;
}

export async function createTemplate(db: Db, actor: Actor, raw: unknown): Promise<SkpTemplate> {
  const input = SkpTemplateInput.parse(raw);
  const instansiId = await requireTemplateWriter(db, actor, input.jabatanId);
  const nama = await jabatanNama(db, instansiId, input.jabatanId);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(skpTemplate).values({ instansiId, jabatanId: input.jabatanId, nama: input.nama, isi: input.rhk }).returning();
    await audit(tx, actor, instansiId, { entitas: 'skp_template', entitasId: row!.id, aksi: 'CREATE', sesudah: row });
    return present(row!, nama);
  });
}

async function lockTemplate(tx: DbOrTx, instansiId: string, id: string) {
  const [cur] = await tx.select().from(skpTemplate).where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, id))).for('update');
  if (!cur) throw notFound('Template');
  return cur;
}

export async function updateTemplate(db: Db, actor: Actor, id: string, raw: unknown & { version: number }): Promise<SkpTemplate> {
  const input = SkpTemplateInput.parse(raw);
  const instansiId = tenantOf(actor);
  return db.transaction(async (tx) => {
    const cur = await lockTemplate(tx, instansiId, id);
    await requireTemplateWriter(tx, actor, cur.jabatanId);
    await requireTemplateWriter(tx, actor, input.jabatanId);
    if (cur.version !== raw.version) throw versionConflict(present(cur, await jabatanNama(tx, instansiId, cur.jabatanId)));
    const [row] = await tx.update(skpTemplate).set({ jabatanId: input.jabatanId, nama: input.nama, isi: input.rhk, version: cur.version + 1, updatedAt: new Date() })
      .where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, id))).returning();
    await audit(tx, actor, instansiId, { entitas: 'skp_template', entitasId: id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
    return present(row!, await jabatanNama(tx, instansiId, input.jabatanId));
  });
}

export async function deleteTemplate(db: Db, actor: Actor, id: string) {
  const instansiId = tenantOf(actor);
  await db.transaction(async (tx) => {
    const cur = await lockTemplate(tx, instansiId, id);
    await requireTemplateWriter(tx, actor, cur.jabatanId);
    await tx.delete(skpTemplate).where(and(eq(skpTemplate.instansiId, instansiId), eq(skpTemplate.id, id)));
    await audit(tx, actor, instansiId, { entitas: 'skp_template', entitasId: id, aksi: 'DELETE', sebelum: cur });
  });
  return { ok: true as const };
}

/** Saves a readable SKP's RHK as a template for that pegawai's jabatan ("jadikan template"). */
export async function templateFromSkp(db: Db, actor: Actor, skpId: string, nama: string): Promise<SkpTemplate> {
  const instansiId = tenantOf(actor);
  const row = await loadVisibleSkp(db, actor, skpId);
  const info = (await pegawaiInfo(db, instansiId, [row.pegawaiId])).get(row.pegawaiId)!;
  const rhkList = withoutIds(await readIsi(db, instansiId, skpId)).map(({ intervensiRhkId: _i, ...r }) => r);
  return createTemplate(db, actor, { jabatanId: info.jabatanId, nama, rhk: rhkList });
}

/** Appends a template's RHK to the caller's draft. */
export async function terapkanTemplate(db: Db, actor: Actor, skpId: string, templateId: string, version: number) {
  const row = await db.transaction(async (tx) => {
    const { row: cur } = await lockForOwnerEdit(tx, actor, skpId, version);
    if (cur.version !== version) throw versionConflict({ version: cur.version, diubahOleh: cur.diubahOleh, updatedAt: cur.updatedAt.toISOString(), perubahan: [] });
    if (cur.status !== 'DRAFT') throw new AppError('BUSINESS_RULE', 'Template hanya dapat diterapkan pada draft');
    const info = (await pegawaiInfo(tx, cur.instansiId, [cur.pegawaiId])).get(cur.pegawaiId)!;
    const add = await templateRhk(tx, cur.instansiId, templateId, info.jabatanId);
    const list = await readIsi(tx, cur.instansiId, skpId);
    await writeIsi(tx, cur.instansiId, skpId, [...list, ...add]);
    const [next] = await tx.update(skp).set({ version: cur.version + 1, updatedAt: new Date(), diubahOleh: actor.username })
      .where(and(eq(skp.instansiId, cur.instansiId), eq(skp.id, skpId))).returning();
    await audit(tx, actor, cur.instansiId, { entitas: 'skp', entitasId: skpId, aksi: 'TERAPKAN_TEMPLATE', sesudah: { templateId, rhk: add } });
    return next!;
  });
  return presentSkp(db, actor, row);
}
