// Periodic and annual evaluation of an approved SKP (PermenPANRB 6/2022; skp-rules.md §2.1, §6):
// OPEN → REALISASI_DIISI (owner) → DINILAI (penilai rates) → PREDIKAT_DITETAPKAN (matrix) → FINAL
// (document frozen with a verification code). Every step carries the version it was based on (409 when
// stale), is refused with a reason in the wrong state (422), and is audited. After FINAL nothing changes
// in place: corrections go through keberatan or revision.
import { and, eq, sql } from 'drizzle-orm';
import {
  EvaluasiSnapshot, type DaftarEvaluasi, type Evaluasi, type EvaluasiAksiHasil, type JenisEvaluasiUrl, type NilaiRequest, type Perhitungan, type UmpanBalikItem,
} from '../../contracts/evaluasi.ts';
import type { KeberatanRingkas } from '../../contracts/keberatan.ts';
import type { PegawaiRingkas } from '../../contracts/skp.ts';
import { queryRows, type Db, type DbOrTx } from '../../db/client.ts';
import { evaluasi } from '../../db/schema.ts';
import { BERAKHLAK, LABEL_PREDIKAT, LABEL_RATING, type Rating } from '../../domain/index.ts';
import { AppError, invalid, versionConflict } from '../../errors.ts';
import type { Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { namaLengkap } from '../pegawai.service.ts';
import { pegawaiInfo } from '../skp/skp-context.ts';
import {
  PESAN_FINAL, adalahPemilik, adalahPenilai, alasanTanpaEvaluasi, asRating, barisTerkunci, cariSasaran, hitungUntuk, muatKonteks,
  pastikanBaris, sasaranPeriodik, sasaranTahunan, type EvaluasiRow, type JenisEvaluasi, type Konteks, type Sasaran,
} from './evaluasi-konteks.ts';
import { batasKeberatan, bolehAjukan, keberatanRingkasUntuk } from './keberatan-ringkas.ts';
import { kodeVerifikasiBaru } from './kode-verifikasi.ts';
import { mulaiEvaluasiTahunan } from './periode-evaluasi.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const jenisDariUrl = (j: JenisEvaluasiUrl): JenisEvaluasi => (j === 'tahunan' ? 'TAHUNAN' : 'PERIODIK');

/** The numbers of an evaluation: frozen in the snapshot once FINAL, computed now before that. */
export async function perhitunganOf(db: DbOrTx, k: Konteks, s: Sasaran, ev: EvaluasiRow): Promise<{ perhitungan: Perhitungan; snapshot: EvaluasiSnapshot | null }> {
  if (ev.status === 'FINAL' && ev.snapshot) {
    const snapshot = ev.snapshot as EvaluasiSnapshot;
    return { perhitungan: snapshot.perhitungan, snapshot };
  }
  return { perhitungan: await hitungUntuk(db, k, s, ev), snapshot: null };
}

function sudahMulai(k: Konteks, s: Sasaran): { ok: boolean; pesan: string } {
  if (s.jenis === 'TAHUNAN') {
    const m = mulaiEvaluasiTahunan(k.frekuensi, k.per.tahun);
    return { ok: m.mulai <= k.today, pesan: `Evaluasi tahunan dimulai pada periode terakhir (${m.label}, mulai ${m.mulai})` };
  }
  return { ok: s.mulai <= k.today, pesan: `${s.label} belum dimulai; realisasi ditandai selesai setelah periodenya berjalan` };
}

function present(k: Konteks, s: Sasaran, ev: EvaluasiRow, perhitungan: Perhitungan, penilai: PegawaiRingkas | null, keberatan: KeberatanRingkas | null): Evaluasi {
  const terbuka = k.per.status === 'DIBUKA' && k.row.status === 'DISETUJUI';
  const penilaiSkp = adalahPenilai(k);
  const st = ev.status as Evaluasi['status'];
  return {
    id: ev.id, skpId: ev.skpId, jenis: ev.jenis as Evaluasi['jenis'], periodeKe: ev.periodeKe, label: s.label,
    mulai: s.mulai, selesai: s.selesai, status: st,
    ratingHasil: asRating(ev.ratingHasil), ratingPerilaku: asRating(ev.ratingPerilaku),
    predikat: ev.predikat as Evaluasi['predikat'], nilaiNumerik: ev.nilaiNumerik,
    penilai, dinilaiAt: iso(ev.dinilaiAt), ditetapkanAt: iso(ev.ditetapkanAt), finalAt: iso(ev.finalAt),
    kodeVerifikasi: st === 'FINAL' ? ev.kodeVerifikasi : null,
    version: ev.version, diubahOleh: ev.diubahOleh, updatedAt: ev.updatedAt.toISOString(),
    ringkasan: {
      capaianRataRata: perhitungan.capaian.rataRata, jumlahIki: perhitungan.capaian.jumlahIki, jumlahCelah: perhitungan.capaian.celah,
      predikatMatriks: perhitungan.matriks?.predikat ?? null, nilaiNumerik: perhitungan.nilaiNumerik?.nilai ?? null,
      angkaKredit: perhitungan.angkaKredit?.nilai ?? null,
    },
    saranRatingHasil: perhitungan.saran.ratingHasil,
    saranTahunan: perhitungan.saranTahunan,
    ratingHasilWajib: perhitungan.pimpinan?.ratingHasilWajib ?? null,
    batasKeberatan: ev.jenis === 'TAHUNAN' && st === 'FINAL' && ev.finalAt ? batasKeberatan(ev.finalAt, k.pengaturan.batasKeberatanHari) : null,
    keberatan,
    akses: {
      realisasiSelesai: terbuka && adalahPemilik(k) && st === 'OPEN' && sudahMulai(k, s).ok,
      nilai: terbuka && penilaiSkp && (st === 'REALISASI_DIISI' || st === 'DINILAI'),
      tetapkan: terbuka && penilaiSkp && st === 'DINILAI',
      final: terbuka && penilaiSkp && st === 'PREDIKAT_DITETAPKAN',
      keberatan: bolehAjukan(k, ev, !!keberatan),
    },
  };
}

async function presentMany(db: DbOrTx, k: Konteks, items: { s: Sasaran; ev: EvaluasiRow }[]): Promise<Evaluasi[]> {
  const info = await pegawaiInfo(db, k.row.instansiId, items.map((i) => i.ev.penilaiId).filter((x): x is string => !!x));
  const tahunan = items.filter((i) => i.ev.jenis === 'TAHUNAN' && i.ev.status === 'FINAL').map((i) => i.ev.id);
  const keberatan = await keberatanRingkasUntuk(db, k.row.instansiId, tahunan);
  const out: Evaluasi[] = [];
  for (const { s, ev } of items) {
    const { perhitungan, snapshot } = await perhitunganOf(db, k, s, ev);
    const penilai = snapshot ? snapshot.penilaian.dinilaiOleh : ev.penilaiId ? info.get(ev.penilaiId)?.ringkas ?? null : null;
    out.push(present(k, s, ev, perhitungan, penilai, keberatan.get(ev.id) ?? null));
  }
  return out;
}

/** GET /skp/:id/evaluasi: the periodic evaluations of this version and, on the latest version, the annual one. */
export async function daftarEvaluasi(db: Db, actor: Actor, skpId: string): Promise<DaftarEvaluasi> {
  const k = await muatKonteks(db, actor, skpId);
  const base = {
    skpId: k.row.id, tahun: k.per.tahun, versi: k.row.versi, frekuensi: k.frekuensi, pegawai: k.kepala.pegawai, penilai: k.kepala.penilai,
    pengaturan: { saranAktif: k.pengaturan.saranAktif, modeNumerik: k.pengaturan.modeNumerik },
  };
  const alasan = alasanTanpaEvaluasi(k);
  if (alasan) return { ...base, keterangan: alasan, periodik: [], tahunan: null };
  const periodik = sasaranPeriodik(k);
  const tahunan = k.terbaru ? sasaranTahunan(k) : null;
  const rows = await pastikanBaris(db, k, tahunan ? [...periodik, tahunan] : periodik);
  const rowOf = (s: Sasaran) => rows.find((r) => r.jenis === s.jenis && r.periodeKe === s.periodeKe)!;
  const list = await presentMany(db, k, [...periodik, ...(tahunan ? [tahunan] : [])].map((s) => ({ s, ev: rowOf(s) })));
  return {
    ...base,
    keterangan: tahunan ? null : 'Evaluasi tahunan dilakukan pada versi SKP terakhir tahun ini',
    periodik: list.slice(0, periodik.length),
    tahunan: tahunan ? list[list.length - 1]! : null,
  };
}

type Langkah = 'REALISASI_SELESAI' | 'NILAI' | 'TETAPKAN' | 'FINAL';
const AKSI: Record<Langkah, string> = { REALISASI_SELESAI: 'REALISASI_SELESAI', NILAI: 'NILAI', TETAPKAN: 'TETAPKAN_PREDIKAT', FINAL: 'FINAL' };

/** A unit head's rating hasil kerja must be the one the org predikat gives (SE MenPANRB 3/2023; §14.4 pick). */
function cekPimpinan(perhitungan: Perhitungan, ratingHasil: Rating | null) {
  const p = perhitungan.pimpinan;
  if (!p || ratingHasil === p.ratingHasilWajib) return;
  throw invalid({ ratingHasil: `${p.teks} Pilih ${LABEL_RATING[p.ratingHasilWajib]}.` }, 'Rating hasil kerja kepala unit mengikuti predikat kinerja organisasi');
}

async function umpanBalikOf(db: DbOrTx, k: Konteks, s: Sasaran): Promise<{ rhkId: string | null; kode: string | null; item: UmpanBalikItem }[]> {
  // Umpan balik berkelanjutan on this version from the start of the period up to now (the moment of freezing).
  const dari = s.jenis === 'TAHUNAN' ? k.row.mulai : s.mulai;
  const rows = await queryRows<{
    id: string; rhk_id: string | null; kode_berakhlak: string | null; balasan_untuk_id: string | null; isi: string; created_at: Date | string;
    penulis_id: string; nama: string; gelar_depan: string | null; gelar_belakang: string | null;
  }>(db, sql`select b.id, b.rhk_id, b.kode_berakhlak, b.balasan_untuk_id, b.isi, b.created_at, b.penulis_id, p.nama, p.gelar_depan, p.gelar_belakang
    from umpan_balik b join pegawai p on p.instansi_id = b.instansi_id and p.id = b.penulis_id
    where b.instansi_id = ${k.row.instansiId} and b.skp_id = ${k.row.id} and b.created_at >= ${`${dari}T00:00:00+07:00`}::timestamptz
    order by b.created_at, b.id`);
  // A reply belongs to the RHK or value of the message it answers, even if it does not repeat it.
  const byId = new Map(rows.map((r) => [r.id, r]));
  const akar = (r: (typeof rows)[number]): (typeof rows)[number] => {
    const seen = new Set<string>();
    let cur = r;
    while (!cur.rhk_id && !cur.kode_berakhlak && cur.balasan_untuk_id && byId.has(cur.balasan_untuk_id) && !seen.has(cur.id)) {
      seen.add(cur.id);
      cur = byId.get(cur.balasan_untuk_id)!;
    }
    return cur;
  };
  return rows.map((r) => ({
    rhkId: akar(r).rhk_id, kode: akar(r).kode_berakhlak,
    item: {
      id: r.id, balasanUntukId: r.balasan_untuk_id, isi: r.isi, waktu: new Date(r.created_at).toISOString(),
      penulis: { id: r.penulis_id, nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }) },
    },
  }));
}

