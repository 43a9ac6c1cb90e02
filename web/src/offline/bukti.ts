// Evidence prepared on the device: photos shrunk before they are stored or sent (a 12-MP phone photo
// is 4–8 MB; at 1600 px and JPEG 0.8 it is a few hundred kB), PDFs kept as they are. Plain canvas:
// no library needed for a resize and re-encode.
import { MAX_BUKTI_BYTES } from '../api/aktivitas.ts';
import type { BuktiTertunda } from './db.ts';
import { newId } from './ids.ts';

const MAX_SISI = 1600;
const KUALITAS = 0.8;
const GAMBAR = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** A refusal the form shows at the evidence field; `kunci` is an i18n key. */
export class BuktiError extends Error {
  constructor(readonly kunci: 'aktivitas.bukti.terlaluBesar' | 'aktivitas.bukti.pdfTerlaluBesar' | 'aktivitas.bukti.jenisSalah' | 'aktivitas.bukti.tidakTerbaca') {
    super(kunci);
  }
}

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close(): void }> {
  try {
    // Honours the EXIF orientation, so a portrait photo stays upright.
    const bmp = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { source: bmp, width: bmp.width, height: bmp.height, close: () => bmp.close() };
  } catch {
    // Older browsers: decode through an <img>.
    const url = URL.createObjectURL(file);
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => undefined };
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}

function toJpeg(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', KUALITAS));
}

/** Longest side at most 1600 px, JPEG ~0.8; the original when that is already smaller. */
export async function perkecilFoto(file: File): Promise<Blob> {
  let img: Awaited<ReturnType<typeof decode>>;
  try {
    img = await decode(file);
  } catch {
    // Not decodable here (e.g. HEIC on a desktop browser): send as is if the server can take it.
    if (GAMBAR.has(file.type) && file.size <= MAX_BUKTI_BYTES) return file;
    throw new BuktiError(GAMBAR.has(file.type) ? 'aktivitas.bukti.tidakTerbaca' : 'aktivitas.bukti.jenisSalah');
  }
  try {
    const scale = Math.min(1, MAX_SISI / Math.max(img.width, img.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.width * scale));
    canvas.height = Math.max(1, Math.round(img.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new BuktiError('aktivitas.bukti.tidakTerbaca');
    // JPEG has no transparency: a white page behind screenshots with alpha, not black.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img.source, 0, 0, canvas.width, canvas.height);
    const out = await toJpeg(canvas);
    if (!out) throw new BuktiError('aktivitas.bukti.tidakTerbaca');
    // Already small enough: re-encoding would only lose quality.
    return scale === 1 && GAMBAR.has(file.type) && file.size <= out.size ? file : out;
  } finally {
    img.close();
  }
}

const namaJpeg = (nama: string) => (/\.(jpe?g)$/i.test(nama) ? nama : `${nama.replace(/\.[^./]+$/, '') || 'foto'}.jpg`);

/** A chosen file as evidence waiting to be uploaded; throws BuktiError when it cannot be used. */
export async function siapkanBerkas(file: File): Promise<BuktiTertunda> {
  const pdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  let blob: Blob;
  let nama = file.name || 'bukti';
  if (pdf) {
    if (file.size > MAX_BUKTI_BYTES) throw new BuktiError('aktivitas.bukti.pdfTerlaluBesar');
    blob = file;
  } else if (file.type.startsWith('image/') || file.type === '') {
    blob = await perkecilFoto(file);
    if (blob !== file) nama = namaJpeg(nama);
    if (blob.size > MAX_BUKTI_BYTES) throw new BuktiError('aktivitas.bukti.terlaluBesar');
  } else {
    throw new BuktiError('aktivitas.bukti.jenisSalah');
  }
  return {
    id: newId(), jenis: 'BERKAS', nama: nama.slice(0, 200), mime: pdf ? 'application/pdf' : blob.type || 'image/jpeg',
    data: await blob.arrayBuffer(), ukuran: blob.size, url: null, gagal: null,
  };
}

/** A link as evidence; the server checks it again. */
export function siapkanTautan(nama: string, url: string): BuktiTertunda {
  return { id: newId(), jenis: 'TAUTAN', nama: nama.trim().slice(0, 200), mime: null, data: null, ukuran: null, url: url.trim(), gagal: null };
}

export const tautanValid = (url: string) => {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};
