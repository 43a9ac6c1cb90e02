import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Skp } from '../../../api/skp.ts';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { IconPlus } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { emptyRhk, type RhkDraft } from './draft.ts';
import { RhkCard } from './RhkCard.tsx';
import { StepHelp } from './StepHelp.tsx';
import { TemplatePicker } from './TemplatePicker.tsx';
import type { SkpDraftApi } from './useSkpDraft.ts';

export const MAX_RHK = 50;
type Jenis = RhkDraft['jenis'];

const hasContent = (r: RhkDraft) => !!r.uraian.trim() || r.iki.some((k) => k.indikator.trim() || k.target.trim()) || r.rencanaAksi.length > 0;

/** Langkah 1 (utama) and 2 (tambahan): the RHK list of one jenis. */
export function RhkStep({ jenis, skp, d }: { jenis: Jenis; skp: Skp; d: SkpDraftApi }) {
  const t = useT();
  const [removing, setRemoving] = useState<{ key: string; nama: string } | null>(null);
  const list = d.draft.rhk.filter((r) => r.jenis === jenis);
  const namaOf = (i: number) => t(jenis === 'UTAMA' ? 'skp.rhkUtamaKe' : 'skp.rhkTambahanKe', { n: i + 1 });
  const remove = (key: string) => d.update((x) => ({ ...x, rhk: x.rhk.filter((r) => r.key !== key) }));
  const add = () => d.update((x) => {
    // Utama before tambahan, as on the printed form.
    const at = jenis === 'UTAMA' ? x.rhk.filter((r) => r.jenis === 'UTAMA').length : x.rhk.length;
    return { ...x, rhk: [...x.rhk.slice(0, at), emptyRhk(jenis), ...x.rhk.slice(at)] };
  });
  const help = jenis === 'UTAMA'
    ? [t('skp.help.rhk1'), t('skp.help.rhk2'), t('skp.help.rhk3')]
    : [t('skp.help.tambahan1'), t('skp.help.tambahan2')];

  return (
    <Stack gap="md">
      <StepHelp title={t(jenis === 'UTAMA' ? 'skp.help.rhkTitle' : 'skp.help.tambahanTitle')} lines={help} />
      {list.length === 0 && <Text c="dimmed">{t(jenis === 'UTAMA' ? 'skp.rhk.belumAdaUtama' : 'skp.rhk.belumAdaTambahan')}</Text>}
      {list.map((r, i) => (
        <RhkCard
          key={r.key}
          rhk={r}
          nama={namaOf(i)}
          skp={skp}
          errors={d.fieldErrors}
          onChange={(fn, field) => d.update((x) => ({ ...x, rhk: x.rhk.map((y) => (y.key === r.key ? fn(y) : y)) }), field)}
          onRemove={() => (hasContent(r) ? setRemoving({ key: r.key, nama: namaOf(i) }) : remove(r.key))}
        />
      ))}
      <div>
        <Button leftSection={<IconPlus />} onClick={add} disabled={d.draft.rhk.length >= MAX_RHK}>
          {t(jenis === 'UTAMA' ? 'skp.rhk.tambahUtama' : 'skp.rhk.tambahTambahan')}
        </Button>
      </div>
      {jenis === 'UTAMA' && <TemplatePicker skp={skp} d={d} />}
      <ConfirmModal
        opened={!!removing}
        title={removing ? t('skp.rhk.hapus', { nama: removing.nama }) : ''}
        message={removing ? t('skp.rhk.hapusConfirm', { nama: removing.nama }) : ''}
        confirmLabel={t('common.delete')}
        onConfirm={() => { if (removing) remove(removing.key); setRemoving(null); }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
