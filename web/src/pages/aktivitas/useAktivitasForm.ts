import { useCallback, useEffect, useRef, useState } from 'react';
import { todayWib, type Bukti } from '../../api/aktivitas.ts';
import { useForm } from '../../lib/useForm.ts';
import type { BuktiTertunda } from '../../offline/db.ts';
import { keData as entriKeData, type Entri } from './entri.ts';
import { bacaDraft, dariData, isKosong, kosong, TARGET_BARU, tulisDraft, type Drafts, type Target, type Values } from './formState.ts';

/** A draft with nothing typed starts on today, not on the day it was left. */
function awal(d: Drafts): { values: Values; target: Target } {
  const cur = d.ubah ?? d.baru;
  if (!cur) return { values: kosong(), target: TARGET_BARU };
  if (!cur.target.ubah && !cur.target.id && isKosong(cur.values)) return { values: { ...cur.values, tanggal: todayWib() }, target: cur.target };
  return cur;
}

/** The entry form's state: values, which entry it writes, new evidence, and the draft kept across reloads. */
export function useAktivitasForm(akunId: string) {
  const [start] = useState(() => awal(bacaDraft(akunId)));
  const form = useForm<Values>(start.values);
  const [target, setTarget] = useState<Target>(start.target);
  const [buktiBaru, setBuktiBaru] = useState<BuktiTertunda[]>([]);
  const [buktiServer, setBuktiServer] = useState<Bukti[]>([]);
  // Photos being shrunk: saving waits, or a late photo would land on the next entry.
  const [prosesBukti, setProsesBukti] = useState(0);
  // The new entry set aside while an edit is open.
  const [baruDisisihkan, setBaruDisisihkan] = useState<Drafts['baru']>(() => bacaDraft(akunId).baru);
  const uraianRef = useRef<HTMLTextAreaElement>(null);
  const { values, setValues, setErrors } = form;

  // Kept shortly after each keystroke, at once when the entry changes (saved, opened, cancelled), and when
  // the page goes away: a reload must neither lose typing nor bring back an entry already saved.
  const latest = useRef({ values, target, baruDisisihkan });
  latest.current = { values, target, baruDisisihkan };
  // Id of a new entry already handed to the outbox: its draft is never written again.
  const diOutbox = useRef<string | null>(null);
  const flush = useCallback(() => {
    const { values: v, target: tg, baruDisisihkan: b } = latest.current;
    const sent = !tg.ubah && !!tg.id && tg.id === diOutbox.current;
    const cur = !sent && (tg.id || !isKosong(v)) ? { values: v, target: tg } : null;
    tulisDraft(akunId, tg.ubah ? { baru: b, ubah: cur } : { baru: cur, ubah: null });
  }, [akunId]);
  useEffect(() => {
    const h = setTimeout(flush, 250);
    return () => clearTimeout(h);
  }, [flush, values]);
  useEffect(flush, [flush, target, baruDisisihkan]);
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush(); // leaving the screen within the app
    };
  }, [flush]);

  const focusUraian = useCallback(() => {
    requestAnimationFrame(() => {
      // Never pull focus out of an open dialog (the sign-in that a save may have just opened).
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      uraianRef.current?.focus();
    });
  }, []);

  /** Opens an entry for editing; a new entry being typed is set aside until the edit ends. */
  const mulaiUbah = useCallback((e: Entri) => {
    if (!target.ubah) setBaruDisisihkan(target.id || !isKosong(values) ? { values, target } : null);
    setValues(dariData(entriKeData(e)));
    setTarget({ id: e.id, version: e.version, ubah: true });
    setBuktiBaru([]);
    setBuktiServer(e.bukti);
    setErrors(e.outbox?.status === 'DITOLAK' && e.outbox.fields ? e.outbox.fields : {});
    focusUraian();
  }, [target, values, setValues, setErrors, focusUraian]);

  /** Ends an edit (saved or cancelled) and brings back the new entry set aside. */
  const selesaiUbah = useCallback((tanggal?: string) => {
    const b = baruDisisihkan;
    setValues(b?.values ?? kosong(tanggal ?? values.tanggal));
    setTarget(b?.target ?? TARGET_BARU);
    setBaruDisisihkan(null);
    setBuktiBaru([]);
    setBuktiServer([]);
    setErrors({});
  }, [baruDisisihkan, setValues, setErrors, values.tanggal]);

  /** A new entry is in the outbox: its draft (which carries its id) must not come back after a reload. */
  const lupakanDraftBaru = useCallback(() => {
    diOutbox.current = latest.current.target.id;
    tulisDraft(akunId, { baru: null, ubah: null });
  }, [akunId]);

  /** After a new entry was saved: ready for the next one of the same day and RHK. */
  const lanjutBaru = useCallback(() => {
    setValues((v) => ({
      ...kosong(v.tanggal), rhkId: v.rhkId, rencanaAksiId: v.rencanaAksiId, satuan: v.satuan, modeDurasi: v.modeDurasi,
      // Work logged in a row: the next one usually starts when the last ended.
      jamMulai: v.modeDurasi === 'jam' ? v.jamSelesai : '',
    }));
    setTarget(TARGET_BARU);
    setBuktiBaru([]);
    setBuktiServer([]);
    setErrors({});
  }, [setValues, setErrors]);

  /** Fills the form (template, a copied entry) without touching the date. */
  const isi = useCallback((v: Partial<Values>) => {
    setValues((cur) => ({ ...cur, ...v }));
    setErrors({});
    focusUraian();
  }, [setValues, setErrors, focusUraian]);

  const kosongkan = useCallback(() => {
    setValues((v) => kosong(v.tanggal));
    setTarget(TARGET_BARU);
    setBuktiBaru([]);
    setErrors({});
    focusUraian();
  }, [setValues, setErrors, focusUraian]);

  return {
    lupakanDraftBaru, form, target, setTarget, buktiBaru, setBuktiBaru, buktiServer, setBuktiServer, prosesBukti, setProsesBukti, uraianRef,
    mulaiUbah, selesaiUbah, lanjutBaru, isi, kosongkan, focusUraian,
  };
}

export type AktivitasFormState = ReturnType<typeof useAktivitasForm>;
