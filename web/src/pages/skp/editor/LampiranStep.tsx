import { Stack, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/context.tsx';
import type { Lampiran } from './draft.ts';
import { StepHelp } from './StepHelp.tsx';
import type { SkpDraftApi } from './useSkpDraft.ts';

const FIELDS = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const satisfies readonly (keyof Lampiran)[];

/** Langkah 4: the three parts of the lampiran SKP. */
export function LampiranStep({ d }: { d: SkpDraftApi }) {
  const t = useT();
  return (
    <Stack gap="md">
      <StepHelp title={t('skp.help.lampiranTitle')} lines={[t('skp.help.lampiran1')]} />
      {FIELDS.map((f) => (
        <Textarea
          key={f}
          size="md"
          label={t(`skp.lampiran.${f}`)}
          description={t(`skp.lampiran.${f}Help`)}
          autosize
          minRows={3}
          maxLength={4000}
          value={d.draft.lampiran[f]}
          onChange={(e) => { const v = e.currentTarget.value; d.update((x) => ({ ...x, lampiran: { ...x.lampiran, [f]: v } }), `lampiran.${f}`); }}
          error={d.fieldErrors[`lampiran.${f}`]}
        />
      ))}
    </Stack>
  );
}
