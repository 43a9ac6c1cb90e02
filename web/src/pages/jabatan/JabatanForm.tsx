import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { Jabatan } from '../../api/types.ts';
import { FormProblems } from '../../components/FormProblems.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { JENIS_JABATAN_LIST, JENJANG_LIST, type JenisJabatan, type JenjangJf } from '../../lib/enums.ts';
import { useForm } from '../../lib/useForm.ts';
import { useVersionedSave } from '../../lib/useVersionedSave.ts';

/** Fields this form shows messages under; other messages go to the summary. */
const SHOWN = ['unitKerjaId', 'kode', 'nama', 'jenis', 'jenjang', 'kelasJabatan', 'kepalaUnit'];

interface Values extends Record<string, unknown> {
  unitKerjaId: string | null;
  kode: string;
  nama: string;
  jenis: JenisJabatan | null;
  jenjang: JenjangJf | null;
  kelasJabatan: number | string;
  kepalaUnit: boolean;
}

const fromJabatan = (j: Jabatan | undefined, unitKerjaId: string | null): Values => ({
  unitKerjaId: j?.unitKerjaId ?? unitKerjaId,
  kode: j?.kode ?? '',
  nama: j?.nama ?? '',
  jenis: j?.jenis ?? null,
  jenjang: j?.jenjang ?? null,
  kelasJabatan: j?.kelasJabatan ?? '',
  kepalaUnit: j?.kepalaUnit ?? false,
});

interface Props {
  jabatan?: Jabatan;
  unitKerjaId?: string | null;
  onDone: () => void;
}

export function JabatanForm({ jabatan, unitKerjaId = null, onDone }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>(() => fromJabatan(jabatan, unitKerjaId));
  const { values: v, set, errors } = form;
  const fungsional = v.jenis === 'FUNGSIONAL';

  const body = () => ({
    unitKerjaId: v.unitKerjaId ?? '',
    kode: v.kode.trim(),
    nama: v.nama.trim(),
    jenis: v.jenis ?? '',
    // Jenjang only exists for jabatan fungsional.
    jenjang: fungsional ? v.jenjang : null,
    kelasJabatan: typeof v.kelasJabatan === 'number' ? v.kelasJabatan : null,
    kepalaUnit: v.kepalaUnit,
  });
  const saving = useVersionedSave<Jabatan>({
    initialVersion: jabatan?.version ?? 0,
    send: (version) => (jabatan ? api.put<Jabatan>(`/jabatan/${jabatan.id}`, { ...body(), version }) : api.post<Jabatan>('/jabatan', body())),
    reload: async () => (jabatan ? (await api.get<Jabatan[]>('/jabatan', { unitKerjaId: jabatan.unitKerjaId })).find((j) => j.id === jabatan.id) ?? null : null),
    takeServerErrors: form.takeServerErrors,
    onSaved: () => {
      void qc.invalidateQueries({ queryKey: keys.jabatanAll });
      onDone();
    },
    onReload: (fresh) => form.setValues(fromJabatan(fresh, null)),
  });
  const { save, submit } = saving;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblems errors={errors} shown={SHOWN} saving={saving} />
        <UnitSelect label={t('field.unitKerja')} value={v.unitKerjaId} onChange={(id) => set('unitKerjaId', id)} error={errors['unitKerjaId']} required />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('jabatan.kode')} value={v.kode} onChange={(e) => set('kode', e.currentTarget.value)} error={errors['kode']} required autoComplete="off" />
          <NumberInput
            label={t('jabatan.kelas')}
            description={t('jabatan.kelasHelp')}
            min={1}
            max={17}
            allowDecimal={false}
            allowNegative={false}
            value={v.kelasJabatan}
            onChange={(n) => set('kelasJabatan', n)}
            error={errors['kelasJabatan']}
            required
          />
        </SimpleGrid>
        <TextInput label={t('jabatan.nama')} value={v.nama} onChange={(e) => set('nama', e.currentTarget.value)} error={errors['nama']} required autoComplete="off" />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('jabatan.jenis')}
            data={JENIS_JABATAN_LIST.map((j) => ({ value: j, label: t(`jenisJabatan.${j}`) }))}
            value={v.jenis}
            onChange={(j) => {
              set('jenis', j as JenisJabatan | null);
              if (j !== 'FUNGSIONAL') set('jenjang', null);
            }}
            error={errors['jenis']}
            required
          />
          {fungsional && (
            <Select
              label={t('jabatan.jenjang')}
              data={JENJANG_LIST.map((j) => ({ value: j, label: t(`jenjang.${j}`) }))}
              value={v.jenjang}
              onChange={(j) => set('jenjang', j as JenjangJf | null)}
              error={errors['jenjang']}
              required
            />
          )}
        </SimpleGrid>
        <Checkbox
          label={t('jabatan.kepalaUnit')}
          description={t('jabatan.kepalaUnitHelp')}
          checked={v.kepalaUnit}
          onChange={(e) => set('kepalaUnit', e.currentTarget.checked)}
          error={errors['kepalaUnit']}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
