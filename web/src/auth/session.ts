import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../api/client.ts';
import type { LoginResponse, Me, Peran } from '../api/types.ts';
import { explicitLocale } from '../i18n/context.tsx';
import { forgetOfflineData, siapKeluar } from '../offline/forget.ts';
import { clearSessionExpired } from './expiry.ts';

export const sessionKey = ['session'] as const;

// A hint only (no secret): lets the page start downloading the right screens before the session answer.
const HINT_KEY = 'ekinerja.signedIn';
function setHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage unavailable: only the head start is lost.
  }
}
export function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

async function fetchSession(): Promise<Me | null> {
  try {
    const res = await api.get<LoginResponse>('/auth/session');
    setCsrfToken(res.csrfToken);
    setHint(true);
    return res.user;
  } catch (e) {
    if (isApiError(e, 401)) {
      setCsrfToken(null);
      setHint(false);
      return null;
    }
    throw e;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Infinity, gcTime: Infinity });
}

/** The signed-in user; only for components rendered behind the login gate. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe without a session');
  return data;
}

export function hasRole(me: Me | null | undefined, ...roles: Peran[]): boolean {
  return !!me && roles.some((r) => me.peran.includes(r));
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api.post<LoginResponse>('/auth/login', body),
    // A wrong password is the form's business: it must not end (or re-expire) a session.
    meta: { own401: true },
    onSuccess: (res) => {
      setCsrfToken(res.csrfToken);
      setHint(true);
      // A language picked on the sign-in page wins over the one saved on the account.
      const chosen = explicitLocale();
      if (chosen && chosen !== res.user.locale) {
        api.put('/me/locale', { locale: chosen }).catch(() => undefined);
        qc.setQueryData(sessionKey, { ...res.user, locale: chosen });
      } else {
        qc.setQueryData(sessionKey, res.user);
      }
    },
  });
}

export function endSession(qc: QueryClient): void {
  clearSessionExpired();
  setCsrfToken(null);
  setHint(false);
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  qc.setQueryData(sessionKey, null);
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      // Unsent activities exist only on this device: try to send them, and ask before dropping them.
      if (!(await siapKeluar())) return 'batal' as const;
      return api.post<unknown>('/auth/logout');
    },
    // Leave the screen even if the server did not answer: the cookie expires anyway.
    // Also without a connection (not paused until it returns): the outbox question and leaving the screen come first.
    networkMode: 'always',
    onSettled: (res) => {
      if (res === 'batal') return;
      endSession(qc);
      // The next person on this device must not see this account's cached reads or unsent work.
      void forgetOfflineData();
    },
  });
}

export function useRefreshMe() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: sessionKey });
}
