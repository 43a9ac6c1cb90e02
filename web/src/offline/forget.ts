// Logout on a shared device: the next account must not see this one's unsent work or cached reads.
// Loaded with the app frame, so the offline code itself is only imported when needed.
import { interpolate, loadDictionary } from '../i18n/context.tsx';

/**
 * Before logging out: tries to send what is waiting, and asks before dropping what is still
 * unsent. False when the user chose to stay.
 */
export async function siapKeluar(): Promise<boolean> {
  let engine: typeof import('./engine.ts');
  try {
    engine = await import('./engine.ts');
  } catch {
    return true;
  }
  const sisa = () => engine.getSnapshot().items.filter((i) => engine.belumTerkirim(i) || engine.perluDiperiksa(i)).length;
  if (sisa() > 0 && navigator.onLine) await Promise.race([engine.syncNow(), new Promise((r) => setTimeout(r, 10_000))]);
  const n = sisa();
  if (n === 0) return true;
  const dict = await loadDictionary(document.documentElement.lang === 'en' ? 'en' : 'id');
  return window.confirm(interpolate(dict['offline.keluarKonfirmasi'], { n }));
}

export async function forgetOfflineData(): Promise<void> {
  try {
    await (await import('./engine.ts')).forgetAll();
  } catch {
    // Offline code not reachable (e.g. an old cached build): nothing of it was stored either.
  }
}
