import { Box, Group, Progress, Text } from '@mantine/core';
import type { Progres } from '../../api/skp.ts';
import { STATUS_SKP, WARNA_STATUS } from '../../components/tinjau/StatusSkpBadge.tsx';
import { useT } from '../../i18n/context.tsx';

export type UnitProgres = Progres['unit'][number] & { total: number; persen: number };

export function hitungUnit(u: Progres['unit'][number]): UnitProgres {
  const total = STATUS_SKP.reduce((s, k) => s + (u.jumlah[k] ?? 0), 0);
  return { ...u, total, persen: total ? Math.round(((u.jumlah.DISETUJUI ?? 0) / total) * 100) : 0 };
}

/** One unit: name, share approved, a stacked bar (decorative) and the same numbers as text. */
export function ProgresUnit({ u, indent }: { u: UnitProgres; indent: number }) {
  const t = useT();
  return (
    <li className="progres-unit" style={{ paddingLeft: `${indent}rem` }}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={600} size="md" className="pecah">{u.nama}</Text>
        <Text fw={700} size="md" style={{ whiteSpace: 'nowrap' }}>{t('progres.persenDisetujui', { n: u.persen })}</Text>
      </Group>
      <Box aria-hidden="true" my={6}>
        <Progress.Root size="xl">
          {STATUS_SKP.map((s) => (u.jumlah[s] ? (
            <Progress.Section key={s} value={(u.jumlah[s] / u.total) * 100} color={WARNA_STATUS[s] === 'gray' ? 'gray.5' : WARNA_STATUS[s]} />
          ) : null))}
        </Progress.Root>
      </Box>
      <Text size="sm" c="dimmed">
        {STATUS_SKP.map((s) => `${t(`tinjau.status.${s}`)} ${u.jumlah[s] ?? 0}`).join(' · ')}
        {' '}{t('progres.dariPegawai', { n: u.total })}
      </Text>
    </li>
  );
}
