// Everything one SKP's evaluations need, loaded once: the SKP and its versions, the periode, the plan,
// realisasi, settings, the pegawai's jabatan, the predikat organisasi; and from it the input of
// `hitungEvaluasi` for one evaluation. The list, the transitions, the explanation and the snapshot
// all go through here, so they compute from the same data the same way.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Perhitungan } from '../../contracts/evaluasi.ts';
import type { Rhk } from '../../contracts/skp.ts';
import { queryRows, type DbOrTx } from '../../db/client.ts';
import { evaluasi, instansi, pengaturanPenilaian, realisasi } from '../../db/schema.ts';
import {
  JENJANG_JF, PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, RATINGS, isOneOf, type JenjangJf, type PredikatKinerja,
  type PredikatOrganisasi, type Rating,
} from '../../domain/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { todayWib } from '../../lib/clock.ts';
import { isAdmin, type Actor } from '../../policy/actor.ts';
import { readIsi } from '../skp/isi.ts';
import { kepalaNow, type Kepala } from '../skp/skp.service.ts';
import { loadPeriode, loadVisibleSkp, penilaiOf, versions, type PeriodeRow, type SkpRow } from '../skp/skp-context.ts';
import { bulanPenuh, periodeSkp, rentangTahunan, type Frekuensi } from './periode-evaluasi.ts';
import { hitungEvaluasi, type MasukanPerhitungan, type PengaturanMasukan, type RealisasiMasukan } from './perhitungan.ts';
import { labelPeriode, nilaiKumulatif } from './realisasi-hitung.ts';

export type EvaluasiRow = typeof evaluasi.$inferSelect;
export type JenisEvaluasi = 'PERIODIK' | 'TAHUNAN';

/** The instansi's evaluation settings: the computation's, plus the keberatan deadline. */
export type PengaturanInstansi = PengaturanMasukan & { batasKeberatanHari: number };
export const PENGATURAN_BAWAAN: PengaturanInstansi = { saranAktif: false, ambangDiAtas: 110, ambangSesuai: 90, modeNumerik: false, batasKeberatanHari: 14 };
export const PESAN_FINAL = 'Evaluasi sudah final; perubahan melalui keberatan/revisi';

export const asRating = (v: string | null): Rating | null => (v !== null && isOneOf(RATINGS, v) ? v : null);
export const asPredikat = (v: string | null): PredikatKinerja | null => (v !== null && isOneOf(PREDIKAT_KINERJA, v) ? v : null);

interface JabatanFakta { jenis: string; jenjang: string | null; kepala_unit: boolean; unit_kerja_id: string; unit_nama: string }
interface OrgFakta { unit_kerja_id: string; unit_nama: string; predikat: string; kurva_override_alasan: string | null; kurva_override_at: Date | string | null }

export interface Konteks {
  actor: Actor;
  row: SkpRow;
  per: PeriodeRow;
  frekuensi: Frekuensi;
  instansi: { id: string; nama: string };
  /** Header as frozen at approval (evaluations exist only for approved SKP). */
  kepala: Kepala;
  penilaiId: string | null;
  semuaVersi: SkpRow[];
  terbaru: boolean;
  rhk: Rhk[];
  realisasi: (typeof realisasi.$inferSelect)[];
  pengaturan: PengaturanInstansi;
  jabatan: { jenis: string; jenjang: JenjangJf | null; kepalaUnit: boolean; unitKerjaId: string; unitKerja: string };
  /** The unit the pegawai heads, when it has a predikat organisasi for the year (§6.3, §14.4). */
  pimpinan: { unitKerja: string; predikat: PredikatOrganisasi } | null;
  /** The predikat organisasi of the unit whose head is the penilai: its kurva covers this pegawai (§6.4). */
  organisasi: MasukanPerhitungan['organisasi'];
  today: string;
}

export async function pengaturanOf(db: DbOrTx, instansiId: string): Promise<PengaturanInstansi> {
  const [p] = await db.select().from(pengaturanPenilaian).where(eq(pengaturanPenilaian.instansiId, instansiId));
  return p ? {
    saranAktif: p.saranAktif, ambangDiAtas: p.ambangDiAtas, ambangSesuai: p.ambangSesuai, modeNumerik: p.modeNumerik, batasKeberatanHari: p.batasKeberatanHari,
  } : PENGATURAN_BAWAAN;
}

const isoAny = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

