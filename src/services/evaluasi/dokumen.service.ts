// The dokumen evaluasi kinerja pegawai: the PDF of a FINAL evaluation for whoever may read the SKP, and
// the public check behind the QR code printed on it. Both read only the frozen snapshot.
import { and, eq } from 'drizzle-orm';
import type { VerifikasiDokumen } from '../../contracts/dokumen-evaluasi.ts';
import { EvaluasiSnapshot, type JenisEvaluasiUrl } from '../../contracts/evaluasi.ts';
import type { Db } from '../../db/client.ts';
import { evaluasi, keberatan } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../policy/actor.ts';
import { namaBerkasDokumen, renderDokumenEvaluasiPdf, sidikDokumen } from './dokumen-pdf.ts';
import { cariSasaran, muatKonteks } from './evaluasi-konteks.ts';
import { jenisDariUrl } from './evaluasi.service.ts';

export const PESAN_BELUM_FINAL = 'Dokumen evaluasi tersedia setelah evaluasi final';

/**
 * The printed document of one evaluation: 404 when the caller may not read the SKP (same rule as the
 * evaluation itself), 422 before FINAL. No draft print: a paper that looks like the document must be the
 * frozen one, with a code that resolves.
 */
export async function cetakDokumenEvaluasi(db: Db, actor: Actor, skpId: string, jenisUrl: JenisEvaluasiUrl, periodeKe: number, baseUrl: string) {
  const k = await muatKonteks(db, actor, skpId);
  const s = cariSasaran(k, jenisDariUrl(jenisUrl), periodeKe);
  const [ev] = await db.select({ status: evaluasi.status, snapshot: evaluasi.snapshot }).from(evaluasi).where(and(
    eq(evaluasi.instansiId, k.row.instansiId), eq(evaluasi.skpId, k.row.id), eq(evaluasi.jenis, s.jenis), eq(evaluasi.periodeKe, s.periodeKe),
  ));
  if (!ev || ev.status !== 'FINAL' || !ev.snapshot) throw new AppError('BUSINESS_RULE', PESAN_BELUM_FINAL);
  const snapshot = EvaluasiSnapshot.parse(ev.snapshot);
  return { pdf: await renderDokumenEvaluasiPdf(snapshot, { baseUrl }), namaBerkas: namaBerkasDokumen(snapshot) };
}

/** Codes are printed in upper case; a reader may type them in lower case or with spaces. */
const normalisasiKode = (kode: string) => kode.replace(/[\s-]/g, '').toUpperCase();

/**
 * Public: what the paper should say, for a code of a FINAL document (or of one a granted keberatan
 * replaced, said so); 404 for anything else.
 */
export async function verifikasiDokumen(db: Db, kode: string): Promise<VerifikasiDokumen> {
  const k = normalisasiKode(kode);
  if (!/^[A-Z2-7]{26}$/.test(k)) throw notFound('Dokumen');
  const [ev] = await db.select({ snapshot: evaluasi.snapshot }).from(evaluasi)
    .where(and(eq(evaluasi.kodeVerifikasi, k), eq(evaluasi.status, 'FINAL')));
  const [lama] = ev ? [] : await db.select({ snapshot: keberatan.snapshotSebelum, pada: keberatan.diputusAt }).from(keberatan)
    .where(eq(keberatan.kodeSebelum, k));
  const raw = ev?.snapshot ?? lama?.snapshot;
  if (!raw) throw notFound('Dokumen');
  const s = EvaluasiSnapshot.parse(raw);
  const penandatangan = s.penilaian.dinilaiOleh ?? s.penilai;
  return {
    kodeVerifikasi: s.kodeVerifikasi,
    instansi: s.instansi.nama,
    pegawai: { nama: s.pegawai.nama, nip: s.pegawai.nip, jabatan: s.pegawai.jabatan, unitKerja: s.pegawai.unitKerja },
    penilai: penandatangan ? { nama: penandatangan.nama, nip: penandatangan.nip } : null,
    periode: { jenis: s.jenis, label: s.label, tahun: s.tahun, mulai: s.mulai, selesai: s.selesai },
    ratingHasil: s.teks.ratingHasil,
    ratingPerilaku: s.teks.ratingPerilaku,
    predikat: { kode: s.predikat, label: s.teks.predikat },
    finalAt: s.penilaian.finalAt,
    sidik: sidikDokumen(s),
    berlaku: !lama,
    digantiPada: lama?.pada?.toISOString() ?? null,
  };
}
