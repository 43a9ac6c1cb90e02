// The build's compressed copies of the SPA: each text file over 1 KB gets a Brotli and a gzip copy
// that decode to it byte for byte; small and binary files get none; copies from an earlier build go.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
// @ts-expect-error a plain ESM build script, without types
import { precompress } from '../../scripts/precompress.mjs';

const dirs: string[] = [];
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

it('writes Brotli and gzip copies of text files over 1 KB, and removes stale ones', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-precompress-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'assets'));
  const js = Buffer.from('export const salam = "Selamat pagi";\n'.repeat(200));
  fs.writeFileSync(path.join(dir, 'assets', 'app-1a2b.js'), js);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>e-Kinerja</title>');
  fs.writeFileSync(path.join(dir, 'icon.png'), Buffer.alloc(4096, 7));
  fs.writeFileSync(path.join(dir, 'assets', 'old-9z9z.js.br'), 'stale');
  fs.writeFileSync(path.join(dir, 'index.html.gz'), 'stale');

  const { before, after } = precompress(dir) as { before: number; after: number };

  expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'assets', 'app-1a2b.js.br')))).toEqual(js);
  expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'assets', 'app-1a2b.js.gz')))).toEqual(js);
  expect(before).toBe(js.length);
  expect(after).toBeLessThan(js.length / 10);
  const all = fs.readdirSync(dir, { recursive: true }).map(String).sort();
  expect(all).toEqual(['assets', path.join('assets', 'app-1a2b.js'), path.join('assets', 'app-1a2b.js.br'), path.join('assets', 'app-1a2b.js.gz'), 'icon.png', 'index.html']);
});
