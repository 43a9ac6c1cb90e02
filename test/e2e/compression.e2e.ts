// The built SPA goes compressed to browsers that accept it: the build's Brotli or gzip copy of each
// script and style, decoding to the file itself, with the same caching; the page loads the same.
// Env: E2E_BASE_URL.
import http from 'node:http';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';

const fetchRaw = (pathname: string, encoding?: string) => new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
  http.get(`${BASE}${pathname}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject);
});

describe('compressed SPA', () => {
  it('serves each script and style of the first page as Brotli or gzip, decoding to the same bytes', async () => {
    const html = (await fetchRaw('/')).body.toString();
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    let plainBytes = 0; let brBytes = 0;
    for (const a of assets) {
      const plain = await fetchRaw(a);
      const br = await fetchRaw(a, 'gzip, deflate, br');
      const gz = await fetchRaw(a, 'gzip');
      expect([plain.status, br.status, gz.status]).toEqual([200, 200, 200]);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.brotliDecompressSync(br.body)).toEqual(plain.body);
      expect(zlib.gunzipSync(gz.body)).toEqual(plain.body);
      expect(br.headers['content-type']).toBe(plain.headers['content-type']);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(br.headers['vary'])).toMatch(/accept-encoding/i);
      plainBytes += plain.body.length; brBytes += br.body.length;
    }
    // What a phone downloads on its first visit, before the service worker holds it.
    console.log(`first page: ${assets.length} files, ${(plainBytes / 1024).toFixed(0)} KB, ${(brBytes / 1024).toFixed(0)} KB as Brotli`);
    expect(brBytes).toBeLessThan(plainBytes / 2.5);
  });

  it('keeps the service worker fresh when it is sent compressed', async () => {
    const sw = await fetchRaw('/sw.js', 'br');
    expect(sw.status).toBe(200);
    expect(sw.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(sw.body).toString()).toContain('precache');
  });
});
