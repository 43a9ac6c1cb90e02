import '@mantine/core/styles/List.css';
import './kurva.css';
import { Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePeriodeList } from '../../api/skp.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { DaftarUnitKurva } from './DaftarUnitKurva.tsx';
import { KurvaUnit } from './KurvaUnit.tsx';
import { tahunBawaan } from './kurvaUi.tsx';

/** Predikat kinerja organisasi and kurva distribusi: the units the caller handles, then one unit's kurva. */
export default function KurvaPage() {
  const t = useT();
  const periode = usePeriodeList();
  const [params, setParams] = useSearchParams();
  const daftarTahun = useMemo(() => [...new Set((periode.data ?? []).map((p) => p.tahun))].sort((a, b) => b - a), [periode.data]);
  const diminta = Number(params.get('tahun'));
  const tahun = daftarTahun.includes(diminta) ? diminta : tahunBawaan(daftarTahun);
  const unitId = params.get('unit');
  const ubahParam = (k: string, v: string | null) => setParams((prev) => {
    const next = new URLSearchParams(prev);
    if (v === null) next.delete(k); else next.set(k, v);
    return next;
  });

  return (
    <Stack gap="md">
      <PageHeader title={t('kurva.title')} intro={t('kurva.intro')} />
      <Select
        label={t('kurva.tahun')}
        data={daftarTahun.map((y) => ({ value: String(y), label: String(y) }))}
        value={tahun ? String(tahun) : null}
        onChange={(v) => v && ubahParam('tahun', v)}
        allowDeselect={false}
        disabled={periode.isPending}
        maw={220}
      />
      {periode.isPending && <Loading />}
      {periode.isError && <ErrorAlert error={periode.error} onRetry={() => periode.refetch()} />}
      {periode.data?.length === 0 && <Text c="dimmed">{t('kurva.belumAdaPeriode')}</Text>}
      {tahun && (unitId
        ? <KurvaUnit key={`${unitId}:${tahun}`} unitId={unitId} tahun={tahun} onKembali={() => ubahParam('unit', null)} />
        : <DaftarUnitKurva tahun={tahun} hrefUnit={(id) => `/kurva?tahun=${tahun}&unit=${id}`} />)}
    </Stack>
  );
}
