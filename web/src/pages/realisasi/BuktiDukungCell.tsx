import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import {
  addTautanDukung, buktiDukungUrl, deleteBuktiDukung, MAX_BUKTI_PER_REALISASI, realisasiKeys, uploadBuktiDukung, type BuktiDukung,
} from '../../api/realisasi.ts';
import { IconImage, IconLink, IconPdf } from '../../components/aktivitas/icons.tsx';
import { errorText } from '../../components/ErrorAlert.tsx';
import { IconTrash, IconUpload } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { BuktiError, siapkanBerkas, tautanValid } from '../../offline/bukti.ts';
import { newId } from '../../offline/ids.ts';

interface Props { skpId: string; ikiId: string; ke: number; bukti: BuktiDukung[]; edit: boolean }

/**
 * Bukti dukung of one cell: files open through the authorised address, links as they are. The
 * owner adds photos (shrunk on the device first), PDFs or links while the period is open.
 */
export function BuktiDukungCell({ skpId, ikiId, ke, bukti, edit }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [sibuk, setSibuk] = useState(false);
  const [galat, setGalat] = useState<string | null>(null);
  const [tautan, setTautan] = useState<{ url: string; nama: string } | null>(null);
  const [tautanGalat, setTautanGalat] = useState<string | null>(null);
  const sisa = MAX_BUKTI_PER_REALISASI - bukti.length;
  const segarkan = () => qc.invalidateQueries({ queryKey: realisasiKeys.one(skpId) });

  const unggah = async (files: FileList | null) => {
    if (!files?.length) return;
    setGalat(null);
    setSibuk(true);
    const list = [...files];
    try {
      if (list.length > sisa) setGalat(t('realisasi.bukti.penuh', { n: MAX_BUKTI_PER_REALISASI }));
      for (const f of list.slice(0, Math.max(0, sisa))) {
        try {
          const b = await siapkanBerkas(f);
          await uploadBuktiDukung(skpId, ikiId, ke, b.id, b.nama, new Blob([b.data!], { type: b.mime ?? 'application/octet-stream' }));
        } catch (e) {
          setGalat(e instanceof BuktiError ? `${f.name}: ${t(e.kunci)}` : `${f.name}: ${errorText(t, e)}`);
        }
      }
    } finally {
      setSibuk(false);
      await segarkan();
    }
  };

  const tambahTautan = async () => {
    if (!tautan) return;
    if (!tautanValid(tautan.url)) {
      setTautanGalat(t('realisasi.bukti.tautanSalah'));
      return;
    }
    setSibuk(true);
    try {
      const nama = tautan.nama.trim() || new URL(tautan.url.trim()).hostname;
      await addTautanDukung(skpId, ikiId, ke, newId(), nama.slice(0, 200), tautan.url.trim());
      setTautan(null);
      setTautanGalat(null);
      await segarkan();
    } catch (e) {
      setTautanGalat(errorText(t, e));
    } finally {
      setSibuk(false);
    }
  };

  const hapus = async (b: BuktiDukung) => {
    setGalat(null);
    try {
      await deleteBuktiDukung(skpId, ikiId, ke, b.id);
      await segarkan();
    } catch (e) {
      setGalat(errorText(t, e));
    }
  };

  if (!edit && !bukti.length) return null;
  return (
    <details className="rl-bukti">
      <summary><Text span size="sm" fw={bukti.length ? 600 : 400} c={bukti.length ? undefined : 'dimmed'}>{t('realisasi.bukti.judul', { n: bukti.length })}</Text></summary>
      <Stack gap={6} pb={4}>
        {bukti.map((b) => {
          const href = b.jenis === 'TAUTAN' ? b.url ?? '#' : buktiDukungUrl(skpId, ikiId, ke, b.id);
          return (
            <Group key={b.id} gap={6} wrap="nowrap" className="rl-bukti-item">
              <span aria-hidden="true" style={{ display: 'inline-flex', color: 'var(--mantine-color-gray-7)' }}>
                {b.jenis === 'TAUTAN' ? <IconLink size={18} /> : b.mime === 'application/pdf' ? <IconPdf size={18} /> : <IconImage size={18} />}
              </span>
              <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm" className="rl-bukti-nama" style={{ flex: 1 }}>
                {b.nama}
                <VisuallyHidden component="span"> ({b.jenis === 'TAUTAN' ? t('aktivitas.bukti.jenisTautan') : b.mime === 'application/pdf' ? 'PDF' : t('aktivitas.bukti.jenisFoto')})</VisuallyHidden>
              </Anchor>
              {edit && (
                <ActionIcon variant="subtle" color="red" size="lg" onClick={() => void hapus(b)} aria-label={t('realisasi.bukti.hapus', { nama: b.nama })}>
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          );
        })}
        {edit && (
          <>
            <input ref={input} type="file" accept="image/*,application/pdf,.pdf" multiple hidden aria-label={t('realisasi.bukti.unggahLabel')}
              onChange={(e) => { void unggah(e.currentTarget.files); e.currentTarget.value = ''; }} />
            <Group gap={6}>
              <Button size="compact-sm" variant="light" leftSection={<IconUpload size={16} />} onClick={() => input.current?.click()}
                disabled={sisa <= 0} loading={sibuk} aria-label={t('realisasi.bukti.unggahLabel')}>
                {t('realisasi.bukti.unggah')}
              </Button>
              <Button size="compact-sm" variant="light" leftSection={<IconLink size={16} />} disabled={sisa <= 0}
                aria-expanded={!!tautan} onClick={() => { setTautan(tautan ? null : { url: '', nama: '' }); setTautanGalat(null); }}>
                {t('realisasi.bukti.tautan')}
              </Button>
            </Group>
            {tautan && (
              <Stack gap={6}>
                <TextInput size="sm" type="url" inputMode="url" label={t('realisasi.bukti.alamat')} placeholder="https://" value={tautan.url}
                  error={tautanGalat} onChange={(e) => { const url = e.currentTarget.value; setTautan((x) => x && { ...x, url }); setTautanGalat(null); }}
                  onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void tambahTautan(); } }} />
                <TextInput size="sm" label={t('realisasi.bukti.nama')} description={t('common.optional')} value={tautan.nama}
                  onChange={(e) => { const nama = e.currentTarget.value; setTautan((x) => x && { ...x, nama }); }}
                  onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void tambahTautan(); } }} />
                <Group gap={6}>
                  <Button size="compact-sm" onClick={() => void tambahTautan()} loading={sibuk}>{t('realisasi.bukti.tambahTautan')}</Button>
                  <Button size="compact-sm" variant="default" onClick={() => { setTautan(null); setTautanGalat(null); }}>{t('common.cancel')}</Button>
                </Group>
              </Stack>
            )}
            {sibuk && <Text size="xs" c="dimmed" role="status">{t('realisasi.bukti.mengunggah')}</Text>}
          </>
        )}
        {galat && <Text size="sm" c="red.8" role="alert">{galat}</Text>}
      </Stack>
    </details>
  );
}
