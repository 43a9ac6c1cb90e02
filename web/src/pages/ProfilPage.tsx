import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePegawai } from '../api/queries.ts';
import { useMe } from '../auth/session.ts';
import { AtasanText } from '../components/AtasanText.tsx';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Facts } from '../components/Facts.tsx';
import { Loading } from '../components/Loading.tsx';
import { useT } from '../i18n/context.tsx';
import { usePageTitle } from '../lib/usePageTitle.ts';

export default function ProfilPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('profil.title'));
  const detail = usePegawai(me.pegawai?.id);
  const p = detail.data;

  const rows: [string, ReactNode][] = [[t('profil.username'), me.username]];
  if (me.instansi) rows.push([t('profil.instansi'), me.instansi.nama]);
  if (me.pegawai) {
    rows.push(
      [t('field.nip'), me.pegawai.nipTampil],
      [t('field.namaLengkap'), me.pegawai.namaLengkap],
      [t('field.jabatan'), me.pegawai.jabatan],
      [t('field.unitKerja'), me.pegawai.unitKerja],
    );
    if (p) {
      rows.push([t('field.atasan'), <AtasanText atasan={p.atasan} />]);
      if (p.golongan) rows.push([t('field.golongan'), p.golongan]);
      rows.push([t('field.status'), t(`status.${p.status}`)]);
      if (p.email) rows.push([t('field.email'), p.email]);
    }
  }

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1} size="h2">{t('profil.title')}</Title>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Text fw={700} size="lg">{me.pegawai?.namaLengkap ?? me.nama}</Text>
          <Facts rows={rows} />
          {detail.isPending && me.pegawai && <Loading />}
          {detail.isError && <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />}
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="md">{t('password.title')}</Title>
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}
