// Evidence of an activity. Files are checked by their content (magic bytes), not by the name the
// client gave; stored under a random key; streamed only to callers who may see the activity.
import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_BUKTI_BYTES, type Bukti } from '../../contracts/aktivitas.ts';
import type { Db } from '../../db/client.ts';
import { buktiAktivitas } from '../../db/schema.ts';
import { AppError, invalid, notFound } from '../../errors.ts';
import type { Actor } from '../../policy/actor.ts';
import { removeAfterCommit, type FileStore } from '../../storage/files.ts';
import { audit } from '../audit.ts';
import { loadVisible } from './aktivitas.service.ts';

const ALLOWED = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);
const MAX_PER_AKTIVITAS = 5;

type Row = typeof buktiAktivitas.$inferSelect;
const present = (b: Row): Bukti => ({ id: b.id, jenis: b.jenis as Bukti['jenis'], nama: b.nama, mime: b.mime, ukuran: b.ukuran, url: b.url });

async function ownedForWrite(db: Db, actor: Actor, aktivitasId: string) {
  const row = await loadVisible(db, actor, aktivitasId);
  if (row.pegawaiId !== actor.pegawaiId) throw new AppError('FORBIDDEN', 'Hanya pemilik aktivitas yang dapat menambah atau menghapus bukti');
  return row;
}

async function existing(db: Db, instansiId: string, aktivitasId: string, id: string) {
  const [b] = await db.select().from(buktiAktivitas).where(and(eq(buktiAktivitas.instansiId, instansiId), eq(buktiAktivitas.id, id)));
  if (b && b.aktivitasId !== aktivitasId) throw invalid({ buktiId: 'Id bukti sudah dipakai' });
  return b;
}

async function roomFor(db: Db, instansiId: string, aktivitasId: string) {
  const [c] = await db.select({ n: count() }).from(buktiAktivitas)
    .where(and(eq(buktiAktivitas.instansiId, instansiId), eq(buktiAktivitas.aktivitasId, aktivitasId)));
  if ((c?.n ?? 0) >= MAX_PER_AKTIVITAS) throw new AppError('BUSINESS_RULE', `Paling banyak ${MAX_PER_AKTIVITAS} bukti per aktivitas`);
}

/** Idempotent by the client-made bukti id: the same upload twice stores one file. */
export async function uploadBukti(db: Db, files: FileStore, actor: Actor, aktivitasId: string, id: string, nama: string, data: Buffer): Promise<Bukti> {
  const akt = await ownedForWrite(db, actor, aktivitasId);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const dup = await existing(db, akt.instansiId, aktivitasId, id);
  if (dup) {
    if (dup.sha256 !== sha256) throw new AppError('CONFLICT', 'Bukti dengan id ini sudah ada dengan isi berbeda');
    return present(dup);
  }
  if (!data.length) throw invalid({ berkas: 'Berkas kosong' });
  if (data.length > MAX_BUKTI_BYTES) throw invalid({ berkas: `Berkas lebih dari ${MAX_BUKTI_BYTES / 1024 / 1024} MB; perkecil dulu` });
  const type = await fileTypeFromBuffer(data);
  if (!type || !ALLOWED.has(type.mime)) throw invalid({ berkas: 'Jenis berkas tidak diterima. Gunakan foto (JPG, PNG, WebP) atau PDF.' });
  await roomFor(db, akt.instansiId, aktivitasId);
  const kunci = await files.put(akt.instansiId, data);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.insert(buktiAktivitas).values({
        instansiId: akt.instansiId, id, aktivitasId, jenis: 'BERKAS', nama, mime: type.mime, ukuran: data.length, sha256, kunci,
      }).returning();
      await audit(tx, actor, akt.instansiId, { entitas: 'aktivitas', entitasId: aktivitasId, aksi: 'BUKTI_TAMBAH', sesudah: { id, nama, mime: type.mime, ukuran: data.length, sha256 } });
      return present(row!);
    });
  } catch (e) {
    await files.remove(kunci);
    throw e;
  }
}

export async function addTautan(db: Db, actor: Actor, aktivitasId: string, id: string, nama: string, url: string): Promise<Bukti> {
  const akt = await ownedForWrite(db, actor, aktivitasId);
  const dup = await existing(db, akt.instansiId, aktivitasId, id);
  if (dup) return present(dup);
  await roomFor(db, akt.instansiId, aktivitasId);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(buktiAktivitas).values({ instansiId: akt.instansiId, id, aktivitasId, jenis: 'TAUTAN', nama, url }).returning();
    await audit(tx, actor, akt.instansiId, { entitas: 'aktivitas', entitasId: aktivitasId, aksi: 'BUKTI_TAMBAH', sesudah: { id, nama, url } });
    return present(row!);
  });
}

export async function openBukti(db: Db, files: FileStore, actor: Actor, aktivitasId: string, id: string) {
  const akt = await loadVisible(db, actor, aktivitasId);
  const b = await existing(db, akt.instansiId, aktivitasId, id).catch(() => undefined);
  if (!b || b.jenis !== 'BERKAS' || !b.kunci) throw notFound('Bukti');
  return { meta: b, stream: await files.open(b.kunci) };
}

export async function deleteBukti(db: Db, files: FileStore, actor: Actor, aktivitasId: string, id: string) {
  const akt = await ownedForWrite(db, actor, aktivitasId);
  const b = await existing(db, akt.instansiId, aktivitasId, id);
  if (!b) throw notFound('Bukti');
  await db.transaction(async (tx) => {
    await tx.delete(buktiAktivitas).where(and(eq(buktiAktivitas.instansiId, akt.instansiId), eq(buktiAktivitas.id, id)));
    await audit(tx, actor, akt.instansiId, { entitas: 'aktivitas', entitasId: aktivitasId, aksi: 'BUKTI_HAPUS', sebelum: { id, nama: b.nama } });
  });
  await removeAfterCommit(files, [b.kunci]);
  return { ok: true as const };
}
