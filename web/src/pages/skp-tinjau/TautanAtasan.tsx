import { Badge, Box, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { Skp } from '../../api/skp.ts';
import { useT } from '../../i18n/context.tsx';
import type { PetaAtasan } from './tautan.ts';

/** Under a subordinate RHK: which atasan RHK it intervenes, by number, colour and text. */
export function TautanAtasan({ rhk, peta, model }: { rhk: Skp['rhk'][number]; peta: PetaAtasan; model: Skp['model'] }) {
  const t = useT();
  const hit = rhk.intervensiRhkId ? peta.byId.get(rhk.intervensiRhkId) : undefined;
  if (hit) {
    return (
      <Box className="tautan" style={{ '--tautan-warna': `var(--mantine-color-${hit.warna}-6)` } as CSSProperties}>
        <Text size="sm" fw={600}>
          {t('tinjau.mengintervensi')}{' '}
          <Badge color={hit.warna} variant="filled" tt="none" size="md">{t('tinjau.rhkPimpinanN', { n: hit.nomor })}</Badge>
        </Text>
        <Text size="md" className="pecah">{hit.uraian}</Text>
      </Box>
    );
  }
  // Points at an older version of the atasan's RHK, or at text typed while the atasan had no SKP.
  const teks = rhk.intervensiUraian ?? rhk.intervensiTeks;
  if (teks) {
    return (
      <Box className="tautan">
        <Text size="sm" fw={600}>{rhk.intervensiUraian ? t('tinjau.mengintervensiLama') : t('tinjau.mengintervensiTeks')}</Text>
        <Text size="md" className="pecah">{teks}</Text>
      </Box>
    );
  }
  if (rhk.jenis !== 'UTAMA' || model === 'JPT') return null;
  return (
    <Box className="tautan" style={{ '--tautan-warna': 'var(--mantine-color-orange-6)' } as CSSProperties}>
      <Text size="sm" fw={600} c="orange.9">{t('tinjau.belumMengintervensi')}</Text>
    </Box>
  );
}
