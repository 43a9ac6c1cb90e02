import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTulisUmpanBalik, useUmpanBalik, type TulisInput, type UmpanBalikSkp, type Utas } from '../../api/realisasi.ts';
import { ErrorAlert, errorText, fieldErrors } from '../../components/ErrorAlert.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useWarnBeforeLeave } from '../../lib/useWarnBeforeLeave.ts';

type Akses = UmpanBalikSkp['akses'];
type Sasaran = Pick<TulisInput, 'rhkId' | 'kodeBerakhlak'>;

/** A text box that sends one message: a new thread, or a reply in one. */
function Tulis({ skpId, sasaran, label, balasanUntukId, onDone }: { skpId: string; sasaran: Sasaran; label: string; balasanUntukId?: string; onDone: () => void }) {
  const t = useT();
  const tulis = useTulisUmpanBalik(skpId);
  const [isi, setIsi] = useState('');
  const [galat, setGalat] = useState<string | null>(null);
  useWarnBeforeLeave(isi.trim() !== '');
  const kirim = () => {
    if (!isi.trim()) {
      setGalat(t('umpanBalik.kosongIsi'));
      return;
    }
    tulis.mutate({ ...sasaran, isi: isi.trim(), ...(balasanUntukId ? { balasanUntukId } : {}) }, {
      onSuccess: () => { setIsi(''); onDone(); },
      onError: (e) => setGalat(Object.values(fieldErrors(e))[0] ?? errorText(t, e)),
    });
  };
  return (
    <Stack gap={6}>
      <Textarea label={label} autosize minRows={2} maxLength={4000} value={isi} error={galat} data-autofocus autoFocus
        onChange={(e) => { setIsi(e.currentTarget.value); setGalat(null); }} />
      <Group gap={6}>
        <Button size="compact-md" onClick={kirim} loading={tulis.isPending}>{t('umpanBalik.kirim')}</Button>
        <Button size="compact-md" variant="default" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}

function UtasView({ skpId, utas, sasaran, akses }: { skpId: string; utas: Utas; sasaran: Sasaran; akses: Akses }) {
  const t = useT();
  const [balas, setBalas] = useState(false);
  const terakhir = utas.pesan[utas.pesan.length - 1]!;
  return (
    <Stack gap={6}>
      {utas.pesan.map((p) => (
        <div key={p.id} className={`rl-pesan${p.penulis.peran === 'PEGAWAI' ? ' rl-pesan-pegawai' : ''}`}>
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={700}>{p.penulis.nama}</Text>
            <Badge size="sm" variant="light" color={p.penulis.peran === 'PENILAI' ? 'blue' : 'gray'} style={{ textTransform: 'none' }}>
              {t(`umpanBalik.peran.${p.penulis.peran}`)}
            </Badge>
            <Text size="xs" c="dimmed">{formatDateTime(p.createdAt)}</Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{p.isi}</Text>
        </div>
      ))}
      {akses.balas && (balas
        ? <Tulis skpId={skpId} sasaran={sasaran} label={t('umpanBalik.balasLabel')} balasanUntukId={terakhir.id} onDone={() => setBalas(false)} />
        : <Group><Button size="compact-sm" variant="subtle" onClick={() => setBalas(true)}>{t('umpanBalik.balas')}</Button></Group>)}
    </Stack>
  );
}

/** All threads on one RHK or one BerAKHLAK value, and (for the penilai) a new one. */
function SasaranView({ skpId, judul, utas, sasaran, akses }: { skpId: string; judul: string; utas: Utas[]; sasaran: Sasaran; akses: Akses }) {
  const t = useT();
  const [baru, setBaru] = useState(false);
  return (
    <Stack gap="sm">
      {utas.length === 0 && <Text size="sm" c="dimmed">{t('umpanBalik.belumAda')}</Text>}
      {utas.map((u) => <UtasView key={u.id} skpId={skpId} utas={u} sasaran={sasaran} akses={akses} />)}
      {akses.mulai && (baru
        ? <Tulis skpId={skpId} sasaran={sasaran} label={t('umpanBalik.isiLabel', { sasaran: judul })} onDone={() => setBaru(false)} />
        : <Group><Button size="compact-md" variant="light" onClick={() => setBaru(true)}>{t('umpanBalik.mulai')}</Button></Group>)}
    </Stack>
  );
}

const jumlahPesan = (utas: Utas[]) => utas.reduce((n, u) => n + u.pesan.length, 0);

/**
 * Umpan balik berkelanjutan (PermenPANRB 6/2022): threads per RHK and per BerAKHLAK value. The
 * pejabat penilai opens or continues them at any time of the year; the pegawai replies.
 */
export function UmpanBalikPanel({ skpId, disetujui }: { skpId: string; disetujui: boolean }) {
  const t = useT();
  const q = useUmpanBalik(skpId);
  // Which BerAKHLAK sections the reader opened or closed. React does not keep a <details> `open`
  // prop in step with the browser's own toggling, so the section follows its toggle event.
  const [terbuka, setTerbuka] = useState<Record<string, boolean>>({});
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const { akses, rhk, perilaku } = q.data;
  const petunjuk = akses.mulai ? null : akses.balas ? t('umpanBalik.pegawaiBalas') : disetujui ? t('umpanBalik.hanyaBaca') : t('umpanBalik.tertutup');
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">{t('umpanBalik.judul')}</Title>
        <Text c="dimmed">{t('umpanBalik.intro')}</Text>
      </Stack>
      {petunjuk && <Alert color="gray" icon={<IconInfo />}>{petunjuk}</Alert>}
      <Card withBorder padding="md">
        <Stack gap="md">
          <Title order={3} size="h4">{t('umpanBalik.hasilKerja')}</Title>
          {rhk.map((r) => (
            <Stack key={r.id} gap="xs" className="rl-periode">
              <Text fw={700} style={{ whiteSpace: 'pre-wrap' }}>{r.uraian || '—'}</Text>
              <SasaranView skpId={skpId} judul={r.uraian} utas={r.utas} sasaran={{ rhkId: r.id }} akses={akses} />
            </Stack>
          ))}
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap={0}>
          <Title order={3} size="h4" mb="xs">{t('umpanBalik.perilaku')}</Title>
          {perilaku.map((p) => (
            <details key={p.kode} className="rl-sasaran" open={terbuka[p.kode] ?? p.utas.length > 0}
              onToggle={(e) => {
                const open = e.currentTarget.open;
                setTerbuka((s) => (s[p.kode] === open ? s : { ...s, [p.kode]: open }));
              }}>
              <summary>
                <Text span fw={700}>{p.label}</Text>
                <Text span size="sm" c="dimmed"> · {t('umpanBalik.jumlah', { n: jumlahPesan(p.utas) })}</Text>
              </summary>
              <Stack gap="xs" pb="sm">
                {p.ekspektasi && <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>{t('umpanBalik.ekspektasi', { teks: p.ekspektasi })}</Text>}
                <SasaranView skpId={skpId} judul={p.label} utas={p.utas} sasaran={{ kodeBerakhlak: p.kode }} akses={akses} />
              </Stack>
            </details>
          ))}
        </Stack>
      </Card>
    </Stack>
  );
}
