import '../../components/tinjau/tinjau.css';
import { Card, Checkbox, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type CSSProperties } from 'react';
import { useProgres } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PeriodeSelect, usePeriodePilihan } from '../../components/PeriodeSelect.tsx';
import { STATUS_SKP, WARNA_STATUS } from '../../components/tinjau/StatusSkpBadge.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { usePhone } from '../../lib/usePhone.ts';
import { hitungUnit, ProgresUnit } from './ProgresUnit.tsx';

type Urutan = 'STRUKTUR' | 'TERTINGGAL';

/** Admin overview: how far each unit is with its SKP for the chosen periode. */
export default function ProgresSkpPage() {
  const t = useT();
  const phone = usePhone();
  const pilihan = usePeriodePilihan();
  const q = useProgres(pilihan.periode?.id);
  const [urutan, setUrutan] = useState<Urutan>('STRUKTUR');
  const [sembunyikanSelesai, setSembunyikanSelesai] = useState(false);
  const total = q.data ? STATUS_SKP.reduce((s, k) => s + (q.data.total[k] ?? 0), 0) : 0;
  const units = useMemo(() => {
    let list = (q.data?.unit ?? []).map(hitungUnit);
    if (sembunyikanSelesai) list = list.filter((u) => u.persen < 100);
    // Furthest behind: lowest share approved, then most people not started.
    if (urutan === 'TERTINGGAL') list = [...list].sort((a, b) => a.persen - b.persen || b.jumlah.BELUM_MULAI - a.jumlah.BELUM_MULAI);
    return list;
  }, [q.data, urutan, sembunyikanSelesai]);
  const minLevel = Math.min(...(q.data?.unit ?? []).map((u) => u.level));
  const indent = (level: number) => (urutan === 'STRUKTUR' ? (level - minLevel) * (phone ? 0.5 : 1.25) : 0);

  return (
    <Stack gap="md">
      <PageHeader title={t('progres.title')} intro={t('progres.intro')} />
      <PeriodeSelect pilihan={pilihan} />
      {pilihan.list.isError && <ErrorAlert error={pilihan.list.error} onRetry={() => pilihan.list.refetch()} />}
      {pilihan.list.data?.length === 0 && <Text c="dimmed">{t('tinjau.belumAdaPeriode')}</Text>}
      {(pilihan.list.isPending || (q.isPending && q.fetchStatus !== 'idle')) && <Loading />}
      {q.isError && <ErrorAlert error={q.error} onRetry={() => q.refetch()} />}
      {q.data && (
        <>
          <section aria-labelledby="progres-total">
            <Title order={2} size="h3" id="progres-total" mb="sm">{t('progres.total', { n: formatNumber(total) })}</Title>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
              {STATUS_SKP.map((s) => (
                <Card key={s} withBorder padding="sm" className="kartu-total"
                  style={{ '--tautan-warna': `var(--mantine-color-${WARNA_STATUS[s]}-${s === 'BELUM_MULAI' ? 5 : 6})` } as CSSProperties}>
                  <Text size="md" fw={600}>{t(`tinjau.status.${s}`)}</Text>
                  <Text className="angka-besar">{formatNumber(q.data.total[s] ?? 0)}</Text>
                  <Text size="sm" c="dimmed">{t('progres.persen', { n: total ? Math.round(((q.data.total[s] ?? 0) / total) * 100) : 0 })}</Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
          <section aria-labelledby="progres-unit">
            <Title order={2} size="h3" id="progres-unit" mb="sm">{t('progres.perUnit')}</Title>
            <Group gap="md" mb="sm" align="flex-end">
              <div style={phone ? { width: '100%' } : undefined}>
                <Text size="sm" fw={600} id="progres-urutan" mb={4}>{t('progres.urutkan')}</Text>
                <SegmentedControl aria-labelledby="progres-urutan" value={urutan} onChange={(v) => setUrutan(v as Urutan)}
                  orientation={phone ? 'vertical' : 'horizontal'} fullWidth={phone}
                  data={[{ value: 'STRUKTUR', label: t('progres.urutStruktur') }, { value: 'TERTINGGAL', label: t('progres.urutTertinggal') }]} />
              </div>
              <Checkbox label={t('progres.sembunyikanSelesai')} checked={sembunyikanSelesai} onChange={(e) => setSembunyikanSelesai(e.currentTarget.checked)} />
            </Group>
            {units.length === 0 ? <Text c="dimmed">{t('progres.tidakAdaUnit')}</Text> : (
              <ul className="polos" aria-labelledby="progres-unit">
                {units.map((u) => <ProgresUnit key={u.unitKerjaId} u={u} indent={indent(u.level)} />)}
              </ul>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}
