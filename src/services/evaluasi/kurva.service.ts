// Predikat kinerja organisasi and the kurva distribusi (SE MenPANRB 3/2023; skp-rules.md §2.1 annual org
// step, §6.3, §6.4, §13.3, §14.2–14.4). The pimpinan one level up sets a unit's predikat for the year;
// that predikat picks the pola against which the annual predikat of the pegawai evaluated by the unit head
// are checked. The check advises (§14.3): the official calibrates predikat still open, or overrides the
// check with a written reason. Every change is audited in the same transaction.
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type {
  KalibrasiRequest, KurvaDistribusi, KurvaOverrideRequest, PenetapanPredikatOrganisasi, SetPredikatOrganisasiRequest, UnitKurva,
} from '../../contracts/kurva.ts';
import { queryRows, type Db, type DbOrTx } from '../../db/client.ts';
import { akun, evaluasi, pegawai, predikatOrganisasi } from '../../db/schema.ts';
import {
  BATAS_PEGAWAI_USULAN, PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, RATINGS, cekKurvaDistribusi,
  isOneOf, ratingHasilKerjaPimpinan, usulanPerbaikanKurva, type HasilCekKurva, type PredikatKinerja, type PredikatOrganisasi, type Rating,
} from '../../domain/index.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../errors.ts';
import { isAdmin, tenantOf, type Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { namaLengkap, nipTampil } from '../pegawai.service.ts';
import {
  STATUS_DAPAT_DIKALIBRASI, aksesUnit, catatanKurang, hitungJumlah, pilihPegawai, sebaran, statusKurva, type BarisKurva,
} from './kurva-usulan.ts';

type KalibrasiValues = z.output<typeof KalibrasiRequest>;
type OverrideValues = z.output<typeof KurvaOverrideRequest>;
type SetValues = z.output<typeof SetPredikatOrganisasiRequest>;

interface UnitRow { id: string; kode: string; nama: string; level: number; parent_id: string | null; path: string; induk_nama: string | null }
interface KepalaRow { unit_id: string; pegawai_id: string; jenis: 'DEFINITIF' | 'PLT' | 'PLH'; nama: string; gelar_depan: string | null; gelar_belakang: string | null }
interface KelompokRow {
  unit_id: string; evaluasi_id: string; skp_id: string; pegawai_id: string; rating_hasil: string | null; rating_perilaku: string | null;
  predikat: string | null; status: string; version: number; nama: string; gelar_depan: string | null; gelar_belakang: string | null;
  nip: string; jabatan: string;
}

const entitasId = (unitKerjaId: string, tahun: number) => `${unitKerjaId}:${tahun}`;
const idList = (ids: readonly string[]) => sql`(${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`;
const asRating = (v: string | null): Rating | null => (v !== null && isOneOf(RATINGS, v) ? v : null);
const asPredikat = (v: string | null): PredikatKinerja | null => (v !== null && isOneOf(PREDIKAT_KINERJA, v) ? v : null);
const asPredikatOrganisasi = (v: string): PredikatOrganisasi => {
  if (!isOneOf(PREDIKAT_ORGANISASI, v)) throw new AppError('BUSINESS_RULE', `Predikat organisasi tersimpan tidak dikenal: ${v}`);
  return v;
};

async function loadUnit(db: DbOrTx, instansiId: string, id: string): Promise<UnitRow> {
  const [u] = await queryRows<UnitRow>(db, sql`select u.id, u.kode, u.nama, u.level, u.parent_id, u.path, pu.nama as induk_nama
    from unit_kerja u left join unit_kerja pu on pu.instansi_id = u.instansi_id and pu.id = u.parent_id
    where u.instansi_id = ${instansiId} and u.id = ${id}`);
  if (!u) throw notFound('Unit kerja');
  return u;
}

/**
 * Heads of the units during the year: whoever holds the head position now (DEFINITIF), and anyone who
 * acted as Plt/Plh in that year. `unitIds` null = every unit of the instansi.
 */
function kepalaSelect(instansiId: string, tahun: number, unitIds: readonly string[] | null): SQL {
  const filter = unitIds ? sql`and j.unit_kerja_id in ${idList(unitIds)}` : sql``;
  return sql`select j.unit_kerja_id as unit_id, p.id as pegawai_id, 'DEFINITIF' as jenis, p.nama, p.gelar_depan, p.gelar_belakang
      from jabatan j join pegawai p on p.instansi_id = j.instansi_id and p.jabatan_id = j.id
      where j.instansi_id = ${instansiId} and j.kepala_unit ${filter}
    union all
    select j.unit_kerja_id, pn.pegawai_id, pn.jenis, p.nama, p.gelar_depan, p.gelar_belakang
      from penugasan pn join jabatan j on j.instansi_id = pn.instansi_id and j.id = pn.jabatan_id
      join pegawai p on p.instansi_id = pn.instansi_id and p.id = pn.pegawai_id
      where pn.instansi_id = ${instansiId} and j.kepala_unit and pn.mulai <= ${`${tahun}-12-31`}
        and (pn.selesai is null or pn.selesai >= ${`${tahun}-01-01`}) ${filter}`;
}

/**
 * The group a unit's kurva checks (skp-rules.md §6.4): annual evaluations of the year whose penilai is
 * one of the unit's heads, the definitive head excluded; the latest SKP version per pegawai.
 */
function kelompokWith(instansiId: string, tahun: number, unitIds: readonly string[] | null): SQL {
  return sql`with kepala as (${kepalaSelect(instansiId, tahun, unitIds)}),
    kelompok as (
      select distinct on (k.unit_id, s.pegawai_id) k.unit_id, e.id as evaluasi_id, e.skp_id, s.pegawai_id,
        e.rating_hasil, e.rating_perilaku, e.predikat, e.status, e.version
      from evaluasi e
      join skp s on s.instansi_id = e.instansi_id and s.id = e.skp_id
      join periode pr on pr.instansi_id = s.instansi_id and pr.id = s.periode_id
      join kepala k on k.pegawai_id = coalesce(e.penilai_id, s.penilai_id)
      where e.instansi_id = ${instansiId} and e.jenis = 'TAHUNAN' and e.periode_ke = 0 and pr.tahun = ${tahun}
        and s.pegawai_id <> k.pegawai_id
        and not exists (select 1 from kepala d where d.unit_id = k.unit_id and d.jenis = 'DEFINITIF' and d.pegawai_id = s.pegawai_id)
      order by k.unit_id, s.pegawai_id, s.versi desc
    )`;
}

async function kepalaRows(db: DbOrTx, instansiId: string, tahun: number, unitIds: readonly string[] | null) {
  const rows = await queryRows<KepalaRow>(db, sql`select distinct * from (${kepalaSelect(instansiId, tahun, unitIds)}) k order by jenis, nama`);
  const map = new Map<string, UnitKurva['kepala']>();
  for (const r of rows) {
    const list = map.get(r.unit_id) ?? [];
    list.push({ pegawaiId: r.pegawai_id, nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }), jenis: r.jenis });
    map.set(r.unit_id, list);
  }
  return map;
}

