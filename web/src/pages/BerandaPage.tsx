import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useMe } from '../auth/session.ts';
import { useT } from '../i18n/context.tsx';
import { visibleNav } from '../layout/navItems.ts';
import { usePageTitle } from '../lib/usePageTitle.ts';

export default function BerandaPage() {
  const t = useT();
  const me = useMe();
  usePageTitle(t('nav.beranda'));
  const shortcuts = visibleNav(me.peran).filter((i) => i.path !== '/');
  const p = me.pegawai;
  return (
    <Stack gap="lg" maw={900}>
      <Card withBorder shadow="sm" padding="lg">
        <Stack gap="xs">
          <Title order={1} size="h2">{t('beranda.welcome', { nama: p?.namaLengkap ?? me.nama })}</Title>
          {p ? (
            <>
              <Text size="lg">{p.jabatan}</Text>
              <Text size="md" c="dimmed">{p.unitKerja}</Text>
              <Text size="md" c="dimmed">{t('field.nip')}: {p.nipTampil}</Text>
            </>
          ) : (
            <Text c="dimmed">{t('beranda.noPegawai')}</Text>
          )}
          {me.instansi && <Text size="md" c="dimmed">{me.instansi.nama}</Text>}
          <Group gap="xs" mt="xs" aria-label={t('beranda.roles')} role="list">
            {me.peran.map((r) => (
              <Badge key={r} size="lg" variant="light" role="listitem" tt="none">{t(`peran.${r}`)}</Badge>
            ))}
          </Group>
        </Stack>
      </Card>
      {shortcuts.length > 0 && (
        <section aria-labelledby="shortcuts-title">
          <Title order={2} size="h4" mb="sm" id="shortcuts-title">{t('beranda.shortcuts')}</Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {shortcuts.map((i) => (
              <Button key={i.path} component={Link} to={i.path} variant="default" size="lg" justify="flex-start">
                {t(i.label)}
              </Button>
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
