import { describe, it, expect } from 'vitest';
import { BERAKHLAK, nilaiBerakhlak } from './berakhlak.ts';
import { KODE_BERAKHLAK, LABEL_BERAKHLAK } from './enums.ts';

describe('BERAKHLAK reference data (skp-rules.md §5)', () => {
  it('has the 7 core values in official order', () => {
    expect(BERAKHLAK.map((n) => n.kode)).toEqual([...KODE_BERAKHLAK]);
    expect(BERAKHLAK.map((n) => n.urutan)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(BERAKHLAK.map((n) => n.label)).toEqual(KODE_BERAKHLAK.map((k) => LABEL_BERAKHLAK[k]));
  });

  it('has 21 distinct, non-empty panduan perilaku (a public seed repeats a Kolaboratif item under Adaptif)', () => {
    const all = BERAKHLAK.flatMap((n) => [...n.panduan]);
    expect(all).toHaveLength(21);
    expect(new Set(all).size).toBe(21);
    for (const p of all) expect(p.trim()).toBe(p);
    for (const p of all) expect(p.length).toBeGreaterThan(10);
  });

  it.each([
    ['BERORIENTASI_PELAYANAN', 0, 'Memahami dan memenuhi kebutuhan masyarakat'],
    ['AKUNTABEL', 2, 'Tidak menyalahgunakan kewenangan jabatan'],
    ['KOMPETEN', 1, 'Membantu orang lain belajar'],
    ['HARMONIS', 0, 'Menghargai setiap orang apapun latar belakangnya'],
    ['LOYAL', 0, 'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah'],
    ['ADAPTIF', 2, 'Bertindak proaktif'],
    ['KOLABORATIF', 2, 'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama'],
  ] as const)('%s panduan %i', (kode, i, text) => {
    expect(nilaiBerakhlak(kode).panduan[i]).toBe(text);
  });
});
