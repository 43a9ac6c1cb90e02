// Table shapes, stated once. Every tenant table carries instansi_id and its primary and foreign
// keys include it, so the schema can be distributed by instansi (Citus) without rewriting keys.
import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text,
  timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();

export const instansi = pgTable('instansi', {
  id: uuid('id').primaryKey().defaultRandom(),
  kode: text('kode').notNull().unique(),
  nama: text('nama').notNull(),
  jenis: text('jenis').notNull(),
  createdAt: createdAt(),
});

export const unitKerja = pgTable('unit_kerja', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  parentId: uuid('parent_id'),
  kode: text('kode').notNull(),
  nama: text('nama').notNull(),
  /** Materialised path of ids ('/a/b/c/'), so a subtree is one prefix match. */
  path: text('path').notNull(),
  level: smallint('level').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.parentId], foreignColumns: [t.instansiId, t.id] }),
  uniqueIndex('unit_kerja_kode_uq').on(t.instansiId, t.kode),
  index('unit_kerja_path_idx').on(t.instansiId, t.path),
]);

export const jabatan = pgTable('jabatan', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  unitKerjaId: uuid('unit_kerja_id').notNull(),
  kode: text('kode').notNull(),
  nama: text('nama').notNull(),
  jenis: text('jenis').notNull(),
  jenjang: text('jenjang'),
  kelasJabatan: smallint('kelas_jabatan').notNull(),
  /** The position that leads its unit (kepala dinas, kabid, kasi): atasan of the unit's staff. */
  kepalaUnit: boolean('kepala_unit').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.unitKerjaId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
  uniqueIndex('jabatan_kode_uq').on(t.instansiId, t.kode),
  uniqueIndex('jabatan_kepala_unit_uq').on(t.instansiId, t.unitKerjaId).where(sql`kepala_unit`),
]);