export async function bangunSnapshot(db: DbOrTx, k: Konteks, s: Sasaran, ev: EvaluasiRow, perhitungan: Perhitungan, finalAt: Date, kode: string): Promise<EvaluasiSnapshot> {
  const ub = await umpanBalikOf(db, k, s);
  const dinilaiOleh = ev.penilaiId ? (await pegawaiInfo(db, k.row.instansiId, [ev.penilaiId])).get(ev.penilaiId)?.ringkas ?? null : null;
  const ekspektasi = (k.row.ekspektasi ?? {}) as Record<string, string | undefined>;
  const predikat = perhitungan.predikat!;
  return EvaluasiSnapshot.parse({
    format: 1, evaluasiId: ev.id, jenis: s.jenis, periodeKe: s.periodeKe, label: s.label, tahun: k.per.tahun,
    mulai: s.mulai, selesai: s.selesai,
    instansi: k.instansi,
    skp: { id: k.row.id, versi: k.row.versi, model: k.row.model, pendekatan: k.row.pendekatan, mulai: k.row.mulai, selesai: k.row.selesai },
    pegawai: k.kepala.pegawai, penilai: k.kepala.penilai, atasanPenilai: k.kepala.atasanPenilai,
    jabatan: { jenis: k.jabatan.jenis, jenjang: k.jabatan.jenjang, kepalaUnit: k.jabatan.kepalaUnit },
    capaianOrganisasi: perhitungan.organisasi,
    hasilKerja: perhitungan.hasilKerja.map((r) => ({ ...r, umpanBalik: ub.filter((u) => u.rhkId === r.rhkId).map((u) => u.item) })),
    perilaku: BERAKHLAK.map((b) => ({
      kode: b.kode, label: b.label, panduan: [...b.panduan], ekspektasi: ekspektasi[b.kode]?.trim() || null,
      umpanBalik: ub.filter((u) => u.kode === b.kode).map((u) => u.item),
    })),
    ratingHasil: perhitungan.ratingHasil, ratingPerilaku: perhitungan.ratingPerilaku, predikat,
    teks: { ratingHasil: LABEL_RATING[perhitungan.ratingHasil!], ratingPerilaku: LABEL_RATING[perhitungan.ratingPerilaku!], predikat: LABEL_PREDIKAT[predikat] },
    nilaiNumerik: perhitungan.nilaiNumerik?.nilai ?? null,
    angkaKredit: perhitungan.angkaKredit?.nilai ?? null,
    perhitungan,
    penilaian: {
      dinilaiOleh, dinilaiAt: iso(ev.dinilaiAt), ditetapkanAt: iso(ev.ditetapkanAt), finalAt: finalAt.toISOString(), finalOleh: k.actor.username,
    },
    kodeVerifikasi: kode,
  });
}

