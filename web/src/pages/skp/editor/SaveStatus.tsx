import { Button, Group, Text } from '@mantine/core';
import { ApiError, NETWORK_ERROR } from '../../../api/client.ts';
import { errorText } from '../../../components/ErrorAlert.tsx';
import { IconAlert, IconCheck } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { formatJam } from '../labels.ts';
import type { SaveState } from './useSkpDraft.ts';

/** One line telling whether the server has what was typed; failures are announced. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = useT();
  if (state.kind === 'error') {
    return (
      <Group gap="xs" role="alert" wrap="wrap">
        <Text c="red.8" fw={600} size="sm">
          <IconAlert size={18} />{' '}
          {state.error instanceof ApiError && state.error.code === NETWORK_ERROR ? t('skp.save.offline') : t('skp.save.error', { pesan: errorText(t, state.error) })}
        </Text>
        <Button size="compact-md" variant="light" color="red" onClick={onRetry}>{t('skp.save.retry')}</Button>
      </Group>
    );
  }
  const text = state.kind === 'saving' ? t('skp.save.saving')
    : state.kind === 'pending' ? t('skp.save.pending')
      : state.kind === 'saved' ? t('skp.save.saved', { jam: formatJam(state.at) })
        : state.kind === 'conflict' ? t('skp.save.conflict')
          : t('skp.save.idle');
  return (
    <Text size="sm" c={state.kind === 'saved' ? 'teal.8' : state.kind === 'conflict' ? 'orange.9' : 'dimmed'} role="status" aria-live="polite">
      {state.kind === 'saved' && <IconCheck size={18} />} {text}
    </Text>
  );
}
