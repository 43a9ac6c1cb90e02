// Predikat kinerja pegawai = matrix of rating hasil kerja × rating perilaku kerja
// (PermenPANRB 6/2022 Lampiran; skp-rules.md §6.2, SIASN E2 derivation in A5).
// Behaviour dominates: perilaku Di Bawah with hasil ≥ Sesuai is Kurang/Misconduct, not Butuh Perbaikan.

import type { PredikatKinerja, Rating } from './enums.ts';

/** MATRIKS_PREDIKAT[hasil][perilaku], laid out exactly like the table in §6.2. */
export const MATRIKS_PREDIKAT: Readonly<Record<Rating, Readonly<Record<Rating, PredikatKinerja>>>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG_MISCONDUCT',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK',
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'KURANG_MISCONDUCT',
    SESUAI_EKSPEKTASI: 'BAIK',
    DI_ATAS_EKSPEKTASI: 'BAIK',
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG',
    SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN',
    DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN',
  },
};

export function predikatKinerja(hasil: Rating, perilaku: Rating): PredikatKinerja {
  return MATRIKS_PREDIKAT[hasil][perilaku];
}
