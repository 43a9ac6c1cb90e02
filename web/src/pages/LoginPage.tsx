import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { loginErrorText } from '../auth/loginError.ts';
import { useLogin } from '../auth/session.ts';
import { fieldErrors } from '../components/ErrorAlert.tsx';
import { IconAlert } from '../components/icons.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/context.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';

export default function LoginPage() {
  const { t, locale } = useI18n();
  const login = useLogin();
  usePageTitle(t('login.title'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const fe = fieldErrors(login.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password });
  };

  return (
    <main className="full-center">
      <Stack w="100%" maw={440} gap="md">
        <Group justify="center">
          <LanguageSwitch signedIn={false} />
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'xl' }} radius="md">
          <form onSubmit={submit} noValidate aria-labelledby="login-title">
            <Stack gap="md">
              <div>
                <Text fw={700} c="blue.8" size="lg">{t('app.name')}</Text>
                <Title order={1} size="h2" id="login-title">{t('login.title')}</Title>
                <Text c="dimmed" size="md" mt={4}>{t('login.intro')}</Text>
              </div>
              {(login.isError || missing) && (
                <Alert color="red" icon={<IconAlert />} role="alert">
                  <Text size="md">{missing ? t('login.required') : loginErrorText(t, locale, login.error)}</Text>
                </Alert>
              )}
              <TextInput
                label={t('login.username')}
                name="username"
                autoComplete="username"
                inputMode="text"
                autoCapitalize="none"
                spellCheck={false}
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={fe['username']}
                required
                size="lg"
              />
              <PasswordInput
                label={t('login.password')}
                name="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={fe['password']}
                required
                size="lg"
                visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
              />
              <Button type="submit" size="lg" fullWidth loading={login.isPending}>{t('login.submit')}</Button>
              <Text size="sm" c="dimmed">{t('login.help')}</Text>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </main>
  );
}
