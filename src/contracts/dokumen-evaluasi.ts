// The public check of a printed dokumen evaluasi kinerja pegawai: the QR code on the document leads to
// /verifikasi-dokumen/{kode}, which asks this API whether the document is genuine.
import { z } from 'zod';
import { JENIS_EVALUASI } from './evaluasi.ts';
import { PREDIKAT_KINERJA } from '../domain/enums.ts';

export const KodeVerifikasiParams = z.object({ kode: z.string().max(100) });

/**
 * What a verifier needs to compare with the paper, and nothing the document does not already print:
 * the document shows the full name, NIP, jabatan and instansi on its header, so repeating them here
 * discloses nothing new to whoever holds the paper (or its code). No ratings history, no umpan balik.
 */
export const VerifikasiDokumen = z.object({
  kodeVerifikasi: z.string(),
  instansi: z.string(),
  pegawai: z.object({ nama: z.string(), nip: z.string(), jabatan: z.string(), unitKerja: z.string() }),
  penilai: z.object({ nama: z.string(), nip: z.string() }).nullable(),
  periode: z.object({ jenis: z.enum(JENIS_EVALUASI), label: z.string(), tahun: z.number().int(), mulai: z.string(), selesai: z.string() }),
  ratingHasil: z.string(),
  ratingPerilaku: z.string(),
  predikat: z.object({ kode: z.enum(PREDIKAT_KINERJA), label: z.string() }),
  /** ISO timestamp of finalisation. */
  finalAt: z.string(),
  /** SHA-256 (hex) of the frozen snapshot in canonical JSON; printed on the document too. */
  sidik: z.string(),
  /** False when a granted keberatan replaced this document with a new one. */
  berlaku: z.boolean(),
  /** When it was replaced (ISO timestamp of the keberatan decision). */
  digantiPada: z.string().nullable(),
});
export type VerifikasiDokumen = z.infer<typeof VerifikasiDokumen>;