async function kelompokRows(db: DbOrTx, instansiId: string, tahun: number, unitId: string): Promise<(BarisKurva & KurvaDistribusi['pegawai'][number])[]> {
  const rows = await queryRows<KelompokRow>(db, sql`${kelompokWith(instansiId, tahun, [unitId])}
    select k.*, p.nama, p.gelar_depan, p.gelar_belakang, p.nip, j.nama as jabatan
    from kelompok k join pegawai p on p.instansi_id = ${instansiId} and p.id = k.pegawai_id
    join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
    where k.unit_id = ${unitId}
    order by p.nama, p.id`);
  return rows.map((r) => ({
    evaluasiId: r.evaluasi_id, skpId: r.skp_id, pegawaiId: r.pegawai_id,
    nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
    nip: nipTampil(r.nip), jabatan: r.jabatan,
    ratingHasil: asRating(r.rating_hasil), ratingPerilaku: asRating(r.rating_perilaku), predikat: asPredikat(r.predikat),
    status: r.status, version: r.version, dapatDikalibrasi: r.status === STATUS_DAPAT_DIKALIBRASI && asPredikat(r.predikat) !== null,
  }));
}

/** Counts per unit and predikat, for the unit list. */
async function jumlahPerUnit(db: DbOrTx, instansiId: string, tahun: number, unitIds: readonly string[] | null) {
  const rows = await queryRows<{ unit_id: string; predikat: string | null; n: number }>(db, sql`${kelompokWith(instansiId, tahun, unitIds)}
    select unit_id, predikat, count(*)::int as n from kelompok group by unit_id, predikat`);
  const map = new Map<string, { predikat: PredikatKinerja | null }[]>();
  for (const r of rows) {
    const list = map.get(r.unit_id) ?? [];
    for (let k = 0; k < r.n; k++) list.push({ predikat: asPredikat(r.predikat) });
    map.set(r.unit_id, list);
  }
  return map;
}

