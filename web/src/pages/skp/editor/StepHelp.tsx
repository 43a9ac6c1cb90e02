import { Alert, Text } from '@mantine/core';
import { IconInfo } from '../../../components/icons.tsx';

/** A short explanation at the top of a step, for someone writing an SKP for the first time. */
export function StepHelp({ title, lines }: { title: string; lines: string[] }) {
  return (
    <Alert color="blue" variant="light" icon={<IconInfo />} title={title}>
      {lines.map((l) => <Text key={l} size="sm" mb={4}>{l}</Text>)}
    </Alert>
  );
}
