import { Alert, Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { skpKeys, usePeriodeList, type Periode } from '../../api/skp.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Facts } from '../../components/Facts.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconAlert, IconPlus } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { isConflict } from '../../lib/useForm.ts';
import { usePhone } from '../../lib/usePhone.ts';
import { PeriodeForm } from './PeriodeForm.tsx';

type Editing = { periode?: Periode } | null;

// Short month names keep the eight columns of the table readable without sideways scrolling.
const pendek = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric' });
const tglPendek = (d: string) => pendek.format(new Date(`${d}T00:00:00`));
type Ubah = { periode: Periode; aksi: 'kunci' | 'buka' } | null;

export default function PeriodePage() {
  const t = useT();
  const qc = useQueryClient();
  const phone = usePhone();
  const list = usePeriodeList();
  const [editing, setEditing] = useState<Editing>(null);
  const [ubah, setUbah] = useState<Ubah>(null);
  const [diubahLain, setDiubahLain] = useState<number | null>(null);
  const status = useMutation({
    mutationFn: (u: NonNullable<Ubah>) => api.post<Periode>(`/periode/${u.periode.id}/${u.aksi}`, { version: u.periode.version }),
    onSuccess: () => { setUbah(null); void qc.invalidateQueries({ queryKey: skpKeys.periode }); void qc.invalidateQueries({ queryKey: skpKeys.all }); },
    onError: (e, u) => {
      // Someone changed it meanwhile: show the fresh state and let the admin decide again.
      if (!isConflict(e)) return;
      setUbah(null);
      setDiubahLain(u.periode.tahun);
      void qc.invalidateQueries({ queryKey: skpKeys.periode });
    },
  });
  // The form may have met newer data (409): the list must not keep the old version.
  const tutupForm = () => { setEditing(null); void qc.invalidateQueries({ queryKey: skpKeys.periode }); };
  const tahunBaru = Math.max(new Date().getFullYear(), ...(list.data ?? []).map((p) => p.tahun + 1));
  const rentang = (p: Periode) => `${formatDate(p.mulai)} – ${formatDate(p.selesai)}`;
  const tgl = (d: string | null) => (d ? formatDate(d) : t('common.none'));
  const statusBadge = (p: Periode) => (
    <Badge variant="light" size="lg" tt="none" color={p.status === 'DIBUKA' ? 'green' : 'gray'} style={{ minWidth: 'max-content' }}>{t(`periode.status.${p.status}`)}</Badge>
  );
  const aksi = (p: Periode) => (
    <Group gap="xs">
      {p.status === 'DIBUKA' && (
        <Button variant="default" size="sm" onClick={() => setEditing({ periode: p })} aria-label={t('periode.ubahOf', { tahun: p.tahun })}>
          {t('common.edit')}
        </Button>
      )}
      <Button size="sm" variant="light" color={p.status === 'DIBUKA' ? 'red' : 'green'}
        onClick={() => { status.reset(); setDiubahLain(null); setUbah({ periode: p, aksi: p.status === 'DIBUKA' ? 'kunci' : 'buka' }); }}
        aria-label={t(p.status === 'DIBUKA' ? 'periode.kunciOf' : 'periode.bukaOf', { tahun: p.tahun })}>
        {t(p.status === 'DIBUKA' ? 'periode.kunci' : 'periode.buka')}
      </Button>
    </Group>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('periode.title')} intro={t('periode.intro')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setEditing({})}>{t('periode.tambah')}</Button>} />
      {diubahLain !== null && (
        <Alert color="orange" icon={<IconAlert />} role="alert" title={t('error.conflictTitle')} withCloseButton
          closeButtonLabel={t('common.close')} onClose={() => setDiubahLain(null)}>
          <Text size="md">{t('periode.konflik', { tahun: diubahLain })}</Text>
        </Alert>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && <Text c="dimmed">{t('periode.kosong')}</Text>}
      {list.data && list.data.length > 0 && (phone ? (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('periode.title')}>
          {list.data.map((p) => (
            <Card key={p.id} withBorder padding="md" component="li">
              <Group justify="space-between" mb="xs"><Text fw={700} size="xl">{p.tahun}</Text>{statusBadge(p)}</Group>
              <Facts rows={[
                [t('periode.masa'), rentang(p)],
                [t('periode.pendekatan'), t(`periode.pendekatan.${p.pendekatan}`)],
                [t('periode.frekuensi'), t(`periode.frekuensi.${p.frekuensi}`)],
                [t('periode.batasPenetapanSkp'), tgl(p.batasPenetapanSkp)],
                [t('periode.batasEvaluasiTahunan'), tgl(p.batasEvaluasiTahunan)],
              ]} />
              <Group mt="sm">{aksi(p)}</Group>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={960}>
          <Table striped verticalSpacing="sm" fz="md" aria-label={t('periode.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('periode.tahun')}</Table.Th>
                <Table.Th>{t('periode.masa')}</Table.Th>
                <Table.Th>{t('periode.pendekatan')}</Table.Th>
                <Table.Th>{t('periode.frekuensi')}</Table.Th>
                <Table.Th>{t('periode.batasPenetapanSkp')}</Table.Th>
                <Table.Th>{t('periode.batasEvaluasiTahunan')}</Table.Th>
                <Table.Th>{t('periode.kolomStatus')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td fw={700}>{p.tahun}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{tglPendek(p.mulai)} –<br />{tglPendek(p.selesai)}</Table.Td>
                  <Table.Td>{t(`periode.pendekatan.${p.pendekatan}`)}</Table.Td>
                  <Table.Td>{t(`periode.frekuensi.${p.frekuensi}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.batasPenetapanSkp ? tglPendek(p.batasPenetapanSkp) : t('common.none')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.batasEvaluasiTahunan ? tglPendek(p.batasEvaluasiTahunan) : t('common.none')}</Table.Td>
                  <Table.Td>{statusBadge(p)}</Table.Td>
                  <Table.Td>{aksi(p)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
      <FormModal opened={!!editing} onClose={tutupForm}
        title={editing?.periode ? t('periode.ubahOf', { tahun: editing.periode.tahun }) : t('periode.tambah')}>
        {editing && <PeriodeForm periode={editing.periode} tahunBaru={tahunBaru} onDone={tutupForm} />}
      </FormModal>
      <ConfirmModal
        opened={!!ubah}
        title={ubah ? t(ubah.aksi === 'kunci' ? 'periode.kunciOf' : 'periode.bukaOf', { tahun: ubah.periode.tahun }) : ''}
        message={ubah ? t(ubah.aksi === 'kunci' ? 'periode.kunciPesan' : 'periode.bukaPesan', { tahun: ubah.periode.tahun }) : ''}
        confirmLabel={t(ubah?.aksi === 'buka' ? 'periode.bukaYa' : 'periode.kunciYa')}
        loading={status.isPending}
        error={status.error}
        onConfirm={() => ubah && status.mutate(ubah)}
        onClose={() => setUbah(null)}
      />
    </Stack>
  );
}
