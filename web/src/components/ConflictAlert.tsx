import { Alert, Button, Group, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';
import { IconAlert } from './icons.tsx';

/** Shown on 409: someone saved the same record first. The user chooses; nothing is lost silently. */
// Long labels wrap inside the button instead of pushing it past a 360-px screen.
const WRAP = { root: { height: 'auto', minHeight: 36, maxWidth: '100%' }, label: { whiteSpace: 'normal' as const, paddingBlock: 6 } };

export function ConflictAlert({ onReload, onOverwrite }: { onReload: () => void; onOverwrite: () => void }) {
  const t = useT();
  return (
    <Alert color="orange" icon={<IconAlert />} title={t('error.conflictTitle')} role="alert">
      <Text size="md" mb="sm">{t('error.conflictBody')}</Text>
      <Group gap="sm">
        <Button variant="filled" color="orange" styles={WRAP} onClick={onReload}>{t('error.conflictReload')}</Button>
        <Button variant="outline" color="orange" styles={WRAP} onClick={onOverwrite}>{t('error.conflictOverwrite')}</Button>
      </Group>
    </Alert>
  );
}
