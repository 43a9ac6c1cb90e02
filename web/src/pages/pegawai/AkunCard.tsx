import { Badge, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { AkunPegawai, Pegawai } from '../../api/types.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconKey } from '../../components/icons.tsx';
import { SecretBox } from '../../components/SecretBox.tsx';
import { useT } from '../../i18n/context.tsx';

/** Creates the login account or resets its password; the temporary password is shown once. */
export function AkunCard({ pegawai }: { pegawai: Pegawai }) {
  const t = useT();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const akun = useMutation({
    mutationFn: () => api.post<AkunPegawai>(`/pegawai/${pegawai.id}/akun`),
    onSuccess: () => {
      setConfirming(false);
      void qc.invalidateQueries({ queryKey: keys.pegawai(pegawai.id) });
    },
  });

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3">{t('field.akun')}</Title>
          <Badge size="lg" variant="light" color={pegawai.punyaAkun ? 'teal' : 'gray'} tt="none">
            {pegawai.punyaAkun ? t('pegawai.akunHas') : t('pegawai.akunNone')}
          </Badge>
        </Group>
        {akun.data && (
          <SecretBox
            title={t('pegawai.akunReady', { username: akun.data.username })}
            secret={akun.data.passwordSementara}
            label={t('pegawai.akunReady', { username: akun.data.username })}
            warning={t('pegawai.akunOnce')}
          />
        )}
        {!confirming && <ErrorAlert error={akun.error} />}
        <Group>
          <Button
            leftSection={<IconKey />}
            variant={pegawai.punyaAkun ? 'outline' : 'filled'}
            loading={akun.isPending && !confirming}
            onClick={() => (pegawai.punyaAkun ? setConfirming(true) : akun.mutate())}
          >
            {pegawai.punyaAkun ? t('pegawai.akunReset') : t('pegawai.akunCreate')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t('pegawai.akunReset')}
        message={t('pegawai.akunResetConfirm', { nama: pegawai.namaLengkap })}
        confirmLabel={t('pegawai.akunReset')}
        loading={akun.isPending}
        error={akun.error}
        onConfirm={() => akun.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
