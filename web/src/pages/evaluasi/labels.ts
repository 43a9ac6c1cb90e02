// Colours and labels of the evaluation screens. Rating and predikat names are the official ones
// (PermenPANRB 6/2022) in every UI language.
import type { StatusEvaluasi } from '../../api/evaluasi.ts';
import { LABEL_PREDIKAT, LABEL_RATING, RATINGS, type PredikatKinerja, type Rating } from '../../../../src/domain/enums.ts';

export { LABEL_PREDIKAT, LABEL_RATING, RATINGS, type PredikatKinerja, type Rating };

export const STATUS_COLOR: Record<StatusEvaluasi, string> = {
  OPEN: 'gray', REALISASI_DIISI: 'blue', DINILAI: 'violet', PREDIKAT_DITETAPKAN: 'cyan', FINAL: 'teal',
};

export const PREDIKAT_COLOR: Record<PredikatKinerja, string> = {
  SANGAT_BAIK: 'teal', BAIK: 'blue', BUTUH_PERBAIKAN: 'yellow', KURANG_MISCONDUCT: 'orange', SANGAT_KURANG: 'red',
};

/** "Di Atas", "Sesuai", "Di Bawah": short forms for the matrix headers. */
export const RATING_PENDEK: Record<Rating, string> = {
  DI_ATAS_EKSPEKTASI: 'Di Atas', SESUAI_EKSPEKTASI: 'Sesuai', DI_BAWAH_EKSPEKTASI: 'Di Bawah',
};

const angkaFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
/** 108.33 → "108,33"; Indonesian whatever the UI language. */
export const angka = (n: number) => angkaFmt.format(n);
const persenFmt = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** 100 → "100,00%": two decimals, like the server's explanation texts. */
export const persen = (n: number) => `${persenFmt.format(n)}%`;
