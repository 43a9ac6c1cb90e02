// How the subordinate's RHK map onto the penilai's RHK: numbers and colours shared by both columns.
import type { Skp } from '../../api/skp.ts';

type Rhk = Skp['rhk'][number];

const WARNA = ['blue', 'grape', 'teal', 'orange', 'indigo', 'pink', 'cyan', 'lime', 'violet', 'red'] as const;

export interface RhkAtasanBernomor { id: string; nomor: number; warna: string; jenis: Skp['rhkAtasan'][number]['jenis']; uraian: string }

/** "RHK utama 2": numbered within its jenis, as on the SKP form and in the kekurangan messages. */
export function nomorRhk(list: Rhk[]): Map<string, number> {
  const n = { UTAMA: 0, TAMBAHAN: 0 };
  return new Map(list.map((r) => [r.id, (n[r.jenis] += 1)]));
}

export function petaAtasan(skp: Skp) {
  const atasan: RhkAtasanBernomor[] = skp.rhkAtasan.map((r, i) => ({ ...r, nomor: i + 1, warna: WARNA[i % WARNA.length]! }));
  const byId = new Map(atasan.map((a) => [a.id, a]));
  /** The subordinate RHK that intervene each atasan RHK. */
  const pendukung = new Map<string, Rhk[]>();
  for (const r of skp.rhk) {
    if (r.intervensiRhkId && byId.has(r.intervensiRhkId)) {
      const list = pendukung.get(r.intervensiRhkId) ?? [];
      list.push(r);
      pendukung.set(r.intervensiRhkId, list);
    }
  }
  return { atasan, byId, pendukung };
}

export type PetaAtasan = ReturnType<typeof petaAtasan>;
