// Unsaved edits kept on this device until the server has them, so a closed tab or a dead
// battery never loses a clerk's typing.
import type { Draft } from './draft.ts';

export interface StoredDraft { draft: Draft; version: number; at: string }

const keyFor = (skpId: string) => `ekinerja.skp-draft.${skpId}`;

export function readStoredDraft(skpId: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(keyFor(skpId));
    if (!raw) return null;
    const v = JSON.parse(raw) as StoredDraft;
    return v && Array.isArray(v.draft?.rhk) && typeof v.version === 'number' ? v : null;
  } catch {
    return null;
  }
}

export function writeStoredDraft(skpId: string, draft: Draft, version: number): void {
  try {
    localStorage.setItem(keyFor(skpId), JSON.stringify({ draft, version, at: new Date().toISOString() } satisfies StoredDraft));
  } catch {
    // Storage full or unavailable: the autosave still runs.
  }
}

export function clearStoredDraft(skpId: string): void {
  try {
    localStorage.removeItem(keyFor(skpId));
  } catch {
    // Nothing to clear.
  }
}