const oleh = alias(akun, 'oleh');
const olehPegawai = alias(pegawai, 'oleh_pegawai');
const override = alias(akun, 'override_oleh');
const overridePegawai = alias(pegawai, 'override_pegawai');

const tampilAkun = (a: { username: string } | null, p: { nama: string; gelarDepan: string | null; gelarBelakang: string | null } | null) =>
  p ? namaLengkap(p) : a?.username ?? null;

async function penetapanMap(db: DbOrTx, instansiId: string, tahun: number, unitIds: readonly string[] | null) {
  const rows = await db.select({
    po: predikatOrganisasi,
    oleh: { username: oleh.username }, olehPegawai: { nama: olehPegawai.nama, gelarDepan: olehPegawai.gelarDepan, gelarBelakang: olehPegawai.gelarBelakang },
    override: { username: override.username }, overridePegawai: { nama: overridePegawai.nama, gelarDepan: overridePegawai.gelarDepan, gelarBelakang: overridePegawai.gelarBelakang },
  }).from(predikatOrganisasi)
    .leftJoin(oleh, eq(oleh.id, predikatOrganisasi.ditetapkanOleh))
    .leftJoin(olehPegawai, and(eq(olehPegawai.instansiId, predikatOrganisasi.instansiId), eq(olehPegawai.id, oleh.pegawaiId)))
    .leftJoin(override, eq(override.id, predikatOrganisasi.kurvaOverrideOleh))
    .leftJoin(overridePegawai, and(eq(overridePegawai.instansiId, predikatOrganisasi.instansiId), eq(overridePegawai.id, override.pegawaiId)))
    .where(and(
      eq(predikatOrganisasi.instansiId, instansiId), eq(predikatOrganisasi.tahun, tahun),
      unitIds ? inArray(predikatOrganisasi.unitKerjaId, [...unitIds]) : undefined,
    ));
  const map = new Map<string, PenetapanPredikatOrganisasi>();
  for (const r of rows) {
    const predikat = asPredikatOrganisasi(r.po.predikat);
    map.set(r.po.unitKerjaId, {
      unitKerjaId: r.po.unitKerjaId, tahun: r.po.tahun, predikat, alasan: r.po.alasan,
      ditetapkanOleh: tampilAkun(r.oleh, r.olehPegawai), ditetapkanAt: r.po.updatedAt.toISOString(), version: r.po.version,
      override: r.po.kurvaOverrideAlasan && r.po.kurvaOverrideAt
        ? { alasan: r.po.kurvaOverrideAlasan, oleh: tampilAkun(r.override, r.overridePegawai), at: r.po.kurvaOverrideAt.toISOString() }
        : null,
      ratingHasilKerjaPimpinan: ratingHasilKerjaPimpinan(predikat),
    });
  }
  return map;
}

async function penetapanOf(db: DbOrTx, instansiId: string, tahun: number, unitId: string) {
  return (await penetapanMap(db, instansiId, tahun, [unitId])).get(unitId) ?? null;
}

const aksesPublik = (a: ReturnType<typeof aksesUnit>) => ({ menetapkan: a.menetapkan, kalibrasi: a.kalibrasi, mengabaikan: a.mengabaikan });

/**
 * Units the caller handles for the year: for a pimpinan, the child units of the units they lead (to set
 * the predikat) and the units they lead (to calibrate as pejabat penilai); for the admin, every unit.
 */
