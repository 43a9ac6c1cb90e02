// Which rulebook scores a given year (skp-rules.md §0), and one dispatcher that recomputes an annual
// result with the rulebook of its year, so a 2021 SKP keeps its 8/2021 result and a 2024 one uses 6/2022.
//   2011–2019  PP 46/2011 + Perka BKN 1/2013   nilai prestasi kerja 60/40 → sebutan
//   2020       PP 30/2019                       nilai kinerja 70/30 or 60/40 → predikat Pasal 41
//   2021       PermenPANRB 8/2021               same PP 30/2019 arithmetic; nilai SKP from nilai capaian IKI
//   2022–      PermenPANRB 6/2022 (+ SE 3/2023) rating hasil × rating perilaku → predikat
// Our pick for the overlap: 2019 stays on PP 46/2011 (PP 30/2019 was enacted during 2019 and the 2019
// assessment year had started under the old forms); 2020 is the first PP 30/2019 year.

import { InvalidInputError, UnsupportedYearError } from './errors.ts';
import type { AturanPenilaian, PredikatKinerja, PredikatPP30, Rating, SebutanPP46 } from './enums.ts';
import { nilaiPrestasiKerjaPP46, sebutanPP46 } from './pp46.ts';
import { nilaiKinerjaPP30, predikatPP30 } from './pp30.ts';
import { predikatKinerja } from './predikat.ts';

export function aturanUntukTahun(tahun: number): AturanPenilaian {
  if (!Number.isInteger(tahun) || tahun < 2011) throw new UnsupportedYearError(tahun);
  if (tahun <= 2019) return 'PP46_2011';
  if (tahun === 2020) return 'PP30_2019';
  if (tahun === 2021) return 'PERMENPANRB_8_2021';
  return 'PERMENPANRB_6_2022';
}

/** Stored inputs of one annual assessment; each rule set reads the fields it needs. */
export interface MasukanPenilaian {
  /** Numeric eras: nilai SKP (PP 46: nilaiCapaianSkpPP46; 8/2021: from nilaiCapaianIki). */
  nilaiSkp?: number;
  nilaiPerilaku?: number;
  /** PP 30/2019: perilaku assessed with 360° input (60/40 instead of 70/30). */
  pakai360?: boolean;
  /** PP 30/2019: the pegawai produced an inovasi (required for Sangat Baik). */
  inovasi?: boolean;
  /** PermenPANRB 6/2022. */
  ratingHasilKerja?: Rating;
  ratingPerilaku?: Rating;
}

export type HasilPenilaian =
  | { aturan: 'PP46_2011'; nilai: number; sebutan: SebutanPP46 }
  | { aturan: 'PP30_2019' | 'PERMENPANRB_8_2021'; nilai: number; predikat: PredikatPP30 }
  | { aturan: 'PERMENPANRB_6_2022'; predikat: PredikatKinerja };

function wajib<T>(value: T | undefined, field: string, aturan: AturanPenilaian): T {
  if (value === undefined) throw new InvalidInputError(`Aturan ${aturan} memerlukan ${field}`);
  return value;
}

export function nilaiPenilaianMenurutAturan(aturan: AturanPenilaian, masukan: MasukanPenilaian): HasilPenilaian {
  switch (aturan) {
    case 'PP46_2011': {
      const nilai = nilaiPrestasiKerjaPP46(
        wajib(masukan.nilaiSkp, 'nilaiSkp', aturan),
        wajib(masukan.nilaiPerilaku, 'nilaiPerilaku', aturan),
      );
      return { aturan, nilai, sebutan: sebutanPP46(nilai) };
    }
    case 'PP30_2019':
    case 'PERMENPANRB_8_2021': {
      const nilai = nilaiKinerjaPP30({
        nilaiSkp: wajib(masukan.nilaiSkp, 'nilaiSkp', aturan),
        nilaiPerilaku: wajib(masukan.nilaiPerilaku, 'nilaiPerilaku', aturan),
        pakai360: masukan.pakai360 ?? false,
      });
      return { aturan, nilai, predikat: predikatPP30(nilai, { inovasi: masukan.inovasi ?? false }) };
    }
    case 'PERMENPANRB_6_2022':
      return {
        aturan,
        predikat: predikatKinerja(
          wajib(masukan.ratingHasilKerja, 'ratingHasilKerja', aturan),
          wajib(masukan.ratingPerilaku, 'ratingPerilaku', aturan),
        ),
      };
    default:
      throw new InvalidInputError(`Aturan penilaian "${String(aturan)}" tidak dikenal`);
  }
}

/** Recomputes an annual assessment with the rule set of its year. */
export function nilaiPenilaianTahunan(tahun: number, masukan: MasukanPenilaian): HasilPenilaian {
  return nilaiPenilaianMenurutAturan(aturanUntukTahun(tahun), masukan);
}
