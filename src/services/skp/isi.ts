// The editable body of an SKP (RHK → IKI, rencana aksi; lampiran): read, write in place keeping ids
// (subordinates' intervensi, activities and realisasi point at them), copy, and compare.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Perubahan, Rhk, SkpIsi } from '../../contracts/skp.ts';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { iki, rencanaAksi, rhk, skp } from '../../db/schema.ts';
import { LABEL_ARAH_IKI, LABEL_ASPEK, LABEL_PERSPEKTIF } from '../../domain/enums.ts';
import { invalid } from '../../errors.ts';
import { FK_VIOLATION, pgCode } from '../../lib/pg-errors.ts';

export async function readIsi(db: DbOrTx, instansiId: string, skpId: string): Promise<Rhk[]> {
  const rows = await db.select({ r: rhk, atas: { uraian: sql<string | null>`a.uraian` } }).from(rhk)
    .leftJoin(sql`rhk a`, sql`a.instansi_id = ${rhk.instansiId} and a.id = ${rhk.intervensiRhkId}`)
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId))).orderBy(asc(rhk.urutan));
  if (!rows.length) return [];
  const ids = rows.map((x) => x.r.id);
  const ikis = await db.select().from(iki).where(and(eq(iki.instansiId, instansiId), inArray(iki.rhkId, ids))).orderBy(asc(iki.urutan));
  const ras = await db.select().from(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), inArray(rencanaAksi.rhkId, ids))).orderBy(asc(rencanaAksi.bulan), asc(rencanaAksi.id));
  return rows.map(({ r, atas }) => ({
    id: r.id, jenis: r.jenis as Rhk['jenis'], uraian: r.uraian, intervensiRhkId: r.intervensiRhkId,
    intervensiUraian: atas.uraian, intervensiTeks: r.intervensiTeks,
    iki: ikis.filter((k) => k.rhkId === r.id).map((k) => ({
      id: k.id, aspek: k.aspek as Rhk['iki'][number]['aspek'], indikator: k.indikator, target: k.target, targetAtas: k.targetAtas,
      satuan: k.satuan, arah: k.arah as 'NAIK' | 'TURUN', perspektif: k.perspektif as Rhk['iki'][number]['perspektif'],
    })),
    rencanaAksi: ras.filter((a) => a.rhkId === r.id).map((a) => ({ id: a.id, bulan: a.bulan, uraian: a.uraian })),
  }));
}

/** Drops ids from the document (for copies, templates and comparisons). */
export const withoutIds = (list: SkpIsi['rhk']): SkpIsi['rhk'] => list.map(({ id: _r, ...r }) => ({
  ...r, iki: r.iki.map(({ id: _k, ...k }) => k), rencanaAksi: r.rencanaAksi.map(({ id: _a, ...a }) => a),
}));

/**
 * Replaces the body of `skpId` with `list`. Rows whose id is kept are updated in place; unknown ids
 * are treated as new rows (a client cannot claim another SKP's row). An RHK that a subordinate's
 * SKP intervenes cannot be removed.
 */
export async function writeIsi(tx: Tx, instansiId: string, skpId: string, list: SkpIsi['rhk'], asal?: Map<number, string>) {
  const cur = await tx.select({ id: rhk.id }).from(rhk).where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)));
  const curIds = new Set(cur.map((r) => r.id));
  const keep = new Set(list.map((r) => r.id).filter((id): id is string => !!id && curIds.has(id)));
  const gone = [...curIds].filter((id) => !keep.has(id));
  if (gone.length) {
    try {
      // A savepoint, so a refused delete leaves the transaction usable for the explanation query.
      await tx.transaction((sp) => sp.delete(rhk).where(and(eq(rhk.instansiId, instansiId), inArray(rhk.id, gone))));
    } catch (e) {
      if (pgCode(e) !== FK_VIOLATION) throw e;
      const used = await tx.select({ id: rhk.intervensiRhkId }).from(rhk)
        .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.intervensiRhkId, gone)));
      const usedSet = new Set(used.map((u) => u.id));
      throw invalid({ rhk: 'RHK ini sudah diintervensi oleh SKP bawahan, jadi tidak dapat dihapus. Ubah uraiannya atau minta bawahan memilih RHK lain.' },
        `${usedSet.size} RHK tidak dapat dihapus karena sudah diturunkan ke bawahan`);
    }
  }
  for (const [i, r] of list.entries()) {
    const values = {
      urutan: i + 1, jenis: r.jenis, uraian: r.uraian, intervensiRhkId: r.intervensiRhkId, intervensiTeks: r.intervensiTeks,
    };
    let rhkId: string;
    if (r.id && keep.has(r.id)) {
      rhkId = r.id;
      await tx.update(rhk).set(values).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, rhkId)));
    } else {
      const [row] = await tx.insert(rhk).values({ instansiId, skpId, ...values, asalRhkId: asal?.get(i) ?? null }).returning({ id: rhk.id });
      rhkId = row!.id;
    }
    await replaceChildren(tx, instansiId, rhkId, r);
  }
}

