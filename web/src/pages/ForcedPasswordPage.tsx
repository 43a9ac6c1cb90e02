import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useLogout, useMe } from '../auth/session.ts';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { IconInfo } from '../components/icons.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useT } from '../i18n/context.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';

/** Shown instead of the app while the account still has its temporary password. */
export default function ForcedPasswordPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('password.title'));
  const logout = useLogout();
  return (
    <main className="full-center">
      <Stack w="100%" maw={520} gap="md">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <LanguageSwitch signedIn />
          <Button variant="subtle" px="xs" onClick={() => logout.mutate()} loading={logout.isPending}>{t('nav.logout')}</Button>
        </Group>
        <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'xl' }}>
          <Stack gap="md">
            <div>
              <Text fw={700} c="blue.8" size="lg">{t('app.name')}</Text>
              <Title order={1} size="h2">{t('password.title')}</Title>
              <Text size="md" mt={4}>{me.nama}</Text>
            </div>
            <Alert color="blue" icon={<IconInfo />}><Text size="md">{t('password.forcedIntro')}</Text></Alert>
            <ChangePasswordForm />
          </Stack>
        </Paper>
      </Stack>
    </main>
  );
}
