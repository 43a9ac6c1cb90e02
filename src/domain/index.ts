// Public surface of the regulation library. Pure functions only: no database, no HTTP, no clock.
export * from './errors.ts';
export * from './enums.ts';
export * from './nip.ts';