async function organisasiOf(db: DbOrTx, instansiId: string, tahun: number, penilaiId: string | null): Promise<Konteks['organisasi']> {
  if (!penilaiId) return null;
  // Same grouping as the kurva screen: the units the penilai heads, definitively or as Plt/Plh in that year.
  const [r] = await queryRows<OrgFakta>(db, sql`select po.unit_kerja_id, u.nama as unit_nama, po.predikat, po.kurva_override_alasan, po.kurva_override_at
    from predikat_organisasi po join unit_kerja u on u.instansi_id = po.instansi_id and u.id = po.unit_kerja_id
    where po.instansi_id = ${instansiId} and po.tahun = ${tahun} and po.unit_kerja_id in (
      select j.unit_kerja_id from pegawai p join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
        where p.instansi_id = ${instansiId} and p.id = ${penilaiId} and j.kepala_unit
      union
      select j.unit_kerja_id from penugasan pn join jabatan j on j.instansi_id = pn.instansi_id and j.id = pn.jabatan_id
        where pn.instansi_id = ${instansiId} and pn.pegawai_id = ${penilaiId} and j.kepala_unit
          and pn.mulai <= ${`${tahun}-12-31`} and (pn.selesai is null or pn.selesai >= ${`${tahun}-01-01`}))
    order by u.level desc limit 1`);
  if (!r || !isOneOf(PREDIKAT_ORGANISASI, r.predikat)) return null;
  return {
    unitKerjaId: r.unit_kerja_id, unitKerja: r.unit_nama, predikat: r.predikat,
    kurvaOverrideAlasan: r.kurva_override_alasan, kurvaOverrideAt: isoAny(r.kurva_override_at),
  };
}

/** Loads the SKP (404 when the caller may not read it) and everything its evaluations are computed from. */
export async function muatKonteks(db: DbOrTx, actor: Actor, skpId: string): Promise<Konteks> {
  const row = await loadVisibleSkp(db, actor, skpId);
  const per = await loadPeriode(db, row.instansiId, row.periodeId);
  const live = await kepalaNow(db, row);
  const penilaiId = penilaiOf(row, live.atasanIdNow);
  // The header frozen at approval, unless the admin has since set another penilai on the SKP.
  const frozen = row.status === 'DISETUJUI' && row.kepala ? (row.kepala as Kepala) : null;
  const kepala: Kepala = frozen && (frozen.penilai?.id ?? null) === penilaiId ? frozen
    : { pegawai: frozen?.pegawai ?? live.pegawai, penilai: live.penilai, atasanPenilai: live.atasanPenilai };
  const semuaVersi = await versions(db, row);
  const [ins] = await db.select({ id: instansi.id, nama: instansi.nama }).from(instansi).where(eq(instansi.id, row.instansiId));
  const [jab] = await queryRows<JabatanFakta>(db, sql`select j.jenis, j.jenjang, j.kepala_unit, j.unit_kerja_id, u.nama as unit_nama
    from pegawai p join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
    join unit_kerja u on u.instansi_id = j.instansi_id and u.id = j.unit_kerja_id
    where p.instansi_id = ${row.instansiId} and p.id = ${row.pegawaiId}`);
  const jenjang = jab && jab.jenis === 'FUNGSIONAL' && isOneOf(JENJANG_JF, jab.jenjang) ? jab.jenjang : null;
  let pimpinan: Konteks['pimpinan'] = null;
  if (jab?.kepala_unit) {
    const [po] = await queryRows<{ predikat: string }>(db, sql`select predikat from predikat_organisasi
      where instansi_id = ${row.instansiId} and unit_kerja_id = ${jab.unit_kerja_id} and tahun = ${per.tahun}`);
    if (po && isOneOf(PREDIKAT_ORGANISASI, po.predikat)) pimpinan = { unitKerja: jab.unit_nama, predikat: po.predikat };
  }
  return {
    actor, row, per, frekuensi: per.frekuensi as Frekuensi, instansi: ins!, kepala, penilaiId, semuaVersi,
    terbaru: semuaVersi[semuaVersi.length - 1]!.id === row.id,
    rhk: await readIsi(db, row.instansiId, row.id),
    realisasi: await db.select().from(realisasi).where(and(eq(realisasi.instansiId, row.instansiId), eq(realisasi.skpId, row.id))),
    pengaturan: await pengaturanOf(db, row.instansiId),
    jabatan: {
      jenis: jab?.jenis ?? '', jenjang, kepalaUnit: !!jab?.kepala_unit, unitKerjaId: jab?.unit_kerja_id ?? '', unitKerja: jab?.unit_nama ?? '',
    },
    pimpinan,
    organisasi: await organisasiOf(db, row.instansiId, per.tahun, penilaiId),
    today: todayWib(),
  };
}