export async function daftarUnitKurva(db: Db, actor: Actor, tahun: number): Promise<UnitKurva[]> {
  const instansiId = tenantOf(actor);
  const admin = isAdmin(actor);
  const led = actor.ledUnitPaths;
  if (!admin && !led.length) return [];
  const units = await queryRows<UnitRow>(db, sql`select u.id, u.kode, u.nama, u.level, u.parent_id, u.path, pu.nama as induk_nama
    from unit_kerja u left join unit_kerja pu on pu.instansi_id = u.instansi_id and pu.id = u.parent_id
    where u.instansi_id = ${instansiId} ${admin ? sql`` : sql`and (u.path in ${idList(led)} or pu.path in ${idList(led)})`}
    order by u.path`);
  if (!units.length) return [];
  const ids = admin ? null : units.map((u) => u.id);
  const [kepala, jumlah, penetapan] = await Promise.all([
    kepalaRows(db, instansiId, tahun, ids), jumlahPerUnit(db, instansiId, tahun, ids), penetapanMap(db, instansiId, tahun, ids),
  ]);
  return units.map((u) => {
    const p = penetapan.get(u.id) ?? null;
    const { jumlah: j, n } = hitungJumlah(jumlah.get(u.id) ?? []);
    const cek = p && n > 0 ? cekKurvaDistribusi(p.predikat, j) : null;
    return {
      unitKerjaId: u.id, kode: u.kode, nama: u.nama, level: u.level, parentId: u.parent_id, indukNama: u.induk_nama,
      kepala: kepala.get(u.id) ?? [], penetapan: p, n, status: statusKurva(!!p, n, cek, !!p?.override),
      akses: aksesPublik(aksesUnit(u.path, led, admin)),
    };
  });
}

function requireAkses(actor: Actor, unit: UnitRow, perlu: 'baca' | 'menetapkan' | 'kalibrasi' | 'mengabaikan') {
  const a = aksesUnit(unit.path, actor.ledUnitPaths, isAdmin(actor));
  if (a[perlu]) return a;
  throw forbidden({
    baca: 'Kurva distribusi unit ini hanya dapat dibuka oleh kepala unit, pimpinan satu tingkat di atasnya, atau admin.',
    menetapkan: 'Predikat kinerja organisasi ditetapkan oleh pimpinan satu tingkat di atas unit ini (SE MenPANRB 3/2023), atau oleh admin atas nama beliau.',
    kalibrasi: 'Kalibrasi predikat dilakukan oleh kepala unit sebagai pejabat penilai, pimpinan satu tingkat di atasnya, atau admin.',
    mengabaikan: 'Pemeriksaan kurva hanya dapat diabaikan oleh pimpinan yang menetapkan predikat kinerja organisasi (satu tingkat di atas unit ini) atau admin.',
  }[perlu]);
}

function cekUntuk(penetapan: PenetapanPredikatOrganisasi | null, rows: readonly BarisKurva[]) {
  const { jumlah, n, belum } = hitungJumlah(rows);
  const cek: HasilCekKurva | null = penetapan && n > 0 ? cekKurvaDistribusi(penetapan.predikat, jumlah) : null;
  return { jumlah, n, belum, cek };
}

