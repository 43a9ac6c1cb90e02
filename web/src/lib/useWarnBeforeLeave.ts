import { useEffect } from 'react';

/** While `dirty` (text typed but not yet saved), closing or reloading the tab asks first. */
export function useWarnBeforeLeave(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => { e.preventDefault(); };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);
}
