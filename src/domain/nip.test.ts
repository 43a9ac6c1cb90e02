import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseNip } from './nip.ts';

describe('parseNip: valid PNS and PPPK (skp-rules.md §11)', () => {
  it('decodes the §11.1 PNS vector', () => {
    expect(parseNip('19860926 201505 1 001')).toEqual({
      ok: true,
      jenis: 'PNS',
      normal: '198609262015051001',
      tampil: '19860926 201505 1 001',
      tanggalLahir: '1986-09-26',
      jenisKelamin: 'L',
      nomorUrut: 1,
      tahunPengangkatan: 2015,
      tmtCpns: '2015-05',
    });
  });

  it('decodes the §11.2 PPPK vector without reading digits 13–14 as a month', () => {
    expect(parseNip('200012312024211001')).toEqual({
      ok: true,
      jenis: 'PPPK',
      normal: '200012312024211001',
      tampil: '20001231 202421 1 001',
      tanggalLahir: '2000-12-31',
      jenisKelamin: 'L',
      nomorUrut: 1,
      tahunPengangkatan: 2024,
      kontrakKe: 1,
    });
  });

  it.each([
    ['leap-day birth 1996-02-29', '199602292020012001', '1996-02-29', 'P'],
    ['leap-day birth 2000-02-29 (divisible by 400)', '200002292024122999', '2000-02-29', 'P'],
    ['any whitespace is ignored', ' 1986 0926\t201505\n1 001 ', '1986-09-26', 'L'],
    ['non-breaking spaces are ignored', '19860926\u00a0201505\u00a01\u00a0001', '1986-09-26', 'L'],
    ['PPPK female, 9th contract', '199001012023292123', '1990-01-01', 'P'],
  ] as const)('%s', (_label, nip, tanggalLahir, jenisKelamin) => {
    const r = parseNip(nip);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.tanggalLahir).toBe(tanggalLahir);
      expect(r.jenisKelamin).toBe(jenisKelamin);
      expect(r.peringatan).toBeUndefined();
    }
  });

  it('reads PPPK contract count and serial', () => {
    const r = parseNip('199001012023292123');
    expect(r.ok && r.jenis === 'PPPK' && [r.kontrakKe, r.nomorUrut, r.tahunPengangkatan]).toEqual([9, 123, 2023]);
  });
});

describe('parseNip: rejections with a specific reason', () => {
  it.each([
    ['empty', '', 'NIP kosong'],
    ['only spaces', '   ', 'NIP kosong'],
    ['too short', '19860926201505100', 'NIP harus 18 digit angka; terisi 17 digit'],
    ['too long', '1986092620150510011', 'NIP harus 18 digit angka; terisi 19 digit'],
    ['letters', '19860926 201505 1 00A', 'NIP harus 18 digit angka; ditemukan karakter "A"'],
    ['dashes are not spaces', '19860926-201505-1-001', 'NIP harus 18 digit angka; ditemukan karakter "-"'],
    ['non-ASCII digits', '١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١', 'NIP harus 18 digit angka; ditemukan karakter "١"'],
    ['birth month 13 (§11.1 vector)', '200013312024121001', 'Bulan lahir 13 tidak valid'],
    ['birth month 00', '200000102024121001', 'Bulan lahir 00 tidak valid'],
    ['birth year 1899', '189901012024121001', 'Tahun lahir 1899 tidak valid'],
    ['29 Feb in a non-leap year', '199702292020012001', 'Tanggal lahir 29 Februari 1997 tidak ada (1997 bukan tahun kabisat)'],
    ['29 Feb 1900 (century, not leap)', '190002291920012001', 'Tanggal lahir 29 Februari 1900 tidak ada (1900 bukan tahun kabisat)'],
    ['31 April', '199004312020012001', 'Tanggal lahir 31 April 1990 tidak ada'],
    ['day 00', '199004002020012001', 'Tanggal lahir 00 April 1990 tidak ada'],
    ['gender digit 3 (§11.1 vector)', '200012312024123001', 'Digit jenis kelamin harus 1 atau 2 (ditemukan 3)'],
    ['gender digit 0 on PPPK', '200012312024210001', 'Digit jenis kelamin harus 1 atau 2 (ditemukan 0)'],
    ['TMT month 13', '198609262015131001', 'Bulan TMT CPNS 13 tidak valid'],
    ['TMT month 00', '198609262015001001', 'Bulan TMT CPNS 00 tidak valid'],
    ['digits 13–14 neither month nor PPPK', '198609262015351001', 'Digit ke-13–14 (35) bukan bulan TMT CPNS (01–12) maupun kode NI PPPK (21–29)'],
    ['PPPK contract digit 0', '200012312024201001', 'Kode NI PPPK "20" tidak valid: digit ke-14 (kontrak ke-) harus 1–9'],
    ['serial 000', '198609262015051000', 'Nomor urut 000 tidak valid (harus 001–999)'],
    ['TMT before birth', '198609261985051001', 'TMT CPNS 1985-05 lebih awal dari tanggal lahir 1986-09-26'],
    ['TMT in the birth month but before the birth day', '198609261986091001', 'TMT CPNS 1986-09 lebih awal dari tanggal lahir 1986-09-26'],
    ['PPPK appointed before birth year', '200012311999211001', 'Tahun pengangkatan 1999 lebih awal dari tahun lahir 2000'],
  ])('%s', (_label, nip, alasan) => {
    expect(parseNip(nip)).toEqual({ ok: false, alasan });
  });

  it('never throws on non-string input from untyped callers', () => {
    expect(parseNip(undefined as unknown as string)).toEqual({ ok: false, alasan: 'NIP harus berupa teks' });
    expect(parseNip(198609262015051001 as unknown as string).ok).toBe(false);
  });
});

