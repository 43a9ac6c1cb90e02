// Keberatan (PP 30/2019; skp-rules.md §2.1: FINAL → KEBERATAN_DIAJUKAN → KEBERATAN_DIPUTUS): the owner
// objects to a FINAL annual evaluation within the instansi's deadline, once; the atasan pejabat penilai
// (recorded on the SKP header; the admin when there is none) rejects it or grants new ratings. A granted
// objection freezes a new document with a new code; the replaced one stays verifiable, as replaced.
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { EvaluasiSnapshot, type JenisEvaluasiUrl } from '../../contracts/evaluasi.ts';
import {
  AjukanKeberatanRequest, HasilPenilaian, PutusanKeberatanRequest, type DaftarKeberatan, type Keberatan, type KeberatanRingkas,
} from '../../contracts/keberatan.ts';
import { queryRows, uuidList, type Db, type DbOrTx } from '../../db/client.ts';
import { evaluasi, keberatan, notifikasi } from '../../db/schema.ts';
import { LABEL_PREDIKAT, LABEL_RATING, type Rating } from '../../domain/index.ts';
import { AppError, invalid, notFound, versionConflict } from '../../errors.ts';
import { addDaysIso, todayWib } from '../../lib/clock.ts';
import { pgCode, UNIQUE_VIOLATION } from '../../lib/pg-errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { tanggalIndonesia } from '../pdf/formulir.ts';
import { pegawaiInfo } from '../skp/skp-context.ts';
import { PENGATURAN_BAWAAN, adalahPemilik, barisTerkunci, cariSasaran, hitungUntuk, muatKonteks, type EvaluasiRow, type Konteks } from './evaluasi-konteks.ts';
import { bangunSnapshot, jenisDariUrl } from './evaluasi.service.ts';
import { batasKeberatan } from './keberatan-ringkas.ts';
import { kodeVerifikasiBaru } from './kode-verifikasi.ts';

type Row = typeof keberatan.$inferSelect;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const rule = (pesan: string) => new AppError('BUSINESS_RULE', pesan);

/**
 * Who decides: the atasan pejabat penilai recorded when it was filed, or whoever is the penilai's atasan
 * today (a Plt/Plh, a successor after mutasi: the office decides, not the person); the admin only when
 * there is neither.
 */
const bolehPutus = (actor: Actor, r: Row, atasanKini: string | null) => r.status === 'DIAJUKAN'
  && (r.pemutusId || atasanKini ? !!actor.pegawaiId && (actor.pegawaiId === r.pemutusId || actor.pegawaiId === atasanKini) : isAdmin(actor));

/** The penilai's atasan today, per evaluation (pegawai.atasan_id follows Plt/Plh and the admin's override). */
const atasanKiniSql = sql`(select pn.atasan_id from pegawai pn where pn.instansi_id = e.instansi_id and pn.id = e.penilai_id)`;

interface Fakta {
  id: string; skp_id: string; tahun: number; penilai_id: string | null; atasan_kini: string | null; final_at: Date | string | null; batas_hari: number | null;
}

