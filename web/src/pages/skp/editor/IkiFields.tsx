import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '../../../components/icons.tsx';
import { useT, type Translate } from '../../../i18n/context.tsx';
import {
  ARAH_IKI, ASPEK, LABEL_ARAH_IKI, LABEL_ASPEK, LABEL_PERSPEKTIF, PERSPEKTIF, type ArahIki, type Aspek, type Perspektif,
} from '../../../../../src/domain/enums.ts';
import { parseAngka, type IkiDraft } from './draft.ts';

interface Props {
  iki: IkiDraft;
  nomor: number;
  rhkNama: string;
  showAspek: boolean;
  showPerspektif: boolean;
  errors: Record<string, string>;
  onChange: (patch: Partial<IkiDraft>, field: keyof IkiDraft) => void;
  onRemove: () => void;
}

// No grouping: "1500", so the echo of "1.500" cannot itself be misread as 1,5.
const plain = new Intl.NumberFormat('id-ID', { useGrouping: false, maximumFractionDigits: 10 });

/** Message for a typed number, checked here so one bad number never blocks saving the rest. */
export function targetProblems(k: IkiDraft, t: Translate) {
  const target = parseAngka(k.target);
  const atas = parseAngka(k.targetAtas);
  return {
    target: target === undefined ? t('skp.iki.bukanAngka') : undefined,
    targetAtas: atas === undefined ? t('skp.iki.bukanAngka')
      : atas !== null && typeof target === 'number' && atas < target ? t('skp.iki.atasKecil') : undefined,
  };
}

/** One indikator kinerja individu: what is measured, the target, and how to read it. */
export function IkiFields({ iki: k, nomor, rhkNama, showAspek, showPerspektif, errors, onChange, onRemove }: Props) {
  const t = useT();
  const err = (f: string) => errors[`${k.key}.${f}`];
  const local = targetProblems(k, t);
  const dibaca = (s: string) => {
    const n = parseAngka(s);
    // Echo how a number with a thousands dot was read, so "1.500" is not mistaken for 1,5.
    return typeof n === 'number' && s.includes('.') ? t('skp.iki.dibaca', { angka: plain.format(n) }) : undefined;
  };
  return (
    <fieldset style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, padding: '0.5rem 0.75rem 0.75rem', margin: 0, minWidth: 0 }}>
      <legend style={{ padding: '0 0.375rem', fontWeight: 700 }}>{t('skp.ikiKe', { n: nomor })} <Text span c="dimmed" size="sm" fw={400}>· {rhkNama}</Text></legend>
      <Stack gap="sm">
        <Textarea
          size="md"
          label={t('skp.iki.indikator')}
          description={t('skp.iki.indikatorHelp')}
          autosize
          minRows={2}
          maxLength={1000}
          value={k.indikator}
          onChange={(e) => onChange({ indikator: e.currentTarget.value }, 'indikator')}
          error={err('indikator')}
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <TextInput
            label={t('skp.iki.target')}
            description={dibaca(k.target) ?? t('skp.iki.targetHelp')}
            inputMode="decimal"
            autoComplete="off"
            value={k.target}
            onChange={(e) => onChange({ target: e.currentTarget.value }, 'target')}
            error={local.target ?? err('target')}
          />
          <TextInput
            label={t('skp.iki.targetAtas')}
            description={dibaca(k.targetAtas) ?? t('skp.iki.targetAtasHelp')}
            inputMode="decimal"
            autoComplete="off"
            value={k.targetAtas}
            onChange={(e) => onChange({ targetAtas: e.currentTarget.value }, 'targetAtas')}
            error={local.targetAtas ?? err('targetAtas')}
          />
          <TextInput
            label={t('skp.iki.satuan')}
            description={t('skp.iki.satuanHelp')}
            maxLength={100}
            value={k.satuan}
            onChange={(e) => onChange({ satuan: e.currentTarget.value }, 'satuan')}
            error={err('satuan')}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('skp.iki.arah')}
          description={t('skp.iki.arahHelp')}
          value={k.arah}
          onChange={(a) => onChange({ arah: a as ArahIki }, 'arah')}
          error={err('arah')}
        >
          <Group gap="lg" mt={6}>
            {ARAH_IKI.map((a) => <Radio key={a} value={a} label={LABEL_ARAH_IKI[a]} size="md" />)}
          </Group>
        </Radio.Group>
        {showAspek && (
          <Select
            label={t('skp.iki.aspek')}
            description={t('skp.iki.aspekHelp')}
            data={ASPEK.map((a) => ({ value: a, label: LABEL_ASPEK[a] }))}
            value={k.aspek}
            onChange={(a) => onChange({ aspek: a as Aspek | null }, 'aspek')}
            error={err('aspek')}
            maw={360}
          />
        )}
        {showPerspektif && (
          <Select
            label={t('skp.iki.perspektif')}
            description={t('skp.iki.perspektifHelp')}
            data={PERSPEKTIF.map((p) => ({ value: p, label: LABEL_PERSPEKTIF[p] }))}
            value={k.perspektif}
            onChange={(p) => onChange({ perspektif: p as Perspektif | null }, 'perspektif')}
            error={err('perspektif')}
            maw={360}
          />
        )}
        <Group justify="flex-end">
          <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} onClick={onRemove}>
            {t('skp.iki.hapus', { n: nomor })}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
