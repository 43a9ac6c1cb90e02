// Realisasi per IKI per evaluation period with bukti dukung, and umpan balik berkelanjutan
// (PermenPANRB 6/2022 Pasal 5: pendokumentasian kinerja and continuous feedback during the year).
import { z } from 'zod';
import { ARAH_IKI, ASPEK, JENIS_RHK, KATEGORI_CAPAIAN_IKI, KODE_BERAKHLAK } from '../domain/enums.ts';
import { Uuid } from './common.ts';
import { FREKUENSI_EVALUASI } from './periode.ts';
import { STATUS_SKP } from './skp.ts';

export const BuktiDukung = z.object({
  id: Uuid, jenis: z.enum(['BERKAS', 'TAUTAN']), nama: z.string(), mime: z.string().nullable(),
  ukuran: z.number().int().nullable(), url: z.string().nullable(), createdAt: z.string(),
});
export type BuktiDukung = z.infer<typeof BuktiDukung>;

/** Why a capaian has no number: no realisasi yet, no target, a zero target (skp-rules.md §13.5), or a value the formula refuses. */
export const ALASAN_TANPA_CAPAIAN = ['BELUM_DIISI', 'TARGET_KOSONG', 'TARGET_NOL', 'TIDAK_TERHITUNG'] as const;

export const CapaianRealisasi = z.object({
  /** Capaian IKI in percent (PermenPANRB 8/2021), rounded to 2 decimals; null with `alasan`. */
  persen: z.number().nullable(),
  /** Kategori of nilai capaian IKI: evidence for the penilai, not a rating (skp-rules.md §6.1). */
  kategori: z.enum(KATEGORI_CAPAIAN_IKI).nullable(),
  alasan: z.enum(ALASAN_TANPA_CAPAIAN).nullable(),
});
export type CapaianRealisasi = z.infer<typeof CapaianRealisasi>;

