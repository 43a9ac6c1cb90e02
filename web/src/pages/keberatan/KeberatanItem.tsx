import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { HasilPenilaian, Keberatan } from '../../api/keberatan.ts';
import { Facts } from '../../components/Facts.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { useT, type Translate } from '../../i18n/context.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';
import { LABEL_PREDIKAT, LABEL_RATING, PREDIKAT_COLOR } from '../evaluasi/labels.ts';
import { KeberatanBadge, tahapKeberatan } from './KeberatanBadge.tsx';
import { PutusanForm } from './PutusanForm.tsx';

/** Ratings, predikat and document code, before or after the decision. */
function Hasil({ t, h, kodeCatatan }: { t: Translate; h: HasilPenilaian; kodeCatatan?: boolean }) {
  return (
    <Facts rows={[
      [t('keberatan.ratingHasil'), LABEL_RATING[h.ratingHasil]],
      [t('keberatan.ratingPerilaku'), LABEL_RATING[h.ratingPerilaku]],
      [t('keberatan.predikat'), <Badge size="lg" tt="none" color={PREDIKAT_COLOR[h.predikat]}>{LABEL_PREDIKAT[h.predikat]}</Badge>],
      [t('keberatan.kode'), <span className="rumus">{kodeCatatan ? t('keberatan.kodeLama', { kode: h.kodeVerifikasi }) : h.kodeVerifikasi}</span>],
    ]} />
  );
}

/**
 * One objection: who, which year, the original evaluation, the reason and, once decided, the decision
 * with the new ratings. The decision form follows when the caller may decide.
 */
export function KeberatanItem({ k, sorot, diputusLain, onSelesai, onBerubah }: {
  k: Keberatan; sorot: boolean; diputusLain: boolean; onSelesai: (saved: Keberatan) => void; onBerubah: () => void;
}) {
  const t = useT();
  const tahap = tahapKeberatan(k);
  const idJudul = `kb-${k.id}`;
  const info: [string, ReactNode][] = [
    [t('keberatan.pegawai'), `${k.pegawai.nama} · NIP ${k.pegawai.nip}`],
    [t('keberatan.tahun'), String(k.tahun)],
    [t('keberatan.penilai'), k.penilai ? k.penilai.nama : '—'],
    [t('keberatan.pemutus'), k.pemutus ? k.pemutus.nama : t('keberatan.pemutusAdmin')],
    [t('keberatan.diajukanAt'), formatDateTime(k.diajukanAt)],
    [t('keberatan.status'), t(`keberatan.status.${tahap}`)],
  ];
  if (k.status === 'DIAJUKAN') info.splice(5, 0, [t('keberatan.batasPengajuan'), formatDate(k.batasPengajuan)]);

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`${idJudul}-judul`} id={idJudul}
      className={sorot ? 'kb-item kb-sorot' : 'kb-item'} tabIndex={sorot ? -1 : undefined}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={`${idJudul}-judul`} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            {t('keberatan.judulItem', { nama: k.pegawai.nama, tahun: k.tahun })}
          </Title>
          <KeberatanBadge k={k} />
        </Group>
        <Facts rows={info} />

        <Stack gap={4}>
          <Title order={4} size="h5">{t('keberatan.semulaJudul')}</Title>
          <Hasil t={t} h={k.semula} kodeCatatan={!!k.hasil} />
        </Stack>

        <Stack gap={4}>
          <Title order={4} size="h5">{t('keberatan.alasanJudul')}</Title>
          <blockquote className="kb-kutipan">{k.alasan}</blockquote>
        </Stack>

        {diputusLain && k.status === 'DIPUTUS' && (
          <Alert color="orange" icon={<IconAlert />} title={t('keberatan.sudahDiputusJudul')} role="status">
            <Text size="md">{t('keberatan.sudahDiputusIsi')}</Text>
          </Alert>
        )}

        {k.status === 'DIPUTUS' && k.keputusan && (
          <Stack gap="xs" className={`kb-keputusan kb-${tahap.toLowerCase()}`}>
            <Title order={4} size="h5">{t('keberatan.keputusanJudul')}</Title>
            <Text fw={700} size="lg">{t(`keberatan.keputusan.${k.keputusan}`)}</Text>
            <Facts rows={[
              [t('keberatan.catatan'), <span className="kb-teks">{k.catatanKeputusan ?? '—'}</span>],
              [t('keberatan.diputusOleh'), t('keberatan.diputusOlehWaktu', { nama: k.diputusOleh ?? '—', waktu: formatDateTime(k.diputusAt) })],
            ]} />
            {k.hasil && (
              <Stack gap={4} mt="xs">
                <Title order={5} size="h6" fz="md">{t('keberatan.hasilJudul')}</Title>
                <Hasil t={t} h={k.hasil} />
              </Stack>
            )}
          </Stack>
        )}

        {k.akses.putuskan && <PutusanForm k={k} onSelesai={onSelesai} onBerubah={onBerubah} />}

        <div>
          <Anchor component={Link} to={`/skp/${k.skpId}/evaluasi`} size="md">{t('keberatan.keEvaluasi')}</Anchor>
        </div>
      </Stack>
    </Card>
  );
}
