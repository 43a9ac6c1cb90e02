import { ActionIcon, Badge, Button, Card, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.ts';
import { keys, useTokenApiList } from '../../api/queries.ts';
import type { TokenApi, TokenApiCreated } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert, fieldErrors } from '../../components/ErrorAlert.tsx';
import { IconPlus, IconTrash } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SecretBox } from '../../components/SecretBox.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';

export default function TokenApiPage() {
  const t = useT();
  const qc = useQueryClient();
  const list = useTokenApiList();
  const [nama, setNama] = useState('');
  const [revoking, setRevoking] = useState<TokenApi | null>(null);

  const create = useMutation({
    mutationFn: (n: string) => api.post<TokenApiCreated>('/token-api', { nama: n }),
    onSuccess: () => {
      setNama('');
      void qc.invalidateQueries({ queryKey: keys.tokenApi });
    },
  });
  const revoke = useMutation({
    mutationFn: (tok: TokenApi) => api.del<unknown>(`/token-api/${tok.id}`),
    onSuccess: () => {
      setRevoking(null);
      void qc.invalidateQueries({ queryKey: keys.tokenApi });
    },
  });
  const fe = fieldErrors(create.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(nama.trim());
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('tokenApi.title')} intro={t('tokenApi.intro')} />
      <Card withBorder padding="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={560}>
            <TextInput
              label={t('tokenApi.nama')}
              description={t('tokenApi.namaHelp')}
              value={nama}
              onChange={(e) => { setNama(e.currentTarget.value); if (create.isError) create.reset(); }}
              error={fe['nama']}
              required
              autoComplete="off"
            />
            {create.isError && !fe['nama'] && <ErrorAlert error={create.error} />}
            <Button type="submit" leftSection={<IconPlus />} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('tokenApi.create')}
            </Button>
          </Stack>
        </form>
      </Card>
      {create.data && (
        <SecretBox
          title={t('tokenApi.newToken', { nama: create.data.nama })}
          secret={create.data.token}
          label={t('tokenApi.newToken', { nama: create.data.nama })}
          warning={t('tokenApi.once')}
        />
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && <Text c="dimmed">{t('common.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" fz="md" aria-label={t('tokenApi.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokenApi.nama')}</Table.Th>
                <Table.Th>{t('tokenApi.prefix')}</Table.Th>
                <Table.Th>{t('tokenApi.createdAt')}</Table.Th>
                <Table.Th>{t('tokenApi.lastUsed')}</Table.Th>
                <Table.Th>{t('tokenApi.state')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((tok) => (
                <Table.Tr key={tok.id}>
                  <Table.Td fw={600}>{tok.nama}</Table.Td>
                  <Table.Td><code>{tok.prefix}…</code></Table.Td>
                  <Table.Td>{formatDateTime(tok.createdAt)}</Table.Td>
                  <Table.Td>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t('tokenApi.never')}</Table.Td>
                  <Table.Td>
                    {tok.revokedAt
                      ? <Badge color="gray" variant="light" tt="none">{t('tokenApi.revoked', { tanggal: formatDateTime(tok.revokedAt) })}</Badge>
                      : <Badge color="teal" variant="light" tt="none">{t('tokenApi.active')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    {!tok.revokedAt && (
                      <Group gap={2}>
                        <ActionIcon color="red" aria-label={t('tokenApi.revoke', { nama: tok.nama })} onClick={() => { revoke.reset(); setRevoking(tok); }}>
                          <IconTrash />
                        </ActionIcon>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={!!revoking}
        title={t('tokenApi.revokeTitle')}
        message={revoking ? t('tokenApi.revokeConfirm', { nama: revoking.nama }) : ''}
        confirmLabel={t('tokenApi.revokeTitle')}
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
