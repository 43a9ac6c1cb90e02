import { Center, Loader, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';

export function Loading() {
  const t = useT();
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <Text ml="sm" c="dimmed">{t('common.loading')}</Text>
    </Center>
  );
}
