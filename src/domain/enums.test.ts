import { describe, it, expect } from 'vitest';
import * as domain from './index.ts';

// Every exported `as const` enumeration and its label map.
const pairs: [string, readonly string[], Record<string, string>][] = [
  ['JENIS_PEGAWAI', domain.JENIS_PEGAWAI, domain.LABEL_JENIS_PEGAWAI],
  ['JENIS_KELAMIN', domain.JENIS_KELAMIN, domain.LABEL_JENIS_KELAMIN],
  ['JENIS_JABATAN', domain.JENIS_JABATAN, domain.LABEL_JENIS_JABATAN],
  ['JENJANG_JF', domain.JENJANG_JF, domain.LABEL_JENJANG_JF],
  ['MODEL_SKP', domain.MODEL_SKP, domain.LABEL_MODEL_SKP],
  ['PENDEKATAN_SKP', domain.PENDEKATAN_SKP, domain.LABEL_PENDEKATAN_SKP],
  ['JENIS_RHK', domain.JENIS_RHK, domain.LABEL_JENIS_RHK],
  ['ASPEK', domain.ASPEK, domain.LABEL_ASPEK],
  ['PERSPEKTIF', domain.PERSPEKTIF, domain.LABEL_PERSPEKTIF],
  ['RATINGS', domain.RATINGS, domain.LABEL_RATING],
  ['PREDIKAT_KINERJA', domain.PREDIKAT_KINERJA, domain.LABEL_PREDIKAT],
  ['PREDIKAT_ORGANISASI', domain.PREDIKAT_ORGANISASI, domain.LABEL_PREDIKAT_ORGANISASI],
  ['PERIODE_EVALUASI', domain.PERIODE_EVALUASI, domain.LABEL_PERIODE_EVALUASI],
  ['TRIWULAN', domain.TRIWULAN, domain.LABEL_TRIWULAN],
  ['KODE_BERAKHLAK', domain.KODE_BERAKHLAK, domain.LABEL_BERAKHLAK],
  ['ARAH_IKI', domain.ARAH_IKI, domain.LABEL_ARAH_IKI],
  ['KATEGORI_CAPAIAN_IKI', domain.KATEGORI_CAPAIAN_IKI, domain.LABEL_KATEGORI_CAPAIAN_IKI],
  ['PREDIKAT_PP30', domain.PREDIKAT_PP30, domain.LABEL_PREDIKAT_PP30],
  ['SEBUTAN_PP46', domain.SEBUTAN_PP46, domain.LABEL_SEBUTAN_PP46],
  ['ATURAN_PENILAIAN', domain.ATURAN_PENILAIAN, domain.LABEL_ATURAN_PENILAIAN],
];

describe('enumerations (skp-rules.md §1)', () => {
  it.each(pairs)('%s: unique upper-case codes, each with a label and no extra labels', (_name, values, labels) => {
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) {
      expect(v).toMatch(/^[A-Z0-9_]+$/);
      expect(labels[v]?.trim().length).toBeGreaterThan(0);
    }
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
  });

  it('uses the display labels of §1', () => {
    expect(domain.LABEL_RATING.DI_ATAS_EKSPEKTASI).toBe('Di Atas Ekspektasi');
    expect(domain.LABEL_PREDIKAT.KURANG_MISCONDUCT).toBe('Kurang/Misconduct');
    expect(domain.LABEL_PREDIKAT_ORGANISASI.ISTIMEWA).toBe('Istimewa');
  });

  it('splits JF jenjang into keahlian and keterampilan', () => {
    expect(domain.JENJANG_JF).toEqual([...domain.JENJANG_JF_KEAHLIAN, ...domain.JENJANG_JF_KETERAMPILAN]);
  });

  it('isOneOf narrows unknown values', () => {
    expect(domain.isOneOf(domain.RATINGS, 'SESUAI_EKSPEKTASI')).toBe(true);
    expect(domain.isOneOf(domain.RATINGS, 'sesuai')).toBe(false);
    expect(domain.isOneOf(domain.RATINGS, 2)).toBe(false);
  });
});

describe('errors', () => {
  it('carry a stable code and are DomainError instances', () => {
    const cases: [domain.DomainError, domain.DomainErrorCode, string][] = [
      [new domain.InvalidInputError('x'), 'INVALID_INPUT', 'InvalidInputError'],
      [new domain.InvalidRatingError('x'), 'INVALID_RATING', 'InvalidRatingError'],
      [new domain.ZeroTargetError(), 'ZERO_TARGET', 'ZeroTargetError'],
      [new domain.UnsupportedYearError(1990), 'UNSUPPORTED_YEAR', 'UnsupportedYearError'],
      [new domain.DomainError('INVALID_INPUT', 'x'), 'INVALID_INPUT', 'DomainError'],
    ];
    for (const [error, code, name] of cases) {
      expect(error).toBeInstanceOf(domain.DomainError);
      expect(error).toBeInstanceOf(Error);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(new domain.UnsupportedYearError(1990).message).toContain('1990');
  });
});

describe('public surface', () => {
  it('exports the functions named in the issue', () => {
    for (const name of [
      'parseNip',
      'parseRating',
      'predikatKinerja',
      'kodeKuadranSiasn',
      'kodeRatingSiasn',
      'capaianIki',
      'nilaiCapaianIki',
      'nilaiKinerjaPP30',
      'predikatPP30',
      'nilaiCapaianKegiatanPP46',
      'cekKurvaDistribusi',
      'usulanPerbaikanKurva',
      'ratingHasilKerjaPimpinan',
      'angkaKreditTahunan',
      'aturanUntukTahun',
      'nilaiPenilaianTahunan',
      'formatAngka',
      'formatPersen',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
    expect(domain.BERAKHLAK).toHaveLength(7);
  });
});
