// Cascading done for people: the atasan's matriks peran hasil (their RHK × their subordinates) and
// handing one RHK down to several subordinates at once, pre-filled into their drafts.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Matriks, SkpIsi } from '../../contracts/skp.ts';
import { queryRows, type Db } from '../../db/client.ts';
import { rhk, skp } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { readIsi, writeIsi } from './isi.ts';
import { loadPeriode, modelFor, pegawaiInfo } from './skp-context.ts';

interface Bawahan { id: string; skp_id: string | null; status: string | null }

async function bawahanOf(db: Db, instansiId: string, periodeId: string, me: string) {
  return queryRows<Bawahan>(db, sql`select p.id, s.id as skp_id, s.status from pegawai p
    left join skp s on s.instansi_id = p.instansi_id and s.pegawai_id = p.id and s.periode_id = ${periodeId}
      and s.versi = (select max(versi) from skp x where x.instansi_id = s.instansi_id and x.pegawai_id = s.pegawai_id and x.periode_id = s.periode_id)
    where p.instansi_id = ${instansiId} and p.atasan_id = ${me} and p.status = 'AKTIF' order by p.nama`);
}

export async function matriksPeranHasil(db: Db, actor: Actor, periodeId: string): Promise<Matriks> {
  const instansiId = tenantOf(actor);
  await loadPeriode(db, instansiId, periodeId);
  const me = actor.pegawaiId;
  if (!me) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai');
  const [mine] = await db.select({ id: skp.id }).from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.periodeId, periodeId), eq(skp.pegawaiId, me))).orderBy(desc(skp.versi)).limit(1);
  const baris = mine
    ? (await db.select({ id: rhk.id, jenis: rhk.jenis, uraian: rhk.uraian, asal: rhk.asalRhkId }).from(rhk)
      .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, mine.id))).orderBy(rhk.urutan))
    : [];
  const subs = await bawahanOf(db, instansiId, periodeId, me);
  const info = await pegawaiInfo(db, instansiId, subs.map((s) => s.id));
  // A subordinate may point at an earlier version of a row (before the atasan's revision): follow the lineage.
  const lineage = new Map<string, string>();
  for (const b of baris) {
    lineage.set(b.id, b.id);
    let cur = b.asal;
    for (let depth = 0; cur && depth < 20; depth++) {
      lineage.set(cur, b.id);
      const [up] = await db.select({ asal: rhk.asalRhkId }).from(rhk).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, cur)));
      cur = up?.asal ?? null;
    }
  }
  const subSkp = subs.filter((s) => s.skp_id).map((s) => s.skp_id!);
  const cells = subSkp.length
    ? await db.select({ id: rhk.id, uraian: rhk.uraian, target: rhk.intervensiRhkId, skpId: rhk.skpId }).from(rhk)
      .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.skpId, subSkp))).orderBy(rhk.urutan)
    : [];
  const owner = new Map(subs.filter((s) => s.skp_id).map((s) => [s.skp_id!, s.id]));
  const sel: Matriks['sel'] = {};
  for (const c of cells) {
    const row = c.target ? lineage.get(c.target) : undefined;
    if (!row) continue;
    const pid = owner.get(c.skpId)!;
    ((sel[row] ??= {})[pid] ??= []).push({ id: c.id, uraian: c.uraian });
  }
  return {
    skpId: mine?.id ?? null,
    baris: baris.map((b) => ({ id: b.id, jenis: b.jenis as 'UTAMA' | 'TAMBAHAN', uraian: b.uraian })),
    kolom: subs.map((s) => ({ pegawai: info.get(s.id)!.ringkas, skpId: s.skp_id, status: (s.status ?? 'BELUM_MULAI') as Matriks['kolom'][number]['status'] })),
    sel,
  };
}

/**
 * Hands the caller's RHK down to direct subordinates: each gets an RHK utama intervening it in their
 * draft (a draft is started when they have none). Submitted or approved SKP are skipped, with the reason.
 */
export async function turunkanRhk(db: Db, actor: Actor, req: { rhkId: string; pegawaiIds: string[]; uraian: string | null }) {
  const instansiId = tenantOf(actor);
  const me = actor.pegawaiId;
  if (!me) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai');
  const [src] = await db.select({ r: rhk, s: skp }).from(rhk)
    .innerJoin(skp, and(eq(skp.instansiId, rhk.instansiId), eq(skp.id, rhk.skpId)))
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, req.rhkId)));
  if (!src || src.s.pegawaiId !== me) throw notFound('RHK');
  const per = await loadPeriode(db, instansiId, src.s.periodeId);
  if (per.status !== 'DIBUKA') throw new AppError('BUSINESS_RULE', 'Periode sudah dikunci');
  const subs = new Map((await bawahanOf(db, instansiId, per.id, me)).map((s) => [s.id, s]));
  const info = await pegawaiInfo(db, instansiId, [...subs.keys()]);
  const ditambahkan: string[] = [];
  const dilewati: { pegawaiId: string; alasan: string }[] = [];
  await db.transaction(async (tx) => {
    for (const pid of [...new Set(req.pegawaiIds)]) {
      const sub = subs.get(pid);
      if (!sub) { dilewati.push({ pegawaiId: pid, alasan: 'Bukan bawahan langsung Anda' }); continue; }
      if (sub.status && sub.status !== 'DRAFT') {
        dilewati.push({ pegawaiId: pid, alasan: sub.status === 'DIAJUKAN' ? 'SKP sedang diajukan; kembalikan dulu bila perlu diubah' : 'SKP sudah disetujui; perlu revisi' });
        continue;
      }
      let skpId = sub.skp_id;
      if (!skpId) {
        const model = modelFor(info.get(pid)!.jabatanJenis);
        const [created] = await tx.insert(skp).values({
          instansiId, periodeId: per.id, pegawaiId: pid, versi: 1, model, pendekatan: model === 'JPT' ? 'KUALITATIF' : per.pendekatan,
          mulai: per.mulai, selesai: per.selesai, penilaiId: me, diubahOleh: actor.username,
        }).returning({ id: skp.id });
        skpId = created!.id;
        await audit(tx, actor, instansiId, { entitas: 'skp', entitasId: skpId, aksi: 'CREATE', sesudah: { sumber: 'PENURUNAN', rhkId: req.rhkId } });
      }
      const list = await readIsi(tx, instansiId, skpId);
      if (list.some((r) => r.intervensiRhkId === req.rhkId)) { dilewati.push({ pegawaiId: pid, alasan: 'RHK ini sudah ada di SKP-nya' }); continue; }
      const next: SkpIsi['rhk'] = [...list.map((r) => ({ ...r })), {
        jenis: 'UTAMA', uraian: req.uraian ?? src.r.uraian, intervensiRhkId: req.rhkId, intervensiTeks: null, iki: [], rencanaAksi: [],
      }];
      await writeIsi(tx, instansiId, skpId, next);
      await tx.update(skp).set({ version: sql`${skp.version} + 1`, updatedAt: new Date(), diubahOleh: actor.username })
        .where(and(eq(skp.instansiId, instansiId), eq(skp.id, skpId)));
      await audit(tx, actor, instansiId, { entitas: 'skp', entitasId: skpId, aksi: 'TURUNKAN_RHK', sesudah: { rhkId: req.rhkId, uraian: req.uraian ?? src.r.uraian } });
      ditambahkan.push(pid);
    }
  });
  return { ditambahkan, dilewati };
}
