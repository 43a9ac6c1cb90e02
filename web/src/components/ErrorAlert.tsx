import { Alert, Button, Stack, Text } from '@mantine/core';
import { ApiError, NETWORK_ERROR } from '../api/client.ts';
import type { Translate } from '../i18n/context.tsx';
import { useT } from '../i18n/context.tsx';
import { IconAlert } from './icons.tsx';

/** What to tell the user about a failed request: the server's own message where it has one. */
export function errorText(t: Translate, e: unknown): string {
  if (!(e instanceof ApiError)) return t('error.server');
  if (e.code === NETWORK_ERROR) return t('error.network');
  if (e.status >= 500) return t('error.server');
  if (e.status === 400 && Object.keys(e.fields).length > 0) return t('error.checkFields');
  if (e.message) return e.message;
  if (e.status === 403) return t('error.forbidden');
  if (e.status === 404) return t('error.notFound');
  return t('error.server');
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert color="red" icon={<IconAlert />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="md">{errorText(t, error)}</Text>
        {onRetry && <Button variant="light" color="red" onClick={onRetry}>{t('common.retry')}</Button>}
      </Stack>
    </Alert>
  );
}

/** Field messages from a 400 response, keyed by field name. */
export function fieldErrors(e: unknown): Record<string, string> {
  return e instanceof ApiError ? e.fields : {};
}
