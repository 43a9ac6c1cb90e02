// The suite runs on embedded PGlite always, and also on PostgreSQL when a URL is given.
export interface Target { name: 'pglite' | 'postgres'; url?: string }

export function testTargets(): Target[] {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  return url ? [{ name: 'pglite' }, { name: 'postgres', url }] : [{ name: 'pglite' }];
}
