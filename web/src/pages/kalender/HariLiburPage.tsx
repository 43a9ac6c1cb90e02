import { ActionIcon, Badge, Button, Card, Group, Select, Stack, Table, Text, Title, type BadgeProps } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import {
  CUTI_PAGE_SIZE, useCutiList, useDeleteCuti, useDeleteLiburInstansi, useHariLibur, type Cuti, type HariLibur,
} from '../../api/kalender.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPlus, IconTrash } from '../../components/icons.tsx';
import { hariKe } from '../../components/kalender/KalenderBulan.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PegawaiSearchSelect } from '../../components/PegawaiSearchSelect.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { usePhone } from '../../lib/usePhone.ts';
import { CutiForm, LiburInstansiForm } from './HariLiburForms.tsx';

const JENIS_COLOR: Record<HariLibur['jenis'], string> = { LIBUR_NASIONAL: 'red', CUTI_BERSAMA: 'orange', LIBUR_INSTANSI: 'grape' };
/** How many national days a phone shows before "show all": the list is long and the admin's own sections follow it. */
const PHONE_ROWS = 5;

/** A readable badge whose text wraps instead of being cut off. */
const Tag = (p: BadgeProps & { children: ReactNode }) => (
  <Badge variant="light" tt="none" size="lg" styles={{ root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } }} {...p} />
);

/** Admin: the year's national days (read-only), the instansi's own days off, and pegawai leave. */
export default function HariLiburPage() {
  const t = useT();
  const tahunIni = new Date().getFullYear();
  const [tahun, setTahun] = useState(tahunIni);
  const years = Array.from({ length: tahunIni + 2 - 2022 + 1 }, (_, i) => String(tahunIni + 2 - i));
  return (
    <Stack gap="lg">
      <PageHeader title={t('libur.title')} intro={t('libur.intro')} />
      <Select label={t('libur.tahun')} data={years} value={String(tahun)} onChange={(y) => y && setTahun(Number(y))}
        allowDeselect={false} w={160} />
      <LiburSection tahun={tahun} />
      <CutiSection tahun={tahun} />
    </Stack>
  );
}

