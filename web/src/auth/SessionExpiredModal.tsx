// Signs the same account in again over the open page; a different person uses "Keluar" instead.
import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { IconAlert } from '../components/icons.tsx';
import { useI18n } from '../i18n/context.tsx';
import { clearSessionExpired, useSessionExpired } from './expiry.ts';
import { loginErrorText } from './loginError.ts';
import { endSession, sessionKey, useLogin, useLogout, useMe } from './session.ts';

export function SessionExpiredModal() {
  const expired = useSessionExpired();
  return expired ? <SignInAgain /> : null;
}

function SignInAgain() {
  const { t, locale } = useI18n();
  const me = useMe();
  const qc = useQueryClient();
  const logout = useLogout();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useLogin();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) { setMissing(true); return; }
    setMissing(false);
    login.mutate({ username: me.username, password }, {
      onSuccess: (res) => {
        if (res.user.akunId !== me.akunId) { endSession(qc); return; }
        clearSessionExpired();
        // Reads that failed while signed out load again; unsent activities go out now.
        void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] && q.state.status === 'error' });
        void import('../offline/engine.ts').then((m) => m.syncNow()).catch(() => undefined);
      },
    });
  };
  // A pegawai signs in with the NIP: show it grouped as on their documents.
  const account = me.pegawai && me.username === me.pegawai.nip ? me.pegawai.nipTampil : me.username;
  const name = me.pegawai?.namaLengkap ?? me.nama;
  const who = name === account ? account : `${name} (${account})`;
  const message = missing ? t('sesi.required') : login.isError ? loginErrorText(t, locale, login.error) : null;

  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false}
      title={t('sesi.title')} centered size="md" trapFocus styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="md">{t('sesi.intro')}</Text>
          <Text size="md" fw={600} data-testid="sesi-akun">{who}</Text>
          {message && (
            <Alert color="red" icon={<IconAlert />} role="alert"><Text size="md">{message}</Text></Alert>
          )}
          <PasswordInput label={t('login.password')} name="password" autoComplete="current-password" data-autofocus
            value={password} onChange={(e) => setPassword(e.currentTarget.value)} size="lg"
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }} />
          <Text size="sm" c="dimmed">{t('sesi.retry')}</Text>
          <Button type="submit" size="lg" fullWidth loading={login.isPending}>{t('sesi.submit')}</Button>
          {/* The full sign-out: asks about unsent activities and clears this account's data from the device. */}
          <Button variant="subtle" color="gray" fullWidth loading={logout.isPending} onClick={() => logout.mutate()}>{t('sesi.other')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
