import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { Me } from '../api/types.ts';
import { sessionKey } from '../auth/session.ts';
import { useT, type Translate } from '../i18n/context.tsx';
import { ErrorAlert, fieldErrors } from './ErrorAlert.tsx';
import { IconCheck } from './icons.tsx';

// Same rule as the server contract, checked here first so a phone user gets the message without a round trip.
function checkNew(t: Translate, v: string): string | undefined {
  if (v.length < 10) return t('password.tooShort');
  if (!/[A-Za-z]/.test(v) || !/\d/.test(v)) return t('password.needMix');
  return undefined;
}

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [lama, setLama] = useState('');
  const [baru, setBaru] = useState('');
  const [ulang, setUlang] = useState('');
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const change = useMutation({
    mutationFn: (body: { passwordLama: string; passwordBaru: string }) => api.post<unknown>('/auth/password', body),
    meta: { own401: true },
    onSuccess: () => {
      setLama('');
      setBaru('');
      setUlang('');
      qc.setQueryData<Me | null>(sessionKey, (me) => (me ? { ...me, wajibGantiPassword: false } : me));
      void qc.invalidateQueries({ queryKey: sessionKey });
      onDone?.();
    },
  });
  const fe = fieldErrors(change.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = {
      passwordLama: lama ? undefined : t('common.required'),
      passwordBaru: checkNew(t, baru),
      ulang: baru === ulang ? undefined : t('password.mismatch'),
    };
    setLocal(errs);
    if (Object.values(errs).some(Boolean)) return;
    change.mutate({ passwordLama: lama, passwordBaru: baru });
  };

  // Server field messages only until the user edits again.
  const hideServerErrors = () => change.isError && change.reset();

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        {change.isSuccess && (
          <Alert color="teal" icon={<IconCheck />} role="status"><Text size="md">{t('password.changed')}</Text></Alert>
        )}
        {change.isError && Object.keys(fe).length === 0 && <ErrorAlert error={change.error} />}
        <PasswordInput
          label={t('password.old')}
          autoComplete="current-password"
          value={lama}
          onChange={(e) => { setLama(e.currentTarget.value); hideServerErrors(); }}
          error={local['passwordLama'] ?? fe['passwordLama']}
          required
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.rules')}
          autoComplete="new-password"
          value={baru}
          onChange={(e) => { setBaru(e.currentTarget.value); hideServerErrors(); }}
          error={local['passwordBaru'] ?? fe['passwordBaru']}
          required
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <PasswordInput
          label={t('password.confirm')}
          autoComplete="new-password"
          value={ulang}
          onChange={(e) => setUlang(e.currentTarget.value)}
          error={local['ulang']}
          required
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>{t('password.submit')}</Button>
      </Stack>
    </form>
  );
}
