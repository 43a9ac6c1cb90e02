import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.ts';
import { skpKeys, type SkpTemplate } from '../../api/skp.ts';
import { ConflictAlert } from '../../components/ConflictAlert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { IconAlert } from '../../components/icons.tsx';
import { useScrollIntoView } from '../../components/tinjau/useScrollIntoView.ts';
import { useT } from '../../i18n/context.tsx';
import { useForm } from '../../lib/useForm.ts';
import { useVersionedSave } from '../../lib/useVersionedSave.ts';
import { dariDraft, keDraft, rhkBaru, TemplateRhkEditor, type RhkDraft } from './TemplateRhkEditor.tsx';
import type { useJabatanTemplate } from './useJabatanTemplate.ts';

interface Values extends Record<string, unknown> { jabatanId: string | null; nama: string; rhk: RhkDraft[] }

const fromTemplate = (tpl: SkpTemplate | undefined): Values => ({
  jabatanId: tpl?.jabatanId ?? null, nama: tpl?.nama ?? '', rhk: tpl ? keDraft(tpl.rhk) : [rhkBaru()],
});

export function TemplateForm({ template, jabatan, onDone }: {
  template?: SkpTemplate; jabatan: ReturnType<typeof useJabatanTemplate>; onDone: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>(() => fromTemplate(template));
  const { values: v, set, errors } = form;
  const body = () => ({ jabatanId: v.jabatanId ?? '', nama: v.nama.trim(), rhk: dariDraft(v.rhk) });
  const saving = useVersionedSave<SkpTemplate>({
    initialVersion: template?.version ?? 0,
    send: (version) => (template
      ? api.put<SkpTemplate>(`/skp-template/${template.id}`, { ...body(), version })
      : api.post<SkpTemplate>('/skp-template', body())),
    reload: async () => (template ? (await api.get<SkpTemplate[]>('/skp-template')).find((x) => x.id === template.id) ?? null : null),
    takeServerErrors: form.takeServerErrors,
    onSaved: () => { void qc.invalidateQueries({ queryKey: skpKeys.templateAll }); onDone(); },
    onReload: (fresh) => form.setValues(fromTemplate(fresh)),
  });
  const { save } = saving;
  const masalahRef = useScrollIntoView<HTMLDivElement>(save.isError || !!saving.conflict);
  // Messages under their own fields; anything else (e.g. "at least one RHK") goes to the summary.
  const shown = Object.keys(errors).filter((k) => k === 'jabatanId' || k === 'nama' || /^rhk\.\d+\.(uraian|iki\.\d+\.(indikator|target|satuan))$/.test(k));
  const hasFieldErrors = Object.keys(errors).length > 0;
  // The jabatan of a template being edited stays selectable even if it is not in the writable list.
  const options = template && !jabatan.options.some((o) => o.value === template.jabatanId)
    ? [{ value: template.jabatanId, label: template.jabatan }, ...jabatan.options] : jabatan.options;

  return (
    <form onSubmit={saving.submit} noValidate>
      <Stack gap="md">
        {(hasFieldErrors || save.isError || !!saving.conflict) && (<Stack gap="md" ref={masalahRef} style={{ scrollMarginTop: '5rem' }}>
          <FieldErrorSummary errors={errors} shown={shown} />
          {saving.conflict && <ConflictAlert onReload={saving.takeFresh} onOverwrite={saving.overwrite} />}
          {save.isError && !hasFieldErrors && !saving.conflict && (isApiError(save.error, 403) ? (
            <Alert color="red" icon={<IconAlert />} role="alert" title={t('template.ditolakJudul')}>
              <Text size="md">{save.error.message}</Text>
              <Text size="md" mt="xs">{t('template.ditolakHelp')}</Text>
            </Alert>
          ) : <ErrorAlert error={save.error} />)}
        </Stack>)}
        <Select label={t('template.jabatan')} description={jabatan.admin ? undefined : t('template.jabatanHelpAtasan')}
          data={options} value={v.jabatanId} onChange={(id) => set('jabatanId', id)} searchable limit={200}
          nothingFoundMessage={t('common.nothingFound')} disabled={jabatan.loading} error={errors['jabatanId']} required />
        <TextInput label={t('template.nama')} description={t('template.namaHelp')} value={v.nama}
          onChange={(e) => set('nama', e.currentTarget.value)} error={errors['nama']} required autoComplete="off" maxLength={200} />
        <TemplateRhkEditor rhk={v.rhk} onChange={(next) => set('rhk', next)} errors={errors}
          onEdit={(k) => form.setErrors((e) => { if (!(k in e)) return e; const { [k]: _gone, ...rest } = e; return rest; })}
          onStructureChange={() => form.setErrors({})} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('template.simpan')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
