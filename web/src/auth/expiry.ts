// A session that ended while a page was open (idle too long, signed out elsewhere). The page stays
// mounted under a sign-in dialog, so what the user typed survives; only the sign-in is asked again.
import { useSyncExternalStore } from 'react';
import { sessionEpoch, setCsrfToken } from '../api/client.ts';

let expired = false;
const listeners = new Set<() => void>();
const emit = () => { for (const l of listeners) l(); };

/** `epoch`: the sign-in the refused request was sent under; an older one is ignored. */
export function markSessionExpired(epoch: number): void {
  if (expired || epoch !== sessionEpoch()) return;
  expired = true;
  setCsrfToken(null);
  emit();
}

export function clearSessionExpired(): void {
  if (!expired) return;
  expired = false;
  emit();
}

export const isSessionExpired = () => expired;

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => { listeners.delete(l); };
};

export function useSessionExpired(): boolean {
  return useSyncExternalStore(subscribe, isSessionExpired);
}
