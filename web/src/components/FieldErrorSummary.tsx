import { Alert, List, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';
import { IconAlert } from './icons.tsx';

/**
 * Top-of-form notice for a 400 answer. Messages for fields the form shows inline stay under those
 * fields; any other message (a rule across fields, a field this form has no input for) is listed here.
 */
export function FieldErrorSummary({ errors, shown }: { errors: Record<string, string>; shown: readonly string[] }) {
  const t = useT();
  const keys = Object.keys(errors);
  if (keys.length === 0) return null;
  const others = keys.filter((k) => !shown.includes(k)).map((k) => errors[k]);
  return (
    <Alert color="red" icon={<IconAlert />} role="alert">
      <Text size="md">{t('error.checkFields')}</Text>
      {others.length > 0 && (
        <List size="md" mt="xs">{others.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>
      )}
    </Alert>
  );
}
