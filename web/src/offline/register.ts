// The service worker keeps the app shell and a few API reads for offline use. The app works without
// it (first visit, old browsers, private mode): registration failing changes nothing else.

/**
 * Reads the session through the service worker so its cache has a copy: without one, opening the
 * app offline would stop at the sign-in check. Right after login or the worker's first start,
 * nothing has gone through it yet.
 */
export function warmSessionCache(): void {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  void fetch('/api/v1/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => undefined);
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('controllerchange', warmSessionCache);
  // After the page has loaded: the first visit on a weak line should not compete with precaching.
  const go = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}
