import { Alert, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';
import { IconCheck, IconCopy, IconKey } from './icons.tsx';

/** A password or token the server shows once: big, selectable, with a copy button and a warning. */
export function SecretBox({ title, secret, warning, label }: { title: string; secret: string; warning: string; label: string }) {
  const t = useT();
  return (
    <Alert color="yellow" icon={<IconKey />} title={title}>
      <Stack gap="sm">
        <Text className="secret-box" aria-label={label} data-testid="secret">{secret}</Text>
        <Group>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : 'blue'} leftSection={copied ? <IconCheck /> : <IconCopy />}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="md" fw={600}>{warning}</Text>
      </Stack>
    </Alert>
  );
}
