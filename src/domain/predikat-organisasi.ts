// Unit head's rating hasil kerja from the unit's predikat kinerja organisasi (SE MenPANRB 3/2023 stage 3,
// skp-rules.md §2.1, §6.3). The regulation says the unit's capaian "becomes" the head's rating hasil kerja
// but gives no table for five predikat → three ratings.
// §14.4 pick (an inference, to be confirmed with the client): Istimewa → Di Atas, Baik → Sesuai, lower → Di Bawah.

import type { PredikatOrganisasi, Rating } from './enums.ts';

const RATING_PIMPINAN: Record<PredikatOrganisasi, Rating> = {
  ISTIMEWA: 'DI_ATAS_EKSPEKTASI',
  BAIK: 'SESUAI_EKSPEKTASI',
  BUTUH_PERBAIKAN: 'DI_BAWAH_EKSPEKTASI',
  KURANG: 'DI_BAWAH_EKSPEKTASI',
  SANGAT_KURANG: 'DI_BAWAH_EKSPEKTASI',
};

export function ratingHasilKerjaPimpinan(predikatOrganisasi: PredikatOrganisasi): Rating {
  return RATING_PIMPINAN[predikatOrganisasi];
}
