// Predikat kinerja organisasi per unit and year, the kurva distribusi check of the annual predikat of the
// pegawai under the unit head, calibration and override (SE MenPANRB 3/2023; skp-rules.md §6.3, §6.4, §14.3).
import { z } from 'zod';
import { PREDIKAT_KINERJA, PREDIKAT_ORGANISASI, RATINGS } from '../domain/enums.ts';
import { Uuid } from './common.ts';

const Tahun = z.coerce.number({ error: 'Tahun harus angka' }).int('Tahun harus angka bulat')
  .min(2022, 'Tahun minimal 2022 (PermenPANRB 6/2022)').max(2100, 'Tahun tidak valid');

const PredikatKinerjaEnum = z.enum(PREDIKAT_KINERJA, 'Predikat harus SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG_MISCONDUCT, atau SANGAT_KURANG');
const PredikatOrganisasiEnum = z.enum(PREDIKAT_ORGANISASI, 'Predikat organisasi harus ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, atau SANGAT_KURANG');

/** A written reason that someone can be held to later. */
const alasanWajib = (label: string) => z.string({ error: `${label} wajib diisi` }).trim()
  .min(10, `${label} paling sedikit 10 karakter, agar dapat dipertanggungjawabkan`).max(2000, `${label} paling banyak 2000 karakter`);

/** Where the kurva stands: no org predikat yet, nobody to check, within the pola, outside it, or outside it with a recorded override. */
export const STATUS_KURVA = ['BELUM_DITETAPKAN', 'TIDAK_ADA_PEGAWAI', 'SESUAI', 'TIDAK_SESUAI', 'DIABAIKAN'] as const;
export type StatusKurva = (typeof STATUS_KURVA)[number];

export const PredikatOrganisasiQuery = z.object({ tahun: Tahun });
export const KurvaParams = z.object({ unitKerjaId: Uuid, tahun: Tahun });

export const KurvaOverride = z.object({ alasan: z.string(), oleh: z.string().nullable(), at: z.string() });

/** The org predikat as set, and what it means for the unit head's own evaluation (§6.3). */
export const PenetapanPredikatOrganisasi = z.object({
  unitKerjaId: Uuid,
  tahun: z.number().int(),
  predikat: PredikatOrganisasiEnum,
  alasan: z.string().nullable(),
  ditetapkanOleh: z.string().nullable(),
  ditetapkanAt: z.string(),
  version: z.number().int(),
  override: KurvaOverride.nullable(),
  /** The unit head's rating hasil kerja follows the org predikat (skp-rules.md §2.1 stage 3, §14.4). */
  ratingHasilKerjaPimpinan: z.enum(RATINGS),
});
export type PenetapanPredikatOrganisasi = z.infer<typeof PenetapanPredikatOrganisasi>;

export const KepalaUnit = z.object({ pegawaiId: Uuid, nama: z.string(), jenis: z.enum(['DEFINITIF', 'PLT', 'PLH']) });

export const AksesKurva = z.object({
  /** Set the org predikat: the pimpinan one level up, or the admin on their behalf. */
  menetapkan: z.boolean(),
  /** Change annual predikat: the unit head as pejabat penilai, the pimpinan one level up, the admin. */
  kalibrasi: z.boolean(),
  /** Record that the check is overridden: whoever sets the org predikat. */
  mengabaikan: z.boolean(),
});
export type AksesKurva = z.infer<typeof AksesKurva>;

/** One unit the caller sets the predikat of or calibrates, with where its kurva stands. */
export const UnitKurva = z.object({
  unitKerjaId: Uuid,
  kode: z.string(),
  nama: z.string(),
  level: z.number().int(),
  parentId: Uuid.nullable(),
  indukNama: z.string().nullable(),
  kepala: z.array(KepalaUnit),
  penetapan: PenetapanPredikatOrganisasi.nullable(),
  n: z.number().int(),
  status: z.enum(STATUS_KURVA),
  akses: AksesKurva,
});
export type UnitKurva = z.infer<typeof UnitKurva>;
export const DaftarUnitKurva = z.array(UnitKurva);

export const SetPredikatOrganisasiRequest = z.object({
  predikat: PredikatOrganisasiEnum,
  alasan: z.string().trim().max(2000, 'Alasan paling banyak 2000 karakter').nullish().transform((v) => v || null),
  /** The version read; leave out only when the predikat has never been set. */
  version: z.number().int().optional(),
});
export type SetPredikatOrganisasiRequest = z.input<typeof SetPredikatOrganisasiRequest>;