export const pegawai = pgTable('pegawai', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  nip: text('nip').notNull(),
  nipLama: text('nip_lama'),
  jenisAsn: text('jenis_asn').notNull(),
  nama: text('nama').notNull(),
  gelarDepan: text('gelar_depan'),
  gelarBelakang: text('gelar_belakang'),
  tanggalLahir: date('tanggal_lahir', { mode: 'string' }).notNull(),
  jenisKelamin: text('jenis_kelamin').notNull(),
  golongan: text('golongan'),
  jabatanId: uuid('jabatan_id').notNull(),
  unitKerjaId: uuid('unit_kerja_id').notNull(),
  status: text('status').notNull().default('AKTIF'),
  email: text('email'),
  /** Admin override of the derived atasan (wrong or unusual org data). */
  atasanOverrideId: uuid('atasan_override_id'),
  /** Derived: recomputed in the same transaction as any change to the tree, positions or Plt/Plh. */
  atasanId: uuid('atasan_id'),
  atasanSumber: text('atasan_sumber'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  uniqueIndex('pegawai_nip_uq').on(t.instansiId, t.nip),
  foreignKey({ columns: [t.instansiId, t.jabatanId], foreignColumns: [jabatan.instansiId, jabatan.id] }),
  foreignKey({ columns: [t.instansiId, t.unitKerjaId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
  foreignKey({ columns: [t.instansiId, t.atasanOverrideId], foreignColumns: [t.instansiId, t.id] }),
  index('pegawai_unit_idx').on(t.instansiId, t.unitKerjaId),
  index('pegawai_atasan_idx').on(t.instansiId, t.atasanId),
  index('pegawai_nama_idx').on(t.instansiId, t.nama),
]);

/** Plt (pelaksana tugas) / Plh (pelaksana harian): someone acting in a head position for a while. */
export const penugasan = pgTable('penugasan', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  pegawaiId: uuid('pegawai_id').notNull(),
  jabatanId: uuid('jabatan_id').notNull(),
  jenis: text('jenis').notNull(),
  mulai: date('mulai', { mode: 'string' }).notNull(),
  selesai: date('selesai', { mode: 'string' }),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
  foreignKey({ columns: [t.instansiId, t.jabatanId], foreignColumns: [jabatan.instansiId, jabatan.id] }),
]);

/** Login accounts. Global (a reference table under Citus): the username must be found before the tenant is known. */
export const akun = pgTable('akun', {
  id: uuid('id').primaryKey().defaultRandom(),
  instansiId: uuid('instansi_id').references(() => instansi.id),
  pegawaiId: uuid('pegawai_id'),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  peran: text('peran').array().notNull().default(sql`'{}'::text[]`),
  wajibGantiPassword: boolean('wajib_ganti_password').notNull().default(false),
  gagalLogin: integer('gagal_login').notNull().default(0),
  terkunciSampai: ts('terkunci_sampai'),
  aktif: boolean('aktif').notNull().default(true),
  locale: text('locale').notNull().default('id'),
  loginTerakhir: ts('login_terakhir'),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex('akun_pegawai_uq').on(t.instansiId, t.pegawaiId),
]);

/** Server-side sessions, so any app process can serve any request. Only a hash of the cookie is stored. */
export const sesi = pgTable('sesi', {
  tokenHash: text('token_hash').primaryKey(),
  akunId: uuid('akun_id').notNull().references(() => akun.id, { onDelete: 'cascade' }),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  expiresAt: ts('expires_at').notNull(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  userAgent: text('user_agent'),
  ip: text('ip'),
}, (t) => [index('sesi_akun_idx').on(t.akunId)]);

/** Bearer tokens for integrations; shown once, stored as a SHA-256 hash. */
export const tokenApi = pgTable('token_api', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  nama: text('nama').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  prefix: text('prefix').notNull(),
  akunId: uuid('akun_id').notNull().references(() => akun.id),
  dibuatOleh: uuid('dibuat_oleh').notNull().references(() => akun.id),
  createdAt: createdAt(),
  lastUsedAt: ts('last_used_at'),
  revokedAt: ts('revoked_at'),
}, (t) => [primaryKey({ columns: [t.instansiId, t.id] })]);

/** Failed logins per username+ip in a sliding window; in the database so all processes share it. */
export const loginGagal = pgTable('login_gagal', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  kunci: text('kunci').notNull(),
  at: ts('at').notNull().defaultNow(),
}, (t) => [index('login_gagal_kunci_idx').on(t.kunci, t.at)]);

export const auditLog = pgTable('audit_log', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: bigserial('id', { mode: 'number' }).notNull(),
  at: ts('at').notNull().defaultNow(),
  akunId: uuid('akun_id'),
  entitas: text('entitas').notNull(),
  entitasId: text('entitas_id').notNull(),
  aksi: text('aksi').notNull(),
  sebelum: jsonb('sebelum'),
  sesudah: jsonb('sesudah'),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  index('audit_entitas_idx').on(t.instansiId, t.entitas, t.entitasId),
]);

export const importJob = pgTable('import_job', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  jenis: text('jenis').notNull(),
  namaFile: text('nama_file').notNull(),
  status: text('status').notNull(),
  total: integer('total').notNull().default(0),
  diproses: integer('diproses').notNull().default(0),
  ditambah: integer('ditambah').notNull().default(0),
  diperbarui: integer('diperbarui').notNull().default(0),
  ditolak: integer('ditolak').notNull().default(0),
  laporan: jsonb('laporan').notNull().default(sql`'[]'::jsonb`),
  pesan: text('pesan'),
  dibuatOleh: uuid('dibuat_oleh').notNull(),
  /** The server process running the job (`Database.processId`), so another one starting leaves it be. */
  proses: uuid('proses'),
  createdAt: createdAt(),
  selesaiAt: ts('selesai_at'),
}, (t) => [primaryKey({ columns: [t.instansiId, t.id] })]);

