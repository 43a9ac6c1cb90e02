import { Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { usePegawaiPage } from '../api/queries.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { IconSearch } from '../components/icons.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageHeader } from '../components/PageHeader.tsx';
import { Pager } from '../components/Pager.tsx';
import { PegawaiTable } from '../components/PegawaiTable.tsx';
import { useT } from '../i18n/context.tsx';

/** The pegawai list as the server scopes it for a pimpinan: their unit tree. */
export default function UnitSayaPage() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [page, setPage] = useState(1);
  const list = usePegawaiPage({ q: q || undefined, page, pageSize: 25 });
  return (
    <Stack gap="md">
      <PageHeader title={t('unitSaya.title')} intro={t('unitSaya.intro')} />
      <TextInput
        label={t('pegawai.search')}
        placeholder={t('pegawai.searchPlaceholder')}
        type="search"
        leftSection={<IconSearch size={18} />}
        value={search}
        onChange={(e) => { setSearch(e.currentTarget.value); setPage(1); }}
        maw={480}
      />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <div aria-busy={list.isFetching}>
          <Text fw={600} mb="xs" aria-live="polite">{t('pegawai.total', { n: list.data.total })}</Text>
          {list.data.items.length > 0 && <PegawaiTable items={list.data.items} caption={t('unitSaya.title')} />}
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={setPage} />
        </div>
      )}
    </Stack>
  );
}
