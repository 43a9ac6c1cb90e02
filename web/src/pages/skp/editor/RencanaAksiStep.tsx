import { Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { usePhone } from '../../../lib/usePhone.ts';
import { NAMA_BULAN } from '../labels.ts';
import { newKey, type RencanaAksiDraft, type RhkDraft } from './draft.ts';
import { StepHelp } from './StepHelp.tsx';
import type { SkpDraftApi } from './useSkpDraft.ts';

const MAX_RA = 60;
const BULAN = NAMA_BULAN.map((nama, i) => ({ value: String(i + 1), label: nama }));

/** Langkah 3: per RHK, what will be done in which month. */
export function RencanaAksiStep({ d }: { d: SkpDraftApi }) {
  const t = useT();
  const phone = usePhone();
  const nomor = { UTAMA: 0, TAMBAHAN: 0 };
  const setRhk = (key: string, fn: (r: RhkDraft) => RhkDraft, field?: string) =>
    d.update((x) => ({ ...x, rhk: x.rhk.map((r) => (r.key === key ? fn(r) : r)) }), field);
  const setRa = (rhkKey: string, raKey: string, patch: Partial<RencanaAksiDraft>, field: string) =>
    setRhk(rhkKey, (r) => ({ ...r, rencanaAksi: r.rencanaAksi.map((a) => (a.key === raKey ? { ...a, ...patch } : a)) }), `${raKey}.${field}`);

  return (
    <Stack gap="md">
      <StepHelp title={t('skp.help.raTitle')} lines={[t('skp.help.ra1'), t('skp.help.ra2')]} />
      {d.draft.rhk.length === 0 && <Text c="dimmed">{t('skp.ra.tanpaRhk')}</Text>}
      {d.draft.rhk.map((r) => {
        nomor[r.jenis] += 1;
        const nama = t(r.jenis === 'UTAMA' ? 'skp.rhkUtamaKe' : 'skp.rhkTambahanKe', { n: nomor[r.jenis] });
        const headingId = `ra-${r.key}`;
        const last = r.rencanaAksi.at(-1)?.bulan ?? 0;
        return (
          <Card key={r.key} withBorder padding={phone ? 'xs' : 'md'} component="section" aria-labelledby={headingId} bg="gray.0">
            <Stack gap="sm">
              <div>
                <Title order={4} size="h4" id={headingId}>{nama}</Title>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{r.uraian || t('skp.ra.uraianKosong')}</Text>
              </div>
              {r.rencanaAksi.map((a, i) => (
                <Group key={a.key} align="flex-start" gap="sm" wrap="wrap">
                  <Select
                    label={t('skp.ra.bulan')}
                    data={BULAN}
                    value={String(a.bulan)}
                    onChange={(v) => v && setRa(r.key, a.key, { bulan: Number(v) }, 'bulan')}
                    allowDeselect={false}
                    w={170}
                    error={d.fieldErrors[`${a.key}.bulan`]}
                  />
                  <Textarea
                    size="md"
                    label={t('skp.ra.uraian')}
                    autosize
                    minRows={1}
                    maxLength={1000}
                    value={a.uraian}
                    onChange={(e) => setRa(r.key, a.key, { uraian: e.currentTarget.value }, 'uraian')}
                    error={d.fieldErrors[`${a.key}.uraian`]}
                    style={{ flex: '1 1 14rem' }}
                  />
                  <Button variant="subtle" color="red" mt={{ base: 0, sm: 28 }} leftSection={<IconTrash size={18} />}
                    onClick={() => setRhk(r.key, (x) => ({ ...x, rencanaAksi: x.rencanaAksi.filter((y) => y.key !== a.key) }))}>
                    {t('skp.ra.hapus', { n: i + 1 })}
                  </Button>
                </Group>
              ))}
              <div>
                <Button variant="light" leftSection={<IconPlus />} disabled={r.rencanaAksi.length >= MAX_RA}
                  onClick={() => setRhk(r.key, (x) => ({ ...x, rencanaAksi: [...x.rencanaAksi, { key: newKey(), bulan: Math.min(12, last + 1), uraian: '' }] }))}>
                  {t('skp.ra.tambah')}
                </Button>
              </div>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