export const TemuanPola = z.object({
  aturan: z.enum(['MAKSIMAL', 'MINIMAL', 'HARUS_ADA', 'TERBANYAK']),
  predikat: z.array(PredikatKinerjaEnum),
  batas: z.number().int(),
  aktual: z.number().int(),
  pesan: z.string(),
});

export const CekKurva = z.object({
  sesuai: z.boolean(),
  /** Hard rules broken (caps, minima, "harus ada"). */
  pelanggaran: z.array(TemuanPola),
  /** "Sebagian besar" not met: advice only (§14.2). */
  peringatan: z.array(TemuanPola),
});

export const JumlahPerPredikat = z.object({ predikat: PredikatKinerjaEnum, jumlah: z.number().int(), persen: z.number() });

/** One pegawai in the kurva: their annual evaluation under the unit head. */
export const PegawaiKurva = z.object({
  evaluasiId: Uuid,
  skpId: Uuid,
  pegawaiId: Uuid,
  nama: z.string(),
  nip: z.string(),
  jabatan: z.string(),
  ratingHasil: z.enum(RATINGS).nullable(),
  ratingPerilaku: z.enum(RATINGS).nullable(),
  predikat: PredikatKinerjaEnum.nullable(),
  status: z.string(),
  version: z.number().int(),
  /** Only annual evaluations whose predikat is set and not yet final can be calibrated. */
  dapatDikalibrasi: z.boolean(),
});
export type PegawaiKurva = z.infer<typeof PegawaiKurva>;

export const PerubahanUsulan = z.object({
  evaluasiId: Uuid, pegawaiId: Uuid, nama: z.string(), dari: PredikatKinerjaEnum, ke: PredikatKinerjaEnum,
});

export const UsulanKalibrasi = z.discriminatedUnion('mungkin', [
  z.object({
    mungkin: z.literal(true),
    jumlahDipindah: z.number().int(),
    langkah: z.array(z.object({ dari: PredikatKinerjaEnum, ke: PredikatKinerjaEnum, jumlah: z.number().int() })),
    /** The same moves as named pegawai (weakest ratings move down first). */
    perubahan: z.array(PerubahanUsulan),
    hasil: z.array(JumlahPerPredikat),
    /** False when a move needs a pegawai whose evaluation is already final. */
    dapatDiterapkan: z.boolean(),
    catatan: z.string().nullable(),
  }),
  z.object({ mungkin: z.literal(false), alasan: z.string() }),
]);

export const KurvaDistribusi = z.object({
  unit: z.object({
    id: Uuid, kode: z.string(), nama: z.string(), parentId: Uuid.nullable(), indukNama: z.string().nullable(),
    kepala: z.array(KepalaUnit),
  }),
  tahun: z.number().int(),
  penetapan: PenetapanPredikatOrganisasi.nullable(),
  status: z.enum(STATUS_KURVA),
  /** Plain notes: what to do first, tiny units, evaluations still without predikat. */
  catatan: z.array(z.string()),
  ratingHasilKerjaPimpinan: z.enum(RATINGS).nullable(),
  /** Pegawai whose annual predikat counts (the head excluded; skp-rules.md §6.4). */
  n: z.number().int(),
  belumAdaPredikat: z.number().int(),
  distribusi: z.array(JumlahPerPredikat),
  pegawai: z.array(PegawaiKurva),
  cek: CekKurva.nullable(),
  usulan: UsulanKalibrasi.nullable(),
  akses: AksesKurva,
});
export type KurvaDistribusi = z.infer<typeof KurvaDistribusi>;

export const KalibrasiRequest = z.object({
  perubahan: z.array(z.object({
    evaluasiId: Uuid,
    predikat: PredikatKinerjaEnum,
    /** The evaluation's version as read; a newer one means someone changed it meanwhile (409). */
    version: z.number().int().optional(),
  })).min(1, 'Pilih paling sedikit satu perubahan predikat').max(500, 'Paling banyak 500 perubahan sekali simpan'),
  alasan: alasanWajib('Alasan kalibrasi'),
  /** Version of the org predikat as read. */
  version: z.number().int().optional(),
}).superRefine((v, ctx) => {
  const seen = new Set<string>();
  v.perubahan.forEach((p, i) => {
    if (seen.has(p.evaluasiId)) ctx.addIssue({ code: 'custom', path: ['perubahan', i, 'evaluasiId'], message: 'Satu evaluasi hanya boleh muncul sekali' });
    seen.add(p.evaluasiId);
  });
});
export type KalibrasiRequest = z.input<typeof KalibrasiRequest>;

export const KurvaOverrideRequest = z.object({
  alasan: alasanWajib('Alasan mengabaikan pemeriksaan'),
  version: z.number().int().optional(),
});
export type KurvaOverrideRequest = z.input<typeof KurvaOverrideRequest>;
