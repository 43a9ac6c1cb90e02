import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { id, type Dictionary, type MessageKey } from './id.ts';

export type Locale = 'id' | 'en';
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

// English is loaded only by those who pick it: half the UI text stays off a weak connection's first load.
let english: Dictionary | null = null;
export async function loadDictionary(l: Locale): Promise<Dictionary> {
  if (l === 'id') return id;
  english ??= (await import('./en.ts')).en;
  return english;
}
const loadedDictionary = (l: Locale): Dictionary | null => (l === 'id' ? id : english);
const STORAGE_KEY = 'ekinerja.locale';

/** The language chosen on this device, if the user ever chose one. */
export function explicitLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'en' || v === 'id' ? v : null;
  } catch {
    return null;
  }
}

function storedLocale(): Locale {
  return explicitLocale() ?? 'id';
}

export function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

interface I18nValue {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const [dict, setDict] = useState<Dictionary | null>(() => loadedDictionary(locale));
  useEffect(() => {
    if (dict === loadedDictionary(locale) && dict) return;
    let live = true;
    // Without the English chunk (offline before it was ever cached) the page stays in Indonesian.
    loadDictionary(locale).then((d) => { if (live) setDict(d); }, () => { if (live) { setDict(id); setLocaleState('id'); } });
    return () => { live = false; };
  }, [locale, dict]);
  // The language shown is the one whose words are loaded; a switch takes effect when they arrive.
  const shown: Locale | null = dict ? (dict === id ? 'id' : 'en') : null;
  // Screen readers pick their voice from the page language.
  useEffect(() => {
    if (shown) document.documentElement.lang = shown;
  }, [shown]);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Private mode: the choice lasts for this visit only.
    }
  }, []);
  const value = useMemo<I18nValue | null>(
    () => (dict && shown ? { locale: shown, setLocale, t: (key, vars) => interpolate(dict[key], vars) } : null),
    [dict, shown, setLocale],
  );
  // Only a returning English user waits, for one cached chunk, before the first paint.
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export function useT(): Translate {
  return useI18n().t;
}
