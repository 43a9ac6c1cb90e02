// The draft being edited plus its autosave: one PUT at a time, ~1.5 s after the last change, on
// step change and when leaving. A 409 over a body changed elsewhere stops saving until the user chooses.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import { skpKeys, type Skp, type SkpConflict } from '../../../api/skp.ts';
import { applyIds, bodyFromDraft, contentKey, draftFromSkp, fieldsToKeys, idsFromSaved, sameContent, type Draft } from './draft.ts';
import { clearStoredDraft, readStoredDraft, writeStoredDraft, type StoredDraft } from './draftStorage.ts';

export type SaveState =
  | { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: Date }
  | { kind: 'error'; error: unknown } | { kind: 'conflict'; current: SkpConflict | null };

const DEBOUNCE_MS = 1500;
const RETRY_MS = 15_000;

export function useSkpDraft(skp: Skp) {
  const qc = useQueryClient();
  const id = skp.id;
  const [draft, setDraft] = useState<Draft>(() => draftFromSkp(skp));
  const [kekurangan, setKekurangan] = useState(skp.kekurangan);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [stored, setStored] = useState<StoredDraft | null>(() => {
    const s = readStoredDraft(id);
    if (s && sameContent(s.draft, draftFromSkp(skp))) { clearStoredDraft(id); return null; }
    return s;
  });
  const draftRef = useRef(draft);
  const version = useRef(skp.version);
  const rev = useRef(0);
  const savedRev = useRef(0);
  const failedRev = useRef(-1);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  /** The body as this screen last knew it on the server; null when unknown (a restored draft). */
  const [initialKey] = useState(() => contentKey(draftFromSkp(skp)));
  const base = useRef<string | null>(initialKey);

  const clearTimer = () => { if (timer.current) clearTimeout(timer.current); timer.current = null; };
  const dirty = () => rev.current !== savedRev.current;

  const takeSaved = useCallback((saved: Skp) => {
    version.current = saved.version;
    setKekurangan(saved.kekurangan);
    qc.setQueryData(skpKeys.one(id), saved);
    void qc.invalidateQueries({ queryKey: skpKeys.riwayat(id) });
  }, [qc, id]);

  const send = useCallback(async (): Promise<boolean> => {
    const sentRev = rev.current;
    const sent = draftRef.current;
    setState({ kind: 'saving' });
    try {
      const saved = await api.put<Skp>(`/skp/${id}`, { ...bodyFromDraft(sent), version: version.current });
      base.current = contentKey(sent);
      takeSaved(saved);
      draftRef.current = applyIds(draftRef.current, idsFromSaved(sent, saved));
      setDraft(draftRef.current);
      savedRev.current = sentRev;
      setFieldErrors({});
      if (dirty()) writeStoredDraft(id, draftRef.current, version.current);
      else clearStoredDraft(id);
      setState(dirty() ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      return true;
    } catch (e) {
      failedRev.current = sentRev;
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') {
        const current = e.current<SkpConflict>();
        // Only the version moved (e.g. the penilai wrote ekspektasi) and the body is as we left it: nothing to lose.
        const fresh = base.current === null ? null : await api.get<Skp>(`/skp/${id}`).catch(() => null);
        if (fresh && fresh.version !== version.current && contentKey(draftFromSkp(fresh)) === base.current) {
          version.current = fresh.version;
          return send();
        }
        blocked.current = true;
        setState({ kind: 'conflict', current });
        return false;
      }
      if (e instanceof ApiError && Object.keys(e.fields).length) setFieldErrors(fieldsToKeys(sent, e.fields));
      setState({ kind: 'error', error: e });
      // A weak connection may come back: try again later without the user doing anything.
      if (!(e instanceof ApiError) || e.status === 0 || e.status >= 500) {
        clearTimer();
        timer.current = setTimeout(() => { failedRev.current = -1; void flushRef.current(); }, RETRY_MS);
      }
      return false;
    }
  }, [id, takeSaved]);

  /** Saves now if anything changed; resolves true when the server has everything typed so far. */
  const flush = useCallback(async (force = false): Promise<boolean> => {
    clearTimer();
    while (inFlight.current) await inFlight.current;
    if (blocked.current) return false;
    if (!dirty()) return true;
    if (!force && failedRev.current === rev.current) return false;
    const p = send();
    inFlight.current = p;
    try { return await p; } finally { inFlight.current = null; }
  }, [send]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  /** Applies an edit; `field` (`<rowKey>.<name>`) loses its server message. */
  const update = useCallback((fn: (d: Draft) => Draft, field?: string) => {
    draftRef.current = fn(draftRef.current);
    setDraft(draftRef.current);
    rev.current += 1;
    writeStoredDraft(id, draftRef.current, version.current);
    setStored(null);
    if (field) setFieldErrors((f) => { if (!(field in f)) return f; const { [field]: _gone, ...rest } = f; return rest; });
    if (!blocked.current) {
      setState({ kind: 'pending' });
      clearTimer();
      timer.current = setTimeout(() => void flushRef.current(), DEBOUNCE_MS);
    }
  }, [id]);

  // Leaving the screen or the tab: send what is pending; closing the tab asks first.
  useEffect(() => {
    const onHide = () => { if (document.visibilityState === 'hidden') void flushRef.current(); };
    const onUnload = (e: BeforeUnloadEvent) => { if (dirty()) e.preventDefault(); };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      void flushRef.current();
    };
  }, []);

  const resetTo = useCallback((fresh: Skp) => {
    clearTimer();
    draftRef.current = draftFromSkp(fresh);
    setDraft(draftRef.current);
    base.current = contentKey(draftRef.current);
    rev.current = 0;
    savedRev.current = 0;
    failedRev.current = -1;
    blocked.current = false;
    clearStoredDraft(id);
    setFieldErrors({});
    takeSaved(fresh);
    setState({ kind: 'idle' });
  }, [id, takeSaved]);

  return {
    draft, update, flush, kekurangan, fieldErrors, state, version,
    dirty,
    /** 409: drop my edits and load what is saved. */
    async takeServer() {
      resetTo(await api.get<Skp>(`/skp/${id}`));
    },
    /** 409: save mine on top of the version that is there now. */
    async keepMine(current: SkpConflict | null) {
      version.current = current?.version ?? (await api.get<Skp>(`/skp/${id}`)).version;
      blocked.current = false;
      return flush(true);
    },
    stored,
    restoreStored() {
      if (!stored) return;
      draftRef.current = stored.draft;
      version.current = stored.version;
      base.current = null;
      setStored(null);
      update((d) => d);
      void flush(true);
    },
    discardStored() { clearStoredDraft(id); setStored(null); },
    /** A server action added rows (template): take them without touching what is being typed. */
    absorb(saved: Skp) {
      const known = new Set(draftRef.current.rhk.map((r) => r.id));
      const added = draftFromSkp({ rhk: saved.rhk.filter((r) => !known.has(r.id)), lampiran: saved.lampiran }).rhk;
      draftRef.current = { ...draftRef.current, rhk: [...draftRef.current.rhk, ...added] };
      setDraft(draftRef.current);
      base.current = contentKey(draftFromSkp(saved));
      takeSaved(saved);
    },
  };
}

export type SkpDraftApi = ReturnType<typeof useSkpDraft>;
