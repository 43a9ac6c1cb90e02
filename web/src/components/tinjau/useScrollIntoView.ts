import { useEffect, useRef } from 'react';

/**
 * Brings a message block into view when `show` turns true: on a phone the save button sits below
 * the fold, so a problem shown at the top of the form would otherwise go unseen. Give the element a
 * scroll-margin-top so a sticky dialog header does not cover it.
 */
export function useScrollIntoView<T extends HTMLElement>(show: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (show) ref.current?.scrollIntoView({ block: 'start' });
  }, [show]);
  return ref;
}
