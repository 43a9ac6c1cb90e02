import { List, Stack, Text } from '@mantine/core';
import type { Skp } from '../../../api/skp.ts';
import { useT } from '../../../i18n/context.tsx';
import { namaBulan } from '../labels.ts';

/** Rencana aksi per RHK, each folded so the page stays short. */
export function RencanaAksiView({ rhk }: { rhk: Skp['rhk'] }) {
  const t = useT();
  const nomor = { UTAMA: 0, TAMBAHAN: 0 };
  return (
    <Stack gap={4}>
      {rhk.map((r) => {
        nomor[r.jenis] += 1;
        const nama = t(r.jenis === 'UTAMA' ? 'skp.rhkUtamaKe' : 'skp.rhkTambahanKe', { n: nomor[r.jenis] });
        return (
          <details key={r.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <summary style={{ cursor: 'pointer', padding: '0.625rem 0', overflowWrap: 'anywhere' }}>
              <Text span fw={600}>{nama}</Text>
              <Text span> — {r.uraian || '—'} ({t('skp.ra.jumlah', { n: r.rencanaAksi.length })})</Text>
            </summary>
            {r.rencanaAksi.length === 0
              ? <Text size="sm" c="dimmed" pb="sm">{t('skp.ra.kosong')}</Text>
              : (
                <List size="sm" pb="sm" spacing={4} style={{ overflowWrap: 'anywhere' }}>
                  {r.rencanaAksi.map((a) => (
                    <List.Item key={a.id}><b>{namaBulan(a.bulan)}:</b> {a.uraian || '—'}</List.Item>
                  ))}
                </List>
              )}
          </details>
        );
      })}
    </Stack>
  );
}