async function replaceChildren(tx: Tx, instansiId: string, rhkId: string, r: SkpIsi['rhk'][number]) {
  const curIki = new Set((await tx.select({ id: iki.id }).from(iki).where(and(eq(iki.instansiId, instansiId), eq(iki.rhkId, rhkId)))).map((x) => x.id));
  const keepIki = new Set(r.iki.map((k) => k.id).filter((id): id is string => !!id && curIki.has(id)));
  const goneIki = [...curIki].filter((id) => !keepIki.has(id));
  if (goneIki.length) await tx.delete(iki).where(and(eq(iki.instansiId, instansiId), inArray(iki.id, goneIki)));
  for (const [j, k] of r.iki.entries()) {
    const v = { urutan: j + 1, aspek: k.aspek, indikator: k.indikator, target: k.target, targetAtas: k.targetAtas, satuan: k.satuan, arah: k.arah, perspektif: k.perspektif };
    if (k.id && keepIki.has(k.id)) await tx.update(iki).set(v).where(and(eq(iki.instansiId, instansiId), eq(iki.id, k.id)));
    else await tx.insert(iki).values({ instansiId, rhkId, ...v });
  }
  const curRa = new Set((await tx.select({ id: rencanaAksi.id }).from(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.rhkId, rhkId)))).map((x) => x.id));
  const keepRa = new Set(r.rencanaAksi.map((a) => a.id).filter((id): id is string => !!id && curRa.has(id)));
  const goneRa = [...curRa].filter((id) => !keepRa.has(id));
  if (goneRa.length) await tx.delete(rencanaAksi).where(and(eq(rencanaAksi.instansiId, instansiId), inArray(rencanaAksi.id, goneRa)));
  for (const a of r.rencanaAksi) {
    if (a.id && keepRa.has(a.id)) await tx.update(rencanaAksi).set({ bulan: a.bulan, uraian: a.uraian }).where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, a.id)));
    else await tx.insert(rencanaAksi).values({ instansiId, rhkId, bulan: a.bulan, uraian: a.uraian });
  }
}

/** Copies one SKP's body into another (revision), remembering where each RHK came from. */
export async function copyIsi(tx: Tx, instansiId: string, fromSkpId: string, toSkpId: string) {
  const list = await readIsi(tx, instansiId, fromSkpId);
  const asal = new Map(list.map((r, i) => [i, r.id] as const));
  await writeIsi(tx, instansiId, toSkpId, withoutIds(list), asal);
  const [from] = await tx.select({ lampiran: skp.lampiran, ekspektasi: skp.ekspektasi }).from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, fromSkpId)));
  return from!;
}

const angka = (n: number | null) => (n === null ? '—' : String(n).replace('.', ','));
const targetTeks = (k: Rhk['iki'][number] | SkpIsi['rhk'][number]['iki'][number]) =>
  `${angka(k.target)}${k.targetAtas !== null ? '–' + angka(k.targetAtas) : ''} ${k.satuan}`.trim();

type AnyRhk = Rhk | SkpIsi['rhk'][number];

/** What differs between two versions of a body, by position, in words a user recognises. */
export function bandingkanIsi(tersimpan: { rhk: AnyRhk[]; lampiran: SkpIsi['lampiran'] }, milikAnda: { rhk: AnyRhk[]; lampiran: SkpIsi['lampiran'] }): Perubahan[] {
  const out: Perubahan[] = [];
  const push = (bagian: string, a: string, b: string) => { if (a !== b) out.push({ bagian, tersimpan: a, milikAnda: b }); };
  const n = Math.max(tersimpan.rhk.length, milikAnda.rhk.length);
  for (let i = 0; i < n; i++) {
    const a = tersimpan.rhk[i];
    const b = milikAnda.rhk[i];
    const label = `RHK ${i + 1}`;
    if (!a || !b) { push(label, a ? a.uraian : '(tidak ada)', b ? b.uraian : '(tidak ada)'); continue; }
    push(`${label} — uraian`, a.uraian, b.uraian);
    push(`${label} — jenis`, a.jenis, b.jenis);
    push(`${label} — RHK atasan`, a.intervensiRhkId ?? a.intervensiTeks ?? '', b.intervensiRhkId ?? b.intervensiTeks ?? '');
    const m = Math.max(a.iki.length, b.iki.length);
    for (let j = 0; j < m; j++) {
      const x = a.iki[j];
      const y = b.iki[j];
      const l = `${label}, IKI ${j + 1}`;
      if (!x || !y) { push(l, x ? x.indikator : '(tidak ada)', y ? y.indikator : '(tidak ada)'); continue; }
      push(`${l} — indikator`, x.indikator, y.indikator);
      push(`${l} — target`, targetTeks(x), targetTeks(y));
      push(`${l} — arah`, LABEL_ARAH_IKI[x.arah], LABEL_ARAH_IKI[y.arah]);
      push(`${l} — aspek`, x.aspek ? LABEL_ASPEK[x.aspek] : '', y.aspek ? LABEL_ASPEK[y.aspek] : '');
      push(`${l} — perspektif`, x.perspektif ? LABEL_PERSPEKTIF[x.perspektif] : '', y.perspektif ? LABEL_PERSPEKTIF[y.perspektif] : '');
    }
    const ra = (r: AnyRhk) => r.rencanaAksi.map((q) => `${q.bulan}: ${q.uraian}`).join('; ');
    push(`${label} — rencana aksi`, ra(a), ra(b));
  }
  push('Lampiran — dukungan sumber daya', tersimpan.lampiran.dukunganSumberDaya, milikAnda.lampiran.dukunganSumberDaya);
  push('Lampiran — skema pertanggungjawaban', tersimpan.lampiran.skemaPertanggungjawaban, milikAnda.lampiran.skemaPertanggungjawaban);
  push('Lampiran — konsekuensi', tersimpan.lampiran.konsekuensi, milikAnda.lampiran.konsekuensi);
  return out;
}
