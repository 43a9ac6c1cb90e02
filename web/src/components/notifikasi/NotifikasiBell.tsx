// The bell in the header: unread count, and a dropdown with the newest notifications.
// A plain positioned panel rather than Popover keeps the positioning library out of the app frame.
import '@mantine/core/styles/Indicator.css';
import { ActionIcon, Box, Button, Divider, Group, Indicator, Loader, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useClickOutside } from '@mantine/hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useBacaNotifikasi, useBacaSemuaNotifikasi, useNotifikasi, type Notifikasi } from '../../api/notifikasi.ts';
import { useMe } from '../../auth/session.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate, formatDateTime } from '../../i18n/format.ts';

const PANEL_ID = 'notifikasi-panel';

function IconBell() {
  return (
    <svg width={24} height={24} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** "5 menit yang lalu", "kemarin"; older than a week shows the date. */
export function waktuRelatif(iso: string, locale: 'id' | 'en', barusan: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 60) return barusan;
  const rtf = new Intl.RelativeTimeFormat(locale === 'id' ? 'id-ID' : 'en', { numeric: 'auto' });
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return rtf.format(Math.round(seconds / 86_400), 'day');
  return formatDate(iso);
}

function Item({ n, onPick }: { n: Notifikasi; onPick: (n: Notifikasi) => void }) {
  const { t, locale } = useI18n();
  const unread = !n.dibacaAt;
  const body = (
    <Group gap="sm" wrap="nowrap" align="flex-start" px="sm" py="xs">
      <Box mt={7} w={8} h={8} style={{ flex: 'none', borderRadius: 4, background: unread ? 'var(--mantine-color-blue-6)' : 'transparent' }}>
        {unread && <VisuallyHidden>{t('notifikasi.baru')}</VisuallyHidden>}
      </Box>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={unread ? 700 : 500}>{n.judul}</Text>
        <Text size="sm" c="dimmed">{n.isi}</Text>
        <Text size="xs" c="dimmed" title={formatDateTime(n.createdAt)}>
          <time dateTime={n.createdAt}>{waktuRelatif(n.createdAt, locale, t('notifikasi.barusan'))}</time>
        </Text>
      </Stack>
    </Group>
  );
  const style = { display: 'block', width: '100%', background: unread ? 'var(--mantine-color-blue-0)' : undefined };
  return n.tautan
    ? <UnstyledButton component={Link} to={n.tautan} onClick={() => onPick(n)} style={style}>{body}</UnstyledButton>
    : <UnstyledButton onClick={() => onPick(n)} style={style}>{body}</UnstyledButton>;
}

export function NotifikasiBell() {
  const me = useMe();
  const { t } = useI18n();
  const mine = !!me.pegawai;
  const q = useNotifikasi(mine);
  const baca = useBacaNotifikasi();
  const bacaSemua = useBacaSemuaNotifikasi();
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const outside = useClickOutside<HTMLDivElement>(() => setOpened(false));

  // Screen readers start reading at the panel once it opens.
  useEffect(() => { if (opened) panel.current?.focus(); }, [opened]);

  // Admin accounts without a pegawai record receive no notifications.
  if (!mine) return null;

  const unread = q.data?.belumDibaca ?? 0;
  const close = () => { setOpened(false); button.current?.focus(); };
  const onKeyDown = (e: KeyboardEvent) => { if (e.key === 'Escape' && opened) { e.stopPropagation(); close(); } };
  const pick = (n: Notifikasi) => {
    if (!n.dibacaAt) baca.mutate(n.id);
    setOpened(false);
  };

  return (
    <Box ref={outside} pos="relative" onKeyDown={onKeyDown}>
      <Indicator disabled={unread === 0} label={unread > 99 ? '99+' : unread} size={18} color="red" offset={8} withBorder>
        <ActionIcon
          ref={button}
          variant="subtle"
          color="gray"
          size={44}
          radius="xl"
          onClick={() => setOpened((o) => !o)}
          aria-label={unread ? t('notifikasi.bukaBelumDibaca', { n: unread }) : t('notifikasi.buka')}
          aria-expanded={opened}
          aria-controls={opened ? PANEL_ID : undefined}
          aria-haspopup="dialog"
        >
          <IconBell />
        </ActionIcon>
      </Indicator>
      {opened && (
        <Paper
          ref={panel}
          id={PANEL_ID}
          role="dialog"
          aria-label={t('notifikasi.judul')}
          tabIndex={-1}
          shadow="md"
          withBorder
          radius="md"
          style={{ position: 'absolute', top: 'calc(100% + 6px)', right: 0, width: 'min(380px, calc(100vw - 24px))', zIndex: 300, outline: 'none' }}
        >
          <Group justify="space-between" wrap="nowrap" px="sm" py="xs" gap="xs">
            <Text fw={700}>{t('notifikasi.judul')}</Text>
            {unread > 0 && (
              <Button variant="subtle" size="compact-sm" onClick={() => bacaSemua.mutate(undefined, { onSuccess: () => panel.current?.focus() })} loading={bacaSemua.isPending}>
                {t('notifikasi.tandaiSemua')}
              </Button>
            )}
          </Group>
          <Divider />
          <Box style={{ maxHeight: 'min(420px, calc(100dvh - 120px))', overflowY: 'auto' }}>
            {q.isPending ? (
              <Group justify="center" p="md"><Loader size="sm" /></Group>
            ) : q.isError ? (
              <Text size="sm" c="red.8" p="md">{t('notifikasi.gagalMuat')}</Text>
            ) : q.data.items.length === 0 ? (
              <Text size="sm" c="dimmed" p="md">{t('notifikasi.kosong')}</Text>
            ) : (
              <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {q.data.items.map((n, i) => (
                  <li key={n.id}>
                    {i > 0 && <Divider />}
                    <Item n={n} onPick={pick} />
                  </li>
                ))}
              </Stack>
            )}
          </Box>
        </Paper>
      )}
    </Box>
  );
}
