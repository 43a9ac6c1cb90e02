// Bukti dukung of a realisasi (PermenPANRB 6/2022: realisasi berdasarkan bukti dukung). Same rules
// as activity evidence: files checked by their bytes, stored under random keys, streamed only to
// those who may read the SKP; written and removed by the SKP's owner while the cell is writable.
import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_BUKTI_BYTES } from '../../contracts/aktivitas.ts';
import type { BuktiDukung } from '../../contracts/realisasi.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { buktiDukung, realisasi } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors.ts';
import { pgCode, UNIQUE_VIOLATION } from '../../lib/pg-errors.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { removeAfterCommit, type FileStore } from '../../storage/files.ts';
import { audit } from '../audit.ts';
import { loadVisibleSkp } from '../skp/skp-context.ts';
import { barisSel, barisSelAtauBaru, kunciSel, presentBukti, siapTulis, type SelTulis } from './realisasi.service.ts';

const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
/** A period's realisasi gathers more evidence than one day's activity. */
export const MAX_BUKTI_PER_REALISASI = 10;

interface Sel { skpId: string; ikiId: string; periodeKe: number }

/** The bukti with this id, if any; an id already used by another cell is refused. */
async function existing(db: DbOrTx, instansiId: string, at: Sel, id: string) {
  const [hit] = await db.select({ b: buktiDukung, r: { skpId: realisasi.skpId, ikiId: realisasi.ikiId, periodeKe: realisasi.periodeKe } })
    .from(buktiDukung).innerJoin(realisasi, and(eq(realisasi.instansiId, buktiDukung.instansiId), eq(realisasi.id, buktiDukung.realisasiId)))
    .where(and(eq(buktiDukung.instansiId, instansiId), eq(buktiDukung.id, id)));
  if (!hit) return undefined;
  if (hit.r.skpId !== at.skpId || hit.r.ikiId !== at.ikiId || hit.r.periodeKe !== at.periodeKe) throw invalid({ buktiId: 'Id bukti sudah dipakai' });
  return hit.b;
}

async function roomFor(db: DbOrTx, w: SelTulis) {
  const r = await barisSel(db, w);
  if (!r) return;
  const [c] = await db.select({ n: count() }).from(buktiDukung).where(and(eq(buktiDukung.instansiId, r.instansiId), eq(buktiDukung.realisasiId, r.id)));
  if ((c?.n ?? 0) >= MAX_BUKTI_PER_REALISASI) throw new AppError('BUSINESS_RULE', `Paling banyak ${MAX_BUKTI_PER_REALISASI} bukti dukung per realisasi`);
}

async function tambah(db: Db, actor: Actor, at: Sel, values: Omit<typeof buktiDukung.$inferInsert, 'instansiId' | 'realisasiId'> & { id: string }) {
  return db.transaction(async (tx) => {
    // Checked again under the cell lock: the evaluation may have moved on while the file was stored.
    const w = await siapTulis(tx, actor, at.skpId, at.ikiId, at.periodeKe);
    await kunciSel(tx, w.row.instansiId, w.row.id, w.iki.id, w.periode.ke);
    await roomFor(tx, w);
    const r = await barisSelAtauBaru(tx, actor, w);
    const [row] = await tx.insert(buktiDukung).values({ instansiId: w.row.instansiId, realisasiId: r.id, ...values }).returning();
    await audit(tx, actor, w.row.instansiId, {
      entitas: 'realisasi', entitasId: r.id, aksi: 'BUKTI_TAMBAH',
      sesudah: { id: row!.id, jenis: row!.jenis, nama: row!.nama, mime: row!.mime, ukuran: row!.ukuran, sha256: row!.sha256, url: row!.url },
    });
    return presentBukti(row!);
  }).catch(async (e: unknown) => {
    // The same id sent twice at once (a retry on a slow line): the first one won.
    if (pgCode(e) !== UNIQUE_VIOLATION) throw e;
    const [won] = await db.select().from(buktiDukung).where(and(eq(buktiDukung.instansiId, tenantOf(actor)), eq(buktiDukung.id, values.id)));
    if (!won) throw e;
    throw new AppError('CONFLICT', 'Bukti dengan id ini sudah tersimpan', { current: presentBukti(won) });
  });
}

/** Idempotent by the client-made bukti id: the same upload twice stores one file. */
export async function uploadBuktiDukung(db: Db, files: FileStore, actor: Actor, at: Sel, id: string, nama: string, data: Buffer): Promise<BuktiDukung> {
  const w = await siapTulis(db, actor, at.skpId, at.ikiId, at.periodeKe);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const dup = await existing(db, w.row.instansiId, at, id);
  if (dup) {
    if (dup.sha256 !== sha256) throw new AppError('CONFLICT', 'Bukti dengan id ini sudah ada dengan isi berbeda');
    return presentBukti(dup);
  }
  if (!data.length) throw invalid({ berkas: 'Berkas kosong' });
  if (data.length > MAX_BUKTI_BYTES) throw invalid({ berkas: `Berkas lebih dari ${MAX_BUKTI_BYTES / 1024 / 1024} MB; perkecil dulu` });
  const type = await fileTypeFromBuffer(data);
  if (!type || !ALLOWED.has(type.mime)) throw invalid({ berkas: 'Jenis berkas tidak diterima. Gunakan foto (JPG, PNG, WebP) atau PDF.' });
  await roomFor(db, w);
  const kunci = await files.put(w.row.instansiId, data);
  try {
    return await tambah(db, actor, at, { id, jenis: 'BERKAS', nama, mime: type.mime, ukuran: data.length, sha256, kunci });
  } catch (e) {
    await files.remove(kunci);
    throw e;
  }
}

export async function addTautanDukung(db: Db, actor: Actor, at: Sel, id: string, nama: string, url: string): Promise<BuktiDukung> {
  const w = await siapTulis(db, actor, at.skpId, at.ikiId, at.periodeKe);
  const dup = await existing(db, w.row.instansiId, at, id);
  if (dup) return presentBukti(dup);
  return tambah(db, actor, at, { id, jenis: 'TAUTAN', nama, url });
}

/** Streams a file to anyone who may read the SKP (its owner's chain, unit heads, penilai, admin). */
export async function openBuktiDukung(db: Db, files: FileStore, actor: Actor, at: Sel, id: string) {
  const row = await loadVisibleSkp(db, actor, at.skpId);
  const b = await existing(db, row.instansiId, at, id).catch(() => undefined);
  if (!b || b.jenis !== 'BERKAS' || !b.kunci) throw notFound('Bukti dukung');
  return { meta: b, stream: await files.open(b.kunci) };
}

export async function deleteBuktiDukung(db: Db, files: FileStore, actor: Actor, at: Sel, id: string) {
  const w = await siapTulis(db, actor, at.skpId, at.ikiId, at.periodeKe);
  const b = await existing(db, w.row.instansiId, at, id);
  if (!b) throw notFound('Bukti dukung');
  await db.transaction(async (tx) => {
    await tx.delete(buktiDukung).where(and(eq(buktiDukung.instansiId, w.row.instansiId), eq(buktiDukung.id, id)));
    await audit(tx, actor, w.row.instansiId, { entitas: 'realisasi', entitasId: b.realisasiId, aksi: 'BUKTI_HAPUS', sebelum: { id, jenis: b.jenis, nama: b.nama, url: b.url } });
  });
  await removeAfterCommit(files, [b.kunci]);
  return { ok: true as const };
}
