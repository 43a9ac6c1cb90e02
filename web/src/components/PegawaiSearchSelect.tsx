import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { PegawaiPage } from '../api/types.ts';
import { useT } from '../i18n/context.tsx';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable'> & {
  value: string | null;
  onChange: (id: string | null) => void;
  /** Label for the current value before any search has run. */
  initialLabel?: string;
  excludeId?: string;
};

/** Picks one pegawai by name or NIP, searching the server (the full list is too big to send). */
export function PegawaiSearchSelect({ value, onChange, initialLabel, excludeId, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const found = useQuery({
    queryKey: ['pegawai', 'search', q],
    queryFn: ({ signal }) => api.get<PegawaiPage>('/pegawai', { q, page: 1, pageSize: 20 }, signal),
    enabled: q.length >= 2,
    staleTime: 30_000,
  });
  const data = useMemo(() => {
    const items = (found.data?.items ?? [])
      .filter((p) => p.id !== excludeId)
      .map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${p.nipTampil}` }));
    if (picked && picked.value === value && !items.some((i) => i.value === picked.value)) items.unshift(picked);
    return items;
  }, [found.data, picked, value, excludeId]);

  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(v, option) => {
        setPicked(v && option ? { value: v, label: option.label } : null);
        onChange(v);
      }}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && !found.isFetching ? t('common.nothingFound') : undefined}
      rightSectionPointerEvents="none"
      {...rest}
    />
  );
}
