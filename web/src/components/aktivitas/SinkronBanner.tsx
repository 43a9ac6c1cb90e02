import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/context.tsx';
import { belumTerkirim, perluDiperiksa, syncNow } from '../../offline/engine.ts';
import { useOnline, useOutbox } from '../../offline/useOutbox.ts';
import { IconCloudOff } from './icons.tsx';

/** What is still only on this device, and whether it is being sent. Silent when all is sent and online. */
export function SinkronBanner() {
  const t = useT();
  const ob = useOutbox();
  const online = useOnline();
  const belum = ob.items.filter((i) => belumTerkirim(i) && !ob.mengirim.has(i.id)).length;
  const periksa = ob.items.filter(perluDiperiksa).length;
  if (online && belum === 0 && periksa === 0) return null;
  const keadaan = ob.sedangKirim ? t('offline.mengirim')
    : !online ? t('offline.luring')
      : ob.perluMasuk ? t('offline.perluMasuk')
        : ob.gagalJaringan ? t('offline.gagalJaringan') : null;
  return (
    <Alert color={belum > 0 || !online ? 'orange' : 'red'} icon={<IconCloudOff />} role="status" aria-live="polite" className="akt-banner">
      <Stack gap={4}>
        {!online && belum === 0 && <Text fw={700}>{t('offline.judulLuring')}</Text>}
        {belum > 0 && <Text fw={700} size="lg">{t('offline.belumTerkirimN', { n: belum })}</Text>}
        {keadaan && <Text size="md">{keadaan}</Text>}
        {periksa > 0 && <Text size="md" fw={600}>{t('offline.perluDiperiksaN', { n: periksa })}</Text>}
        {belum > 0 && online && !ob.sedangKirim && (
          <Group><Button variant="white" color="orange" onClick={() => void syncNow()}>{t('offline.kirimSekarang')}</Button></Group>
        )}
      </Stack>
    </Alert>
  );
}
