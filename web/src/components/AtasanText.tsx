import { Badge, Group, Text } from '@mantine/core';
import type { AtasanRingkas } from '../api/types.ts';
import { useT } from '../i18n/context.tsx';

/** The atasan and where that relation comes from (structure, admin setting, Plt, Plh). */
export function AtasanText({ atasan }: { atasan: AtasanRingkas | null }) {
  const t = useT();
  if (!atasan) return <Text c="dimmed" span>{t('pegawai.noAtasan')}</Text>;
  return (
    <Group gap="xs" component="span" wrap="wrap">
      <span>{atasan.namaLengkap} <Text span c="dimmed" size="sm">({atasan.jabatan})</Text></span>
      <Badge variant="light" color={atasan.sumber === 'STRUKTUR' ? 'gray' : 'orange'} size="md" tt="none">
        {t(`sumber.${atasan.sumber}`)}
      </Badge>
    </Group>
  );
}