/** Rows in the API shape, with the names of the three parties. */
async function present(db: DbOrTx, actor: Actor, rows: Row[]): Promise<Keberatan[]> {
  if (!rows.length) return [];
  const instansiId = rows[0]!.instansiId;
  const fakta = await queryRows<Fakta>(db, sql`select e.id, e.skp_id, p.tahun, e.penilai_id, ${atasanKiniSql} as atasan_kini, e.final_at,
      pp.batas_keberatan_hari as batas_hari
    from evaluasi e join skp s on s.instansi_id = e.instansi_id and s.id = e.skp_id
    join periode p on p.instansi_id = s.instansi_id and p.id = s.periode_id
    left join pengaturan_penilaian pp on pp.instansi_id = e.instansi_id
    where e.instansi_id = ${instansiId} and e.id in (${uuidList(rows.map((r) => r.evaluasiId))})`);
  const byEv = new Map(fakta.map((f) => [f.id, f]));
  const info = await pegawaiInfo(db, instansiId, rows.flatMap((r) => [r.pegawaiId, r.pemutusId, byEv.get(r.evaluasiId)?.penilai_id].filter((x): x is string => !!x)));
  const ringkas = (id: string | null | undefined) => (id ? info.get(id)?.ringkas ?? null : null);
  return rows.map((r) => {
    const f = byEv.get(r.evaluasiId)!;
    return {
      id: r.id, evaluasiId: r.evaluasiId, skpId: f.skp_id, tahun: f.tahun,
      pegawai: ringkas(r.pegawaiId)!, penilai: ringkas(f.penilai_id), pemutus: ringkas(r.pemutusId),
      alasan: r.alasan, diajukanAt: r.diajukanAt.toISOString(),
      batasPengajuan: batasKeberatan(new Date(f.final_at ?? r.diajukanAt), f.batas_hari ?? PENGATURAN_BAWAAN.batasKeberatanHari),
      semula: HasilPenilaian.parse(r.semula), status: r.status as Keberatan['status'], keputusan: r.keputusan as Keberatan['keputusan'],
      catatanKeputusan: r.catatanKeputusan, diputusAt: iso(r.diputusAt), diputusOleh: r.diputusOleh,
      hasil: r.hasil ? HasilPenilaian.parse(r.hasil) : null,
      version: r.version, akses: { putuskan: bolehPutus(actor, r, f.atasan_kini) },
    };
  });
}

/** The objection if the caller is a party to it (pegawai, penilai, who decides) or the admin; else 404. */
async function loadVisible(db: DbOrTx, actor: Actor, id: string, forUpdate = false): Promise<{ r: Row; atasanKini: string | null }> {
  const instansiId = tenantOf(actor);
  const q = db.select().from(keberatan).where(and(eq(keberatan.instansiId, instansiId), eq(keberatan.id, id)));
  const [r] = forUpdate ? await q.for('update') : await q;
  if (!r) throw notFound('Keberatan');
  const [ev] = await queryRows<{ penilai_id: string | null; atasan_kini: string | null }>(db, sql`select e.penilai_id, ${atasanKiniSql} as atasan_kini
    from evaluasi e where e.instansi_id = ${instansiId} and e.id = ${r.evaluasiId}`);
  const atasanKini = ev?.atasan_kini ?? null;
  const me = actor.pegawaiId;
  if (isAdmin(actor) || (me && [r.pegawaiId, r.pemutusId, ev?.penilai_id, atasanKini].includes(me))) return { r, atasanKini };
  throw notFound('Keberatan');
}

export async function daftarKeberatan(db: Db, actor: Actor): Promise<DaftarKeberatan> {
  const instansiId = tenantOf(actor);
  const me = actor.pegawaiId;
  const untuk = await db.select().from(keberatan).where(and(eq(keberatan.instansiId, instansiId), or(
    me ? eq(keberatan.pemutusId, me) : sql`false`,
    // Driven from the (small) keberatan table: one primary-key look-up per objection, not a scan of the evaluations.
    me ? sql`exists (select 1 from evaluasi e join pegawai pn on pn.instansi_id = e.instansi_id and pn.id = e.penilai_id
      where e.instansi_id = ${keberatan.instansiId} and e.id = ${keberatan.evaluasiId} and pn.atasan_id = ${me})` : sql`false`,
    isAdmin(actor) ? isNull(keberatan.pemutusId) : sql`false`,
  ))).orderBy(sql`${keberatan.status} = 'DIPUTUS'`, desc(keberatan.diajukanAt)).limit(200);
  const mine = me ? await db.select().from(keberatan).where(and(eq(keberatan.instansiId, instansiId), eq(keberatan.pegawaiId, me)))
    .orderBy(desc(keberatan.diajukanAt)).limit(200) : [];
  return { untukDiputus: await present(db, actor, untuk), diajukan: await present(db, actor, mine) };
}

export async function getKeberatan(db: Db, actor: Actor, id: string): Promise<Keberatan> {
  return (await present(db, actor, [(await loadVisible(db, actor, id)).r]))[0]!;
}

