import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Skp } from '../../api/skp.ts';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** Every version of one pegawai's SKP for a periode, newest last; the one on screen is marked. */
export function VersiList({ versi, currentId }: { versi: Skp['versiLain']; currentId?: string }) {
  const t = useT();
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {versi.map((v) => (
        <li key={v.id}>
          <Group gap="xs" wrap="wrap">
            {v.id === currentId
              ? <Text fw={700} aria-current="page">{t('skp.versiKe', { versi: v.versi })} ({t('skp.versiIni')})</Text>
              : <Anchor component={Link} to={`/skp/${v.id}`} fw={700}>{t('skp.versiKe', { versi: v.versi })}</Anchor>}
            <StatusBadge status={v.status} size="sm" />
          </Group>
          <Text size="sm" c="dimmed">
            {t('skp.berlaku', { mulai: formatDate(v.mulai), selesai: formatDate(v.selesai) })}
            {v.jenisRevisi && ` · ${t('skp.revisiKarena', { jenis: t(`skp.jenisRevisi.${v.jenisRevisi}`) })}`}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
