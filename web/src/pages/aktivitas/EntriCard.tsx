import { Alert, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { BuktiLokalItem, BuktiServerItem } from '../../components/aktivitas/BuktiView.tsx';
import { formatDurasi, formatOutput } from '../../components/aktivitas/format.ts';
import { StatusAktivitasBadge } from '../../components/aktivitas/StatusAktivitasBadge.tsx';
import { IconPencil, IconTrash } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { buang, buangBukti, kirimPunyaSaya, pakaiVersiServer } from '../../offline/engine.ts';
import { useOutbox } from '../../offline/useOutbox.ts';
import type { Entri } from './entri.ts';
import { KonflikView } from './KonflikView.tsx';

const singkat = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Props {
  e: Entri;
  /** Shown when the card is listed outside its day. */
  denganTanggal?: boolean;
  sedangDiubah: boolean;
  onUbah: (e: Entri) => void;
  onHapus: (e: Entri) => void;
}

/** One entry: its status, the atasan's note, what is still on this device, and what can be done with it. */
export const EntriCard = memo(function EntriCard({ e, denganTanggal, sedangDiubah, onUbah, onHapus }: Props) {
  const t = useT();
  const mengirim = useOutbox().mengirim.has(e.id);
  const ob = e.outbox;
  const dikembalikan = e.status === 'DITOLAK';
  const ditolakServer = ob?.status === 'DITOLAK';
  const konflik = ob?.status === 'KONFLIK';
  const cls = ['akt-entri', dikembalikan || ditolakServer ? 'akt-entri-merah' : '', (e.belumTerkirim && !mengirim) || konflik ? 'akt-entri-tertunda' : '',
    e.akanDihapus ? 'akt-entri-hapus' : '', sedangDiubah ? 'akt-entri-aktif' : ''].filter(Boolean).join(' ');
  const nama = singkat(e.uraian);
  const rincian = [formatOutput(e), formatDurasi(t, e)].filter(Boolean).join(' · ');

  return (
    <li className={cls} aria-label={e.uraian}>
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          {e.status && !e.belumTerkirim && <StatusAktivitasBadge status={e.status} />}
          {e.belumTerkirim && (mengirim ? (
            <Badge color="blue" variant="light" size="lg" tt="none">{t('offline.badge.mengirim')}</Badge>
          ) : (
            <Badge color="orange" variant="filled" size="lg" tt="none">
              {e.akanDihapus ? t('offline.badge.akanDihapus') : t('offline.badge.belumTerkirim')}
            </Badge>
          ))}
          {konflik && <Badge color="orange" variant="outline" size="lg" tt="none">{t('offline.badge.konflik')}</Badge>}
          {ditolakServer && <Badge color="red" variant="outline" size="lg" tt="none">{t('offline.badge.ditolak')}</Badge>}
          {sedangDiubah && <Badge color="blue" variant="light" size="lg" tt="none">{t('aktivitas.daftar.sedangDiubah')}</Badge>}
        </Group>
        <Text fw={600} size="md" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} td={e.akanDihapus ? 'line-through' : undefined}>
          {e.uraian}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {denganTanggal ? `${formatDate(e.tanggal)} · ` : ''}{e.rhkUraian}{e.rencanaAksiUraian ? ` — ${e.rencanaAksiUraian}` : ''}
        </Text>
        {rincian && <Text size="sm">{rincian}</Text>}

        {dikembalikan && (
          <Alert color="red" variant="light" p="xs" title={t('aktivitas.daftar.catatanAtasan')}>
            <Text size="md" style={{ whiteSpace: 'pre-wrap' }}>{e.catatanVerifikasi || t('aktivitas.daftar.tanpaCatatan')}</Text>
          </Alert>
        )}
        {ditolakServer && ob && (
          <Alert color="red" variant="light" p="xs" title={t('offline.ditolak.judul')} role="alert">
            {ob.pesan && <Text size="md">{ob.pesan}</Text>}
            {ob.fields && Object.keys(ob.fields).length > 0 && (
              <List size="sm" mt={4}>{Object.entries(ob.fields).map(([k, m]) => <List.Item key={k}>{m}</List.Item>)}</List>
            )}
          </Alert>
        )}
        {konflik && ob && (
          <KonflikView item={ob} onServer={() => void pakaiVersiServer(ob.id)} onMine={() => void kirimPunyaSaya(ob.id)} />
        )}

        {(e.bukti.length > 0 || e.buktiTertunda.length > 0) && (
          <Stack gap={4}>
            {e.bukti.map((b) => <BuktiServerItem key={b.id} aktivitasId={e.id} b={b} />)}
            {e.buktiTertunda.map((b) => (
              <BuktiLokalItem key={b.id} b={b} onHapus={b.gagal ? () => void buangBukti(e.id, b.id) : undefined} />
            ))}
          </Stack>
        )}

        {!konflik && (
          <Group gap="xs" className="akt-entri-aksi">
            {e.akanDihapus ? (
              <Button variant="default" onClick={() => void pakaiVersiServer(e.id)} aria-label={`${t('aktivitas.daftar.batalHapus')}: ${nama}`}>
                {t('aktivitas.daftar.batalHapus')}
              </Button>
            ) : dikembalikan || ditolakServer ? (
              <Button color="red" leftSection={<IconPencil size={18} />} onClick={() => onUbah(e)} aria-label={`${t('aktivitas.daftar.perbaiki')}: ${nama}`}>
                {t('aktivitas.daftar.perbaiki')}
              </Button>
            ) : (
              <Button variant="default" leftSection={<IconPencil size={18} />} onClick={() => onUbah(e)} aria-label={`${t('common.edit')}: ${nama}`}>
                {t('common.edit')}
              </Button>
            )}
            {ditolakServer && e.status === null ? (
              <Button variant="subtle" color="red" onClick={() => void buang(e.id)} aria-label={`${t('offline.ditolak.buang')}: ${nama}`}>
                {t('offline.ditolak.buang')}
              </Button>
            ) : !e.akanDihapus && (
              <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={() => onHapus(e)} aria-label={`${t('common.delete')}: ${nama}`}>
                {t('common.delete')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </li>
  );
});
