import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, EKINERJA_DEMO: 'auto', TRUST_PROXY: false, SESSION_HOURS: 12 });
    expect(c.DATA_DIR).toMatch(/data$/);
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'tiga ribu' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ EKINERJA_DEMO_PASSWORD: 'pendek' }, 'EKINERJA_DEMO_PASSWORD'],
    [{ TRUST_PROXY: 'ya' }, 'TRUST_PROXY'],
  ])('refuses %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Konfigurasi tidak valid:\\n  ${name}: `));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
