import { Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';
import { useOnline } from '../lib/useOnline.ts';

/** A page waiting for data; offline it says why it waits (requests resume when the signal returns). */
export function Loading() {
  const t = useT();
  const online = useOnline();
  return (
    <Center p="xl" role="status" aria-live="polite">
      <Stack gap={4} align="center">
        <Group gap="sm" wrap="nowrap">
          <Loader size="md" aria-hidden="true" />
          <Text c="dimmed">{online ? t('common.loading') : t('common.menungguSinyal')}</Text>
        </Group>
        {!online && <Text size="sm" c="dimmed" ta="center" maw={420}>{t('common.menungguSinyalKet')}</Text>}
      </Stack>
    </Center>
  );
}
