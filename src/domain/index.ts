// Public surface of the regulation library. Pure functions only: no database, no HTTP, no clock.
export * from './errors.ts';
export * from './enums.ts';
export * from './nip.ts';
export * from './rating.ts';
export * from './predikat.ts';
export * from './siasn.ts';
export * from './predikat-organisasi.ts';
export * from './saran.ts';
export * from './capaian-iki.ts';
export * from './pp30.ts';
export * from './pp46.ts';
export * from './kurva-distribusi.ts';
export * from './berakhlak.ts';
export * from './angka-kredit.ts';
export * from './rule-set.ts';
export * from './format.ts';
