import { Button, Card, SimpleGrid, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { keys, useInstansiList } from '../../api/queries.ts';
import type { InstansiCreated, InstansiInput } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FieldErrorSummary } from '../../components/FieldErrorSummary.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPlus } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SecretBox } from '../../components/SecretBox.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { JENIS_INSTANSI_LIST, type JenisInstansi } from '../../lib/enums.ts';
import { useForm } from '../../lib/useForm.ts';

/** Fields this form shows messages under; other messages go to the summary. */
const SHOWN = ['kode', 'nama', 'jenis', 'adminUsername'];

interface Values extends Record<string, unknown> {
  kode: string;
  nama: string;
  jenis: JenisInstansi | null;
  adminUsername: string;
}

function InstansiForm({ onCreated, onCancel }: { onCreated: (i: InstansiCreated) => void; onCancel: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const form = useForm<Values>({ kode: '', nama: '', jenis: null, adminUsername: '' });
  const { values: v, set, errors } = form;
  const create = useMutation({
    mutationFn: (body: InstansiInput) => api.post<InstansiCreated>('/instansi', body),
    onSuccess: (created) => {
      void qc.invalidateQueries({ queryKey: keys.instansi });
      onCreated(created);
    },
    onError: (e) => form.takeServerErrors(e),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.jenis) {
      form.setErrors({ jenis: t('common.required') });
      return;
    }
    create.mutate({ kode: v.kode.trim().toUpperCase(), nama: v.nama.trim(), jenis: v.jenis, adminUsername: v.adminUsername.trim() });
  };
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FieldErrorSummary errors={errors} shown={SHOWN} />
        {create.isError && !hasFieldErrors && <ErrorAlert error={create.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('instansi.kode')} description={t('instansi.kodeHelp')} value={v.kode}
            onChange={(e) => set('kode', e.currentTarget.value.toUpperCase())} error={errors['kode']} required autoComplete="off" />
          <Select label={t('instansi.jenis')} data={JENIS_INSTANSI_LIST.map((j) => ({ value: j, label: t(`jenisInstansi.${j}`) }))}
            value={v.jenis} onChange={(j) => set('jenis', j as JenisInstansi | null)} error={errors['jenis']} required />
        </SimpleGrid>
        <TextInput label={t('instansi.nama')} value={v.nama} onChange={(e) => set('nama', e.currentTarget.value)} error={errors['nama']} required autoComplete="off" />
        <TextInput label={t('instansi.adminUsername')} description={t('instansi.adminUsernameHelp')} value={v.adminUsername}
          onChange={(e) => set('adminUsername', e.currentTarget.value.toLowerCase())} error={errors['adminUsername']} required
          autoComplete="off" autoCapitalize="none" spellCheck={false} />
        <SimpleGrid cols={2} spacing="sm">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending}>{t('common.save')}</Button>
        </SimpleGrid>
      </Stack>
    </form>
  );
}

export default function InstansiPage() {
  const t = useT();
  const list = useInstansiList();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<InstansiCreated | null>(null);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('instansi.title')}
        intro={t('instansi.intro')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setAdding(true)}>{t('instansi.add')}</Button>}
      />
      {created && (
        <SecretBox
          title={t('instansi.created', { nama: created.nama, username: created.adminUsername })}
          secret={created.passwordSementara}
          label={t('instansi.created', { nama: created.nama, username: created.adminUsername })}
          warning={t('instansi.once')}
        />
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm" fz="md" aria-label={t('instansi.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('instansi.kode')}</Table.Th>
                  <Table.Th>{t('instansi.nama')}</Table.Th>
                  <Table.Th>{t('instansi.jenis')}</Table.Th>
                  <Table.Th>{t('instansi.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td><code>{i.kode}</code></Table.Td>
                    <Table.Td fw={600}>{i.nama}</Table.Td>
                    <Table.Td>{JENIS_INSTANSI_LIST.includes(i.jenis as JenisInstansi) ? t(`jenisInstansi.${i.jenis as JenisInstansi}`) : i.jenis}</Table.Td>
                    <Table.Td>{formatDateTime(i.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('instansi.add')}>
        {adding && <InstansiForm onCancel={() => setAdding(false)} onCreated={(c) => { setAdding(false); setCreated(c); }} />}
      </FormModal>
    </Stack>
  );
}
