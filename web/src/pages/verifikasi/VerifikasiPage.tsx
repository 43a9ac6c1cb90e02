import '@mantine/core/styles/List.css';
import './verifikasi.css';
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useAntrian, useVerifikasi, type Aktivitas, type Antrian } from '../../api/aktivitas.ts';
import { ApiError } from '../../api/client.ts';
import { formatMenit } from '../../components/aktivitas/format.ts';
import { ErrorAlert, errorText } from '../../components/ErrorAlert.tsx';
import { formatHari } from '../../components/kalender/KalenderBulan.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { AntrianRow, TriCheckbox } from './AntrianRow.tsx';

type Keputusan = 'diterima' | 'ditolak';
interface Hasil { status: Keputusan; diproses: number; gagal: { id: string; alasan: string; uraian: string }[] }

const idsOf = (list: Aktivitas[]) => list.map((a) => a.id);

/**
 * Entries drawn in the first paint (whole people, at least one): about two phone screens. The rest
 * follow in a transition, which React renders in slices between the browser's frames, so a queue of
 * hundreds shows its head at once on a slow phone and stays responsive while the rest is drawn.
 */
const FIRST_PAINT_ENTRIES = 12;

const headOf = (groups: Antrian) => {
  let n = 0;
  const k = groups.findIndex((g) => (n += g.jumlah) > FIRST_PAINT_ENTRIES);
  return k === -1 ? groups : groups.slice(0, Math.max(1, k));
};

