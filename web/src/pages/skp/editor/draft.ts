// The editor's working copy of an SKP body. Numbers stay as typed text (Indonesian decimal comma)
// and every row carries a local key, so server ids can be matched back after an autosave.
import type { Skp, SkpIsiInput } from '../../../api/skp.ts';
import type { ArahIki, Aspek, JenisRhk, Perspektif } from '../../../../../src/domain/enums.ts';

export interface IkiDraft {
  key: string; id?: string; indikator: string; target: string; targetAtas: string; satuan: string;
  arah: ArahIki; aspek: Aspek | null; perspektif: Perspektif | null;
}
export interface RencanaAksiDraft { key: string; id?: string; bulan: number; uraian: string }
export interface RhkDraft {
  key: string; id?: string; jenis: JenisRhk; uraian: string;
  intervensiRhkId: string | null; intervensiTeks: string;
  iki: IkiDraft[]; rencanaAksi: RencanaAksiDraft[];
}
export interface Lampiran { dukunganSumberDaya: string; skemaPertanggungjawaban: string; konsekuensi: string }
export interface Draft { rhk: RhkDraft[]; lampiran: Lampiran }

let seq = 0;
export const newKey = () => `k${Date.now().toString(36)}${(seq++).toString(36)}`;

/** Number as the user would type it: no thousands separator, decimal comma. */
export const angkaTeks = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

/**
 * Reads a typed number: "61,95" and "61.95" are both 61.95; "1.000" and "1.000,5" use the
 * Indonesian thousands dot. Returns undefined when it is not a number, null when empty.
 */
export function parseAngka(text: string): number | null | undefined {
  const s = text.replace(/\s/g, '');
  if (s === '') return null;
  let norm: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) norm = s.replaceAll('.', '').replace(',', '.');
  else if (/^\d+(,\d+)?$/.test(s)) norm = s.replace(',', '.');
  else if (/^\d+(\.\d+)?$/.test(s)) norm = s;
  else return undefined;
  const n = Number(norm);
  return Number.isFinite(n) ? n : undefined;
}

export const emptyIki = (): IkiDraft => ({
  key: newKey(), indikator: '', target: '', targetAtas: '', satuan: '', arah: 'NAIK', aspek: null, perspektif: null,
});
export const emptyRhk = (jenis: JenisRhk): RhkDraft => ({
  key: newKey(), jenis, uraian: '', intervensiRhkId: null, intervensiTeks: '', iki: [emptyIki()], rencanaAksi: [],
});

export function draftFromSkp(skp: Pick<Skp, 'rhk' | 'lampiran'>): Draft {
  return {
    rhk: skp.rhk.map((r) => ({
      key: newKey(), id: r.id, jenis: r.jenis, uraian: r.uraian, intervensiRhkId: r.intervensiRhkId,
      intervensiTeks: r.intervensiTeks ?? '',
      iki: r.iki.map((k) => ({
        key: newKey(), id: k.id, indikator: k.indikator, target: angkaTeks(k.target), targetAtas: angkaTeks(k.targetAtas),
        satuan: k.satuan, arah: k.arah, aspek: k.aspek, perspektif: k.perspektif,
      })),
      rencanaAksi: r.rencanaAksi.map((a) => ({ key: newKey(), id: a.id, bulan: a.bulan, uraian: a.uraian })),
    })),
    lampiran: { ...skp.lampiran },
  };
}