export interface Sasaran { jenis: JenisEvaluasi; periodeKe: number; label: string; mulai: string; selesai: string }

/** The periodic evaluations of this SKP version: one per period of the frekuensi overlapping its dates. */
export function sasaranPeriodik(k: Konteks): Sasaran[] {
  return periodeSkp(k.frekuensi, k.per.tahun, k.row.mulai, k.row.selesai)
    .map((p) => ({ jenis: 'PERIODIK', periodeKe: p.ke, label: p.label, mulai: p.mulai, selesai: p.selesai }));
}

/** The annual evaluation sits on the latest SKP version of the year and spans all versions. */
export function sasaranTahunan(k: Konteks): Sasaran {
  const r = rentangTahunan(k.semuaVersi);
  return { jenis: 'TAHUNAN', periodeKe: 0, label: 'Tahunan', mulai: r.mulai, selesai: r.selesai };
}

/** Why this SKP has no evaluations (yet), or null. */
export function alasanTanpaEvaluasi(k: Konteks): string | null {
  if (k.row.status !== 'DISETUJUI') return 'SKP belum disetujui; evaluasi dimulai setelah SKP disetujui pejabat penilai';
  return null;
}

/** The evaluation addressed by a URL, or 404/422 with the reason. */
export function cariSasaran(k: Konteks, jenis: JenisEvaluasi, periodeKe: number): Sasaran {
  const alasan = alasanTanpaEvaluasi(k);
  if (alasan) throw new AppError('BUSINESS_RULE', alasan);
  if (jenis === 'TAHUNAN') {
    if (periodeKe !== 0) throw notFound('Evaluasi');
    if (!k.terbaru) throw new AppError('BUSINESS_RULE', 'Evaluasi tahunan dilakukan pada versi SKP terakhir tahun ini');
    return sasaranTahunan(k);
  }
  const s = sasaranPeriodik(k).find((p) => p.periodeKe === periodeKe);
  if (!s) throw notFound('Evaluasi');
  return s;
}

/** Creates the missing evaluation rows (OPEN) of these targets; a concurrent creator is harmless. */
export async function pastikanBaris(db: DbOrTx, k: Konteks, list: readonly Sasaran[]): Promise<EvaluasiRow[]> {
  const where = and(eq(evaluasi.instansiId, k.row.instansiId), eq(evaluasi.skpId, k.row.id));
  let rows = await db.select().from(evaluasi).where(where);
  const missing = list.filter((s) => !rows.some((r) => r.jenis === s.jenis && r.periodeKe === s.periodeKe));
  if (missing.length) {
    await db.insert(evaluasi).values(missing.map((s) => ({
      instansiId: k.row.instansiId, skpId: k.row.id, jenis: s.jenis, periodeKe: s.periodeKe,
    }))).onConflictDoNothing();
    rows = await db.select().from(evaluasi).where(where);
  }
  return rows;
}

export async function barisTerkunci(db: DbOrTx, k: Konteks, s: Sasaran): Promise<EvaluasiRow> {
  await pastikanBaris(db, k, [s]);
  const [ev] = await db.select().from(evaluasi).where(and(
    eq(evaluasi.instansiId, k.row.instansiId), eq(evaluasi.skpId, k.row.id), eq(evaluasi.jenis, s.jenis), eq(evaluasi.periodeKe, s.periodeKe),
  )).for('update');
  return ev!;
}

/** Predikat of the periodic evaluations of every version of the year, oldest first (§14.1 suggestion). */
export async function predikatPeriodik(db: DbOrTx, k: Konteks): Promise<{ label: string; predikat: PredikatKinerja }[]> {
  const ids = k.semuaVersi.map((v) => v.id);
  const rows = await db.select({ skpId: evaluasi.skpId, periodeKe: evaluasi.periodeKe, predikat: evaluasi.predikat }).from(evaluasi)
    .where(and(eq(evaluasi.instansiId, k.row.instansiId), inArray(evaluasi.skpId, ids), eq(evaluasi.jenis, 'PERIODIK'),
      inArray(evaluasi.status, ['PREDIKAT_DITETAPKAN', 'FINAL'])))
    .orderBy(asc(evaluasi.periodeKe));
  const versi = new Map(k.semuaVersi.map((v) => [v.id, v.versi]));
  const banyakVersi = k.semuaVersi.length > 1;
  return rows
    .map((r) => ({ ...r, versi: versi.get(r.skpId) ?? 0, predikat: asPredikat(r.predikat) }))
    .filter((r): r is typeof r & { predikat: PredikatKinerja } => r.predikat !== null)
    .sort((a, b) => a.periodeKe - b.periodeKe || a.versi - b.versi)
    .map((r) => ({ label: `${labelPeriode(k.frekuensi, r.periodeKe)}${banyakVersi ? ` (SKP versi ${r.versi})` : ''}`, predikat: r.predikat }));
}

