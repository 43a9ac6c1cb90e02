import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { Skp } from '../../api/skp.ts';
import { useT } from '../../i18n/context.tsx';
import type { PetaAtasan } from './tautan.ts';

/** The penilai's RHK, each with the subordinate RHK that support it (or a note that none do). */
export function RhkAtasanPanel({ skp, peta, nomor, saya }: { skp: Skp; peta: PetaAtasan; nomor: Map<string, number>; saya: boolean }) {
  const t = useT();
  const namaRhk = (r: Skp['rhk'][number]) => t(r.jenis === 'UTAMA' ? 'tinjau.rhkUtamaN' : 'tinjau.rhkTambahanN', { n: nomor.get(r.id) ?? 0 });
  return (
    <section className="tinjau-atasan" aria-labelledby="rhk-atasan-judul">
      <Title order={2} size="h3" id="rhk-atasan-judul">{t('tinjau.rhkAtasanJudul')}</Title>
      <Text c="dimmed" mb="sm">
        {saya ? t('tinjau.rhkAtasanSaya') : skp.penilai ? t('tinjau.rhkAtasanMilik', { nama: skp.penilai.nama }) : t('tinjau.tanpaPenilai')}
      </Text>
      {peta.atasan.length === 0 ? (
        <Text c="dimmed">{skp.penilai ? t('tinjau.rhkAtasanKosong') : ''}</Text>
      ) : (
        <Stack gap="sm" component="ol" className="polos">
          {peta.atasan.map((a) => {
            const dukung = peta.pendukung.get(a.id) ?? [];
            return (
              <Card key={a.id} withBorder padding="sm" component="li" className="kartu-berwarna"
                style={{ '--tautan-warna': `var(--mantine-color-${a.warna}-6)` } as CSSProperties}>
                <Group gap="xs" mb={4}>
                  <Badge color={a.warna} variant="filled" tt="none" size="md">{t('tinjau.rhkPimpinanN', { n: a.nomor })}</Badge>
                  <Text size="sm" c="dimmed">{t(`tinjau.jenis.${a.jenis}`)}</Text>
                </Group>
                <Text size="md" className="pecah">{a.uraian}</Text>
                <Text size="sm" mt={4} c={dukung.length ? undefined : 'dimmed'}>
                  {dukung.length ? t('tinjau.didukungOleh', { daftar: dukung.map(namaRhk).join(', ') }) : t('tinjau.belumDidukung')}
                </Text>
              </Card>
            );
          })}
        </Stack>
      )}
    </section>
  );
}
