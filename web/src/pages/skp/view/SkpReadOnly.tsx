import { Card, Stack, Text, Title } from '@mantine/core';
import type { Skp } from '../../../api/skp.ts';
import { useT } from '../../../i18n/context.tsx';
import { PerilakuTable } from './PerilakuTable.tsx';
import { RencanaAksiView } from './RencanaAksiView.tsx';
import { RhkTable } from './RhkTable.tsx';

const LAMPIRAN = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const;

/** The SKP as the official form lays it out, for reading (submitted, approved, or not mine). */
export function SkpReadOnly({ skp }: { skp: Skp }) {
  const t = useT();
  const kuantitatif = skp.pendekatan === 'KUANTITATIF';
  const utama = skp.rhk.filter((r) => r.jenis === 'UTAMA');
  const tambahan = skp.rhk.filter((r) => r.jenis === 'TAMBAHAN');
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h3">{t('skp.view.hasilKerja')}</Title>
          <Title order={3} size="h4">{t('skp.view.utama')}</Title>
          <RhkTable rhk={utama} model={skp.model} kuantitatif={kuantitatif} jenis="UTAMA" />
          <Title order={3} size="h4">{t('skp.view.tambahan')}</Title>
          <RhkTable rhk={tambahan} model={skp.model} kuantitatif={kuantitatif} jenis="TAMBAHAN" />
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h3">{t('skp.perilaku.title')}</Title>
          <PerilakuTable ekspektasi={skp.ekspektasi} />
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h3">{t('skp.lampiran.title')}</Title>
          {LAMPIRAN.map((k, i) => (
            <div key={k}>
              <Title order={3} size="h5">{i + 1}. {t(`skp.lampiran.${k}`)}</Title>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{skp.lampiran[k] || '—'}</Text>
            </div>
          ))}
        </Stack>
      </Card>
      {skp.rhk.length > 0 && (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">{t('skp.ra.title')}</Title>
            <RencanaAksiView rhk={skp.rhk} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
