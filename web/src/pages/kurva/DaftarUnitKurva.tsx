import { Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useDaftarUnitKurva, type StatusKurva } from '../../api/kurva.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconChevronRight, IconSearch } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { StatusKurvaBadge } from './kurvaUi.tsx';

const STATUS: StatusKurva[] = ['TIDAK_SESUAI', 'BELUM_DITETAPKAN', 'DIABAIKAN', 'SESUAI', 'TIDAK_ADA_PEGAWAI'];

/** The units the caller sets the predikat of or calibrates, with where each kurva stands. */
export function DaftarUnitKurva({ tahun, hrefUnit }: { tahun: number; hrefUnit: (id: string) => string }) {
  const t = useT();
  const q = useDaftarUnitKurva(tahun);
  const [cari, setCari] = useState('');
  const [status, setStatus] = useState<StatusKurva | null>(null);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const kata = cari.trim().toLowerCase();
  const units = q.data.filter((u) => (!kata || `${u.nama} ${u.kode}`.toLowerCase().includes(kata)) && (!status || u.status === status));

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h3">{t('kurva.daftar.judul')}</Title>
        {q.data.length === 0 ? <Text c="dimmed">{t('kurva.daftar.kosong')}</Text> : (
          <>
            {q.data.length > 8 && (
              <Group gap="sm" align="flex-end">
                <TextInput
                  label={t('kurva.daftar.cari')} placeholder={t('kurva.daftar.cariPlaceholder')} type="search"
                  leftSection={<IconSearch size={18} />} value={cari} onChange={(e) => setCari(e.currentTarget.value)}
                  style={{ flex: '1 1 14rem' }} maw={420}
                />
                <Select
                  label={t('kurva.daftar.filter')} placeholder={t('kurva.daftar.semua')} clearable
                  data={STATUS.map((s) => ({ value: s, label: t(`kurva.status.${s}`) }))}
                  value={status} onChange={(v) => setStatus(v as StatusKurva | null)} style={{ flex: '1 1 12rem' }} maw={280}
                />
              </Group>
            )}
            <Text size="sm" c="dimmed" aria-live="polite">{t('kurva.daftar.jumlah', { n: units.length })}</Text>
            {units.length === 0 && <Text c="dimmed">{t('kurva.daftar.tidakDitemukan')}</Text>}
            <ul className="kurva-daftar">
              {units.map((u) => (
                <li key={u.unitKerjaId}>
                  <Link to={hrefUnit(u.unitKerjaId)}>
                    <div className="kurva-daftar-utama">
                      <Text fw={600} className="kurva-daftar-nama pecah">{u.nama}</Text>
                      <Text size="sm" c="dimmed" className="pecah">
                        {[
                          u.penetapan ? t('kurva.daftar.predikat', { predikat: t(`kurva.predikatOrg.${u.penetapan.predikat}`) }) : t('kurva.daftar.belumDitetapkan'),
                          t('kurva.daftar.pegawai', { n: u.n }),
                          u.akses.menetapkan ? t('kurva.daftar.peranTetapkan') : t('kurva.daftar.peranKalibrasi'),
                        ].join(' · ')}
                      </Text>
                    </div>
                    <StatusKurvaBadge status={u.status} />
                    <IconChevronRight size={20} />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </Stack>
    </Paper>
  );
}
