import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { aktivitasKeys, geserTanggal, type Aktivitas, type RhkPilihan } from '../../api/aktivitas.ts';
import { api } from '../../api/client.ts';
import { formatDurasi, formatOutput } from '../../components/aktivitas/format.ts';
import { errorText } from '../../components/ErrorAlert.tsx';
import { formatHari } from '../../components/kalender/KalenderBulan.tsx';
import { useT } from '../../i18n/context.tsx';
import { simpan, syncNow } from '../../offline/engine.ts';
import { newId } from '../../offline/ids.ts';
import { useOutbox } from '../../offline/useOutbox.ts';
import { gabungHari, keData, type Entri } from './entri.ts';
import { dariData, type Values } from './formState.ts';

type Keadaan = { jenis: 'tutup' } | { jenis: 'muat' } | { jenis: 'kosong' } | { jenis: 'galat'; pesan: string } | { jenis: 'daftar'; dari: string; list: Entri[] };

const HARI_KE_BELAKANG = 7;

/**
 * "Ulangi kemarin": the entries of the last day with any (within a week, so Monday finds Friday)
 * copied to the chosen day. One entry goes straight into the form; several are listed to copy one
 * by one, or to save all at once.
 */
export function UlangiKemarin({ tanggal, pilihan, onSalin, children }: {
  tanggal: string; pilihan: RhkPilihan[]; onSalin: (v: Partial<Values>, pesan: string) => void;
  /** Places the button (beside other tools) and the panel (on its own row below them). */
  children: (tombol: ReactNode, panel: ReactNode) => ReactNode;
}) {
  const t = useT();
  const qc = useQueryClient();
  const ob = useOutbox();
  const [k, setK] = useState<Keadaan>({ jenis: 'tutup' });
  const [menyimpan, setMenyimpan] = useState(false);
  const rhk = new Map(pilihan.map((r) => [r.rhkId, r]));

  const salinan = (e: Entri): Partial<Values> | null => {
    const r = rhk.get(e.rhkId);
    if (!r) return null;
    const v = dariData(keData(e));
    return { ...v, tanggal, rencanaAksiId: r.rencanaAksi.some((a) => a.id === e.rencanaAksiId) ? e.rencanaAksiId : null };
  };

  const cari = async () => {
    setK({ jenis: 'muat' });
    const dari = geserTanggal(tanggal, -HARI_KE_BELAKANG);
    const sampai = geserTanggal(tanggal, -1);
    let rows: Aktivitas[] = [];
    try {
      rows = await qc.fetchQuery({
        queryKey: aktivitasKeys.list(dari, sampai),
        queryFn: ({ signal }) => api.get<Aktivitas[]>('/aktivitas', { dari, sampai }, signal),
        staleTime: 30_000,
        // Offline the service worker may still have a copy; never wait for the connection.
        networkMode: 'offlineFirst',
      });
    } catch (e) {
      // Offline without a cached copy: this device's own unsent entries may still be there.
      if (!ob.items.length) return setK({ jenis: 'galat', pesan: errorText(t, e) });
    }
    const hari = [...new Set([...rows.map((r) => r.tanggal), ...ob.items.map((i) => i.data.tanggal)])]
      .filter((d) => d >= dari && d <= sampai).sort().reverse();
    for (const d of hari) {
      const list = gabungHari(d, rows.filter((r) => r.tanggal === d), ob.items).filter((e) => !e.akanDihapus && e.status !== 'DITOLAK');
      if (!list.length) continue;
      const bisa = list.filter((e) => rhk.has(e.rhkId));
      if (list.length === 1 && bisa.length === 1) {
        onSalin(salinan(bisa[0]!)!, t('aktivitas.ulangi.disalinSatu', { hari: formatHari(t, d) }));
        return setK({ jenis: 'tutup' });
      }
      return setK({ jenis: 'daftar', dari: d, list });
    }
    setK({ jenis: 'kosong' });
  };

  const simpanSemua = async (list: Entri[]) => {
    setMenyimpan(true);
    try {
      let n = 0;
      for (const e of list) {
        const v = salinan(e);
        if (!v) continue;
        const r = rhk.get(e.rhkId)!;
        await simpan({
          id: newId(), version: null, buktiBaru: [],
          data: { ...keData(e), tanggal, rencanaAksiId: v.rencanaAksiId ?? null },
          tampil: { rhkUraian: r.uraian, rencanaAksiUraian: r.rencanaAksi.find((a) => a.id === v.rencanaAksiId)?.uraian ?? null },
        });
        n += 1;
      }
      setK({ jenis: 'tutup' });
      onSalin({}, t('aktivitas.ulangi.tersimpanSemua', { n }));
      void syncNow();
    } finally {
      setMenyimpan(false);
    }
  };

  const tombol = <Button variant="default" onClick={() => void cari()} loading={k.jenis === 'muat'}>{t('aktivitas.ulangi.tombol')}</Button>;
  const panel = (
    <>
      {k.jenis === 'kosong' && <Text size="sm" c="dimmed" role="status">{t('aktivitas.ulangi.kosong', { n: HARI_KE_BELAKANG })}</Text>}
      {k.jenis === 'galat' && <Text size="sm" c="red.8" role="alert">{k.pesan}</Text>}
      {k.jenis === 'daftar' && (
        <Card withBorder padding="sm" className="akt-ulangi" role="region" aria-label={t('aktivitas.ulangi.judul', { hari: formatHari(t, k.dari) })}>
          <Stack gap="xs">
            <Text fw={700}>{t('aktivitas.ulangi.judul', { hari: formatHari(t, k.dari) })}</Text>
            {k.list.map((e) => {
              const v = salinan(e);
              return (
                <Group key={e.id} justify="space-between" wrap="nowrap" gap="xs" className="akt-ulangi-row">
                  <div style={{ minWidth: 0, flex: 1 }}>
                    <Text size="sm" fw={600} lineClamp={2}>{e.uraian}</Text>
                    <Text size="xs" c="dimmed">{[formatOutput(e), formatDurasi(t, e)].filter(Boolean).join(' · ')}</Text>
                    {!v && <Text size="xs" c="red.8">{t('aktivitas.ulangi.rhkHilang')}</Text>}
                  </div>
                  <Button size="sm" variant="light" disabled={!v} style={{ flex: 'none' }} onClick={() => { if (v) onSalin(v, t('aktivitas.ulangi.disalinSatu', { hari: formatHari(t, k.dari) })); }}
                    aria-label={t('aktivitas.ulangi.salinSatuLabel', { uraian: e.uraian.slice(0, 60) })}>
                    {t('aktivitas.ulangi.salin')}
                  </Button>
                </Group>
              );
            })}
            <Group gap="xs">
              <Button onClick={() => void simpanSemua(k.list)} loading={menyimpan}>{t('aktivitas.ulangi.simpanSemua', { n: k.list.filter((e) => rhk.has(e.rhkId)).length })}</Button>
              <Button variant="default" onClick={() => setK({ jenis: 'tutup' })}>{t('common.close')}</Button>
            </Group>
          </Stack>
        </Card>
      )}
    </>
  );
  return children(tombol, panel);
}
