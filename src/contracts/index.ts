export * from './common.ts';
export * from './auth.ts';
export * from './org.ts';
export * from './imports.ts';
export * from './instansi.ts';
export * from './periode.ts';
export * from './skp.ts';
export * from './aktivitas.ts';
