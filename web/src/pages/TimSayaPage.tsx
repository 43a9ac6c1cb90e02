import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useBawahan } from '../api/queries.ts';
import { useMe } from '../auth/session.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { useT } from '../i18n/context.tsx';

/** Direct subordinates as cards: readable on a phone between meetings. */
export default function TimSayaPage() {
  const t = useT();
  const me = useMe();
  const bawahan = useBawahan(me.pegawai?.id);
  return (
    <Stack gap="md">
      <PageHeader title={t('tim.title')} intro={t('tim.intro')} />
      {!me.pegawai && <Text c="dimmed">{t('beranda.noPegawai')}</Text>}
      {me.pegawai && bawahan.isPending && <Loading />}
      {bawahan.isError && <ErrorAlert error={bawahan.error} onRetry={() => bawahan.refetch()} />}
      {bawahan.data?.length === 0 && <Text c="dimmed">{t('tim.empty')}</Text>}
      {bawahan.data && bawahan.data.length > 0 && (
        <>
          <Text fw={600}>{t('pegawai.total', { n: bawahan.data.length })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {bawahan.data.map((p) => (
              <Card key={p.id} withBorder padding="md" component="li">
                <Stack gap={4}>
                  <Anchor component={Link} to={`/pegawai/${p.id}`} fw={700} size="lg">{p.namaLengkap}</Anchor>
                  <Text size="md">{p.jabatan.nama}</Text>
                  <Text size="sm" c="dimmed">{t('field.nip')} {p.nipTampil}</Text>
                  <Group gap="xs">
                    <Badge variant="light" color={p.status === 'AKTIF' ? 'teal' : 'gray'} tt="none">{t(`status.${p.status}`)}</Badge>
                    {p.atasan && p.atasan.sumber !== 'STRUKTUR' && (
                      <Badge variant="light" color="orange" tt="none">{t(`sumber.${p.atasan.sumber}`)}</Badge>
                    )}
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
