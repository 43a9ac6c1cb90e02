// The entry form's values, their checks (the server's rules, said before sending) and the draft
// kept in localStorage so a reload or a dead battery does not lose what was typed.
import { todayWib, type AktivitasData } from '../../api/aktivitas.ts';
import type { Translate } from '../../i18n/context.tsx';

export interface Values extends Record<string, unknown> {
  tanggal: string;
  rhkId: string | null;
  rencanaAksiId: string | null;
  uraian: string;
  jumlah: number | string;
  satuan: string;
  modeDurasi: 'menit' | 'jam';
  menit: number | string;
  jamMulai: string;
  jamSelesai: string;
}

/** Which entry the form writes: a new one, or an existing one (on the server or still on this device). */
export interface Target {
  /** Null until a new entry is first saved; then the id it was given, so saving again replaces it. */
  id: string | null;
  version: number | null;
  ubah: boolean;
}

export const kosong = (tanggal = todayWib()): Values => ({
  tanggal, rhkId: null, rencanaAksiId: null, uraian: '', jumlah: '', satuan: '', modeDurasi: 'menit', menit: '', jamMulai: '', jamSelesai: '',
});

export const TARGET_BARU: Target = { id: null, version: null, ubah: false };

/** Fields the form shows messages for; any other server message goes to the summary. */
export const SHOWN = ['tanggal', 'rhkId', 'rencanaAksiId', 'uraian', 'jumlah', 'satuan', 'menit', 'jamMulai', 'jamSelesai', 'bukti'];

const num = (v: number | string): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : v === '' ? null : Number.NaN);

export function periksa(t: Translate, v: Values): Record<string, string> {
  const e: Record<string, string> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.tanggal)) e['tanggal'] = t('aktivitas.galat.tanggal');
  else if (v.tanggal > todayWib()) e['tanggal'] = t('aktivitas.galat.tanggalDepan');
  if (!v.rhkId) e['rhkId'] = t('aktivitas.galat.rhk');
  const uraian = v.uraian.trim();
  if (uraian.length < 3) e['uraian'] = t('aktivitas.galat.uraian');
  else if (uraian.length > 2000) e['uraian'] = t('aktivitas.galat.uraianPanjang');
  const jumlah = num(v.jumlah);
  if (jumlah !== null && (Number.isNaN(jumlah) || jumlah < 0)) e['jumlah'] = t('aktivitas.galat.jumlah');
  if (jumlah !== null && !Number.isNaN(jumlah) && !v.satuan.trim()) e['satuan'] = t('aktivitas.galat.satuan');
  if (v.modeDurasi === 'menit') {
    const m = num(v.menit);
    if (m === null || Number.isNaN(m)) e['menit'] = t('aktivitas.galat.durasi');
    else if (!Number.isInteger(m) || m < 1 || m > 1440) e['menit'] = t('aktivitas.galat.durasiRentang');
  } else {
    if (!/^\d{2}:\d{2}$/.test(v.jamMulai)) e['jamMulai'] = t('aktivitas.galat.jamMulai');
    if (!/^\d{2}:\d{2}$/.test(v.jamSelesai)) e['jamSelesai'] = t('aktivitas.galat.jamSelesai');
    else if (!e['jamMulai'] && v.jamSelesai <= v.jamMulai) e['jamSelesai'] = t('aktivitas.galat.jamUrut');
  }
  return e;
}

export function keData(v: Values): AktivitasData {
  const jumlah = num(v.jumlah);
  const jam = v.modeDurasi === 'jam';
  return {
    tanggal: v.tanggal, rhkId: v.rhkId ?? '', rencanaAksiId: v.rencanaAksiId, uraian: v.uraian.trim(),
    jumlah, satuan: jumlah === null ? null : v.satuan.trim() || null,
    jamMulai: jam ? v.jamMulai : null, jamSelesai: jam ? v.jamSelesai : null, menit: jam ? null : num(v.menit),
  };
}

export function dariData(d: AktivitasData & { menit: number | null }): Values {
  const jam = !!(d.jamMulai && d.jamSelesai);
  return {
    tanggal: d.tanggal, rhkId: d.rhkId, rencanaAksiId: d.rencanaAksiId, uraian: d.uraian, jumlah: d.jumlah ?? '',
    satuan: d.satuan ?? '', modeDurasi: jam ? 'jam' : 'menit', menit: jam ? '' : d.menit ?? '',
    jamMulai: d.jamMulai ?? '', jamSelesai: d.jamSelesai ?? '',
  };
}

/** True when nothing worth keeping was typed. */
export const isKosong = (v: Values) => !v.uraian.trim() && v.jumlah === '' && v.menit === '' && !v.jamMulai && !v.jamSelesai;

// ---- Draft ----------------------------------------------------------------------------------

export interface Draft { values: Values; target: Target }
/** Two slots: the new entry being typed, and an edit in progress (which sets the new one aside). */
export interface Drafts { baru: Draft | null; ubah: Draft | null }

const draftKey = (akunId: string) => `ekinerja.aktivitas.draft.${akunId}`;

export function bacaDraft(akunId: string): Drafts {
  try {
    const s = localStorage.getItem(draftKey(akunId));
    const d = s ? (JSON.parse(s) as Partial<Drafts>) : {};
    return { baru: d.baru ?? null, ubah: d.ubah ?? null };
  } catch {
    return { baru: null, ubah: null };
  }
}

export function tulisDraft(akunId: string, d: Drafts): void {
  try {
    if (!d.baru && !d.ubah) localStorage.removeItem(draftKey(akunId));
    else localStorage.setItem(draftKey(akunId), JSON.stringify(d));
  } catch {
    // Storage full or private mode: the draft lasts for this visit only.
  }
}