/** The kurva of one unit for one year, with the proposal that fixes it. */
export async function kurvaDistribusi(db: DbOrTx, actor: Actor, unitKerjaId: string, tahun: number): Promise<KurvaDistribusi> {
  const instansiId = tenantOf(actor);
  const unit = await loadUnit(db, instansiId, unitKerjaId);
  const akses = requireAkses(actor, unit, 'baca');
  const [kepala, rows, penetapan] = await Promise.all([
    kepalaRows(db, instansiId, tahun, [unit.id]), kelompokRows(db, instansiId, tahun, unit.id), penetapanOf(db, instansiId, tahun, unit.id),
  ]);
  const { jumlah, n, belum, cek } = cekUntuk(penetapan, rows);
  const catatan: string[] = [];
  if (!penetapan) {
    catatan.push(unit.induk_nama
      ? `Predikat kinerja organisasi ${unit.nama} tahun ${tahun} belum ditetapkan. Pimpinan ${unit.induk_nama} menetapkannya lebih dulu (SE MenPANRB 3/2023); setelah itu distribusi predikat pegawai dapat diperiksa.`
      : `Predikat kinerja organisasi ${unit.nama} tahun ${tahun} belum ditetapkan. Unit ini tidak memiliki unit induk di sistem; admin mencatat predikat yang ditetapkan pimpinan instansi.`);
  }
  if (!rows.length) catatan.push(`Belum ada evaluasi tahunan ${tahun} pegawai yang dinilai oleh kepala ${unit.nama}.`);
  if (belum > 0) catatan.push(`${belum} pegawai belum memiliki predikat tahunan, jadi belum dihitung dalam distribusi.`);
  if (cek && !cek.sesuai && n <= 2) {
    catatan.push(`Hanya ${n} pegawai yang dinilai di unit ini. Pola distribusi sering tidak dapat dipenuhi oleh unit sekecil ini; pimpinan dapat mengabaikan pemeriksaan dengan alasan tertulis.`);
  }

  let usulan: KurvaDistribusi['usulan'] = null;
  if (penetapan && cek && !cek.sesuai) {
    if (n > BATAS_PEGAWAI_USULAN) {
      catatan.push(`Usulan otomatis hanya dibuat untuk paling banyak ${BATAS_PEGAWAI_USULAN} pegawai; sesuaikan predikat secara manual.`);
    } else {
      const u = usulanPerbaikanKurva(penetapan.predikat, jumlah);
      if (!u.mungkin) usulan = { mungkin: false, alasan: u.alasan };
      else {
        const { perubahan, kurang } = pilihPegawai(rows, u.langkah);
        usulan = {
          mungkin: true, jumlahDipindah: u.jumlahDipindah, langkah: u.langkah, perubahan, hasil: sebaran(u.hasil),
          dapatDiterapkan: kurang.length === 0, catatan: catatanKurang(kurang),
        };
      }
    }
  }
  return {
    unit: { id: unit.id, kode: unit.kode, nama: unit.nama, parentId: unit.parent_id, indukNama: unit.induk_nama, kepala: kepala.get(unit.id) ?? [] },
    tahun, penetapan, status: statusKurva(!!penetapan, n, cek, !!penetapan?.override), catatan,
    ratingHasilKerjaPimpinan: penetapan?.ratingHasilKerjaPimpinan ?? null,
    n, belumAdaPredikat: belum, distribusi: sebaran(jumlah),
    pegawai: rows.map(({ evaluasiId, skpId, pegawaiId, nama, nip, jabatan, ratingHasil, ratingPerilaku, predikat, status, version, dapatDikalibrasi }) =>
      ({ evaluasiId, skpId, pegawaiId, nama, nip, jabatan, ratingHasil, ratingPerilaku, predikat, status, version, dapatDikalibrasi })),
    cek, usulan, akses: aksesPublik(akses),
  };
}

async function lockPenetapan(tx: DbOrTx, instansiId: string, unitId: string, tahun: number) {
  const [row] = await tx.select().from(predikatOrganisasi)
    .where(and(eq(predikatOrganisasi.instansiId, instansiId), eq(predikatOrganisasi.unitKerjaId, unitId), eq(predikatOrganisasi.tahun, tahun)))
    .for('update');
  return row ?? null;
}

/** Sets (or changes) the unit's predikat for the year; a changed predikat drops an earlier override of the check. */
export async function tetapkanPredikatOrganisasi(db: Db, actor: Actor, unitKerjaId: string, tahun: number, req: SetValues): Promise<PenetapanPredikatOrganisasi> {
  const instansiId = tenantOf(actor);
  const unit = await loadUnit(db, instansiId, unitKerjaId);
  requireAkses(actor, unit, 'menetapkan');
  const atas = aksesUnit(unit.path, actor.ledUnitPaths, false).menetapkan;
  await db.transaction(async (tx) => {
    const cur = await lockPenetapan(tx, instansiId, unit.id, tahun);
    if (cur && cur.version !== req.version) throw versionConflict(await penetapanOf(tx, instansiId, tahun, unit.id));
    const berubah = !cur || cur.predikat !== req.predikat;
    const set = {
      predikat: req.predikat, alasan: req.alasan, ditetapkanOleh: actor.akunId, updatedAt: new Date(),
      ...(cur && berubah ? { kurvaOverrideAlasan: null, kurvaOverrideOleh: null, kurvaOverrideAt: null } : {}),
    };
    if (cur) {
      await tx.update(predikatOrganisasi).set({ ...set, version: cur.version + 1 })
        .where(and(eq(predikatOrganisasi.instansiId, instansiId), eq(predikatOrganisasi.unitKerjaId, unit.id), eq(predikatOrganisasi.tahun, tahun)));
    } else {
      const made = await tx.insert(predikatOrganisasi).values({ instansiId, unitKerjaId: unit.id, tahun, ...set }).onConflictDoNothing().returning();
      // Someone else set it between our read and write.
      if (!made.length) throw versionConflict(await penetapanOf(tx, instansiId, tahun, unit.id));
    }
    // The admin records the decision of the pimpinan; the audit keeps on whose behalf.
    const atasNama = atas || !unit.parent_id ? [] : (await kepalaRows(tx, instansiId, tahun, [unit.parent_id])).get(unit.parent_id) ?? [];
    await audit(tx, actor, instansiId, {
      entitas: 'predikat_organisasi', entitasId: entitasId(unit.id, tahun), aksi: cur ? 'UPDATE' : 'CREATE',
      sebelum: cur ? { predikat: cur.predikat, alasan: cur.alasan, kurvaOverrideAlasan: cur.kurvaOverrideAlasan } : null,
      sesudah: {
        predikat: req.predikat, alasan: req.alasan, sebagai: atas ? 'PIMPINAN' : 'ADMIN',
        atasNama: atasNama.map((k) => ({ pegawaiId: k.pegawaiId, nama: k.nama, jenis: k.jenis })),
        ...(cur?.kurvaOverrideAlasan && berubah ? { overrideDihapus: true } : {}),
      },
    });
  });
  return (await penetapanOf(db, instansiId, tahun, unit.id))!;
}

