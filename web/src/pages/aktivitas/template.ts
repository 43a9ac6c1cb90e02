// Templates for routine work, kept on this device per account (no server round trip needed).
import type { Values } from './formState.ts';

export interface TemplateAktivitas {
  nama: string;
  values: Pick<Values, 'rhkId' | 'rencanaAksiId' | 'uraian' | 'jumlah' | 'satuan' | 'modeDurasi' | 'menit' | 'jamMulai' | 'jamSelesai'>;
}

const key = (akunId: string) => `ekinerja.aktivitas.template.${akunId}`;

export function bacaTemplate(akunId: string): TemplateAktivitas[] {
  try {
    const s = localStorage.getItem(key(akunId));
    const list = s ? (JSON.parse(s) as TemplateAktivitas[]) : [];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

export function tulisTemplate(akunId: string, list: TemplateAktivitas[]): boolean {
  try {
    localStorage.setItem(key(akunId), JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

export function dariForm(nama: string, v: Values): TemplateAktivitas {
  const { rhkId, rencanaAksiId, uraian, jumlah, satuan, modeDurasi, menit, jamMulai, jamSelesai } = v;
  return { nama: nama.trim(), values: { rhkId, rencanaAksiId, uraian, jumlah, satuan, modeDurasi, menit, jamMulai, jamSelesai } };
}
