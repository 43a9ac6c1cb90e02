import { Box, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { SkpTemplate } from '../../api/skp.ts';
import { IconPlus, IconTrash } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';

type TemplateRhk = SkpTemplate['rhk'][number];
type Iki = TemplateRhk['iki'][number];
export interface IkiDraft extends Iki { key: string }
export interface RhkDraft extends Omit<TemplateRhk, 'iki'> { key: string; iki: IkiDraft[] }

let seq = 0;
const kunci = () => `t${(seq += 1)}`;
export const ikiBaru = (): IkiDraft => ({ key: kunci(), aspek: null, indikator: '', target: null, targetAtas: null, satuan: '', arah: 'NAIK', perspektif: null });
export const rhkBaru = (): RhkDraft => ({ key: kunci(), jenis: 'UTAMA', uraian: '', intervensiTeks: null, iki: [ikiBaru()], rencanaAksi: [] });
/** Fields this editor does not show (aspek, perspektif, rencana aksi) are kept as they were. */
export const keDraft = (rhk: TemplateRhk[]): RhkDraft[] => rhk.map((r) => ({ ...r, key: kunci(), iki: r.iki.map((k) => ({ ...k, key: kunci() })) }));
export const dariDraft = (rhk: RhkDraft[]): TemplateRhk[] => rhk.map(({ key: _r, iki, ...r }) => ({ ...r, iki: iki.map(({ key: _k, ...k }) => k) }));

interface Props {
  rhk: RhkDraft[];
  onChange: (next: RhkDraft[]) => void;
  errors: Record<string, string>;
  /** A field was edited: its message can go. */
  onEdit: (key: string) => void;
  /** Positions shift when an item is removed, so messages tied to positions are dropped then. */
  onStructureChange: () => void;
}

export function TemplateRhkEditor({ rhk, onChange, errors, onEdit, onStructureChange }: Props) {
  const t = useT();
  const ubahRhk = (i: number, patch: Partial<RhkDraft>) => onChange(rhk.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const ubahIki = (i: number, k: number, patch: Partial<IkiDraft>) => {
    for (const f of Object.keys(patch)) onEdit(`rhk.${i}.iki.${k}.${f}`);
    ubahRhk(i, { iki: rhk[i]!.iki.map((x, j) => (j === k ? { ...x, ...patch } : x)) });
  };
  const hapus = (next: RhkDraft[]) => { onStructureChange(); onChange(next); };

  return (
    <Stack gap="md">
      {rhk.map((r, i) => (
        <Card key={r.key} withBorder padding="sm" role="group" aria-labelledby={`tpl-rhk-${r.key}`}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="nowrap">
              <Title order={3} size="h5" id={`tpl-rhk-${r.key}`}>{t('template.rhkN', { n: i + 1 })}</Title>
              <Button variant="subtle" color="red" size="sm" leftSection={<IconTrash size={18} />}
                aria-label={t('template.hapusRhk', { n: i + 1 })} onClick={() => hapus(rhk.filter((_, j) => j !== i))}>
                {t('common.delete')}
              </Button>
            </Group>
            <Select label={t('template.jenis')} data={(['UTAMA', 'TAMBAHAN'] as const).map((j) => ({ value: j, label: t(`tinjau.jenis.${j}`) }))}
              value={r.jenis} onChange={(j) => j && ubahRhk(i, { jenis: j as RhkDraft['jenis'] })} allowDeselect={false} maw={260} />
            <Textarea label={t('template.uraian')} autosize minRows={2} maxRows={6} size="md" maxLength={2000} required withAsterisk={false}
              value={r.uraian} onChange={(e) => { onEdit(`rhk.${i}.uraian`); ubahRhk(i, { uraian: e.currentTarget.value }); }} error={errors[`rhk.${i}.uraian`]} />
            <Text fw={600} size="md">{t('template.iki')}</Text>
            {r.iki.map((k, j) => (
              <Box key={k.key} pl="sm" style={{ borderLeft: '4px solid var(--mantine-color-gray-3)' }} role="group" aria-label={t('template.ikiN', { n: j + 1, rhk: i + 1 })}>
                <Stack gap="xs">
                  <TextInput label={t('template.indikator')} value={k.indikator} onChange={(e) => ubahIki(i, j, { indikator: e.currentTarget.value })}
                    error={errors[`rhk.${i}.iki.${j}.indikator`]} />
                  <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                    <NumberInput label={t('template.target')} value={k.target ?? ''} min={0} allowNegative={false} decimalSeparator=","
                      onChange={(n) => ubahIki(i, j, { target: typeof n === 'number' ? n : null })} error={errors[`rhk.${i}.iki.${j}.target`]} />
                    <TextInput label={t('template.satuan')} value={k.satuan} onChange={(e) => ubahIki(i, j, { satuan: e.currentTarget.value })}
                      error={errors[`rhk.${i}.iki.${j}.satuan`]} />
                    <Select label={t('template.arah')} data={(['NAIK', 'TURUN'] as const).map((a) => ({ value: a, label: t(`template.arah.${a}`) }))}
                      value={k.arah} onChange={(a) => a && ubahIki(i, j, { arah: a as IkiDraft['arah'] })} allowDeselect={false} />
                  </SimpleGrid>
                  <Group justify="flex-end">
                    <Button variant="subtle" color="red" size="xs" aria-label={t('template.hapusIki', { n: j + 1, rhk: i + 1 })}
                      onClick={() => { onStructureChange(); ubahRhk(i, { iki: r.iki.filter((_, x) => x !== j) }); }}>
                      {t('template.hapusIkiPendek')}
                    </Button>
                  </Group>
                </Stack>
              </Box>
            ))}
            <Group>
              <Button variant="light" size="sm" leftSection={<IconPlus size={18} />} onClick={() => ubahRhk(i, { iki: [...r.iki, ikiBaru()] })}
                aria-label={t('template.tambahIkiKe', { n: i + 1 })}>
                {t('template.tambahIki')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      <Group><Button variant="outline" leftSection={<IconPlus />} onClick={() => onChange([...rhk, rhkBaru()])}>{t('template.tambahRhk')}</Button></Group>
    </Stack>
  );
}