const LABEL_STATUS: Record<string, string> = {
  OPEN: 'belum diisi', REALISASI_DIISI: 'realisasi sudah diisi', DINILAI: 'sudah dinilai, predikat belum ditetapkan', FINAL: 'final',
};

/**
 * Changes the annual predikat of evaluations in the unit's group, all or nothing. Only predikat that are
 * set and not final change (a final dokumen evaluasi is frozen); each row's version goes up.
 */
export async function kalibrasiKurva(db: Db, actor: Actor, unitKerjaId: string, tahun: number, req: KalibrasiValues): Promise<KurvaDistribusi> {
  const instansiId = tenantOf(actor);
  const unit = await loadUnit(db, instansiId, unitKerjaId);
  requireAkses(actor, unit, 'kalibrasi');
  await db.transaction(async (tx) => {
    const po = await lockPenetapan(tx, instansiId, unit.id, tahun);
    if (!po) throw new AppError('BUSINESS_RULE', `Predikat kinerja organisasi ${unit.nama} tahun ${tahun} belum ditetapkan. Tetapkan lebih dulu, baru kalibrasi predikat pegawai.`);
    if (req.version !== undefined && req.version !== po.version) throw versionConflict(await penetapanOf(tx, instansiId, tahun, unit.id));
    // Lock the named evaluations first, so the evaluation workflow cannot change them underneath.
    await tx.select({ id: evaluasi.id }).from(evaluasi)
      .where(and(eq(evaluasi.instansiId, instansiId), inArray(evaluasi.id, req.perubahan.map((p) => p.evaluasiId)))).for('update');
    const rows = await kelompokRows(tx, instansiId, tahun, unit.id);
    const byId = new Map(rows.map((r) => [r.evaluasiId, r]));
    const masalah: { evaluasiId: string; pesan: string }[] = [];
    const basi: { evaluasiId: string; version: number }[] = [];
    for (const p of req.perubahan) {
      const r = byId.get(p.evaluasiId);
      if (!r) masalah.push({ evaluasiId: p.evaluasiId, pesan: `Evaluasi ${p.evaluasiId} bukan evaluasi tahunan ${tahun} pegawai yang dinilai kepala ${unit.nama}.` });
      else if (r.status === 'FINAL') masalah.push({ evaluasiId: p.evaluasiId, pesan: `Evaluasi tahunan ${r.nama} sudah final; predikatnya tidak dapat diubah lewat kalibrasi.` });
      else if (!r.dapatDikalibrasi) {
        masalah.push({ evaluasiId: p.evaluasiId, pesan: `Predikat tahunan ${r.nama} belum ditetapkan (${LABEL_STATUS[r.status] ?? r.status}); kalibrasi hanya untuk predikat yang sudah ditetapkan dan belum final.` });
      } else if (p.version !== undefined && p.version !== r.version) basi.push({ evaluasiId: r.evaluasiId, version: r.version });
    }
    if (masalah.length) {
      const lain = masalah.length > 1 ? ` (dan ${masalah.length - 1} masalah lain)` : '';
      throw new AppError('BUSINESS_RULE', `${masalah[0]!.pesan}${lain} Tidak ada predikat yang diubah.`, { masalah });
    }
    if (basi.length) throw versionConflict({ evaluasi: basi });
    const ubah = req.perubahan.filter((p) => byId.get(p.evaluasiId)!.predikat !== p.predikat);
    if (!ubah.length) throw new AppError('BUSINESS_RULE', 'Tidak ada predikat yang berubah.');

    const sebelum = hitungJumlah(rows).jumlah;
    const baru = new Map(ubah.map((p) => [p.evaluasiId, p.predikat]));
    const sesudah = hitungJumlah(rows.map((r) => ({ predikat: baru.get(r.evaluasiId) ?? r.predikat }))).jumlah;
    const now = new Date();
    for (const p of ubah) {
      const r = byId.get(p.evaluasiId)!;
      await tx.update(evaluasi).set({ predikat: p.predikat, version: r.version + 1, updatedAt: now, diubahOleh: actor.username })
        .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.id, r.evaluasiId)));
    }
    const konteks = { unitKerjaId: unit.id, tahun, alasan: req.alasan };
    await audit(tx, actor, instansiId, [
      ...ubah.map((p) => {
        const r = byId.get(p.evaluasiId)!;
        return {
          entitas: 'evaluasi', entitasId: r.evaluasiId, aksi: 'KALIBRASI',
          sebelum: { predikat: r.predikat, version: r.version },
          sesudah: { predikat: p.predikat, version: r.version + 1, ...konteks },
        };
      }),
      {
        entitas: 'predikat_organisasi', entitasId: entitasId(unit.id, tahun), aksi: 'KALIBRASI',
        sebelum: { distribusi: sebelum },
        sesudah: {
          distribusi: sesudah, ...konteks,
          perubahan: ubah.map((p) => ({ evaluasiId: p.evaluasiId, pegawaiId: byId.get(p.evaluasiId)!.pegawaiId, dari: byId.get(p.evaluasiId)!.predikat, ke: p.predikat })),
        },
      },
    ]);
  });
  return kurvaDistribusi(db, actor, unit.id, tahun);
}