/** The atasan's queue: subordinates' waiting activities, by person then day, oldest first; decided in bulk or one by one. */
export default function VerifikasiPage() {
  const t = useT();
  const antrian = useAntrian();
  const verif = useVerifikasi();
  const { mutate } = verif;
  const [dipilih, setDipilih] = useState<ReadonlySet<string>>(new Set());
  const [hasil, setHasil] = useState<Hasil | null>(null);
  const [kembalikan, setKembalikan] = useState<string[] | null>(null);
  const [catatan, setCatatan] = useState('');
  const [catatanGalat, setCatatanGalat] = useState<string | null>(null);

  // Whoever has waited longest comes first.
  const groups: Antrian = useMemo(() => [...(antrian.data ?? [])].sort((a, b) => a.tertua.localeCompare(b.tertua) || a.pegawai.nama.localeCompare(b.pegawai.nama)), [antrian.data]);
  const byId = useMemo(() => new Map(groups.flatMap((g) => g.hari.flatMap((h) => h.aktivitas)).map((a) => [a.id, a])), [groups]);
  const semua = useMemo(() => [...byId.keys()], [byId]);
  // Only ids still in the queue count as selected.
  const pilihan = useMemo(() => semua.filter((id) => dipilih.has(id)), [semua, dipilih]);
  const [lengkap, setLengkap] = useState(false);
  useEffect(() => {
    if (antrian.data && !lengkap) startTransition(() => setLengkap(true));
  }, [antrian.data, lengkap]);
  const tampil = lengkap ? groups : headOf(groups);

  const toggle = useCallback((id: string, on: boolean) => {
    setDipilih((cur) => {
      const next = new Set(cur);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const toggleMany = useCallback((ids: string[], on: boolean) => {
    setDipilih((cur) => {
      const next = new Set(cur);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const putuskan = useCallback((ids: string[], status: Keputusan, cat: string | null) => {
    setHasil(null);
    mutate({ ids, status, catatan: cat }, {
      onSuccess: (r) => {
        setHasil({ status, diproses: r.diproses.length, gagal: r.gagal.map((g) => ({ ...g, uraian: byId.get(g.id)?.uraian ?? '' })) });
        toggleMany(r.diproses, false);
        setKembalikan(null);
        setCatatan('');
      },
      onError: (e) => {
        if (e instanceof ApiError && e.fields['catatan']) setCatatanGalat(e.fields['catatan']);
      },
    });
  }, [mutate, byId, toggleMany]);

  const terimaSatu = useCallback((id: string) => putuskan([id], 'diterima', null), [putuskan]);
  const kembalikanSatu = useCallback((id: string) => { setCatatan(''); setCatatanGalat(null); setKembalikan([id]); }, []);

  const kirimKembalikan = () => {
    if (!kembalikan) return;
    if (!catatan.trim()) return setCatatanGalat(t('verifikasi.modal.wajib'));
    putuskan(kembalikan, 'ditolak', catatan.trim());
  };

  if (antrian.isPending) return <Loading />;
  if (antrian.isError) return <ErrorAlert error={antrian.error} onRetry={() => antrian.refetch()} />;

  const n = pilihan.length;
  const sibuk = verif.isPending;

  return (
    <Stack gap="md" className="vf-page">
      <PageHeader title={t('verifikasi.title')} intro={t('verifikasi.intro')} />
      {verif.isError && !kembalikan && <ErrorAlert error={verif.error} />}

      {groups.length === 0 ? (
        <>
          {hasil && <Alert color="green" role="status">{t(hasil.status === 'diterima' ? 'verifikasi.hasil.diterima' : 'verifikasi.hasil.dikembalikan', { n: hasil.diproses })}</Alert>}
          <Text c="dimmed" size="md">{t('verifikasi.kosong')}</Text>
        </>
      ) : (
        <>
          <div className="vf-toolbar">
            <label className="vf-all">
              <TriCheckbox checked={n > 0 && n === semua.length} indeterminate={n > 0 && n < semua.length}
                onChange={(on) => toggleMany(semua, on)} label={t('verifikasi.pilihSemua')} />
              <span aria-hidden="true">{t('verifikasi.pilihSemua')}</span>
            </label>
            <Text size="sm" c="dimmed">{t('verifikasi.ringkasan', { n: semua.length, orang: groups.length })}</Text>
          </div>

          {tampil.map((g) => {
            const ids = g.hari.flatMap((h) => idsOf(h.aktivitas));
            const on = ids.filter((id) => dipilih.has(id)).length;
            const menit = g.hari.reduce((s, h) => s + h.aktivitas.reduce((x, a) => x + a.menit, 0), 0);
            return (
              <section key={g.pegawai.id} className="vf-orang" aria-labelledby={`vf-o-${g.pegawai.id}`}>
                <div className="vf-orang-head">
                  <TriCheckbox checked={on > 0 && on === ids.length} indeterminate={on > 0 && on < ids.length}
                    onChange={(x) => toggleMany(ids, x)} label={t('verifikasi.pilihOrang', { nama: g.pegawai.nama })} />
                  <div style={{ minWidth: 0 }}>
                    <h2 className="vf-nama" id={`vf-o-${g.pegawai.id}`}>{g.pegawai.nama}</h2>
                    <p className="vf-sub">{g.pegawai.nip} · {g.pegawai.jabatan}</p>
                    <p className="vf-sub">{t('verifikasi.orangRingkas', { n: g.jumlah, durasi: formatMenit(t, menit), tertua: formatDate(g.tertua) })}</p>
                  </div>
                </div>
                {g.hari.map((h) => {
                  const hid = idsOf(h.aktivitas);
                  const hon = hid.filter((id) => dipilih.has(id)).length;
                  const label = formatHari(t, h.tanggal);
                  return (
                    <div key={h.tanggal} className="vf-hari">
                      <label className="vf-hari-head">
                        <TriCheckbox checked={hon > 0 && hon === hid.length} indeterminate={hon > 0 && hon < hid.length}
                          onChange={(x) => toggleMany(hid, x)} label={t('verifikasi.pilihHari', { nama: g.pegawai.nama, hari: label })} />
                        <span aria-hidden="true">{label}</span>
                        <span className="vf-sub vf-nowrap" aria-hidden="true">({h.aktivitas.length})</span>
                      </label>
                      <ul className="vf-list">
                        {h.aktivitas.map((a) => (
                          <AntrianRow key={a.id} a={a} checked={dipilih.has(a.id)} sibuk={sibuk}
                            onToggle={toggle} onTerima={terimaSatu} onKembalikan={kembalikanSatu} />
                        ))}
                      </ul>
                    </div>
                  );
                })}
              </section>
            );
          })}

          <div className="vf-bar" role="region" aria-label={t('verifikasi.aksiLabel')}>
            {hasil && (
              <Alert color={hasil.gagal.length ? 'orange' : 'green'} role="status" aria-live="polite" withCloseButton onClose={() => setHasil(null)}
                closeButtonLabel={t('common.close')} className="vf-hasil" p="xs">
                <Text size="md" fw={700}>
                  {t(hasil.status === 'diterima' ? 'verifikasi.hasil.diterima' : 'verifikasi.hasil.dikembalikan', { n: hasil.diproses })}
                  {hasil.gagal.length > 0 && ` ${t('verifikasi.hasil.gagal', { n: hasil.gagal.length })}`}
                </Text>
                {hasil.gagal.length > 0 && (
                  <List size="sm" mt={4}>
                    {hasil.gagal.map((g) => <List.Item key={g.id}>{g.uraian ? `${g.uraian.slice(0, 80)}: ` : ''}{g.alasan}</List.Item>)}
                  </List>
                )}
              </Alert>
            )}
            {/* Until something is ticked the bar is one line, leaving a phone's screen to the queue. */}
            {n === 0 ? <Text size="sm" c="dimmed" aria-live="polite">{t('verifikasi.petunjukPilih')}</Text> : (
              <>
                <Text fw={700} size="md" aria-live="polite">{t('verifikasi.dipilihN', { n })}</Text>
                <Group gap="xs" wrap="wrap">
                  <Button color="green" loading={sibuk && !kembalikan} onClick={() => putuskan(pilihan, 'diterima', null)}>
                    {t('verifikasi.terimaDipilih')}
                  </Button>
                  <Button color="red" variant="outline" disabled={sibuk}
                    onClick={() => { setCatatan(''); setCatatanGalat(null); setKembalikan(pilihan); }}>
                    {t('verifikasi.kembalikanDipilih')}
                  </Button>
                </Group>
              </>
            )}
          </div>
        </>
      )}

      <Modal opened={!!kembalikan} onClose={() => setKembalikan(null)} title={t('verifikasi.modal.judul', { n: kembalikan?.length ?? 0 })} centered
        closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={(e) => { e.preventDefault(); kirimKembalikan(); }} noValidate>
          <Stack>
            {kembalikan?.length === 1 && <Text size="sm" c="dimmed" lineClamp={3}>{byId.get(kembalikan[0]!)?.uraian}</Text>}
            <Textarea label={t('verifikasi.modal.catatan')} description={t('verifikasi.modal.bantuan')} value={catatan} required autosize minRows={3}
              maxLength={2000} data-autofocus error={catatanGalat}
              onChange={(e) => { setCatatan(e.currentTarget.value); setCatatanGalat(null); }}
              onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); kirimKembalikan(); } }} />
            {verif.isError && !catatanGalat && <Text c="red.8" size="sm" role="alert">{errorText(t, verif.error)}</Text>}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setKembalikan(null)}>{t('common.cancel')}</Button>
              <Button type="submit" color="red" loading={sibuk}>{t('verifikasi.modal.kirim', { n: kembalikan?.length ?? 0 })}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