export async function ajukanKeberatan(db: Db, actor: Actor, skpId: string, jenisUrl: JenisEvaluasiUrl, periodeKe: number, raw: unknown): Promise<Keberatan> {
  const req = AjukanKeberatanRequest.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const k = await muatKonteks(tx, actor, skpId);
      if (!adalahPemilik(k)) throw new AppError('FORBIDDEN', 'Hanya pegawai pemilik SKP yang dapat mengajukan keberatan');
      const s = cariSasaran(k, jenisDariUrl(jenisUrl), periodeKe);
      if (s.jenis !== 'TAHUNAN') throw rule('Keberatan hanya dapat diajukan atas evaluasi tahunan');
      const ev = await barisTerkunci(tx, k, s);
      if (ev.status !== 'FINAL' || !ev.finalAt) throw rule('Keberatan diajukan setelah evaluasi tahunan final');
      const [ada] = await tx.select({ id: keberatan.id }).from(keberatan).where(and(eq(keberatan.instansiId, ev.instansiId), eq(keberatan.evaluasiId, ev.id)));
      if (ada) throw rule('Keberatan atas evaluasi ini sudah diajukan');
      const batas = batasKeberatan(ev.finalAt, k.pengaturan.batasKeberatanHari);
      if (k.today > batas) throw rule(`Batas pengajuan keberatan sudah lewat (paling lambat ${tanggalIndonesia(batas)})`);
      const semula = { ratingHasil: ev.ratingHasil, ratingPerilaku: ev.ratingPerilaku, predikat: ev.predikat, kodeVerifikasi: ev.kodeVerifikasi };
      // Who is in office now (a Plt/Plh while the official is away), else the atasan pejabat penilai on the SKP header.
      const [kini] = ev.penilaiId ? await queryRows<{ atasan_id: string | null }>(tx, sql`select atasan_id from pegawai
        where instansi_id = ${ev.instansiId} and id = ${ev.penilaiId}`) : [];
      const pemutusId = kini?.atasan_id ?? k.kepala.atasanPenilai?.id ?? null;
      const [row] = await tx.insert(keberatan).values({
        instansiId: ev.instansiId, evaluasiId: ev.id, pegawaiId: k.row.pegawaiId, pemutusId, alasan: req.alasan, semula,
      }).returning();
      await audit(tx, actor, ev.instansiId, { entitas: 'keberatan', entitasId: row!.id, aksi: 'AJUKAN', sesudah: { evaluasiId: ev.id, alasan: req.alasan, pemutusId, semula } });
      if (pemutusId) {
        await tx.insert(notifikasi).values({
          instansiId: ev.instansiId, pegawaiId: pemutusId, jenis: 'KEBERATAN', judul: 'Keberatan menunggu keputusan Anda',
          isi: `${k.kepala.pegawai.nama} mengajukan keberatan atas evaluasi kinerja tahunan ${k.per.tahun}.`,
          tautan: `/keberatan?id=${row!.id}`, kunci: `keberatan:${row!.id}`,
        }).onConflictDoNothing();
      }
      return (await present(tx, actor, [row!]))[0]!;
    });
  } catch (e) {
    if (pgCode(e) === UNIQUE_VIOLATION) throw rule('Keberatan atas evaluasi ini sudah diajukan');
    throw e;
  }
}

