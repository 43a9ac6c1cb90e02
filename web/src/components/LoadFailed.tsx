import { Alert, Button, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';
import { IconAlert } from './icons.tsx';

export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <Alert color="red" icon={<IconAlert />} role="alert" m="md">
      <Stack gap="sm" align="flex-start">
        <Text size="md">{t('error.loadFailed')}</Text>
        <Button onClick={onRetry}>{t('common.retry')}</Button>
      </Stack>
    </Alert>
  );
}
