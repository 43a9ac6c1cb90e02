import type { dokumenId } from './dokumen.id.ts';

// English for the dokumen evaluasi screens. Official terms (NIP, predikat, rating names) stay Indonesian.
export const dokumenEn: Record<keyof typeof dokumenId, string> = {
  'dokumen.unduh': 'Download evaluation document (PDF)',
  'dokumen.verifikasiJudul': 'Check a performance evaluation document',
  'dokumen.verifikasiIntro': 'This page checks the verification code printed under the QR code of a Dokumen Evaluasi Kinerja Pegawai.',
  'dokumen.memeriksa': 'Checking the code…',
  'dokumen.asli': 'Genuine document',
  'dokumen.asliIsi': 'This code belongs to a final evaluation document in e-Kinerja. Make sure the paper says the same as the data below.',
  'dokumen.tidakDikenal': 'Unknown document',
  'dokumen.tidakDikenalIsi': 'Code {kode} does not match any final evaluation document. Check the code on the paper again; a document without a matching code cannot be taken as genuine.',
  'dokumen.kode': 'Verification code',
  'dokumen.instansi': 'Agency',
  'dokumen.nama': 'Employee name',
  'dokumen.nip': 'NIP',
  'dokumen.jabatan': 'Position',
  'dokumen.unitKerja': 'Work unit',
  'dokumen.penilai': 'Assessing official',
  'dokumen.periode': 'Period',
  'dokumen.periodeIsi': '{label} {tahun} ({mulai} – {selesai})',
  'dokumen.ratingHasil': 'Rating hasil kerja (results)',
  'dokumen.ratingPerilaku': 'Rating perilaku kerja (behaviour)',
  'dokumen.predikat': 'Predikat kinerja pegawai',
  'dokumen.finalAt': 'Finalised',
  'dokumen.sidik': 'Document fingerprint (SHA-256)',
  'dokumen.keAplikasi': 'Go to e-Kinerja',
};