/** A performance year of one instansi and its settings (PermenPANRB 6/2022: the instansi chooses approach and frequency). */
export const periode = pgTable('periode', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  tahun: smallint('tahun').notNull(),
  mulai: date('mulai', { mode: 'string' }).notNull(),
  selesai: date('selesai', { mode: 'string' }).notNull(),
  pendekatan: text('pendekatan').notNull(),
  frekuensi: text('frekuensi').notNull(),
  batasPenetapanSkp: date('batas_penetapan_skp', { mode: 'string' }),
  batasEvaluasiTahunan: date('batas_evaluasi_tahunan', { mode: 'string' }),
  status: text('status').notNull().default('DIBUKA'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  uniqueIndex('periode_tahun_uq').on(t.instansiId, t.tahun),
]);

/**
 * One pegawai's SKP for a periode. A revision after approval makes a new `versi`; the old one keeps
 * its content and gets `selesai` set to the day before the new one starts (split evaluation).
 */
export const skp = pgTable('skp', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  periodeId: uuid('periode_id').notNull(),
  pegawaiId: uuid('pegawai_id').notNull(),
  versi: smallint('versi').notNull().default(1),
  model: text('model').notNull(),
  pendekatan: text('pendekatan').notNull(),
  status: text('status').notNull().default('DRAFT'),
  mulai: date('mulai', { mode: 'string' }).notNull(),
  selesai: date('selesai', { mode: 'string' }).notNull(),
  /** The pejabat penilai: the atasan at the time, or set by the admin (`penilai_sumber` = ADMIN). */
  penilaiId: uuid('penilai_id'),
  penilaiSumber: text('penilai_sumber').notNull().default('ORG'),
  penilaiAlasan: text('penilai_alasan'),
  /** Pegawai and penilai header fields, frozen at approval so a later mutasi does not rewrite the form. */
  kepala: jsonb('kepala'),
  lampiran: jsonb('lampiran').notNull().default({ dukunganSumberDaya: '', skemaPertanggungjawaban: '', konsekuensi: '' }),
  ekspektasi: jsonb('ekspektasi').notNull().default({}),
  catatanPengembalian: text('catatan_pengembalian'),
  revisiDariId: uuid('revisi_dari_id'),
  jenisRevisi: text('jenis_revisi'),
  alasanRevisi: text('alasan_revisi'),
  diajukanAt: ts('diajukan_at'),
  disetujuiAt: ts('disetujui_at'),
  disetujuiOlehAkunId: uuid('disetujui_oleh_akun_id'),
  diubahOleh: text('diubah_oleh'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  uniqueIndex('skp_versi_uq').on(t.instansiId, t.periodeId, t.pegawaiId, t.versi),
  foreignKey({ columns: [t.instansiId, t.periodeId], foreignColumns: [periode.instansiId, periode.id] }),
  foreignKey({ columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
  foreignKey({ columns: [t.instansiId, t.penilaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
  foreignKey({ columns: [t.instansiId, t.revisiDariId], foreignColumns: [t.instansiId, t.id] }),
  index('skp_penilai_idx').on(t.instansiId, t.penilaiId),
]);

/** Rencana hasil kerja. `intervensi_rhk_id` is the atasan's RHK it supports (cascading, skp-rules.md §3.3). */
export const rhk = pgTable('rhk', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  skpId: uuid('skp_id').notNull(),
  urutan: smallint('urutan').notNull(),
  jenis: text('jenis').notNull(),
  uraian: text('uraian').notNull().default(''),
  intervensiRhkId: uuid('intervensi_rhk_id'),
  /** Free-text fallback when the atasan's SKP is outside this system. */
  intervensiTeks: text('intervensi_teks'),
  /** The RHK this one was copied from in a revision, so cascading survives a new version. */
  asalRhkId: uuid('asal_rhk_id'),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }).onDelete('cascade'),
  foreignKey({ columns: [t.instansiId, t.intervensiRhkId], foreignColumns: [t.instansiId, t.id] }),
  index('rhk_skp_idx').on(t.instansiId, t.skpId),
  index('rhk_intervensi_idx').on(t.instansiId, t.intervensiRhkId),
]);

/** Indikator kinerja individu with its target; `target_atas` makes it a range target. */
export const iki = pgTable('iki', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  rhkId: uuid('rhk_id').notNull(),
  urutan: smallint('urutan').notNull(),
  aspek: text('aspek'),
  indikator: text('indikator').notNull().default(''),
  target: doublePrecision('target'),
  targetAtas: doublePrecision('target_atas'),
  satuan: text('satuan').notNull().default(''),
  arah: text('arah').notNull().default('NAIK'),
  perspektif: text('perspektif'),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }).onDelete('cascade'),
  index('iki_rhk_idx').on(t.instansiId, t.rhkId),
]);

