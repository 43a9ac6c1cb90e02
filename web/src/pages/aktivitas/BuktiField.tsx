import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type RefObject } from 'react';
import { aktivitasKeys, MAX_BUKTI_PER_AKTIVITAS } from '../../api/aktivitas.ts';
import { api } from '../../api/client.ts';
import { BuktiLokalItem, BuktiServerItem } from '../../components/aktivitas/BuktiView.tsx';
import { IconCamera, IconImage, IconLink, IconPdf } from '../../components/aktivitas/icons.tsx';
import { errorText } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/context.tsx';
import { usePhone } from '../../lib/usePhone.ts';
import { BuktiError, siapkanBerkas, siapkanTautan, tautanValid } from '../../offline/bukti.ts';
import type { BuktiTertunda } from '../../offline/db.ts';
import { buangBukti } from '../../offline/engine.ts';
import type { AktivitasFormState } from './useAktivitasForm.ts';

/**
 * Evidence for the entry: a photo (the camera on a phone), a PDF, or a link. Photos are shrunk here,
 * before they are stored or sent; everything waits on the device until the entry is saved.
 */
export function BuktiField({ st, tertunda, error }: { st: AktivitasFormState; tertunda: BuktiTertunda[]; error?: string }) {
  const t = useT();
  const qc = useQueryClient();
  const phone = usePhone();
  const kamera = useRef<HTMLInputElement>(null);
  const foto = useRef<HTMLInputElement>(null);
  const pdf = useRef<HTMLInputElement>(null);
  const [galat, setGalat] = useState<string | null>(null);
  const [tautan, setTautan] = useState<{ url: string; nama: string } | null>(null);
  const [tautanGalat, setTautanGalat] = useState<string | null>(null);
  const jumlah = st.buktiServer.length + tertunda.length + st.buktiBaru.length;
  const sisa = MAX_BUKTI_PER_AKTIVITAS - jumlah;
  const targetId = st.target.id;
  const proses = st.prosesBukti > 0;

  const tambahBerkas = async (files: FileList | null) => {
    if (!files?.length) return;
    setGalat(null);
    st.setProsesBukti((n) => n + 1);
    const list = [...files];
    try {
      if (list.length > sisa) setGalat(t('aktivitas.bukti.penuh', { n: MAX_BUKTI_PER_AKTIVITAS }));
      for (const f of list.slice(0, Math.max(0, sisa))) {
        try {
          const b = await siapkanBerkas(f);
          st.setBuktiBaru((cur) => [...cur, b]);
        } catch (e) {
          setGalat(e instanceof BuktiError ? `${f.name}: ${t(e.kunci)}` : t('aktivitas.bukti.tidakTerbaca'));
        }
      }
    } finally {
      st.setProsesBukti((n) => n - 1);
    }
  };

  const tambahTautan = () => {
    if (!tautan) return;
    if (!tautanValid(tautan.url)) {
      setTautanGalat(t('aktivitas.bukti.tautanSalah'));
      return;
    }
    const nama = tautan.nama.trim() || new URL(tautan.url.trim()).hostname;
    st.setBuktiBaru((cur) => [...cur, siapkanTautan(nama, tautan.url)]);
    setTautan(null);
    setTautanGalat(null);
  };

  const hapusServer = async (buktiId: string) => {
    if (!targetId) return;
    setGalat(null);
    try {
      await api.del(`/aktivitas/${targetId}/bukti/${buktiId}`);
      st.setBuktiServer((cur) => cur.filter((b) => b.id !== buktiId));
      void qc.invalidateQueries({ queryKey: aktivitasKeys.all });
    } catch (e) {
      setGalat(errorText(t, e));
    }
  };

  const pilih = (ref: RefObject<HTMLInputElement | null>) => () => ref.current?.click();
  const input = (ref: RefObject<HTMLInputElement | null>, accept: string, label: string, capture?: boolean) => (
    <input ref={ref} type="file" accept={accept} multiple={!capture} hidden aria-label={label}
      {...(capture ? { capture: 'environment' } : {})}
      onChange={(e) => { void tambahBerkas(e.currentTarget.files); e.currentTarget.value = ''; }} />
  );

  return (
    <fieldset className="akt-fieldset">
      <legend>{t('aktivitas.bukti.label')} <Text span size="sm" c="dimmed">({t('common.optional')})</Text></legend>
      <Stack gap="xs">
        {(st.buktiServer.length > 0 || tertunda.length > 0 || st.buktiBaru.length > 0) && (
          <Stack gap={6}>
            {targetId && st.buktiServer.map((b) => (
              <BuktiServerItem key={b.id} aktivitasId={targetId} b={b} thumb={false} onHapus={() => void hapusServer(b.id)} />
            ))}
            {tertunda.map((b) => <BuktiLokalItem key={b.id} b={b} onHapus={targetId ? () => void buangBukti(targetId, b.id) : undefined} />)}
            {st.buktiBaru.map((b) => (
              <BuktiLokalItem key={b.id} b={b} onHapus={() => st.setBuktiBaru((cur) => cur.filter((x) => x.id !== b.id))} />
            ))}
          </Stack>
        )}
        {input(kamera, 'image/*', t('aktivitas.bukti.ambilFoto'), true)}
        {input(foto, 'image/*', t('aktivitas.bukti.pilihFoto'))}
        {input(pdf, 'application/pdf,.pdf', t('aktivitas.bukti.pilihPdf'))}
        <Group gap="xs">
          {phone && (
            <Button variant="light" leftSection={<IconCamera />} onClick={pilih(kamera)} disabled={sisa <= 0} loading={proses}>
              {t('aktivitas.bukti.ambilFoto')}
            </Button>
          )}
          <Button variant="light" leftSection={<IconImage />} onClick={pilih(foto)} disabled={sisa <= 0} loading={proses && !phone}>
            {t('aktivitas.bukti.pilihFoto')}
          </Button>
          <Button variant="light" leftSection={<IconPdf />} onClick={pilih(pdf)} disabled={sisa <= 0}>{t('aktivitas.bukti.pilihPdf')}</Button>
          <Button variant="light" leftSection={<IconLink />} onClick={() => setTautan(tautan ? null : { url: '', nama: '' })}
            disabled={sisa <= 0} aria-expanded={!!tautan}>
            {t('aktivitas.bukti.tautan')}
          </Button>
        </Group>
        {proses && <Text size="sm" c="dimmed" role="status">{t('aktivitas.bukti.memproses')}</Text>}
        {tautan && (
          <Stack gap="xs" className="akt-tautan">
            <TextInput type="url" inputMode="url" label={t('aktivitas.bukti.alamatTautan')} placeholder="https://"
              value={tautan.url} error={tautanGalat}
              onChange={(e) => { const url = e.currentTarget.value; setTautan((x) => x && { ...x, url }); setTautanGalat(null); }}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); tambahTautan(); } }} />
            <TextInput label={t('aktivitas.bukti.namaTautan')} description={t('common.optional')} value={tautan.nama}
              onChange={(e) => { const nama = e.currentTarget.value; setTautan((x) => x && { ...x, nama }); }}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); tambahTautan(); } }} />
            <Group gap="xs">
              <Button onClick={tambahTautan}>{t('aktivitas.bukti.tambahTautan')}</Button>
              <Button variant="default" onClick={() => { setTautan(null); setTautanGalat(null); }}>{t('common.cancel')}</Button>
            </Group>
          </Stack>
        )}
        {(galat || error) && <Text size="sm" c="red.8" role="alert">{galat ?? error}</Text>}
        <Text size="xs" c="dimmed">{t('aktivitas.bukti.petunjuk', { n: MAX_BUKTI_PER_AKTIVITAS })}</Text>
      </Stack>
    </fieldset>
  );
}
