import { useSyncExternalStore } from 'react';
import { getSnapshot, subscribe, type OutboxSnapshot } from './engine.ts';

export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

export { useOnline } from '../lib/useOnline.ts';
