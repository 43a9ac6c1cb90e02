// Realisasi per IKI per evaluation period (PermenPANRB 6/2022 Pasal 5: pendokumentasian kinerja).
// Read by whoever may read the SKP; written by its owner only, while the SKP is approved, the
// periode open and the period's evaluation not yet past REALISASI_DIISI. Every save carries the
// version it was based on; a stale one gets 409 with the current cell.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { RealisasiInput, type BuktiDukung, type RealisasiSel, type RealisasiSkp } from '../../contracts/realisasi.ts';
import { queryRows, uuidList, type Db, type DbOrTx } from '../../db/client.ts';
import { buktiDukung, iki, realisasi, rhk } from '../../db/schema.ts';
import type { ArahIki, Aspek } from '../../domain/enums.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { todayWib } from '../../lib/clock.ts';
import type { Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { loadPeriode, loadVisibleSkp, pegawaiInfo, penilaiOf, type PeriodeRow, type SkpRow } from '../skp/skp-context.ts';
import {
  capaianDari, kumulatifDari, nilaiDariAktivitas, periodeSkp, semuaPeriode, type AktivitasBulan, type Frekuensi, type PeriodeKe,
} from './realisasi-hitung.ts';

export type RealisasiRow = typeof realisasi.$inferSelect;
type BuktiRow = typeof buktiDukung.$inferSelect;
type IkiRow = typeof iki.$inferSelect;

/** Evaluation states in which the pegawai still documents realisasi (skp-rules.md §2.1). */
const MASIH_DIISI = new Set(['OPEN', 'REALISASI_DIISI']);

export const presentBukti = (b: BuktiRow): BuktiDukung => ({
  id: b.id, jenis: b.jenis as BuktiDukung['jenis'], nama: b.nama, mime: b.mime, ukuran: b.ukuran, url: b.url, createdAt: b.createdAt.toISOString(),
});

interface EvaluasiFakta { jenis: string; periode_ke: number; status: string }

/** The evaluasi rows of an SKP, read only: the evaluation service owns them. */
async function evaluasiOf(db: DbOrTx, row: SkpRow) {
  return queryRows<EvaluasiFakta>(db, sql`select jenis, periode_ke, status from evaluasi where instansi_id = ${row.instansiId} and skp_id = ${row.id}`);
}

/**
 * Why a period can no longer take realisasi from its evaluation: the periodic one is past
 * REALISASI_DIISI, or the annual one (periode_ke 0) is, which closes every period of the version.
 */
function terkunciOlehEvaluasi(ev: EvaluasiFakta[], ke: number): string | null {
  const periodik = ev.find((e) => e.jenis === 'PERIODIK' && Number(e.periode_ke) === ke);
  if (periodik && !MASIH_DIISI.has(periodik.status)) return 'Evaluasi periode ini sudah dinilai; realisasinya tidak dapat diubah lagi';
  const tahunan = ev.find((e) => Number(e.periode_ke) === 0);
  if (tahunan && !MASIH_DIISI.has(tahunan.status)) return 'Evaluasi tahunan sudah dinilai; realisasi tidak dapat diubah lagi';
  return null;
}

/** Why the owner cannot write this period now, or null. Non-owners never write. */
function alasanTertutup(row: SkpRow, per: PeriodeRow, p: PeriodeKe, ev: EvaluasiFakta[], today: string): string | null {
  if (row.status !== 'DISETUJUI') return 'SKP belum disetujui; realisasi diisi setelah SKP disetujui pejabat penilai';
  if (per.status !== 'DIBUKA') return 'Periode kinerja sudah dikunci';
  if (p.mulai > today) return 'Periode ini belum dimulai';
  return terkunciOlehEvaluasi(ev, p.ke);
}

const frekuensiOf = (per: PeriodeRow) => per.frekuensi as Frekuensi;

/**
 * Accepted activities per RHK per month for the SKP's owner: the amount from the monthly rollup
 * (aktivitas_rekap) and the units those activities carry, which decide whether an IKI is counted
 * from them (see nilaiDariAktivitas).
 */
async function aktivitasBulanan(db: DbOrTx, row: SkpRow, rhkIds: string[]): Promise<Map<string, AktivitasBulan[]>> {
  const out = new Map<string, AktivitasBulan[]>();
  if (!rhkIds.length) return out;
  const list = uuidList(rhkIds);
  const rows = await queryRows<{ rhk_id: string; bulan: number; jumlah: number; satuan: string[] | null }>(db, sql`
    select k.rhk_id, extract(month from k.bulan)::int as bulan, k.jumlah,
      array(select distinct a.satuan from aktivitas a where a.instansi_id = k.instansi_id and a.pegawai_id = k.pegawai_id
        and a.rhk_id = k.rhk_id and a.status = 'DITERIMA' and a.jumlah is not null
        and a.tanggal >= k.bulan and a.tanggal < k.bulan + interval '1 month') as satuan
    from aktivitas_rekap k
    where k.instansi_id = ${row.instansiId} and k.pegawai_id = ${row.pegawaiId} and k.rhk_id in (${list})
      and k.bulan between ${row.mulai.slice(0, 8) + '01'} and ${row.selesai}`);
  for (const r of rows) {
    const norm = new Set((r.satuan ?? []).map((s) => s.trim().toLocaleLowerCase('id-ID')));
    out.set(r.rhk_id, [...(out.get(r.rhk_id) ?? []), { bulan: Number(r.bulan), jumlah: Number(r.jumlah), satuan: norm }]);
  }
  return out;
}

interface IkiFakta { id: string; rhkId: string; target: number | null; targetAtas: number | null; arah: ArahIki; satuan: string }

function sel(k: IkiFakta, p: PeriodeKe, r: RealisasiRow | undefined, bukti: BuktiRow[], nilaiAktivitas: number | null): RealisasiSel {
  const nilai = r?.nilai ?? null;
  return {
    periodeKe: p.ke, id: r?.id ?? null, nilai, kosong: nilai === null, nilaiAktivitas,
    alasan: r?.alasan ?? null, catatan: r?.catatan ?? null,
    capaian: capaianDari(k, nilai),
    bukti: bukti.map(presentBukti),
    version: r?.version ?? 0, diubahOleh: r?.diubahOleh ?? null, updatedAt: r?.updatedAt.toISOString() ?? null,
  };
}

async function buktiOf(db: DbOrTx, instansiId: string, realisasiIds: string[]) {
  if (!realisasiIds.length) return [];
  return db.select().from(buktiDukung)
    .where(and(eq(buktiDukung.instansiId, instansiId), inArray(buktiDukung.realisasiId, realisasiIds)))
    .orderBy(asc(buktiDukung.createdAt), asc(buktiDukung.id));
}

/**
 * The realisasi table of an SKP version: per RHK, per IKI, per period it covers, the target, the
 * value (or a flagged gap), the pre-fill from accepted activities, capaian as evidence, bukti
 * dukung, and the year to date.
 */
export async function getRealisasi(db: Db, actor: Actor, skpId: string): Promise<RealisasiSkp> {
  const row = await loadVisibleSkp(db, actor, skpId);
  const per = await loadPeriode(db, row.instansiId, row.periodeId);
  const today = todayWib();
  const periode = periodeSkp(frekuensiOf(per), per.tahun, row.mulai, row.selesai);
  const rhkRows = await db.select().from(rhk).where(and(eq(rhk.instansiId, row.instansiId), eq(rhk.skpId, row.id))).orderBy(asc(rhk.urutan));
  const ikiRows = rhkRows.length ? await db.select().from(iki)
    .where(and(eq(iki.instansiId, row.instansiId), inArray(iki.rhkId, rhkRows.map((r) => r.id)))).orderBy(asc(iki.urutan)) : [];
  const [real, ev, akt] = await Promise.all([
    db.select().from(realisasi).where(and(eq(realisasi.instansiId, row.instansiId), eq(realisasi.skpId, row.id))),
    evaluasiOf(db, row),
    aktivitasBulanan(db, row, rhkRows.map((r) => r.id)),
  ]);
  const bukti = await buktiOf(db, row.instansiId, real.map((r) => r.id));
  const info = await pegawaiInfo(db, row.instansiId, [row.pegawaiId]);
  const penilaiId = penilaiOf(row, info.get(row.pegawaiId)?.atasanId ?? null);
  const penilai = penilaiId ? (await pegawaiInfo(db, row.instansiId, [penilaiId])).get(penilaiId) : undefined;
  const owner = !!actor.pegawaiId && actor.pegawaiId === row.pegawaiId;
  const byKey = new Map(real.map((r) => [`${r.ikiId}|${r.periodeKe}`, r]));

  const ikiOut = (k: IkiRow) => {
    const f: IkiFakta = { id: k.id, rhkId: k.rhkId, target: k.target, targetAtas: k.targetAtas, arah: k.arah as ArahIki, satuan: k.satuan };
    const cells = periode.map((p) => {
      const r = byKey.get(`${k.id}|${p.ke}`);
      const pre = nilaiDariAktivitas(k.satuan, p.bulanAwal, p.bulanAkhir, akt.get(k.rhkId) ?? []);
      return sel(f, p, r, r ? bukti.filter((b) => b.realisasiId === r.id) : [], pre);
    });
    return {
      id: k.id, indikator: k.indikator, aspek: k.aspek as Aspek | null, target: k.target, targetAtas: k.targetAtas,
      satuan: k.satuan, arah: f.arah, sel: cells,
      kumulatif: kumulatifDari({ ...f, aspek: k.aspek }, cells.map((c, i) => ({ periodeKe: c.periodeKe, nilai: c.nilai, mulai: periode[i]!.mulai })), today),
    };
  };

  return {
    skpId: row.id, tahun: per.tahun, frekuensi: frekuensiOf(per), status: row.status as RealisasiSkp['status'],
    mulai: row.mulai, selesai: row.selesai,
    pegawai: { id: row.pegawaiId, nama: info.get(row.pegawaiId)?.ringkas.nama ?? '' },
    penilai: penilai ? { id: penilai.ringkas.id, nama: penilai.ringkas.nama } : null,
    akses: {
      isi: owner && periode.some((p) => !alasanTertutup(row, per, p, ev, today)),
      umpanBalik: row.status === 'DISETUJUI' && per.status === 'DIBUKA' && actor.pegawaiId
        ? actor.pegawaiId === penilaiId ? 'PENILAI' : owner ? 'PEGAWAI' : null
        : null,
    },
    periode: periode.map((p) => {
      const alasan = owner ? alasanTertutup(row, per, p, ev, today) : 'Hanya pemilik SKP yang mengisi realisasi';
      return {
        ke: p.ke, label: p.label, mulai: p.mulai, selesai: p.selesai, bisaDiisi: !alasan, alasan,
        statusEvaluasi: ev.find((e) => e.jenis === 'PERIODIK' && Number(e.periode_ke) === p.ke)?.status ?? null,
      };
    }),
    rhk: rhkRows.map((r) => ({
      id: r.id, jenis: r.jenis as 'UTAMA' | 'TAMBAHAN', uraian: r.uraian, iki: ikiRows.filter((k) => k.rhkId === r.id).map(ikiOut),
    })),
  };
}

export interface SelTulis { row: SkpRow; iki: IkiFakta; periode: PeriodeKe }

/**
 * Checks that the caller may write this cell now and returns what the write needs: the owner,
 * an IKI of this SKP, a period the SKP version covers, and every guard of alasanTertutup.
 */
export async function siapTulis(db: DbOrTx, actor: Actor, skpId: string, ikiId: string, periodeKe: number): Promise<SelTulis> {
  const row = await loadVisibleSkp(db, actor, skpId);
  if (!actor.pegawaiId || actor.pegawaiId !== row.pegawaiId) throw new AppError('FORBIDDEN', 'Hanya pemilik SKP yang dapat mengisi realisasi dan bukti dukung');
  const [k] = await db.select({ id: iki.id, rhkId: iki.rhkId, target: iki.target, targetAtas: iki.targetAtas, arah: iki.arah, satuan: iki.satuan })
    .from(iki).innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .where(and(eq(iki.instansiId, row.instansiId), eq(iki.id, ikiId), eq(rhk.skpId, row.id)));
  if (!k) throw notFound('IKI');
  const per = await loadPeriode(db, row.instansiId, row.periodeId);
  const all = semuaPeriode(frekuensiOf(per), per.tahun);
  if (periodeKe > all.length) throw invalid({ periodeKe: `Periode ${per.frekuensi.toLowerCase()} hanya 1 sampai ${all.length}` });
  const p = periodeSkp(frekuensiOf(per), per.tahun, row.mulai, row.selesai).find((x) => x.ke === periodeKe);
  if (!p) throw new AppError('BUSINESS_RULE', `${all[periodeKe - 1]!.label} di luar masa berlaku SKP ini (${row.mulai} s.d. ${row.selesai})`);
  const tertutup = alasanTertutup(row, per, p, await evaluasiOf(db, row), todayWib());
  if (tertutup) throw new AppError('BUSINESS_RULE', tertutup);
  return { row, iki: { ...k, arah: k.arah as ArahIki }, periode: p };
}

/** Serialises writers of one cell (value and bukti dukung), so the row is created once. */
export async function kunciSel(tx: DbOrTx, instansiId: string, skpId: string, ikiId: string, periodeKe: number) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`realisasi:${instansiId}:${skpId}:${ikiId}:${periodeKe}`}, 0))`);
}

export async function barisSel(db: DbOrTx, w: SelTulis): Promise<RealisasiRow | undefined> {
  const [r] = await db.select().from(realisasi).where(and(
    eq(realisasi.instansiId, w.row.instansiId), eq(realisasi.skpId, w.row.id), eq(realisasi.ikiId, w.iki.id), eq(realisasi.periodeKe, w.periode.ke),
  ));
  return r;
}

/**
 * The row of a cell, made empty (nilai null, version 0) when bukti dukung arrives before a value.
 * Version counts saves of the value, so a client that saw no row still saves with version 0.
 */
export async function barisSelAtauBaru(tx: DbOrTx, actor: Actor, w: SelTulis): Promise<RealisasiRow> {
  const cur = await barisSel(tx, w);
  if (cur) return cur;
  const [made] = await tx.insert(realisasi).values({
    instansiId: w.row.instansiId, skpId: w.row.id, ikiId: w.iki.id, periodeKe: w.periode.ke, version: 0, diubahOleh: actor.username,
  }).returning();
  return made!;
}

async function prefillSatu(db: DbOrTx, w: SelTulis) {
  const akt = await aktivitasBulanan(db, w.row, [w.iki.rhkId]);
  return nilaiDariAktivitas(w.iki.satuan, w.periode.bulanAwal, w.periode.bulanAkhir, akt.get(w.iki.rhkId) ?? []);
}

/** One cell as the table shows it. */
export async function selSatu(db: DbOrTx, w: SelTulis, r: RealisasiRow | undefined, nilaiAktivitas?: number | null): Promise<RealisasiSel> {
  const pre = nilaiAktivitas === undefined ? await prefillSatu(db, w) : nilaiAktivitas;
  return sel(w.iki, w.periode, r, r ? await buktiOf(db, w.row.instansiId, [r.id]) : [], pre);
}

const sama = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Saves the value of one cell. A value that differs from what accepted activities add up to needs
 * a reason, so the penilai sees why the two disagree.
 */
export async function simpanRealisasi(db: Db, actor: Actor, skpId: string, ikiId: string, periodeKe: number, raw: RealisasiInput): Promise<RealisasiSel> {
  const v = RealisasiInput.parse(raw);
  return db.transaction(async (tx) => {
    const w = await siapTulis(tx, actor, skpId, ikiId, periodeKe);
    await kunciSel(tx, w.row.instansiId, w.row.id, w.iki.id, w.periode.ke);
    const cur = await barisSel(tx, w);
    const nilaiAktivitas = await prefillSatu(tx, w);
    if ((v.version ?? 0) !== (cur?.version ?? 0)) throw versionConflict(await selSatu(tx, w, cur, nilaiAktivitas));
    const alasan = v.alasan?.trim() || null;
    const beda = nilaiAktivitas !== null && v.nilai !== null && !sama(v.nilai, nilaiAktivitas);
    if (beda && !alasan) throw invalid({ alasan: 'Tulis alasan karena nilai berbeda dari rekap aktivitas' });
    const values = {
      nilai: v.nilai, nilaiAktivitas, alasan: beda ? alasan : null,
      // An omitted catatan keeps the stored one; an empty one clears it.
      catatan: v.catatan === undefined ? cur?.catatan ?? null : v.catatan?.trim() || null,
      version: (cur?.version ?? 0) + 1, diubahOleh: actor.username, updatedAt: new Date(),
    };
    const [saved] = cur
      ? await tx.update(realisasi).set(values).where(and(eq(realisasi.instansiId, cur.instansiId), eq(realisasi.id, cur.id))).returning()
      : await tx.insert(realisasi).values({ instansiId: w.row.instansiId, skpId: w.row.id, ikiId: w.iki.id, periodeKe: w.periode.ke, ...values }).returning();
    const ringkas = (r: RealisasiRow | undefined) => r && { nilai: r.nilai, nilaiAktivitas: r.nilaiAktivitas, alasan: r.alasan, catatan: r.catatan, version: r.version };
    await audit(tx, actor, w.row.instansiId, {
      entitas: 'realisasi', entitasId: saved!.id, aksi: cur ? 'UPDATE' : 'CREATE',
      sebelum: ringkas(cur) ?? null, sesudah: { skpId: w.row.id, ikiId: w.iki.id, periodeKe: w.periode.ke, ...ringkas(saved) },
    });
    return selSatu(tx, w, saved, nilaiAktivitas);
  });
}
