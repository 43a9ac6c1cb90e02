import { Alert, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Skp } from '../../../api/skp.ts';
import { IconInfo, IconPlus, IconTrash } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { usePhone } from '../../../lib/usePhone.ts';
import { emptyIki, type IkiDraft, type RhkDraft } from './draft.ts';
import { IkiFields } from './IkiFields.tsx';

export const MAX_IKI = 20;

interface Props {
  rhk: RhkDraft;
  nama: string;
  skp: Skp;
  errors: Record<string, string>;
  onChange: (fn: (r: RhkDraft) => RhkDraft, field?: string) => void;
  onRemove: () => void;
}

/** Intervensi: a pick from the penilai's RHK; free text only while the atasan's SKP is not in the system. */
function Intervensi({ rhk: r, skp, errors, onChange }: Omit<Props, 'nama' | 'onRemove'>) {
  const t = useT();
  const optional = skp.model === 'JPT';
  const label = optional ? `${t('skp.rhk.intervensi')} (${t('common.optional')})` : t('skp.rhk.intervensi');
  if (skp.rhkAtasan.length > 0) {
    const chosen = skp.rhkAtasan.find((a) => a.id === r.intervensiRhkId);
    return (
      <Stack gap={4}>
        <Select
          label={label}
          description={t('skp.rhk.intervensiHelp')}
          placeholder={t('skp.rhk.intervensiPilih')}
          data={skp.rhkAtasan.map((a) => ({ value: a.id, label: a.jenis === 'TAMBAHAN' ? `${a.uraian} (${t('skp.rhk.tambahanAtasan')})` : a.uraian }))}
          value={r.intervensiRhkId}
          onChange={(v) => onChange((x) => ({ ...x, intervensiRhkId: v, intervensiTeks: '' }), `${r.key}.intervensiRhkId`)}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          error={errors[`${r.key}.intervensiRhkId`]}
          comboboxProps={{ width: 'target' }}
        />
        {/* The field cuts long text; the whole choice stays readable here. */}
        {chosen && <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{t('skp.rhk.dipilih', { uraian: chosen.uraian })}</Text>}
      </Stack>
    );
  }
  return (
    <Stack gap={6}>
      {!optional && skp.penilai && (
        <Alert color="gray" icon={<IconInfo />} p="xs">{t('skp.rhk.atasanBelumAda')}</Alert>
      )}
      <Textarea
        size="md"
        label={label}
        description={t('skp.rhk.intervensiTeksHelp')}
        autosize
        minRows={2}
        maxLength={2000}
        value={r.intervensiTeks}
        onChange={(e) => { const v = e.currentTarget.value; onChange((x) => ({ ...x, intervensiTeks: v }), `${r.key}.intervensiTeks`); }}
        error={errors[`${r.key}.intervensiTeks`]}
      />
    </Stack>
  );
}

/** One RHK: what the pegawai will deliver, whose result it supports, and how it is measured. */
export function RhkCard({ rhk: r, nama, skp, errors, onChange, onRemove }: Props) {
  const t = useT();
  const phone = usePhone();
  const headingId = `rhk-${r.key}`;
  const showIntervensi = r.jenis === 'UTAMA' && (skp.model === 'JA_JF' ? !!skp.penilai || skp.rhkAtasan.length > 0 : true);
  const setIki = (key: string, patch: Partial<IkiDraft>, field: string) =>
    onChange((x) => ({ ...x, iki: x.iki.map((k) => (k.key === key ? { ...k, ...patch } : k)) }), `${key}.${field}`);
  return (
    <Card withBorder padding={phone ? 'xs' : 'md'} component="section" aria-labelledby={headingId} bg="gray.0">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={4} size="h4" id={headingId}>{nama}</Title>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={onRemove}>{t('skp.rhk.hapus', { nama })}</Button>
        </Group>
        <Textarea
          size="md"
          label={t('skp.rhk.uraian')}
          description={t(r.jenis === 'UTAMA' ? 'skp.rhk.uraianHelp' : 'skp.rhk.uraianTambahanHelp')}
          autosize
          minRows={2}
          maxLength={2000}
          value={r.uraian}
          onChange={(e) => { const v = e.currentTarget.value; onChange((x) => ({ ...x, uraian: v }), `${r.key}.uraian`); }}
          error={errors[`${r.key}.uraian`]}
        />
        {showIntervensi && <Intervensi rhk={r} skp={skp} errors={errors} onChange={onChange} />}
        {r.iki.length === 0 && <Text c="dimmed" size="sm">{t('skp.iki.belumAda')}</Text>}
        {r.iki.map((k, j) => (
          <IkiFields
            key={k.key}
            iki={k}
            nomor={j + 1}
            rhkNama={nama}
            showAspek={skp.model === 'JA_JF' && skp.pendekatan === 'KUANTITATIF'}
            showPerspektif={skp.model === 'JPT'}
            errors={errors}
            onChange={(patch, field) => setIki(k.key, patch, field)}
            onRemove={() => onChange((x) => ({ ...x, iki: x.iki.filter((y) => y.key !== k.key) }))}
          />
        ))}
        <div>
          <Button variant="light" leftSection={<IconPlus />} disabled={r.iki.length >= MAX_IKI}
            onClick={() => onChange((x) => ({ ...x, iki: [...x.iki, emptyIki()] }))}>
            {t('skp.iki.tambah')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
