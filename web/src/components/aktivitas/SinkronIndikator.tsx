import { Anchor, Group, Paper, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useT } from '../../i18n/context.tsx';
import { belumTerkirim } from '../../offline/engine.ts';
import { useOnline, useOutbox } from '../../offline/useOutbox.ts';
import { IconCloudOff } from './icons.tsx';

/**
 * A strip above every page: how many activities are still only on this device, or that the phone is
 * offline, with the way to the activity page (which has the full banner, so the strip stays off there).
 */
export default function SinkronIndikator() {
  const t = useT();
  const ob = useOutbox();
  const online = useOnline();
  const { pathname } = useLocation();
  const belum = ob.items.filter(belumTerkirim).length;
  if ((online && belum === 0) || pathname === '/aktivitas') return null;
  return (
    <Paper role="status" aria-live="polite" bg={belum > 0 ? 'orange.8' : 'gray.7'} c="white" radius="md" px="sm" py={8} mb="sm">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={8} wrap="nowrap">
          <IconCloudOff size={20} />
          <Text fw={700} size="md">{belum > 0 ? t('offline.belumTerkirimN', { n: belum }) : t('offline.judulLuring')}</Text>
        </Group>
        <Anchor component={Link} to="/aktivitas" c="white" fw={700} underline="always" style={{ whiteSpace: 'nowrap' }}>
          {t('offline.lihat')}
        </Anchor>
      </Group>
    </Paper>
  );
}