const salahKeadaan = (pesan: string) => new AppError('BUSINESS_RULE', pesan);

/** Locks the evaluation, checks who, state and version, applies one step, audits it. */
async function ubah(db: Db, actor: Actor, skpId: string, jenisUrl: JenisEvaluasiUrl, periodeKe: number,
  version: number, langkah: Langkah, nilai?: NilaiRequest): Promise<EvaluasiAksiHasil> {
  return db.transaction(async (tx) => {
    const k = await muatKonteks(tx, actor, skpId);
    const s = cariSasaran(k, jenisDariUrl(jenisUrl), periodeKe);
    if (langkah === 'REALISASI_SELESAI') {
      if (!adalahPemilik(k)) throw new AppError('FORBIDDEN', 'Hanya pegawai pemilik SKP yang menandai realisasi selesai diisi');
    } else if (!adalahPenilai(k)) {
      throw new AppError('FORBIDDEN', 'Hanya pejabat penilai SKP ini yang dapat menilai dan menetapkan predikat');
    }
    if (k.per.status !== 'DIBUKA') throw salahKeadaan('Periode kinerja sudah dikunci; evaluasi tidak dapat diubah');
    const ev = await barisTerkunci(tx, k, s);
    if (ev.status === 'FINAL') throw salahKeadaan(PESAN_FINAL);
    if (ev.version !== version) {
      throw versionConflict({ version: ev.version, status: ev.status, diubahOleh: ev.diubahOleh, updatedAt: ev.updatedAt.toISOString() });
    }
    const now = new Date();
    const peringatan: string[] = [];
    let set: Partial<typeof evaluasi.$inferInsert>;
    switch (langkah) {
      case 'REALISASI_SELESAI': {
        if (ev.status !== 'OPEN') throw salahKeadaan(`Realisasi ${s.label} sudah ditandai selesai diisi`);
        const mulai = sudahMulai(k, s);
        if (!mulai.ok) throw salahKeadaan(mulai.pesan);
        const h = await hitungUntuk(tx, k, s, ev);
        peringatan.push(...h.celah.map((c) => c.teks));
        if (s.jenis === 'TAHUNAN') {
          const belum = (await pastikanBaris(tx, k, sasaranPeriodik(k))).filter((r) => r.jenis === 'PERIODIK' && r.status !== 'FINAL');
          for (const r of belum.sort((a, b) => a.periodeKe - b.periodeKe)) {
            const p = sasaranPeriodik(k).find((x) => x.periodeKe === r.periodeKe);
            if (p) peringatan.push(`Evaluasi ${p.label} belum final`);
          }
        }
        set = { status: 'REALISASI_DIISI' };
        break;
      }
      case 'NILAI': {
        if (ev.status === 'OPEN') throw salahKeadaan(`Pegawai belum menandai realisasi ${s.label} selesai diisi`);
        if (ev.status !== 'REALISASI_DIISI' && ev.status !== 'DINILAI') throw salahKeadaan(`Predikat ${s.label} sudah ditetapkan; rating tidak dapat diubah lagi`);
        cekPimpinan(await hitungUntuk(tx, k, s, ev), nilai!.ratingHasil);
        set = {
          status: 'DINILAI', ratingHasil: nilai!.ratingHasil, ratingPerilaku: nilai!.ratingPerilaku, predikat: null,
          penilaiId: actor.pegawaiId, dinilaiAt: now,
        };
        break;
      }
      case 'TETAPKAN': {
        if (ev.status === 'OPEN' || ev.status === 'REALISASI_DIISI') throw salahKeadaan(`${s.label} belum dinilai; isi rating hasil kerja dan rating perilaku dahulu`);
        if (ev.status !== 'DINILAI') throw salahKeadaan(`Predikat ${s.label} sudah ditetapkan`);
        const h = await hitungUntuk(tx, k, s, { ...ev, predikat: null });
        cekPimpinan(h, asRating(ev.ratingHasil));
        if (!h.matriks) throw salahKeadaan(`${s.label} belum dinilai; isi rating hasil kerja dan rating perilaku dahulu`);
        set = { status: 'PREDIKAT_DITETAPKAN', predikat: h.matriks.predikat, nilaiNumerik: h.nilaiNumerik?.nilai ?? null, ditetapkanAt: now };
        break;
      }
      case 'FINAL': {
        if (ev.status !== 'PREDIKAT_DITETAPKAN') throw salahKeadaan(`Predikat ${s.label} belum ditetapkan; tetapkan predikat sebelum finalisasi`);
        const h = await hitungUntuk(tx, k, s, ev);
        const kode = kodeVerifikasiBaru();
        const snapshot = await bangunSnapshot(tx, k, s, ev, h, now, kode);
        set = { status: 'FINAL', finalAt: now, snapshot, kodeVerifikasi: kode, nilaiNumerik: h.nilaiNumerik?.nilai ?? null };
        break;
      }
    }
    const [next] = await tx.update(evaluasi).set({ ...set, version: ev.version + 1, updatedAt: now, diubahOleh: actor.username })
      .where(and(eq(evaluasi.instansiId, ev.instansiId), eq(evaluasi.id, ev.id))).returning();
    await audit(tx, actor, ev.instansiId, {
      entitas: 'evaluasi', entitasId: ev.id, aksi: AKSI[langkah],
      sebelum: { status: ev.status, ratingHasil: ev.ratingHasil, ratingPerilaku: ev.ratingPerilaku, predikat: ev.predikat },
      sesudah: {
        skpId: k.row.id, jenis: s.jenis, periodeKe: s.periodeKe, status: next!.status, ratingHasil: next!.ratingHasil,
        ratingPerilaku: next!.ratingPerilaku, predikat: next!.predikat, nilaiNumerik: next!.nilaiNumerik,
        ...(peringatan.length ? { peringatan } : {}), ...(langkah === 'FINAL' ? { kodeVerifikasi: next!.kodeVerifikasi } : {}),
      },
    });
    const [item] = await presentMany(tx, k, [{ s, ev: next! }]);
    return { evaluasi: item!, peringatan };
  });
}

export const realisasiSelesai = (db: Db, actor: Actor, skpId: string, jenis: JenisEvaluasiUrl, periodeKe: number, version: number) =>
  ubah(db, actor, skpId, jenis, periodeKe, version, 'REALISASI_SELESAI');
export const nilaiEvaluasi = (db: Db, actor: Actor, skpId: string, jenis: JenisEvaluasiUrl, periodeKe: number, req: NilaiRequest) =>
  ubah(db, actor, skpId, jenis, periodeKe, req.version, 'NILAI', req);
export const tetapkanPredikat = (db: Db, actor: Actor, skpId: string, jenis: JenisEvaluasiUrl, periodeKe: number, version: number) =>
  ubah(db, actor, skpId, jenis, periodeKe, version, 'TETAPKAN');
export const finalkanEvaluasi = (db: Db, actor: Actor, skpId: string, jenis: JenisEvaluasiUrl, periodeKe: number, version: number) =>
  ubah(db, actor, skpId, jenis, periodeKe, version, 'FINAL');
