import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/context.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';

export default function NotFoundPage() {
  const t = useT();
  usePageTitle(t('error.pageNotFound'));
  return (
    <Stack align="flex-start" gap="md" py="xl">
      <Title order={1} size="h2">{t('error.pageNotFound')}</Title>
      <Text c="dimmed">404</Text>
      <Button component={Link} to="/">{t('error.toHome')}</Button>
    </Stack>
  );
}