function Section({ title, help, action, children }: { title: string; help: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3">{title}</Title>
          {help}
        </Stack>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

function LiburSection({ tahun }: { tahun: number }) {
  const t = useT();
  const phone = usePhone();
  const list = useHariLibur(tahun);
  const [semua, setSemua] = useState(false);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<HariLibur | null>(null);
  const del = useDeleteLiburInstansi(() => setDeleting(null));
  const nasional = list.data?.filter((h) => h.jenis !== 'LIBUR_INSTANSI') ?? [];
  const instansi = list.data?.filter((h) => h.jenis === 'LIBUR_INSTANSI') ?? [];
  // Each year's list usually comes from one SKB: name it once rather than on every row.
  const sumber = [...new Set(nasional.map((h) => h.sumber))];
  const satuSumber = sumber.length === 1 ? sumber[0] : null;
  const hari = (d: string) => t(`kalender.hariNama.${hariKe(d)}`);
  // On a phone, first the days off still to come (or the year's first ones), then all on request.
  const today = new Date().toLocaleDateString('sv-SE');
  const next = Math.max(0, Math.min(nasional.findIndex((h) => h.tanggal >= today), nasional.length - PHONE_ROWS));
  const shown = phone && !semua ? nasional.slice(next, next + PHONE_ROWS) : nasional;

  return (
    <>
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <>
          <Section title={t('libur.nasional.title')} help={(
            <>
              <Text c="dimmed" size="sm">{t('libur.nasional.help')}</Text>
              {satuSumber && <Text c="dimmed" size="sm">{t('libur.sumber', { sumber: satuSumber })}</Text>}
            </>
          )}>
            {nasional.length === 0 && <Text c="dimmed">{t('libur.nasional.kosong', { tahun })}</Text>}
            {nasional.length > 0 && (phone ? (
              <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('libur.nasional.title')}>
                {shown.map((h) => (
                  <Group key={h.tanggal} component="li" gap="sm" wrap="nowrap" align="flex-start" py={6}
                    style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                    <Stack gap={0} w={92} style={{ flex: 'none' }}>
                      <Text fw={700} size="sm">{formatDate(h.tanggal)}</Text>
                      <Text size="sm" c="dimmed">{hari(h.tanggal)}</Text>
                    </Stack>
                    <Stack gap={2} align="flex-start" style={{ minWidth: 0 }}>
                      <Text size="md">{h.nama}</Text>
                      <Tag size="md" color={JENIS_COLOR[h.jenis]}>{t(`kalender.jenis.${h.jenis}`)}</Tag>
                      {!satuSumber && h.sumber && <Text size="sm" c="dimmed">{t('libur.sumber', { sumber: h.sumber })}</Text>}
                    </Stack>
                  </Group>
                ))}
              </Stack>
            ) : (
              <Table striped verticalSpacing="xs" fz="md" aria-label={t('libur.nasional.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="28%">{t('libur.tanggal')}</Table.Th><Table.Th>{t('libur.keterangan')}</Table.Th><Table.Th w="20%">{t('libur.jenis')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {nasional.map((h) => (
                    <Table.Tr key={h.tanggal}>
                      <Table.Td><Text span fw={600}>{formatDate(h.tanggal)}</Text> <Text span c="dimmed" size="sm">{hari(h.tanggal)}</Text></Table.Td>
                      <Table.Td>
                        {h.nama}
                        {!satuSumber && h.sumber && <Text size="sm" c="dimmed">{t('libur.sumber', { sumber: h.sumber })}</Text>}
                      </Table.Td>
                      <Table.Td><Tag color={JENIS_COLOR[h.jenis]}>{t(`kalender.jenis.${h.jenis}`)}</Tag></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ))}
            {phone && nasional.length > PHONE_ROWS && (
              <Button variant="light" onClick={() => setSemua((s) => !s)} aria-expanded={semua}>
                {semua ? t('libur.nasional.ringkas') : t('libur.nasional.semua', { n: nasional.length })}
              </Button>
            )}
          </Section>
          <Section title={t('libur.instansi.title')} help={<Text c="dimmed" size="sm">{t('libur.instansi.help')}</Text>}
            action={<Button leftSection={<IconPlus />} onClick={() => setAdding(true)}>{t('libur.instansi.add')}</Button>}>
            {instansi.length === 0 ? <Text c="dimmed">{t('libur.instansi.kosong', { tahun })}</Text> : (
              <Table striped verticalSpacing="xs" fz="md" aria-label={t('libur.instansi.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={phone ? '38%' : '28%'}>{t('libur.tanggal')}</Table.Th><Table.Th>{t('libur.nama')}</Table.Th>
                    <Table.Th w={64}>{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {instansi.map((h) => (
                    <Table.Tr key={h.tanggal}>
                      <Table.Td>
                        <Text span fw={600}>{formatDate(h.tanggal)}</Text>{phone ? <br /> : ' '}<Text span c="dimmed" size="sm">{hari(h.tanggal)}</Text>
                      </Table.Td>
                      <Table.Td>{h.nama}</Table.Td>
                      <Table.Td>
                        <ActionIcon color="red" aria-label={t('libur.instansi.deleteOf', { nama: `${h.nama} (${formatDate(h.tanggal)})` })}
                          onClick={() => { del.reset(); setDeleting(h); }}>
                          <IconTrash />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Section>
        </>
      )}
      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('libur.instansi.add')} size="md">
        {adding && <LiburInstansiForm tahun={tahun} onDone={() => setAdding(false)} />}
      </FormModal>
      <ConfirmModal
        opened={!!deleting}
        title={deleting ? t('libur.instansi.deleteOf', { nama: deleting.nama }) : ''}
        message={deleting ? t('common.confirmDelete', { nama: `${deleting.nama} (${formatDate(deleting.tanggal)})` }) : ''}
        confirmLabel={t('common.delete')}
        loading={del.isPending}
        error={del.error}
        onConfirm={() => deleting && del.mutate(deleting.tanggal)}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

function CutiSection({ tahun }: { tahun: number }) {
  const t = useT();
  const phone = usePhone();
  const [pegawaiId, setPegawaiId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useCutiList(tahun, pegawaiId, page);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Cuti | null>(null);
  const del = useDeleteCuti(() => setDeleting(null));
  const rentang = (c: Cuti) => (c.mulai === c.selesai ? formatDate(c.mulai) : `${formatDate(c.mulai)} – ${formatDate(c.selesai)}`);
  const hapus = (c: Cuti) => (
    <ActionIcon color="red" aria-label={t('cuti.deleteOf', { nama: `${c.pegawaiNama}, ${rentang(c)}` })} onClick={() => { del.reset(); setDeleting(c); }}>
      <IconTrash />
    </ActionIcon>
  );
  const jenis = (c: Cuti) => (
    <Tag color={c.jenis === 'DINAS_LUAR' || c.jenis === 'TUGAS_BELAJAR' ? 'teal' : 'blue'}>{t(`cuti.jenis.${c.jenis}`)}</Tag>
  );
  const items = list.data?.items ?? [];

  return (
    <Section title={t('cuti.title')} help={<Text c="dimmed" size="sm">{t('cuti.help')}</Text>}
      action={<Button leftSection={<IconPlus />} onClick={() => setAdding(true)}>{t('cuti.add')}</Button>}>
      <PegawaiSearchSelect label={t('cuti.filterPegawai')} description={t('cuti.filterPegawaiHelp')} placeholder={t('pegawai.searchPlaceholder')}
        value={pegawaiId} onChange={(id) => { setPegawaiId(id); setPage(1); }} maw={520} />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data && items.length === 0 && <Text c="dimmed">{t('cuti.kosong', { tahun })}</Text>}
      {items.length > 0 && (phone ? (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('cuti.title')}>
          {items.map((c) => (
            <Card key={c.id} withBorder padding="sm" component="li">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={4} align="flex-start" style={{ minWidth: 0 }}>
                  <Text fw={700}>{c.pegawaiNama}</Text>
                  <Text size="sm" c="dimmed">{c.pegawaiNip}</Text>
                  {jenis(c)}
                  <Text size="md">{rentang(c)}</Text>
                  <Text size="sm">{t('cuti.hariKerja', { n: c.hariKerja })}</Text>
                  {c.keterangan && <Text size="sm" c="dimmed">{c.keterangan}</Text>}
                </Stack>
                {hapus(c)}
              </Group>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table striped verticalSpacing="sm" fz="md" aria-label={t('cuti.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('cuti.pegawai')}</Table.Th><Table.Th miw={170}>{t('cuti.jenisLabel')}</Table.Th>
              <Table.Th>{t('cuti.tanggal')}</Table.Th><Table.Th>{t('cuti.keterangan')}</Table.Th><Table.Th w={64}>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td><Text fw={600}>{c.pegawaiNama}</Text><Text size="sm" c="dimmed">{c.pegawaiNip}</Text></Table.Td>
                <Table.Td>{jenis(c)}</Table.Td>
                <Table.Td>{rentang(c)}<Text size="sm" c="dimmed">{t('cuti.hariKerja', { n: c.hariKerja })}</Text></Table.Td>
                <Table.Td>{c.keterangan ?? t('common.none')}</Table.Td>
                <Table.Td>{hapus(c)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ))}
      {list.data && list.data.total > 0 && (
        <Pager page={list.data.page} pageSize={CUTI_PAGE_SIZE} total={list.data.total} onChange={setPage} />
      )}
      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('cuti.add')}>
        {adding && <CutiForm onDone={() => setAdding(false)} />}
      </FormModal>
      <ConfirmModal
        opened={!!deleting}
        title={deleting ? t('cuti.deleteOf', { nama: deleting.pegawaiNama }) : ''}
        message={deleting ? t('common.confirmDelete', { nama: `${t(`cuti.jenis.${deleting.jenis}`)} ${deleting.pegawaiNama}, ${rentang(deleting)}` }) : ''}
        confirmLabel={t('common.delete')}
        loading={del.isPending}
        error={del.error}
        onConfirm={() => deleting && del.mutate(deleting.id)}
        onClose={() => setDeleting(null)}
      />
    </Section>
  );
}