/** Monthly action plan under an RHK; daily activities point here. */
export const rencanaAksi = pgTable('rencana_aksi', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  rhkId: uuid('rhk_id').notNull(),
  bulan: smallint('bulan').notNull(),
  uraian: text('uraian').notNull().default(''),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }).onDelete('cascade'),
  index('rencana_aksi_rhk_idx').on(t.instansiId, t.rhkId),
]);

/** RHK set shared by everyone in one jabatan, so fifty people do not type the same plan fifty times. */
export const skpTemplate = pgTable('skp_template', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  jabatanId: uuid('jabatan_id').notNull(),
  nama: text('nama').notNull(),
  isi: jsonb('isi').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.jabatanId], foreignColumns: [jabatan.instansiId, jabatan.id] }).onDelete('cascade'),
  index('skp_template_jabatan_idx').on(t.instansiId, t.jabatanId),
]);

/** National holidays and cuti bersama (SKB Menteri Agama, Menaker, MenPANRB per year): reference data for all instansi. */
export const hariLiburNasional = pgTable('hari_libur_nasional', {
  tanggal: date('tanggal', { mode: 'string' }).primaryKey(),
  nama: text('nama').notNull(),
  jenis: text('jenis').notNull(),
  sumber: text('sumber'),
});

/** The instansi's own days off (HUT kabupaten, local decisions). */
export const hariLiburInstansi = pgTable('hari_libur_instansi', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  tanggal: date('tanggal', { mode: 'string' }).notNull(),
  nama: text('nama').notNull(),
  createdAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.instansiId, t.tanggal] })]);

/** Leave and official travel: days a pegawai is not expected to log activities. */
export const cuti = pgTable('cuti', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  pegawaiId: uuid('pegawai_id').notNull(),
  jenis: text('jenis').notNull(),
  mulai: date('mulai', { mode: 'string' }).notNull(),
  selesai: date('selesai', { mode: 'string' }).notNull(),
  keterangan: text('keterangan'),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
  index('cuti_pegawai_idx').on(t.instansiId, t.pegawaiId, t.mulai),
]);

/**
 * One daily activity. The id is made by the client (offline entries), so a repeated sync finds the
 * row it already wrote. Only DITERIMA rows count toward realisasi.
 */
