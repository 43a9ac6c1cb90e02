import { ApiError } from '../api/client.ts';
import { errorText } from '../components/ErrorAlert.tsx';
import type { Locale, Translate } from '../i18n/context.tsx';

/** Why a sign-in failed. The server's 401 text also says how many tries are left before the lockout; keep it. */
export function loginErrorText(t: Translate, locale: Locale, e: unknown): string {
  if (e instanceof ApiError && e.status === 401) {
    if (!e.message) return t('login.wrong');
    return locale === 'id' ? e.message : `${t('login.wrong')} (${e.message})`;
  }
  return errorText(t, e);
}