/** Records that the pimpinan keeps a distribution outside the pola, with the reason (§14.3 pick). */
export async function abaikanKurva(db: Db, actor: Actor, unitKerjaId: string, tahun: number, req: OverrideValues): Promise<KurvaDistribusi> {
  const instansiId = tenantOf(actor);
  const unit = await loadUnit(db, instansiId, unitKerjaId);
  requireAkses(actor, unit, 'mengabaikan');
  await db.transaction(async (tx) => {
    const po = await lockPenetapan(tx, instansiId, unit.id, tahun);
    if (!po) throw new AppError('BUSINESS_RULE', `Predikat kinerja organisasi ${unit.nama} tahun ${tahun} belum ditetapkan; belum ada pemeriksaan yang dapat diabaikan.`);
    if (req.version !== undefined && req.version !== po.version) throw versionConflict(await penetapanOf(tx, instansiId, tahun, unit.id));
    const predikat = asPredikatOrganisasi(po.predikat);
    const rows = await kelompokRows(tx, instansiId, tahun, unit.id);
    const { jumlah, n } = hitungJumlah(rows);
    if (n === 0) throw new AppError('BUSINESS_RULE', 'Belum ada predikat tahunan pegawai yang diperiksa; tidak ada yang perlu diabaikan.');
    const cek = cekKurvaDistribusi(predikat, jumlah);
    if (cek.sesuai) throw new AppError('BUSINESS_RULE', 'Distribusi predikat sudah sesuai pola; tidak ada yang perlu diabaikan.');
    const now = new Date();
    await tx.update(predikatOrganisasi).set({
      kurvaOverrideAlasan: req.alasan, kurvaOverrideOleh: actor.akunId, kurvaOverrideAt: now, version: po.version + 1, updatedAt: now,
    }).where(and(eq(predikatOrganisasi.instansiId, instansiId), eq(predikatOrganisasi.unitKerjaId, unit.id), eq(predikatOrganisasi.tahun, tahun)));
    await audit(tx, actor, instansiId, {
      entitas: 'predikat_organisasi', entitasId: entitasId(unit.id, tahun), aksi: 'ABAIKAN_KURVA',
      sebelum: { kurvaOverrideAlasan: po.kurvaOverrideAlasan },
      sesudah: {
        kurvaOverrideAlasan: req.alasan, predikatOrganisasi: predikat, distribusi: jumlah,
        pelanggaran: cek.pelanggaran.map((p) => p.pesan),
      },
    });
  });
  return kurvaDistribusi(db, actor, unit.id, tahun);
}

