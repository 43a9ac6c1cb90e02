import { useEffect } from 'react';

/** Names the browser tab (and what a screen reader announces) after the screen. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · e-Kinerja` : 'e-Kinerja';
  }, [title]);
}
