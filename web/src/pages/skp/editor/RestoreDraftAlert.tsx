import { Alert, Button, Group, Text } from '@mantine/core';
import { IconInfo } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import type { StoredDraft } from './draftStorage.ts';

/** Typing from an earlier visit that never reached the server (closed tab, no signal). */
export function RestoreDraftAlert({ stored, onRestore, onDiscard }: { stored: StoredDraft; onRestore: () => void; onDiscard: () => void }) {
  const t = useT();
  return (
    <Alert color="yellow" icon={<IconInfo />} title={t('skp.restore.title')} role="alert">
      <Text mb="sm">{t('skp.restore.body', { waktu: formatDateTime(stored.at) })}</Text>
      <Group gap="sm">
        <Button onClick={onRestore}>{t('skp.restore.pulihkan')}</Button>
        <Button variant="default" onClick={onDiscard}>{t('skp.restore.buang')}</Button>
      </Group>
    </Alert>
  );
}
