import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys, useJabatanList } from '../../api/queries.ts';
import type { Pegawai, PegawaiInput } from '../../api/types.ts';
import { FormProblems } from '../../components/FormProblems.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { GOLONGAN_LIST, STATUS_LIST, type StatusPegawai } from '../../lib/enums.ts';
import { normaliseNip } from '../../lib/nip.ts';
import { orNull, useForm } from '../../lib/useForm.ts';
import { useVersionedSave } from '../../lib/useVersionedSave.ts';

/** Fields this form shows messages under; other messages go to the summary. */
const SHOWN = ['nip', 'nipLama', 'nama', 'gelarDepan', 'gelarBelakang', 'unitKerjaId', 'jabatanId', 'golongan', 'status', 'email'];

interface Values extends Record<string, unknown> {
  nip: string;
  nipLama: string;
  nama: string;
  gelarDepan: string;
  gelarBelakang: string;
  golongan: string | null;
  unitKerjaId: string | null;
  jabatanId: string | null;
  status: StatusPegawai;
  email: string;
}

const fromPegawai = (p?: Pegawai): Values => ({
  nip: p?.nip ?? '',
  nipLama: p?.nipLama ?? '',
  nama: p?.nama ?? '',
  gelarDepan: p?.gelarDepan ?? '',
  gelarBelakang: p?.gelarBelakang ?? '',
  golongan: p?.golongan ?? null,
  unitKerjaId: p?.unitKerja.id ?? null,
  jabatanId: p?.jabatan.id ?? null,
  status: p?.status ?? 'AKTIF',
  email: p?.email ?? '',
});

const toInput = (v: Values): PegawaiInput => ({
  nip: normaliseNip(v.nip),
  nipLama: orNull(v.nipLama),
  nama: v.nama.trim(),
  gelarDepan: orNull(v.gelarDepan),
  gelarBelakang: orNull(v.gelarBelakang),
  golongan: (v.golongan as PegawaiInput['golongan']) ?? null,
  unitKerjaId: v.unitKerjaId ?? '',
  jabatanId: v.jabatanId ?? '',
  status: v.status,
  email: v.email.trim(),
});

interface Props {
  pegawai?: Pegawai;
  onSaved: (p: Pegawai) => void;
  onCancel: () => void;
}

/** Add or edit one pegawai. On a server error everything typed stays; messages appear under the fields. */
export function PegawaiForm({ pegawai, onSaved, onCancel }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>(() => fromPegawai(pegawai));
  const { values: v, set, errors } = form;
  const jabatan = useJabatanList(v.unitKerjaId, !!v.unitKerjaId);

  const saving = useVersionedSave<Pegawai>({
    initialVersion: pegawai?.version ?? 0,
    send: (version) => (pegawai ? api.put<Pegawai>(`/pegawai/${pegawai.id}`, { ...toInput(v), version }) : api.post<Pegawai>('/pegawai', toInput(v))),
    reload: async () => (pegawai ? api.get<Pegawai>(`/pegawai/${pegawai.id}`) : null),
    takeServerErrors: form.takeServerErrors,
    onSaved: (saved) => {
      void qc.invalidateQueries({ queryKey: keys.pegawaiAll });
      void qc.invalidateQueries({ queryKey: keys.unitKerja });
      onSaved(saved);
    },
    onReload: (fresh) => {
      form.setValues(fromPegawai(fresh));
      form.setErrors({});
    },
  });
  const { save, submit } = saving;

  // Kepala unit positions are marked: only one pegawai may hold each of them.
  const jabatanOptions = (jabatan.data ?? []).map((j) => ({
    value: j.id, label: j.kepalaUnit ? `${j.nama} — ${t('jabatan.kepalaUnit')}` : j.nama,
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={pegawai ? t('pegawai.editTitle') : t('pegawai.addTitle')}>
      <Stack gap="md">
        <FormProblems errors={errors} shown={SHOWN} saving={saving} />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('field.nip')}
            description={t('pegawai.nipHelp')}
            inputMode="numeric"
            autoComplete="off"
            value={v.nip}
            onChange={(e) => set('nip', e.currentTarget.value)}
            error={errors['nip']}
            required
          />
          <TextInput
            label={t('field.nipLama')}
            description={t('pegawai.nipLamaHelp')}
            inputMode="numeric"
            autoComplete="off"
            value={v.nipLama}
            onChange={(e) => set('nipLama', e.currentTarget.value)}
            error={errors['nipLama']}
          />
        </SimpleGrid>
        <TextInput
          label={t('field.nama')}
          autoComplete="off"
          value={v.nama}
          onChange={(e) => set('nama', e.currentTarget.value)}
          error={errors['nama']}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('field.gelarDepan')} value={v.gelarDepan} onChange={(e) => set('gelarDepan', e.currentTarget.value)} error={errors['gelarDepan']} />
          <TextInput label={t('field.gelarBelakang')} value={v.gelarBelakang} onChange={(e) => set('gelarBelakang', e.currentTarget.value)} error={errors['gelarBelakang']} />
        </SimpleGrid>
        <UnitSelect
          label={t('field.unitKerja')}
          value={v.unitKerjaId}
          onChange={(id) => {
            set('unitKerjaId', id);
            if (id !== v.unitKerjaId) set('jabatanId', null);
          }}
          error={errors['unitKerjaId']}
          required
        />
        <Select
          label={t('field.jabatan')}
          placeholder={v.unitKerjaId ? undefined : t('pegawai.pickUnitFirst')}
          searchable
          data={jabatanOptions}
          value={v.jabatanId}
          onChange={(id) => set('jabatanId', id)}
          disabled={!v.unitKerjaId}
          nothingFoundMessage={t('common.nothingFound')}
          error={errors['jabatanId']}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('field.golongan')}
            data={GOLONGAN_LIST}
            value={v.golongan}
            onChange={(g) => set('golongan', g)}
            clearable
            searchable
            error={errors['golongan']}
          />
          <Select
            label={t('field.status')}
            data={STATUS_LIST.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            value={v.status}
            onChange={(s) => s && set('status', s as StatusPegawai)}
            allowDeselect={false}
            error={errors['status']}
          />
        </SimpleGrid>
        <TextInput
          label={t('field.email')}
          type="email"
          inputMode="email"
          value={v.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={errors['email']}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
