import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { keys, useBawahan, usePegawai } from '../../api/queries.ts';
import type { Pegawai } from '../../api/types.ts';
import { hasRole, useMe } from '../../auth/session.ts';
import { AtasanText } from '../../components/AtasanText.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPencil, IconTrash } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { AkunCard } from './AkunCard.tsx';
import { AtasanOverrideCard } from './AtasanOverrideCard.tsx';
import { PegawaiForm } from './PegawaiForm.tsx';
import { PegawaiSkpSection } from './PegawaiSkpSection.tsx';
import { usePageTitle } from '../../lib/usePageTitle.ts';

function BawahanList({ id }: { id: string }) {
  const t = useT();
  const bawahan = useBawahan(id);
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="sm">{t('pegawai.bawahan')}</Title>
      {bawahan.isPending && <Loading />}
      {bawahan.isError && <ErrorAlert error={bawahan.error} onRetry={() => bawahan.refetch()} />}
      {bawahan.data && bawahan.data.length === 0 && <Text c="dimmed">{t('pegawai.noBawahan')}</Text>}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {bawahan.data?.map((b) => (
          <li key={b.id}>
            <Anchor component={Link} to={`/pegawai/${b.id}`} fw={600}>{b.namaLengkap}</Anchor>
            <Text size="sm" c="dimmed">{b.jabatan.nama} · {b.nipTampil}</Text>
          </li>
        ))}
      </Stack>
    </Card>
  );
}

export default function PegawaiDetailPage() {
  const t = useT();
  const me = useMe();
  const isAdmin = hasRole(me, 'ADMIN');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const q = usePegawai(id);
  usePageTitle(q.data?.namaLengkap ?? t('pegawai.detailTitle'));
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const del = useMutation({
    mutationFn: () => api.del<unknown>(`/pegawai/${id}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.pegawaiAll });
      void qc.invalidateQueries({ queryKey: keys.unitKerja });
      navigate('/pegawai', { replace: true });
    },
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const p: Pegawai = q.data;

  const rows: [string, ReactNode][] = [
    [t('field.nip'), p.nipTampil],
    ...(p.nipLama ? [[t('field.nipLama'), p.nipLama] as [string, ReactNode]] : []),
    [t('field.jenisAsn'), p.jenisAsn],
    [t('field.tanggalLahir'), formatDate(p.tanggalLahir)],
    [t('field.jenisKelamin'), t(`jenisKelamin.${p.jenisKelamin}`)],
    [t('field.golongan'), p.golongan ?? t('common.none')],
    [t('field.jabatan'), `${p.jabatan.nama} (${t(`jenisJabatan.${p.jabatan.jenis}`)}, ${t('jabatan.kelas').toLowerCase()} ${p.jabatan.kelasJabatan})`],
    [t('field.unitKerja'), p.unitKerja.nama],
    [t('field.status'), t(`status.${p.status}`)],
    [t('field.email'), p.email ?? t('common.none')],
    [t('field.atasan'), <AtasanText atasan={p.atasan} />],
  ];

  return (
    <Stack gap="lg" maw={960}>
      {isAdmin && (
        <Anchor component={Link} to="/pegawai" size="md">← {t('nav.pegawai')}</Anchor>
      )}
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Text c="dimmed" size="sm">{t('pegawai.detailTitle')}</Text>
              <Title order={1} size="h2">{p.namaLengkap}</Title>
            </div>
            <Badge size="lg" variant="light" color={p.status === 'AKTIF' ? 'teal' : 'gray'} tt="none">{t(`status.${p.status}`)}</Badge>
          </Group>
          <Facts rows={rows} />
          {isAdmin && (
            <Group gap="sm">
              <Button leftSection={<IconPencil />} onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              <Button leftSection={<IconTrash />} color="red" variant="outline" onClick={() => setDeleting(true)}>{t('common.delete')}</Button>
            </Group>
          )}
        </Stack>
      </Card>

      <PegawaiSkpSection pegawaiId={p.id} />
      {isAdmin && <AtasanOverrideCard pegawai={p} />}
      {isAdmin && <AkunCard pegawai={p} />}
      <BawahanList id={p.id} />

      <FormModal opened={editing} onClose={() => setEditing(false)} title={t('pegawai.editTitle')}>
        <PegawaiForm
          pegawai={p}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            qc.setQueryData(keys.pegawai(p.id), saved);
            setEditing(false);
          }}
        />
      </FormModal>
      <ConfirmModal
        opened={deleting}
        title={t('pegawai.deleteOf', { nama: p.namaLengkap })}
        message={t('common.confirmDelete', { nama: p.namaLengkap })}
        confirmLabel={t('common.delete')}
        loading={del.isPending}
        error={del.error}
        onConfirm={() => del.mutate()}
        onClose={() => { setDeleting(false); del.reset(); }}
      />
    </Stack>
  );
}
