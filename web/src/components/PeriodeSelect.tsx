import { Select } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { defaultPeriode, usePeriodeList, type Periode } from '../api/skp.ts';
import { useT } from '../i18n/context.tsx';

/** The periode shown on a screen (shared by the SKP, review, matriks, progress and pegawai screens); kept in the address (?periode=) so back and reload keep it. */
export function usePeriodePilihan() {
  const list = usePeriodeList();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('periode');
  const periode: Periode | undefined = list.data?.find((p) => p.id === wanted) ?? defaultPeriode(list.data);
  const pilih = (id: string) => setParams((prev) => {
    const next = new URLSearchParams(prev);
    next.set('periode', id);
    return next;
  }, { replace: true });
  return { list, periode, pilih };
}

export function PeriodeSelect({ pilihan }: { pilihan: ReturnType<typeof usePeriodePilihan> }) {
  const t = useT();
  const { list, periode, pilih } = pilihan;
  return (
    <Select
      label={t('tinjau.periode')}
      data={(list.data ?? []).map((p) => ({
        value: p.id,
        label: p.status === 'DIKUNCI' ? t('tinjau.periodeDikunci', { tahun: p.tahun }) : String(p.tahun),
      }))}
      value={periode?.id ?? null}
      onChange={(id) => id && pilih(id)}
      allowDeselect={false}
      disabled={list.isPending}
      maw={260}
    />
  );
}
