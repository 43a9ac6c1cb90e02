import './bukti.css';
import { ActionIcon, Anchor, Group, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { buktiUrl, type Bukti } from '../../api/aktivitas.ts';
import { useT } from '../../i18n/context.tsx';
import type { BuktiTertunda } from '../../offline/db.ts';
import { IconTrash } from '../icons.tsx';
import { formatUkuran } from './format.ts';
import { IconImage, IconLink, IconPdf } from './icons.tsx';

const isImage = (mime: string | null) => !!mime && mime.startsWith('image/');

/** A photo still on this device, from its stored bytes. */
function LocalThumb({ b }: { b: BuktiTertunda }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!b.data || !isImage(b.mime)) return;
    const u = URL.createObjectURL(new Blob([b.data], { type: b.mime ?? 'image/jpeg' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [b]);
  return url ? <img src={url} alt="" className="akt-thumb" /> : <span className="akt-thumb akt-thumb-icon"><IconImage /></span>;
}

/** Evidence on the server: a thumbnail for photos (loaded lazily from the authorised address), an icon otherwise. */
export function BuktiServerItem({ aktivitasId, b, onHapus, thumb = true }: { aktivitasId: string; b: Bukti; onHapus?: () => void; thumb?: boolean }) {
  const t = useT();
  const href = b.jenis === 'TAUTAN' ? b.url ?? '#' : buktiUrl(aktivitasId, b.id);
  return (
    <Group gap="xs" wrap="nowrap" className="akt-bukti">
      <a href={href} target="_blank" rel="noopener noreferrer" className="akt-bukti-link" tabIndex={-1} aria-hidden="true">
        {b.jenis === 'TAUTAN' ? <span className="akt-thumb akt-thumb-icon"><IconLink /></span>
          : isImage(b.mime) && thumb ? <img src={href} alt="" className="akt-thumb" loading="lazy" decoding="async" />
            : <span className="akt-thumb akt-thumb-icon">{isImage(b.mime) ? <IconImage /> : <IconPdf />}</span>}
      </a>
      <Anchor href={href} target="_blank" rel="noopener noreferrer" size="sm" className="akt-bukti-nama">
        {b.nama}
        <VisuallyHidden component="span"> ({b.jenis === 'TAUTAN' ? t('aktivitas.bukti.jenisTautan') : b.mime === 'application/pdf' ? 'PDF' : t('aktivitas.bukti.jenisFoto')})</VisuallyHidden>
      </Anchor>
      {onHapus && (
        <ActionIcon color="red" onClick={onHapus} aria-label={t('aktivitas.bukti.hapus', { nama: b.nama })} size="lg">
          <IconTrash size={18} />
        </ActionIcon>
      )}
    </Group>
  );
}

/** Evidence still on this device (or refused by the server, with the reason). */
export function BuktiLokalItem({ b, onHapus }: { b: BuktiTertunda; onHapus?: () => void }) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap" className="akt-bukti">
      {b.jenis === 'TAUTAN' ? <span className="akt-thumb akt-thumb-icon"><IconLink /></span>
        : isImage(b.mime) ? <LocalThumb b={b} /> : <span className="akt-thumb akt-thumb-icon"><IconPdf /></span>}
      <div style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" className="akt-bukti-nama">{b.nama}</Text>
        <Text size="xs" c={b.gagal ? 'red.8' : 'dimmed'} className="akt-bukti-nama">
          {b.gagal ? t('aktivitas.bukti.ditolak', { alasan: b.gagal })
            : b.jenis === 'TAUTAN' ? b.url : `${b.ukuran ? formatUkuran(b.ukuran) : ''} · ${t('aktivitas.bukti.belumTerkirim')}`}
        </Text>
      </div>
      {onHapus && (
        <ActionIcon color="red" onClick={onHapus} aria-label={t('aktivitas.bukti.hapus', { nama: b.nama })} size="lg">
          <IconTrash size={18} />
        </ActionIcon>
      )}
    </Group>
  );
}