/** The PUT body; a number that cannot be read goes as null (the field shows why), so the rest still saves. */
export function bodyFromDraft(d: Draft): SkpIsiInput {
  const num = (s: string) => parseAngka(s) ?? null;
  return {
    rhk: d.rhk.map((r) => ({
      ...(r.id && { id: r.id }), jenis: r.jenis, uraian: r.uraian.trim(), intervensiRhkId: r.intervensiRhkId,
      intervensiTeks: r.intervensiRhkId ? null : r.intervensiTeks.trim() || null,
      iki: r.iki.map((k) => {
        const target = num(k.target);
        const atas = num(k.targetAtas);
        return {
          ...(k.id && { id: k.id }), indikator: k.indikator.trim(), target,
          // An upper bound below the target is refused by the server; it waits here until corrected.
          targetAtas: atas !== null && target !== null && atas < target ? null : atas,
          satuan: k.satuan.trim(), arah: k.arah, aspek: k.aspek, perspektif: k.perspektif,
        };
      }),
      rencanaAksi: r.rencanaAksi.map((a) => ({ ...(a.id && { id: a.id }), bulan: a.bulan, uraian: a.uraian.trim() })),
    })),
    lampiran: {
      dukunganSumberDaya: d.lampiran.dukunganSumberDaya.trim(),
      skemaPertanggungjawaban: d.lampiran.skemaPertanggungjawaban.trim(),
      konsekuensi: d.lampiran.konsekuensi.trim(),
    },
  };
}

/** The content as the server would store it, without ids: for "has anything changed" checks. */
export const contentKey = (d: Draft) => JSON.stringify(bodyFromDraft(d), (k, v) => (k === 'id' ? undefined : v));
export const sameContent = (a: Draft, b: Draft) => contentKey(a) === contentKey(b);

/**
 * Server ids for the rows of `sent`, by local key. RHK and IKI come back in the order sent; rencana
 * aksi come back sorted by bulan, so new ones are matched on bulan and uraian.
 */
export function idsFromSaved(sent: Draft, saved: Skp): Map<string, string> {
  const ids = new Map<string, string>();
  sent.rhk.forEach((r, i) => {
    const s = saved.rhk[i];
    if (!s) return;
    ids.set(r.key, s.id);
    r.iki.forEach((k, j) => { const x = s.iki[j]; if (x) ids.set(k.key, x.id); });
    const onServer = new Set(s.rencanaAksi.map((a) => a.id));
    const kept = new Set(r.rencanaAksi.map((a) => a.id).filter((id) => id && onServer.has(id)));
    const free = s.rencanaAksi.filter((a) => !kept.has(a.id));
    for (const a of r.rencanaAksi) {
      if (a.id && kept.has(a.id)) { ids.set(a.key, a.id); continue; }
      const at = free.findIndex((x) => x.bulan === a.bulan && x.uraian === a.uraian.trim());
      if (at >= 0) ids.set(a.key, free.splice(at, 1)[0]!.id);
    }
  });
  return ids;
}

/**
 * Gives rows of the current draft the ids the server assigned, leaving all typed text alone. An id
 * the server did not know (a row deleted elsewhere, then restored from this device) is replaced too.
 */
export function applyIds(d: Draft, ids: Map<string, string>): Draft {
  const withId = <T extends { key: string; id?: string }>(x: T): T => {
    const id = ids.get(x.key);
    return !id || id === x.id ? x : { ...x, id };
  };
  return {
    ...d,
    rhk: d.rhk.map((r) => ({ ...withId(r), iki: r.iki.map(withId), rencanaAksi: r.rencanaAksi.map(withId) })),
  };
}

/**
 * Server field paths (`rhk.0.iki.1.target`) → local keys (`<ikiKey>.target`), using the body as
 * it was sent. Paths that name no row the editor shows stay as they are.
 */
export function fieldsToKeys(sent: Draft, fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, msg] of Object.entries(fields)) {
    const m = /^rhk\.(\d+)(?:\.(iki|rencanaAksi)\.(\d+))?\.(\w+)$/.exec(path);
    const r = m ? sent.rhk[Number(m[1])] : undefined;
    const row = m && r ? (m[2] === 'iki' ? r.iki[Number(m[3])] : m[2] === 'rencanaAksi' ? r.rencanaAksi[Number(m[3])] : r) : undefined;
    out[row && m ? `${row.key}.${m[4]}` : path] = msg;
  }
  return out;
}
