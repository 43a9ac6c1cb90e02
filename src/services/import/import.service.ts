// Import jobs: the file is checked row by row (progress visible while it runs), then every valid
// row is written in ONE transaction, so a file lands whole or not at all. Re-importing the same
// file updates the same rows (upsert by kode / NIP) and creates nothing twice.
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ImportJob, JenisImport } from '../../contracts/imports.ts';
import type { Database, Db } from '../../db/client.ts';
import { importJob } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { todayWib } from '../../lib/clock.ts';
import type { Actor } from '../../policy/actor.ts';
import { requireAdmin } from '../../policy/org.policy.ts';
import { recomputeAtasan } from '../atasan.ts';
import { audit } from '../audit.ts';
import { resolveColumns } from './columns.ts';
import { importJabatan, importPegawai, importUnitKerja, type Rejected, type Row } from './import-rows.ts';
import { readSheet } from './read-sheet.ts';

export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
const MAX_REPORTED = 5000;

const present = (r: typeof importJob.$inferSelect): ImportJob => ({
  id: r.id, jenis: r.jenis as JenisImport, namaFile: r.namaFile, status: r.status as ImportJob['status'], total: r.total,
  diproses: r.diproses, ditambah: r.ditambah, diperbarui: r.diperbarui, ditolak: r.ditolak,
  laporan: r.laporan as ImportJob['laporan'], pesan: r.pesan, createdAt: r.createdAt.toISOString(), selesaiAt: r.selesaiAt?.toISOString() ?? null,
});

export async function getImportJob(db: Db, actor: Actor, id: string) {
  const instansiId = requireAdmin(actor);
  const [row] = await db.select().from(importJob).where(and(eq(importJob.instansiId, instansiId), eq(importJob.id, id)));
  if (!row) throw notFound('Impor');
  return present(row);
}

export async function listImportJobs(db: Db, actor: Actor) {
  const instansiId = requireAdmin(actor);
  const rows = await db.select().from(importJob).where(eq(importJob.instansiId, instansiId)).orderBy(desc(importJob.createdAt)).limit(20);
  return rows.map((r) => ({ ...present(r), laporan: [] }));
}

/** Creates the job, owned by this server process, and returns at once; `run` does the work (the caller schedules it). */
export async function startImport(db: Db, processId: string, actor: Actor, jenis: JenisImport, namaFile: string, file: Buffer) {
  const instansiId = requireAdmin(actor);
  if (!file.length) throw new AppError('VALIDATION', 'Berkas kosong', { fields: { berkas: 'Pilih berkas XLSX atau CSV' } });
  const [row] = await db.insert(importJob).values({ instansiId, jenis, namaFile, status: 'MENUNGGU', dibuatOleh: actor.akunId, proses: processId }).returning();
  const job = present(row!);
  return { job, run: () => runImport(db, actor, instansiId, job.id, jenis, file) };
}

async function runImport(db: Db, actor: Actor, instansiId: string, id: string, jenis: JenisImport, file: Buffer) {
  const where = and(eq(importJob.instansiId, instansiId), eq(importJob.id, id));
  const rejected: Rejected[] = [];
  const reject = (r: Rejected) => { rejected.push(r); };
  try {
    await db.update(importJob).set({ status: 'MEMBACA' }).where(where);
    const sheet = await readSheet(file);
    const { byHeader, missing } = resolveColumns(jenis, sheet.headers);
    if (missing.length) throw new AppError('VALIDATION', `Kolom wajib tidak ada: ${missing.join(', ')}. Unduh templat untuk melihat susunan kolom.`);
    const rows: Row[] = sheet.rows.map((r) => {
      const v: Record<string, string> = {};
      for (const [h, val] of Object.entries(r.values)) { const k = byHeader.get(h); if (k) v[k] = val; }
      return r.numericNip ? { baris: r.baris, v, numericNip: true } : { baris: r.baris, v };
    });
    await db.update(importJob).set({ status: 'MEMERIKSA', total: rows.length }).where(where);
    const counted = await db.transaction(async (tx) => {
      await tx.update(importJob).set({ status: 'MENYIMPAN' }).where(where);
      const fn = jenis === 'unit-kerja' ? importUnitKerja : jenis === 'jabatan' ? importJabatan : importPegawai;
      const c = await fn(tx, instansiId, rows, reject);
      await recomputeAtasan(tx, instansiId, todayWib());
      await audit(tx, actor, instansiId, { entitas: 'import', entitasId: id, aksi: 'IMPORT', sesudah: { jenis, ...c, ditolak: rejected.length } });
      return c;
    });
    rejected.sort((a, b) => a.baris - b.baris);
    await db.update(importJob).set({
      status: 'SELESAI', diproses: rows.length, ditambah: counted.ditambah, diperbarui: counted.diperbarui, ditolak: rejected.length,
      laporan: rejected.slice(0, MAX_REPORTED), selesaiAt: new Date(),
      pesan: rejected.length > MAX_REPORTED ? `Hanya ${MAX_REPORTED} baris ditolak pertama yang ditampilkan` : null,
    }).where(where);
  } catch (e) {
    const pesan = e instanceof AppError ? e.message : 'Impor gagal; tidak ada data yang diubah.';
    if (!(e instanceof AppError)) console.error('import failed', e);
    await db.update(importJob).set({ status: 'GAGAL', pesan, selesaiAt: new Date() }).where(where);
  }
}

const UNFINISHED: ImportJob['status'][] = ['MENUNGGU', 'MEMBACA', 'MEMERIKSA', 'MENYIMPAN'];

/**
 * Jobs whose server process is gone (stopped or crashed mid-import) are marked failed; their
 * transaction never committed. A job another running server is still working on is left alone.
 */
export async function failInterruptedImports(database: Pick<Database, 'db' | 'running'>) {
  const { db } = database;
  const open = await db.selectDistinct({ proses: importJob.proses }).from(importJob).where(inArray(importJob.status, UNFINISHED));
  const owners = open.flatMap((j) => (j.proses ? [j.proses] : []));
  const alive = await database.running(owners);
  // Named, not "all but the living": a job another server creates meanwhile is not touched.
  const gone = owners.filter((p) => !alive.has(p));
  await db.update(importJob).set({ status: 'GAGAL', pesan: 'Server dimulai ulang saat impor berjalan; tidak ada data yang diubah. Ulangi impor.', selesaiAt: sql`now()` })
    .where(and(inArray(importJob.status, UNFINISHED), gone.length ? or(isNull(importJob.proses), inArray(importJob.proses, gone)) : isNull(importJob.proses)));
}