export const aktivitas = pgTable('aktivitas', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull(),
  pegawaiId: uuid('pegawai_id').notNull(),
  tanggal: date('tanggal', { mode: 'string' }).notNull(),
  rhkId: uuid('rhk_id').notNull(),
  rencanaAksiId: uuid('rencana_aksi_id'),
  uraian: text('uraian').notNull(),
  jumlah: doublePrecision('jumlah'),
  satuan: text('satuan'),
  jamMulai: text('jam_mulai'),
  jamSelesai: text('jam_selesai'),
  menit: integer('menit').notNull(),
  status: text('status').notNull().default('MENUNGGU'),
  catatanVerifikasi: text('catatan_verifikasi'),
  diverifikasiOleh: uuid('diverifikasi_oleh'),
  diverifikasiAt: ts('diverifikasi_at'),
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
  foreignKey({ columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }),
  foreignKey({ columns: [t.instansiId, t.rencanaAksiId], foreignColumns: [rencanaAksi.instansiId, rencanaAksi.id] }).onDelete('set null'),
  index('aktivitas_pegawai_tanggal_idx').on(t.instansiId, t.pegawaiId, t.tanggal),
  // By status, then pegawai: an atasan's queue reads only the waiting rows of each bawahan.
  index('aktivitas_status_pegawai_idx').on(t.instansiId, t.status, t.pegawaiId, t.tanggal),
]);

/** Evidence of an activity: a stored file (never on a public path) or a link. */
export const buktiAktivitas = pgTable('bukti_aktivitas', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull(),
  aktivitasId: uuid('aktivitas_id').notNull(),
  jenis: text('jenis').notNull(),
  nama: text('nama').notNull(),
  mime: text('mime'),
  ukuran: integer('ukuran'),
  sha256: text('sha256'),
  kunci: text('kunci'),
  url: text('url'),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.aktivitasId], foreignColumns: [aktivitas.instansiId, aktivitas.id] }).onDelete('cascade'),
  index('bukti_aktivitas_idx').on(t.instansiId, t.aktivitasId),
]);

/** Accepted activities per pegawai, RHK and month; kept in step with every change, feeds realisasi. */
export const aktivitasRekap = pgTable('aktivitas_rekap', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  pegawaiId: uuid('pegawai_id').notNull(),
  rhkId: uuid('rhk_id').notNull(),
  bulan: date('bulan', { mode: 'string' }).notNull(),
  banyak: integer('banyak').notNull(),
  jumlah: doublePrecision('jumlah').notNull(),
  menit: integer('menit').notNull(),
}, (t) => [primaryKey({ columns: [t.instansiId, t.pegawaiId, t.rhkId, t.bulan] })]);

/**
 * Minutes logged per pegawai per day (entries not returned), kept by a trigger on `aktivitas`
 * (migration 0005). The trigger refuses a write that takes a day past 24 hours; the row lock on
 * the day orders concurrent writers, so the cap holds without a lock taken by the application.
 */
export const aktivitasHari = pgTable('aktivitas_hari', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  pegawaiId: uuid('pegawai_id').notNull(),
  tanggal: date('tanggal', { mode: 'string' }).notNull(),
  menit: integer('menit').notNull(),
}, (t) => [primaryKey({ columns: [t.instansiId, t.pegawaiId, t.tanggal] })]);

/** In-app notifications; `kunci` makes a reminder idempotent (one per kind per person per day). */
export const notifikasi = pgTable('notifikasi', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  pegawaiId: uuid('pegawai_id').notNull(),
  jenis: text('jenis').notNull(),
  judul: text('judul').notNull(),
  isi: text('isi').notNull(),
  tautan: text('tautan'),
  kunci: text('kunci').notNull(),
  dibacaAt: ts('dibaca_at'),
  emailAt: ts('email_at'),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }).onDelete('cascade'),
  uniqueIndex('notifikasi_kunci_uq').on(t.instansiId, t.pegawaiId, t.kunci),
  index('notifikasi_pegawai_idx').on(t.instansiId, t.pegawaiId, t.createdAt),
]);

