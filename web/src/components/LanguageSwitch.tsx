import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { sessionKey } from '../auth/session.ts';
import { useI18n, type Locale } from '../i18n/context.tsx';

/** Switches the UI language; when signed in the choice is also saved to the account. */
export function LanguageSwitch({ signedIn, fullWidth }: { signedIn: boolean; fullWidth?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const qc = useQueryClient();
  return (
    <SegmentedControl
      aria-label={t('nav.language')}
      fullWidth={fullWidth}
      value={locale}
      onChange={(v) => {
        const l: Locale = v === 'en' ? 'en' : 'id';
        setLocale(l);
        if (!signedIn) return;
        qc.setQueryData<Me | null>(sessionKey, (me) => (me ? { ...me, locale: l } : me));
        // Best effort: the local choice already applies if the server is unreachable.
        api.put('/me/locale', { locale: l }).catch(() => undefined);
      }}
      data={[
        { value: 'id', label: 'Indonesia' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
