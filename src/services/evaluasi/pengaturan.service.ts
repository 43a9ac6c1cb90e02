// Instansi choices for evaluation (admin): the rating suggestion from capaian, off by default because no
// official threshold exists (skp-rules.md §6.1, §14.5), and the numeric mode of PP 30/2019 /
// PermenPANRB 8/2021 shown next to the predikat (§0, §8), and the days after FINAL in which a keberatan
// may be filed (not fixed by the sources, so not hard-coded: §14.11).
import { eq } from 'drizzle-orm';
import { PengaturanPenilaianInput, type PengaturanPenilaian } from '../../contracts/evaluasi.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { pengaturanPenilaian } from '../../db/schema.ts';
import { versionConflict } from '../../errors.ts';
import type { Actor } from '../../policy/actor.ts';
import { requireAdmin } from '../../policy/org.policy.ts';
import { audit } from '../audit.ts';

type Row = typeof pengaturanPenilaian.$inferSelect;

const present = (r: Row): PengaturanPenilaian => ({
  saranAktif: r.saranAktif, ambangDiAtas: r.ambangDiAtas, ambangSesuai: r.ambangSesuai, modeNumerik: r.modeNumerik,
  batasKeberatanHari: r.batasKeberatanHari, version: r.version, updatedAt: r.updatedAt.toISOString(),
});

/** The row with the defaults, created on first read so every later save has a version to check. */
async function rowOf(db: DbOrTx, instansiId: string, forUpdate = false): Promise<Row> {
  await db.insert(pengaturanPenilaian).values({ instansiId }).onConflictDoNothing();
  const q = db.select().from(pengaturanPenilaian).where(eq(pengaturanPenilaian.instansiId, instansiId));
  const [r] = forUpdate ? await q.for('update') : await q;
  return r!;
}

export async function getPengaturan(db: Db, actor: Actor): Promise<PengaturanPenilaian> {
  return present(await rowOf(db, requireAdmin(actor)));
}

export async function simpanPengaturan(db: Db, actor: Actor, raw: PengaturanPenilaianInput): Promise<PengaturanPenilaian> {
  const instansiId = requireAdmin(actor);
  const req = PengaturanPenilaianInput.parse(raw);
  const row = await db.transaction(async (tx) => {
    const cur = await rowOf(tx, instansiId, true);
    if (cur.version !== req.version) throw versionConflict(present(cur));
    const { version: _v, ...values } = req;
    const [next] = await tx.update(pengaturanPenilaian).set({ ...values, version: cur.version + 1, updatedAt: new Date() })
      .where(eq(pengaturanPenilaian.instansiId, instansiId)).returning();
    await audit(tx, actor, instansiId, {
      entitas: 'pengaturan_penilaian', entitasId: instansiId, aksi: 'UPDATE',
      sebelum: {
        saranAktif: cur.saranAktif, ambangDiAtas: cur.ambangDiAtas, ambangSesuai: cur.ambangSesuai, modeNumerik: cur.modeNumerik,
        batasKeberatanHari: cur.batasKeberatanHari,
      },
      sesudah: values,
    });
    return next!;
  });
  return present(row);
}