/** Instansi choices for evaluation: suggestion thresholds (skp-rules.md §14.5, off by default) and numeric mode. */
export const pengaturanPenilaian = pgTable('pengaturan_penilaian', {
  instansiId: uuid('instansi_id').primaryKey().references(() => instansi.id),
  saranAktif: boolean('saran_aktif').notNull().default(false),
  /** Capaian (%) from which the suggestion is Di Atas Ekspektasi, and Sesuai Ekspektasi. */
  ambangDiAtas: doublePrecision('ambang_di_atas').notNull().default(110),
  ambangSesuai: doublePrecision('ambang_sesuai').notNull().default(90),
  /** Also compute the PP 30/2019 / PermenPANRB 8/2021 nilai next to the predikat. */
  modeNumerik: boolean('mode_numerik').notNull().default(false),
  /** Days after FINAL in which a keberatan may be filed (not fixed by the sources: §14.11). */
  batasKeberatanHari: integer('batas_keberatan_hari').notNull().default(14),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Realised value of one IKI in one evaluation period (month, quarter or semester, by the periode's frekuensi). */
export const realisasi = pgTable('realisasi', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  skpId: uuid('skp_id').notNull(),
  ikiId: uuid('iki_id').notNull(),
  periodeKe: smallint('periode_ke').notNull(),
  nilai: doublePrecision('nilai'),
  /** What accepted activities added up to when the value was pre-filled; a different nilai needs `alasan`. */
  nilaiAktivitas: doublePrecision('nilai_aktivitas'),
  alasan: text('alasan'),
  catatan: text('catatan'),
  version: integer('version').notNull().default(1),
  diubahOleh: text('diubah_oleh'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  uniqueIndex('realisasi_uq').on(t.instansiId, t.skpId, t.ikiId, t.periodeKe),
  foreignKey({ columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }),
  foreignKey({ columns: [t.instansiId, t.ikiId], foreignColumns: [iki.instansiId, iki.id] }),
]);

/** Bukti dukung of a realisasi: a stored file or a link. */
export const buktiDukung = pgTable('bukti_dukung', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull(),
  realisasiId: uuid('realisasi_id').notNull(),
  jenis: text('jenis').notNull(),
  nama: text('nama').notNull(),
  mime: text('mime'),
  ukuran: integer('ukuran'),
  sha256: text('sha256'),
  kunci: text('kunci'),
  url: text('url'),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  // Evidence is always read per realisasi; the cascade from realisasi needs it too.
  index('bukti_dukung_realisasi_idx').on(t.instansiId, t.realisasiId),
  foreignKey({ columns: [t.instansiId, t.realisasiId], foreignColumns: [realisasi.instansiId, realisasi.id] }).onDelete('cascade'),
]);

/** Umpan balik berkelanjutan: a dialogue per RHK or per BerAKHLAK value, at any time of the year. */
export const umpanBalik = pgTable('umpan_balik', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  skpId: uuid('skp_id').notNull(),
  rhkId: uuid('rhk_id'),
  kodeBerakhlak: text('kode_berakhlak'),
  penulisId: uuid('penulis_id').notNull(),
  balasanUntukId: uuid('balasan_untuk_id'),
  isi: text('isi').notNull(),
  createdAt: createdAt(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  foreignKey({ columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }),
  foreignKey({ columns: [t.instansiId, t.rhkId], foreignColumns: [rhk.instansiId, rhk.id] }).onDelete('cascade'),
  foreignKey({ columns: [t.instansiId, t.penulisId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
  foreignKey({ columns: [t.instansiId, t.balasanUntukId], foreignColumns: [t.instansiId, t.id] }),
  index('umpan_balik_skp_idx').on(t.instansiId, t.skpId, t.createdAt),
]);

/**
 * Periodic or annual evaluation of one SKP (skp-rules.md §2.1):
 * OPEN → REALISASI_DIISI → DINILAI → PREDIKAT_DITETAPKAN → FINAL. FINAL freezes `snapshot`.
 */
export const evaluasi = pgTable('evaluasi', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  skpId: uuid('skp_id').notNull(),
  jenis: text('jenis').notNull(),
  /** Month, quarter or semester number; 0 for the annual evaluation. */
  periodeKe: smallint('periode_ke').notNull(),
  status: text('status').notNull().default('OPEN'),
  ratingHasil: text('rating_hasil'),
  ratingPerilaku: text('rating_perilaku'),
  predikat: text('predikat'),
  nilaiNumerik: doublePrecision('nilai_numerik'),
  penilaiId: uuid('penilai_id'),
  dinilaiAt: ts('dinilai_at'),
  ditetapkanAt: ts('ditetapkan_at'),
  finalAt: ts('final_at'),
  snapshot: jsonb('snapshot'),
  /** Random code printed as a QR on the dokumen evaluasi; resolves to a public check page. */
  kodeVerifikasi: text('kode_verifikasi'),
  version: integer('version').notNull().default(1),
  diubahOleh: text('diubah_oleh'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  uniqueIndex('evaluasi_uq').on(t.instansiId, t.skpId, t.jenis, t.periodeKe),
  uniqueIndex('evaluasi_kode_uq').on(t.kodeVerifikasi),
  foreignKey({ columns: [t.instansiId, t.skpId], foreignColumns: [skp.instansiId, skp.id] }),
  foreignKey({ columns: [t.instansiId, t.penilaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
]);

/**
 * A pegawai's objection to a FINAL annual evaluation, decided by the atasan pejabat penilai (`pemutusId`;
 * null: the admin records it). A granted one replaces the evaluation's document; the replaced snapshot
 * and its code stay here so the old paper still verifies, as replaced.
 */
export const keberatan = pgTable('keberatan', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  id: uuid('id').notNull().defaultRandom(),
  evaluasiId: uuid('evaluasi_id').notNull(),
  pegawaiId: uuid('pegawai_id').notNull(),
  pemutusId: uuid('pemutus_id'),
  alasan: text('alasan').notNull(),
  diajukanAt: ts('diajukan_at').notNull().defaultNow(),
  status: text('status').notNull().default('DIAJUKAN'),
  keputusan: text('keputusan'),
  catatanKeputusan: text('catatan_keputusan'),
  diputusAt: ts('diputus_at'),
  diputusOleh: text('diputus_oleh'),
  semula: jsonb('semula').notNull(),
  hasil: jsonb('hasil'),
  snapshotSebelum: jsonb('snapshot_sebelum'),
  kodeSebelum: text('kode_sebelum'),
  version: integer('version').notNull().default(1),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.id] }),
  uniqueIndex('keberatan_evaluasi_uq').on(t.instansiId, t.evaluasiId),
  uniqueIndex('keberatan_kode_sebelum_uq').on(t.kodeSebelum),
  index('keberatan_pemutus_idx').on(t.instansiId, t.pemutusId, t.status),
  foreignKey({ columns: [t.instansiId, t.evaluasiId], foreignColumns: [evaluasi.instansiId, evaluasi.id] }),
  foreignKey({ columns: [t.instansiId, t.pegawaiId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
  foreignKey({ columns: [t.instansiId, t.pemutusId], foreignColumns: [pegawai.instansiId, pegawai.id] }),
]);

/** Predikat kinerja organisasi of a unit for a year (SE MenPANRB 3/2023), with any kurva override. */
export const predikatOrganisasi = pgTable('predikat_organisasi', {
  instansiId: uuid('instansi_id').notNull().references(() => instansi.id),
  unitKerjaId: uuid('unit_kerja_id').notNull(),
  tahun: smallint('tahun').notNull(),
  predikat: text('predikat').notNull(),
  ditetapkanOleh: uuid('ditetapkan_oleh'),
  alasan: text('alasan'),
  kurvaOverrideAlasan: text('kurva_override_alasan'),
  kurvaOverrideOleh: uuid('kurva_override_oleh'),
  kurvaOverrideAt: ts('kurva_override_at'),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.instansiId, t.unitKerjaId, t.tahun] }),
  foreignKey({ columns: [t.instansiId, t.unitKerjaId], foreignColumns: [unitKerja.instansiId, unitKerja.id] }),
]);