/**
 * Realisasi per IKI for one evaluation. Periodic: the value entered for that period, compared with the IKI
 * target as written (targets are not split over periods: most IKI are levels, shares or deadlines).
 * Annual: an annual value when one was entered, else the year to date the realisasi screen shows (counts
 * add up, percentages take the latest period).
 */
export function realisasiUntuk(k: Konteks, s: Sasaran): Map<string, RealisasiMasukan> {
  const out = new Map<string, RealisasiMasukan>();
  const nilaiDi = (ikiId: string, ke: number) => k.realisasi.find((r) => r.ikiId === ikiId && r.periodeKe === ke && r.nilai !== null)?.nilai ?? null;
  const periode = periodeSkp(k.frekuensi, k.per.tahun, k.row.mulai, k.row.selesai);
  for (const r of k.rhk) {
    for (const iki of r.iki) {
      if (s.jenis === 'PERIODIK') {
        const n = nilaiDi(iki.id, s.periodeKe);
        if (n !== null) out.set(iki.id, { nilai: n, sumber: `Realisasi ${s.label}` });
        continue;
      }
      const tahunan = nilaiDi(iki.id, 0);
      if (tahunan !== null) { out.set(iki.id, { nilai: tahunan, sumber: 'Realisasi tahunan' }); continue; }
      const kum = nilaiKumulatif(iki, periode.map((p) => ({ periodeKe: p.ke, nilai: nilaiDi(iki.id, p.ke) })));
      if (kum.nilai === null || kum.sampaiPeriodeKe === null) continue;
      const sampai = labelPeriode(k.frekuensi, kum.sampaiPeriodeKe);
      out.set(iki.id, { nilai: kum.nilai, sumber: kum.cara === 'JUMLAH' ? `Jumlah realisasi s.d. ${sampai}` : `Realisasi terakhir (${sampai})` });
    }
  }
  return out;
}

/** The one computation of an evaluation's numbers (list, explanation and snapshot use it). */
export async function hitungUntuk(db: DbOrTx, k: Konteks, s: Sasaran, ev: EvaluasiRow): Promise<Perhitungan> {
  const tahunan = s.jenis === 'TAHUNAN';
  return hitungEvaluasi({
    tahun: k.per.tahun,
    label: s.label,
    rhk: k.rhk.map((r) => ({
      id: r.id, jenis: r.jenis, uraian: r.uraian, intervensi: r.intervensiUraian ?? r.intervensiTeks,
      iki: r.iki.map((i) => ({
        id: i.id, indikator: i.indikator, aspek: i.aspek, perspektif: i.perspektif, arah: i.arah,
        target: i.target, targetAtas: i.targetAtas, satuan: i.satuan,
      })),
    })),
    realisasi: realisasiUntuk(k, s),
    ratingHasil: asRating(ev.ratingHasil),
    ratingPerilaku: asRating(ev.ratingPerilaku),
    predikatTersimpan: asPredikat(ev.predikat),
    pengaturan: k.pengaturan,
    jf: k.jabatan.jenjang ? { jenjang: k.jabatan.jenjang, bulan: bulanPenuh(s.mulai, s.selesai) } : null,
    periodik: tahunan ? await predikatPeriodik(db, k) : null,
    pimpinan: tahunan ? k.pimpinan : null,
    organisasi: tahunan ? k.organisasi : null,
  });
}

/** The penilai of an approved SKP is the one recorded; with none in the system (top of the chain) the admin acts. */
export function adalahPenilai(k: Konteks): boolean {
  return k.penilaiId ? k.actor.pegawaiId === k.penilaiId : isAdmin(k.actor);
}
export const adalahPemilik = (k: Konteks) => !!k.actor.pegawaiId && k.actor.pegawaiId === k.row.pegawaiId;
