// Writes a Brotli (.br) and a gzip (.gz) copy next to each text file of the built SPA, at the
// best ratio, once per build; the server sends them to browsers that accept them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const TEXT = new Set(['.js', '.css', '.html', '.svg', '.json', '.webmanifest', '.txt']);
/** Below this a compressed copy saves less than the extra header costs. */
const MIN_BYTES = 1024;

const filesIn = (dir) => fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));

export function precompress(dir) {
  // Copies from an earlier build go first: a stale one would be served in place of its file.
  for (const file of filesIn(dir)) if (/\.(br|gz)$/.test(file)) fs.rmSync(file);
  let before = 0; let after = 0;
  for (const file of filesIn(dir)) {
    if (!TEXT.has(path.extname(file))) continue;
    const data = fs.readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    fs.writeFileSync(`${file}.br`, br);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
    before += data.length; after += br.length;
  }
  return { before, after };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = path.resolve(process.argv[2] ?? 'dist/web');
  const { before, after } = precompress(dir);
  console.log(`precompressed ${dir}: ${(before / 1024).toFixed(0)} KB of text, ${(after / 1024).toFixed(0)} KB as Brotli`);
}