describe('parseNip: soft warnings (age at appointment, §11)', () => {
  it.each([
    // born 2000-06-15, TMT 2018-06 (1st) → 17 years old
    ['PNS one day short of 18', '200006152018061001', 'Usia saat TMT CPNS 17 tahun, kurang dari 18 tahun; periksa kembali NIP'],
    ['PNS at 0 years', '200006152000071001', 'Usia saat TMT CPNS 0 tahun, kurang dari 18 tahun; periksa kembali NIP'],
    ['PPPK younger than 18 all year', '200012312017211001', 'Usia pada tahun pengangkatan 2017 kurang dari 18 tahun; periksa kembali NI PPPK'],
  ])('%s', (_label, nip, warning) => {
    const r = parseNip(nip);
    expect(r.ok).toBe(true);
    expect(r.ok && r.peringatan).toEqual([warning]);
  });

  it.each([
    ['PNS born on the 1st, TMT on the 18th birthday', '200006012018061001'],
    ['PNS TMT the month after the 18th birthday', '200006152018071001'],
    ['PPPK who turns 18 in the appointment year', '200012312018211001'],
  ])('%s has no warning', (_label, nip) => {
    const r = parseNip(nip);
    expect(r.ok && r.peringatan).toBeUndefined();
  });
});

describe('parseNip: { today } reference date', () => {
  it.each([
    ['TMT in the future', '198609262025061001', '2025-05-31', 'TMT CPNS 2025-06 melewati tanggal acuan 2025-05-31'],
    ['birth in the future', '203001012050011001', '2025-01-01', 'Tanggal lahir 2030-01-01 melewati tanggal acuan 2025-01-01'],
    ['PPPK year in the future', '199001012026211001', '2025-12-31', 'Tahun pengangkatan 2026 melewati tanggal acuan 2025-12-31'],
    ['malformed today', '198609262015051001', '2025-02-30', 'Tanggal acuan "2025-02-30" harus berupa tanggal YYYY-MM-DD yang valid'],
    ['today not ISO', '198609262015051001', '31-12-2025', 'Tanggal acuan "31-12-2025" harus berupa tanggal YYYY-MM-DD yang valid'],
    ['today month 13', '198609262015051001', '2025-13-01', 'Tanggal acuan "2025-13-01" harus berupa tanggal YYYY-MM-DD yang valid'],
  ])('%s', (_label, nip, today, alasan) => {
    expect(parseNip(nip, { today })).toEqual({ ok: false, alasan });
  });

  it.each([
    ['TMT this month', '198609262025061001', '2025-06-01'],
    ['PPPK this year', '199001012025211001', '2025-01-01'],
  ])('%s is accepted', (_label, nip, today) => {
    expect(parseNip(nip, { today }).ok).toBe(true);
  });
});

// Arbitrary well-formed NIPs (may still be invalid) so the properties exercise the accepting branch too.
const digitString = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
const plausibleNip = fc
  .tuple(
    fc.integer({ min: 1890, max: 2030 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 1950, max: 2060 }),
    fc.oneof(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 20, max: 29 }), fc.integer({ min: 0, max: 99 })),
    fc.integer({ min: 0, max: 3 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([y, m, d, ty, mark, g, s]) =>
    [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0'), String(ty), String(mark).padStart(2, '0'), String(g), String(s).padStart(3, '0')].join(''),
  );
const withSpaces = (s: string) =>
  fc.array(fc.constantFrom('', ' ', '  ', '\t'), { minLength: s.length + 1, maxLength: s.length + 1 }).map((gaps) =>
    [...s].map((ch, i) => `${gaps[i]}${ch}`).join('') + gaps[s.length],
  );

describe('parseNip properties', () => {
  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), digitString(18), plausibleNip), (s) => {
        const r = parseNip(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.alasan.length).toBeGreaterThan(0);
      }),
    );
  });

  it('accepts exactly the strings whose normal form round-trips with the same fields', () => {
    fc.assert(
      fc.property(plausibleNip.chain(withSpaces), (s) => {
        const r = parseNip(s);
        const again = parseNip(s.replace(/\s+/g, ''));
        expect(again).toEqual(r);
        if (r.ok) {
          expect(r.normal).toMatch(/^\d{18}$/);
          expect(parseNip(r.normal)).toEqual(r);
          expect(parseNip(r.tampil)).toEqual(r);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('today only adds rejections, never new acceptances or warnings', () => {
    fc.assert(
      fc.property(plausibleNip, fc.integer({ min: 1950, max: 2060 }), (s, year) => {
        const withToday = parseNip(s, { today: `${year}-07-15` });
        if (withToday.ok) expect(parseNip(s)).toEqual(withToday);
      }),
      { numRuns: 2000 },
    );
  });
});
