import { ActionIcon, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { IconTrash } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import type { Values } from './formState.ts';
import { bacaTemplate, dariForm, tulisTemplate, type TemplateAktivitas } from './template.ts';

/** Routine work in one tap: pick a template to fill the form, or keep the current entry as one. */
export function TemplateBar({ akunId, values, onPakai, rhkAda }: {
  akunId: string; values: Values; onPakai: (v: Partial<Values>) => void; rhkAda: (rhkId: string | null) => boolean;
}) {
  const t = useT();
  const [list, setList] = useState<TemplateAktivitas[]>(() => bacaTemplate(akunId));
  const [buka, setBuka] = useState(false);
  const [nama, setNama] = useState('');
  const [galat, setGalat] = useState<string | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);

  const ganti = (next: TemplateAktivitas[]) => {
    if (!tulisTemplate(akunId, next)) return setGalat(t('aktivitas.template.gagalSimpan'));
    setList(next);
  };
  const simpan = () => {
    const n = nama.trim();
    if (n.length < 2) return setGalat(t('aktivitas.template.namaWajib'));
    if (!values.uraian.trim() && !values.rhkId) return setGalat(t('aktivitas.template.kosong'));
    ganti([...list.filter((x) => x.nama.toLowerCase() !== n.toLowerCase()), dariForm(n, values)].sort((a, b) => a.nama.localeCompare(b.nama, 'id')));
    setPesan(t('aktivitas.template.tersimpan', { nama: n }));
    setNama('');
    setBuka(false);
  };
  const pakai = (n: string | null) => {
    const tpl = list.find((x) => x.nama === n);
    if (!tpl) return;
    // An RHK from an older SKP is not offered any more: keep the rest of the template.
    const ok = rhkAda(tpl.values.rhkId);
    onPakai(ok ? tpl.values : { ...tpl.values, rhkId: null, rencanaAksiId: null });
    setPesan(ok ? t('aktivitas.template.dipakai', { nama: tpl.nama }) : t('aktivitas.template.rhkHilang', { nama: tpl.nama }));
  };

  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        {list.length > 0 && (
          <Select label={t('aktivitas.template.pakai')} placeholder={t('aktivitas.template.pilih')} data={list.map((x) => x.nama)}
            value={null} onChange={pakai} searchable={list.length > 6} style={{ flex: '1 1 12rem' }} comboboxProps={{ withinPortal: true }} />
        )}
        <Button variant="default" onClick={() => { setBuka(true); setGalat(null); }}>{t('aktivitas.template.simpanSebagai')}</Button>
      </Group>
      {pesan && <Text size="sm" c="dimmed" role="status">{pesan}</Text>}
      <Modal opened={buka} onClose={() => setBuka(false)} title={t('aktivitas.template.judul')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <form onSubmit={(e) => { e.preventDefault(); simpan(); }}>
          <Stack>
            <Text size="sm" c="dimmed">{t('aktivitas.template.penjelasan')}</Text>
            <TextInput label={t('aktivitas.template.nama')} value={nama} onChange={(e) => { setNama(e.currentTarget.value); setGalat(null); }}
              error={galat} data-autofocus maxLength={80} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setBuka(false)}>{t('common.cancel')}</Button>
              <Button type="submit">{t('aktivitas.template.simpan')}</Button>
            </Group>
            {list.length > 0 && (
              <Stack gap={4}>
                <Text fw={700} size="sm">{t('aktivitas.template.daftar')}</Text>
                {list.map((x) => (
                  <Group key={x.nama} justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{x.nama}</Text>
                    <ActionIcon color="red" aria-label={t('aktivitas.template.hapus', { nama: x.nama })}
                      onClick={() => ganti(list.filter((y) => y.nama !== x.nama))}>
                      <IconTrash size={18} />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