/** Rejects, or grants with new ratings: the predikat follows the matrix and a new document is frozen. */
export async function putuskanKeberatan(db: Db, actor: Actor, id: string, raw: unknown): Promise<Keberatan> {
  const req = PutusanKeberatanRequest.parse(raw);
  return db.transaction(async (tx) => {
    const { r, atasanKini } = await loadVisible(tx, actor, id, true);
    if (r.status === 'DIPUTUS') throw rule('Keberatan ini sudah diputus');
    if (!bolehPutus(actor, r, atasanKini)) throw new AppError('FORBIDDEN', 'Keberatan diputus oleh atasan pejabat penilai');
    if (r.version !== req.version) throw versionConflict((await present(tx, actor, [r]))[0]);
    const now = new Date();
    const diputusOleh = (actor.pegawaiId && (await pegawaiInfo(tx, r.instansiId, [actor.pegawaiId])).get(actor.pegawaiId)?.ringkas.nama) || actor.username;
    const semula = HasilPenilaian.parse(r.semula);
    let hasil: HasilPenilaian | null = null;
    let snapshotSebelum: unknown = null;
    if (req.keputusan === 'DIKABULKAN') {
      const ratingHasil = req.ratingHasil as Rating; const ratingPerilaku = req.ratingPerilaku as Rating;
      if (ratingHasil === semula.ratingHasil && ratingPerilaku === semula.ratingPerilaku) {
        throw invalid({ ratingHasil: 'Rating pengganti sama dengan semula; pilih "ditolak" bila penilaian tetap' });
      }
      const [evRow] = await tx.select().from(evaluasi).where(and(eq(evaluasi.instansiId, r.instansiId), eq(evaluasi.id, r.evaluasiId))).for('update');
      const ev = evRow!;
      const k = await muatKonteks(tx, actor, ev.skpId);
      const s = cariSasaran(k, 'TAHUNAN', 0);
      const dinilai = { ...ev, ratingHasil, ratingPerilaku, predikat: null };
      const awal = await hitungUntuk(tx, k, s, dinilai);
      // A unit head's rating hasil kerja follows the unit's predikat organisasi here too (§6.3, §14.4).
      if (awal.pimpinan && ratingHasil !== awal.pimpinan.ratingHasilWajib) {
        throw invalid({ ratingHasil: `${awal.pimpinan.teks} Pilih ${LABEL_RATING[awal.pimpinan.ratingHasilWajib]}.` });
      }
      const baru = { ...dinilai, predikat: awal.matriks!.predikat };
      const h = await hitungUntuk(tx, k, s, baru);
      const kode = kodeVerifikasiBaru();
      const dokumen = await bangunSnapshot(tx, k, s, baru, h, now, kode);
      const snapshot = EvaluasiSnapshot.parse({
        ...dokumen,
        keberatan: {
          diajukanAt: r.diajukanAt.toISOString(), diputusAt: now.toISOString(), diputusOleh, catatan: req.catatan,
          semula: { ratingHasil: semula.ratingHasil, ratingPerilaku: semula.ratingPerilaku, predikat: semula.predikat }, kodeSebelum: semula.kodeVerifikasi,
        },
      });
      await tx.update(evaluasi).set({
        ratingHasil, ratingPerilaku, predikat: baru.predikat, nilaiNumerik: h.nilaiNumerik?.nilai ?? null, snapshot, kodeVerifikasi: kode,
        version: ev.version + 1, updatedAt: now, diubahOleh: actor.username,
      }).where(and(eq(evaluasi.instansiId, ev.instansiId), eq(evaluasi.id, ev.id)));
      hasil = { ratingHasil, ratingPerilaku, predikat: baru.predikat, kodeVerifikasi: kode };
      snapshotSebelum = ev.snapshot;
      await audit(tx, actor, ev.instansiId, {
        entitas: 'evaluasi', entitasId: ev.id, aksi: 'KEBERATAN_DIKABULKAN',
        sebelum: { ratingHasil: ev.ratingHasil, ratingPerilaku: ev.ratingPerilaku, predikat: ev.predikat, kodeVerifikasi: ev.kodeVerifikasi },
        sesudah: { keberatanId: r.id, ...hasil },
      });
    }
    const [next] = await tx.update(keberatan).set({
      status: 'DIPUTUS', keputusan: req.keputusan, catatanKeputusan: req.catatan, diputusAt: now, diputusOleh, hasil,
      snapshotSebelum, kodeSebelum: hasil ? semula.kodeVerifikasi : null, version: r.version + 1,
    }).where(and(eq(keberatan.instansiId, r.instansiId), eq(keberatan.id, r.id))).returning();
    await audit(tx, actor, r.instansiId, {
      entitas: 'keberatan', entitasId: r.id, aksi: 'PUTUS', sebelum: { status: r.status },
      sesudah: { keputusan: req.keputusan, catatan: req.catatan, hasil },
    });
    const teks = hasil ? `dikabulkan: predikat menjadi ${LABEL_PREDIKAT[hasil.predikat]}` : 'ditolak; predikat tetap';
    await tx.insert(notifikasi).values({
      instansiId: r.instansiId, pegawaiId: r.pegawaiId, jenis: 'KEBERATAN', judul: 'Keberatan Anda sudah diputus',
      isi: `Keberatan atas evaluasi kinerja tahunan ${teks}.`, tautan: `/keberatan?id=${r.id}`, kunci: `keberatan-putusan:${r.id}`,
    }).onConflictDoNothing();
    return (await present(tx, actor, [next!]))[0]!;
  });
}
