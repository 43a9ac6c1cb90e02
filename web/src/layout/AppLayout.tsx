import { AppShell, Box, Burger, Button, Divider, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, lazy, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useLogout, useMe } from '../auth/session.ts';
import { SessionExpiredModal } from '../auth/SessionExpiredModal.tsx';
import { ChunkErrorBoundary } from '../components/ChunkErrorBoundary.tsx';
import { IconLogout } from '../components/icons.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { LoadFailed } from '../components/LoadFailed.tsx';
import { Loading } from '../components/Loading.tsx';
import { NotifikasiBell } from '../components/notifikasi/NotifikasiBell.tsx';
import { useT } from '../i18n/context.tsx';
import { visibleNav } from './navItems.ts';

// The outbox engine is loaded after the first screen (main.tsx); its strip comes with it.
const SinkronIndikator = lazy(() => import('../components/aktivitas/SinkronIndikator.tsx'));

function isActive(path: string, current: string): boolean {
  // Reviewing a subordinate's SKP belongs to "SKP Bawahan", not to one's own SKP.
  if (/^\/skp\/[^/]+\/tinjau$/.test(current)) return path === '/skp-bawahan';
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

export function AppLayout() {
  const t = useT();
  const me = useMe();
  const logout = useLogout();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = visibleNav(me.peran);
  const main = items.filter((i) => !i.group);
  const admin = items.filter((i) => i.group === 'admin');

  // On a phone the menu covers the page: close it once the user picked a page.
  useEffect(close, [location.pathname, close]);

  const link = (i: (typeof items)[number]) => (
    <NavLink
      key={i.path}
      component={Link}
      to={i.path}
      label={t(i.label)}
      active={isActive(i.path, location.pathname)}
      aria-current={isActive(i.path, location.pathname) ? 'page' : undefined}
      styles={{ root: { minHeight: 48, borderRadius: 8 }, label: { fontSize: '1.0625rem' } }}
    />
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <SessionExpiredModal />
      <AppShell.Header>
        <Group h="100%" px="sm" gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="md"
            aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
            aria-expanded={opened}
            aria-controls="main-nav"
          />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text component={Link} to="/" fw={800} size="lg" c="blue.8" style={{ textDecoration: 'none' }}>
              {t('app.name')}
            </Text>
            {me.instansi && <Text size="xs" c="dimmed" truncate>{me.instansi.nama}</Text>}
          </Stack>
          <Box ml="auto"><NotifikasiBell /></Box>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="main-nav" aria-label={t('nav.main')} component="nav">
        {/* Plain overflow instead of ScrollArea: keeps the positioning library out of the first screen. */}
        <AppShell.Section grow style={{ overflowY: 'auto' }}>
          <Stack gap={2}>
            {main.map(link)}
            {admin.length > 0 && (
              <>
                <Text size="sm" fw={700} c="dimmed" mt="md" mb={4} px="sm" tt="uppercase">{t('nav.admin')}</Text>
                {admin.map(link)}
              </>
            )}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Divider my="sm" />
          <Stack gap="sm">
            <Text size="sm" c="dimmed" truncate>{t('nav.account', { nama: me.nama })}</Text>
            <LanguageSwitch signedIn fullWidth />
            <Button variant="light" color="red" leftSection={<IconLogout />} onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('nav.logout')}
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main">
        {me.pegawai && <Suspense fallback={null}><SinkronIndikator /></Suspense>}
        <ChunkErrorBoundary key={location.pathname} fallback={(retry) => <LoadFailed onRetry={retry} />}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ChunkErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