export const RealisasiSel = z.object({
  periodeKe: z.number().int(),
  id: Uuid.nullable(),
  /** Null is a gap ("belum diisi"): shown and flagged, never counted as zero. */
  nilai: z.number().nullable(),
  kosong: z.boolean(),
  /** Sum of accepted activities when the IKI is counted from activities in this period; else null. */
  nilaiAktivitas: z.number().nullable(),
  alasan: z.string().nullable(),
  catatan: z.string().nullable(),
  capaian: CapaianRealisasi,
  bukti: z.array(BuktiDukung),
  /** Saves of the value so far (0: never saved); send it back with the next save. */
  version: z.number().int(),
  diubahOleh: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type RealisasiSel = z.infer<typeof RealisasiSel>;

export const KumulatifRealisasi = z.object({
  /** JUMLAH: counts add up over the periods; TERAKHIR: percentages and durations take the latest period's value. */
  cara: z.enum(['JUMLAH', 'TERAKHIR']),
  nilai: z.number().nullable(),
  /** The latest period with a value. */
  sampaiPeriodeKe: z.number().int().nullable(),
  /** Periods already started that have no value yet. */
  periodeKosong: z.array(z.number().int()),
  capaian: CapaianRealisasi,
});

export const RealisasiIki = z.object({
  id: Uuid, indikator: z.string(), aspek: z.enum(ASPEK).nullable(), target: z.number().nullable(),
  targetAtas: z.number().nullable(), satuan: z.string(), arah: z.enum(ARAH_IKI),
  sel: z.array(RealisasiSel), kumulatif: KumulatifRealisasi,
});

export const PeriodeRealisasi = z.object({
  ke: z.number().int(), label: z.string(),
  /** The period's dates clipped to the SKP version's mulai–selesai. */
  mulai: z.string(), selesai: z.string(),
  /** Whether the caller may write this period now; else `alasan` says why. */
  bisaDiisi: z.boolean(), alasan: z.string().nullable(),
  statusEvaluasi: z.string().nullable(),
});

export const RealisasiSkp = z.object({
  skpId: Uuid, tahun: z.number().int(), frekuensi: z.enum(FREKUENSI_EVALUASI), status: z.enum(STATUS_SKP),
  mulai: z.string(), selesai: z.string(),
  pegawai: z.object({ id: Uuid, nama: z.string() }),
  penilai: z.object({ id: Uuid, nama: z.string() }).nullable(),
  akses: z.object({ isi: z.boolean(), umpanBalik: z.enum(['PENILAI', 'PEGAWAI']).nullable() }),
  periode: z.array(PeriodeRealisasi),
  rhk: z.array(z.object({ id: Uuid, jenis: z.enum(JENIS_RHK), uraian: z.string(), iki: z.array(RealisasiIki) })),
});
export type RealisasiSkp = z.infer<typeof RealisasiSkp>;

export const RealisasiParams = z.object({
  id: Uuid, ikiId: Uuid,
  periodeKe: z.coerce.number({ error: 'Periode harus angka' }).int().min(1, 'Periode mulai dari 1').max(12, 'Periode paling banyak 12'),
});
export const RealisasiBuktiParams = RealisasiParams.extend({ buktiId: Uuid });

const teks = (max: number, label: string) => z.string().trim().max(max, `${label} paling banyak ${max} karakter`);

export const RealisasiInput = z.object({
  nilai: z.number({ error: 'Realisasi harus angka' }).finite('Realisasi harus angka').nullable(),
  alasan: teks(2000, 'Alasan').nullish(),
  catatan: teks(2000, 'Catatan').nullish(),
  /** The version the value was read at (0 or absent when there was none). */
  version: z.number().int().min(0).optional(),
});
export type RealisasiInput = z.input<typeof RealisasiInput>;

export const PERAN_UMPAN_BALIK = ['PENILAI', 'PEGAWAI'] as const;

export const PesanUmpanBalik = z.object({
  id: Uuid, rhkId: Uuid.nullable(), kodeBerakhlak: z.enum(KODE_BERAKHLAK).nullable(),
  balasanUntukId: Uuid.nullable(), isi: z.string(),
  penulis: z.object({ id: Uuid, nama: z.string(), peran: z.enum(PERAN_UMPAN_BALIK) }),
  createdAt: z.string(),
});
export type PesanUmpanBalik = z.infer<typeof PesanUmpanBalik>;

/** A thread: the opening message and every reply under it, oldest first. */
export const UtasUmpanBalik = z.object({ id: Uuid, pesan: z.array(PesanUmpanBalik) });
export type UtasUmpanBalik = z.infer<typeof UtasUmpanBalik>;

export const UmpanBalikSkp = z.object({
  skpId: Uuid,
  /** mulai: may open a thread (the penilai); balas: may reply (the penilai and the SKP's owner). */
  akses: z.object({ mulai: z.boolean(), balas: z.boolean() }),
  rhk: z.array(z.object({ id: Uuid, jenis: z.enum(JENIS_RHK), uraian: z.string(), utas: z.array(UtasUmpanBalik) })),
  perilaku: z.array(z.object({
    kode: z.enum(KODE_BERAKHLAK), label: z.string(), ekspektasi: z.string().nullable(), utas: z.array(UtasUmpanBalik),
  })),
});
export type UmpanBalikSkp = z.infer<typeof UmpanBalikSkp>;

export const UmpanBalikInput = z.object({
  rhkId: Uuid.nullish(),
  kodeBerakhlak: z.enum(KODE_BERAKHLAK, 'Nilai BerAKHLAK tidak dikenal').nullish(),
  isi: z.string().trim().min(1, 'Tulis isi umpan balik').max(4000, 'Umpan balik paling banyak 4000 karakter'),
  balasanUntukId: Uuid.nullish(),
}).superRefine((v, ctx) => {
  if (!!v.rhkId === !!v.kodeBerakhlak) {
    ctx.addIssue({ code: 'custom', path: ['rhkId'], message: 'Pilih tepat satu: RHK atau nilai BerAKHLAK' });
  }
});
export type UmpanBalikInput = z.input<typeof UmpanBalikInput>;
