import {
  Alert, Anchor, Button, Card, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { todayWib, type PilihanRhk } from '../../api/aktivitas.ts';
import { namaBulan } from '../../components/aktivitas/format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { IconAlert, IconInfo } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { usePhone } from '../../lib/usePhone.ts';
import { simpanDanKirim, kirimPunyaSaya, pakaiVersiServer } from '../../offline/engine.ts';
import { newId } from '../../offline/ids.ts';
import { useOutbox } from '../../offline/useOutbox.ts';
import { BuktiField } from './BuktiField.tsx';
import { keData, periksa, SHOWN, type Values } from './formState.ts';
import { KonflikView } from './KonflikView.tsx';
import { TemplateBar } from './TemplateBar.tsx';
import { UlangiKemarin } from './UlangiKemarin.tsx';
import type { AktivitasFormState } from './useAktivitasForm.ts';

const MENIT_CEPAT = [30, 60, 120, 240] as const;

type Pesan = { warna: 'green' | 'orange' | 'red'; teks: string } | null;

interface Props {
  st: AktivitasFormState;
  akunId: string;
  pilihan: { data: PilihanRhk | undefined; isPending: boolean; error: unknown; refetch: () => void };
}

/** The compact entry form: what was done, for which RHK, how much, how long, and the evidence. */
export function AktivitasForm({ st, akunId, pilihan }: Props) {
  const t = useT();
  const phone = usePhone();
  const ob = useOutbox();
  const { form, target } = st;
  const { values: v, set, errors, setErrors } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const [menyimpan, setMenyimpan] = useState(false);
  const [pesan, setPesan] = useState<Pesan>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const rhkList = pilihan.data ?? [];
  const rhk = rhkList.find((r) => r.rhkId === v.rhkId) ?? null;
  const item = target.id ? ob.items.find((i) => i.id === target.id) ?? null : null;
  const konflik = item?.status === 'KONFLIK' ? item : null;
  const tanpaSkp = pilihan.data !== undefined && rhkList.length === 0;

  const rhkData = useMemo(() => rhkList.map((r) => ({
    value: r.rhkId, label: r.jenis === 'TAMBAHAN' ? `${r.uraian} (${t('aktivitas.rhkTambahan')})` : r.uraian,
  })), [rhkList, t]);
  // The server returns this month's actions first.
  const raData = useMemo(() => (rhk?.rencanaAksi ?? []).map((a) => ({ value: a.id, label: `${namaBulan(a.bulan)} — ${a.uraian}` })), [rhk]);

  const pilihRhk = (id: string | null) => {
    const baru = rhkList.find((r) => r.rhkId === id);
    const lama = rhk?.satuan ?? '';
    set('rhkId', id);
    if (v.rencanaAksiId && !baru?.rencanaAksi.some((a) => a.id === v.rencanaAksiId)) set('rencanaAksiId', null);
    // The RHK's unit fills the field unless the user typed their own.
    if (baru?.satuan && (!v.satuan.trim() || v.satuan === lama)) set('satuan', baru.satuan);
  };

  const fokusGalat = () => requestAnimationFrame(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  /** Server field names onto this form's fields (a day total over 24 h lands on the time inputs). */
  const petakan = (fields: Record<string, string>) => {
    const out = { ...fields };
    if (v.modeDurasi === 'jam' && out['menit'] && !out['jamSelesai']) {
      out['jamSelesai'] = out['menit'];
      delete out['menit'];
    }
    if (out['berkas']) { out['bukti'] = out['berkas']; delete out['berkas']; }
    return out;
  };

  const simpan = async () => {
    if (menyimpan || st.prosesBukti > 0) return;
    setPesan(null);
    setSummary(null);
    const errs = periksa(t, v);
    if (Object.keys(errs).length) {
      setErrors(errs);
      fokusGalat();
      return;
    }
    const id = target.id ?? newId();
    // From now on saving again replaces this entry instead of making a second one.
    if (!target.id) st.setTarget({ ...target, id });
    const ra = rhk?.rencanaAksi.find((a) => a.id === v.rencanaAksiId);
    setMenyimpan(true);
    try {
      const hasil = await simpanDanKirim({
        id, version: target.version, data: keData(v), buktiBaru: st.buktiBaru,
        tampil: { rhkUraian: rhk?.uraian ?? item?.tampil.rhkUraian ?? '', rencanaAksiUraian: ra?.uraian ?? null },
      }, undefined, target.ubah ? undefined : st.lupakanDraftBaru);
      st.setBuktiBaru([]);
      switch (hasil.jenis) {
        case 'TERSIMPAN':
        case 'TERTUNDA': {
          const teks = hasil.jenis === 'TERSIMPAN' ? t('aktivitas.pesan.tersimpan') : t('aktivitas.pesan.tertunda');
          if (target.ubah) st.selesaiUbah(v.tanggal);
          else st.lanjutBaru();
          setPesan({ warna: hasil.jenis === 'TERSIMPAN' ? 'green' : 'orange', teks });
          st.focusUraian();
          break;
        }
        case 'DITOLAK':
          if (Object.keys(hasil.fields).length) {
            setErrors(petakan(hasil.fields));
            setSummary(hasil.pesan);
            fokusGalat();
          } else {
            setPesan({ warna: 'red', teks: hasil.pesan ?? t('offline.ditolak.judul') });
          }
          break;
        case 'KONFLIK':
          setPesan({ warna: 'orange', teks: hasil.pesan ?? t('offline.konflik.judul') });
          break;
      }
    } catch (e) {
      // Only this device's storage can fail here (full, or blocked by the browser); sending errors never throw.
      console.error(e);
      setPesan({ warna: 'red', teks: t('offline.gagalSimpanLokal') });
    } finally {
      setMenyimpan(false);
    }
  };

  // Ctrl+Enter (or ⌘+Enter) saves from anywhere in the form, the text area included.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void simpan();
    }
  };

  const hasErrors = Object.keys(errors).length > 0;
  // On a phone the note sits in the sticky bar over the form: a success note leaves after a while.
  useEffect(() => {
    if (!phone || pesan?.warna !== 'green') return;
    const h = setTimeout(() => setPesan(null), 8000);
    return () => clearTimeout(h);
  }, [phone, pesan]);
  // Where the eyes are after saving: the sticky bar on a phone, the top of the form on a desktop.
  const pesanAlert = pesan && (
    <Alert color={pesan.warna} role={pesan.warna === 'red' ? 'alert' : 'status'} aria-live="polite" p="xs" mb={phone ? 'xs' : 0}
      withCloseButton={phone} onClose={() => setPesan(null)} closeButtonLabel={t('common.close')}>
      <Text size="md">{pesan.teks}</Text>
    </Alert>
  );

  return (
    <Card withBorder padding={phone ? 'sm' : 'md'} className="akt-form-card">
      <form ref={formRef} onSubmit={(e) => { e.preventDefault(); void simpan(); }} onKeyDown={onKeyDown} noValidate
        aria-labelledby="akt-form-title">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Title order={2} size="h4" id="akt-form-title">{target.ubah ? t('aktivitas.form.judulUbah') : t('aktivitas.form.judul')}</Title>
            {target.ubah && <Button variant="subtle" onClick={() => { st.selesaiUbah(); setPesan(null); setSummary(null); }}>{t('aktivitas.form.batalUbah')}</Button>}
          </Group>
          {target.ubah && item?.server?.status === 'DITERIMA' && <Text size="sm" c="dimmed">{t('aktivitas.form.ubahDiterima')}</Text>}
          {!phone && pesanAlert}

          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput type="date" label={t('aktivitas.form.tanggal')} value={v.tanggal} max={todayWib()} required
              onChange={(e) => set('tanggal', e.currentTarget.value)} error={errors['tanggal']} />
          </SimpleGrid>

          {!target.ubah && (
            <UlangiKemarin tanggal={v.tanggal} pilihan={rhkList}
              onSalin={(x, teks) => { if (Object.keys(x).length) st.isi(x); setPesan({ warna: 'green', teks }); }}>
              {(tombol, panel) => (
                <>
                  <Group gap="xs" wrap="wrap" align="flex-start">
                    {tombol}
                    <div style={{ flex: '1 1 16rem' }}>
                      <TemplateBar akunId={akunId} values={v} onPakai={(x) => st.isi(x)} rhkAda={(id) => !!id && rhkList.some((r) => r.rhkId === id)} />
                    </div>
                  </Group>
                  {panel}
                </>
              )}
            </UlangiKemarin>
          )}

          {hasErrors && (
            <Stack gap={4}>
              {summary && <Alert color="red" icon={<IconAlert />} role="alert"><Text size="md">{summary}</Text></Alert>}
              <FieldErrorSummary errors={errors} shown={SHOWN} />
            </Stack>
          )}
          {konflik && (
            <KonflikView item={konflik}
              onServer={() => { void pakaiVersiServer(konflik.id).then(() => st.selesaiUbah()); }}
              onMine={() => { void kirimPunyaSaya(konflik.id).then(() => st.selesaiUbah()); }} />
          )}

          {tanpaSkp && (
            <Alert color="yellow" icon={<IconInfo />} title={t('aktivitas.tanpaSkp.judul')}>
              <Stack gap="xs" align="flex-start">
                <Text size="md">{t('aktivitas.tanpaSkp.isi')}</Text>
                <Anchor component={Link} to="/skp" fw={700}>{t('aktivitas.tanpaSkp.tautan')}</Anchor>
              </Stack>
            </Alert>
          )}
          {pilihan.error !== null && pilihan.data === undefined && <ErrorAlert error={pilihan.error} onRetry={pilihan.refetch} />}

          {/* Search only for long lists: a searchable select pops open when focus moves to it after an error. */}
          <Select label={t('aktivitas.form.rhk')} description={t('aktivitas.form.rhkBantuan')} data={rhkData} value={v.rhkId}
            onChange={pilihRhk} error={errors['rhkId']} required searchable={rhkList.length > 8} allowDeselect={false} disabled={tanpaSkp}
            placeholder={pilihan.isPending ? t('common.loading') : t('aktivitas.form.rhkPilih')}
            nothingFoundMessage={t('common.nothingFound')} maxDropdownHeight={320} comboboxProps={{ withinPortal: true }} />
          {raData.length > 0 && (
            <Select label={t('aktivitas.form.rencanaAksi')} description={t('common.optional')} data={raData} value={v.rencanaAksiId}
              onChange={(x) => set('rencanaAksiId', x)} error={errors['rencanaAksiId']} clearable
              clearButtonProps={{ 'aria-label': t('aktivitas.form.rencanaAksiHapus') }}
              placeholder={t('aktivitas.form.rencanaAksiPilih')} comboboxProps={{ withinPortal: true }} />
          )}

          <Textarea ref={st.uraianRef} label={t('aktivitas.form.uraian')} value={v.uraian} required withAsterisk={false} autosize minRows={2} maxRows={8}
            onChange={(e) => set('uraian', e.currentTarget.value)} error={errors['uraian']} maxLength={2000}
            placeholder={t('aktivitas.form.uraianContoh')} />

          <SimpleGrid cols={2} spacing="sm">
            <NumberInput label={t('aktivitas.form.jumlah')} description={t('common.optional')} value={v.jumlah} min={0} allowNegative={false}
              decimalSeparator="," thousandSeparator="." onChange={(x) => set('jumlah', x)} error={errors['jumlah']} inputMode="decimal" />
            <TextInput label={t('aktivitas.form.satuan')} description={t('aktivitas.form.satuanBantuan')} value={v.satuan} maxLength={100}
              onChange={(e) => set('satuan', e.currentTarget.value)} error={errors['satuan']} />
          </SimpleGrid>

          <Stack gap={6}>
            <Text component="span" fw={500} size="md" id="akt-durasi-label">{t('aktivitas.form.durasi')}</Text>
            <SegmentedControl fullWidth size={phone ? 'sm' : 'md'} value={v.modeDurasi} aria-labelledby="akt-durasi-label"
              onChange={(x) => set('modeDurasi', x as Values['modeDurasi'])}
              data={[{ value: 'menit', label: t('aktivitas.form.modeMenit') }, { value: 'jam', label: t('aktivitas.form.modeJam') }]} />
            {v.modeDurasi === 'menit' ? (
              <>
                <NumberInput label={t('aktivitas.form.menit')} value={v.menit} min={1} max={1440} allowDecimal={false} allowNegative={false}
                  onChange={(x) => set('menit', x)} error={errors['menit']} inputMode="numeric" required />
                <Group gap={6} role="group" aria-label={t('aktivitas.form.menitCepat')}>
                  {MENIT_CEPAT.map((m) => (
                    <Button key={m} size="compact-md" variant={v.menit === m ? 'filled' : 'default'} onClick={() => set('menit', m)}>
                      {m < 60 ? t('aktivitas.durasi.menit', { n: m }) : t('aktivitas.durasi.jam', { n: m / 60 })}
                    </Button>
                  ))}
                </Group>
              </>
            ) : (
              <SimpleGrid cols={2} spacing="sm">
                <TextInput type="time" label={t('aktivitas.form.jamMulai')} value={v.jamMulai} required
                  onChange={(e) => set('jamMulai', e.currentTarget.value)} error={errors['jamMulai']} />
                <TextInput type="time" label={t('aktivitas.form.jamSelesai')} value={v.jamSelesai} required
                  onChange={(e) => set('jamSelesai', e.currentTarget.value)} error={errors['jamSelesai']} />
              </SimpleGrid>
            )}
          </Stack>

          <BuktiField st={st} tertunda={item?.bukti ?? []} error={errors['bukti']} />

          <div className={phone ? 'akt-savebar akt-savebar-sticky' : 'akt-savebar'}>
            {phone && pesanAlert}
            <Group gap="sm" wrap="nowrap">
              <Button type="submit" size="lg" loading={menyimpan || st.prosesBukti > 0} fullWidth={phone} disabled={tanpaSkp}>
                {t('aktivitas.form.simpan')}
              </Button>
              {!target.ubah && !phone && (
                <Button variant="subtle" onClick={() => { st.kosongkan(); setPesan(null); setSummary(null); }}>{t('aktivitas.form.kosongkan')}</Button>
              )}
            </Group>
            {!phone && <Text size="xs" c="dimmed" mt={4}>{t('aktivitas.form.pintasan')}</Text>}
          </div>
        </Stack>
      </form>
    </Card>
  );
}
