// SIASN numeric codes (siasn-and-reference-systems.md A5): E1 rating (hasilKinerjaNilai / perilakuKerjaNilai)
// and E2 kuadran (kuadranKinerjaNilai). Derive the kuadran from predikatKinerja(), never from the codes:
// the "equal → 1/2/5, otherwise max" shortcut seen in one client maps (1,3) and (2,3) wrongly to 3.

import { InvalidInputError } from './errors.ts';
import type { PredikatKinerja, Rating } from './enums.ts';

export type KodeRatingSiasn = 1 | 2 | 3;
export type KodeKuadranSiasn = 1 | 2 | 3 | 4 | 5;

const KODE_RATING: Record<Rating, KodeRatingSiasn> = {
  DI_ATAS_EKSPEKTASI: 1,
  SESUAI_EKSPEKTASI: 2,
  DI_BAWAH_EKSPEKTASI: 3,
};

const KODE_KUADRAN: Record<PredikatKinerja, KodeKuadranSiasn> = {
  SANGAT_BAIK: 1,
  BAIK: 2,
  BUTUH_PERBAIKAN: 3,
  KURANG_MISCONDUCT: 4,
  SANGAT_KURANG: 5,
};

export function kodeRatingSiasn(rating: Rating): KodeRatingSiasn {
  return KODE_RATING[rating];
}

export function kodeKuadranSiasn(predikat: PredikatKinerja): KodeKuadranSiasn {
  return KODE_KUADRAN[predikat];
}

/** Reads a SIASN kuadran code; read models send it as a string, write bodies as a number. */
export function predikatDariKodeKuadranSiasn(kode: number | string): PredikatKinerja {
  const n = typeof kode === 'number' ? kode : Number(String(kode).trim());
  const found = (Object.keys(KODE_KUADRAN) as PredikatKinerja[]).find((p) => KODE_KUADRAN[p] === n);
  if (found === undefined) throw new InvalidInputError(`Kode kuadran SIASN "${String(kode)}" tidak dikenal (harus 1–5)`);
  return found;
}
