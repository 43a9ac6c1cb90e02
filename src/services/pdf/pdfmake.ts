// pdfmake 0.3 on Node is one shared instance: fonts and access policies are set once, before the first render.
// Every printed document (SKP, dokumen evaluasi) renders through here.
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

let ready = false;
function setupPdfmake(): void {
  if (ready) return;
  const fonts = createRequire(import.meta.url)('pdfmake/fonts/Roboto.js') as { Roboto: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> };
  const allowed = new Set(Object.values(fonts.Roboto));
  pdfmake.setFonts(fonts);
  // Documents never fetch anything; only the bundled font files may be read from disk.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  ready = true;
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  setupPdfmake();
  return pdfmake.createPdf(doc).getBuffer();
}
