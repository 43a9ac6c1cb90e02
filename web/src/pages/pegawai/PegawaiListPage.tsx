import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePegawaiPage } from '../../api/queries.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconCheck, IconPlus, IconSearch } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { PegawaiTable } from '../../components/PegawaiTable.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useT } from '../../i18n/context.tsx';
import { PegawaiForm } from './PegawaiForm.tsx';

const PAGE_SIZE = 25;

export default function PegawaiListPage() {
  const t = useT();
  // Search, unit and page live in the URL so Back returns to the same list.
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 350);
  const unitKerjaId = params.get('unit');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [adding, setAdding] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);

  const update = (patch: Record<string, string | null>) => {
    setParams((p) => {
      const next = new URLSearchParams(p);
      for (const [k, val] of Object.entries(patch)) {
        if (val) next.set(k, val);
        else next.delete(k);
      }
      return next;
    }, { replace: true });
  };

  // A new search starts again at page 1.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q || null, page: null });
  }, [q]);

  const list = usePegawaiPage({ q: q || undefined, unitKerjaId, page, pageSize: PAGE_SIZE });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('pegawai.title')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setAdding(true)}>{t('pegawai.add')}</Button>}
      />
      {savedName && (
        <Alert color="teal" icon={<IconCheck />} withCloseButton onClose={() => setSavedName(null)} role="status"
          closeButtonLabel={t('common.close')}>
          <Text size="md">{t('pegawai.created', { nama: savedName })}</Text>
        </Alert>
      )}
      <Group gap="md" align="flex-end" grow preventGrowOverflow={false}>
        <TextInput
          label={t('pegawai.search')}
          placeholder={t('pegawai.searchPlaceholder')}
          type="search"
          leftSection={<IconSearch size={18} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ minWidth: '14rem' }}
        />
        <UnitSelect
          label={t('pegawai.filterUnit')}
          placeholder={t('pegawai.allUnits')}
          clearable
          value={unitKerjaId}
          onChange={(id) => update({ unit: id, page: null })}
          style={{ minWidth: '14rem' }}
        />
      </Group>

      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data && (
        <div aria-busy={list.isFetching}>
          <Text size="md" fw={600} mb="xs" aria-live="polite">{t('pegawai.total', { n: list.data.total })}</Text>
          {list.data.items.length === 0 ? (
            <Text c="dimmed" py="lg">{t('common.empty')}</Text>
          ) : (
            <PegawaiTable items={list.data.items} caption={t('pegawai.title')} />
          )}
          <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onChange={(p) => update({ page: String(p) })} />
        </div>
      )}

      <FormModal opened={adding} onClose={() => setAdding(false)} title={t('pegawai.addTitle')}>
        <PegawaiForm
          onCancel={() => setAdding(false)}
          onSaved={(p) => {
            setAdding(false);
            setSavedName(p.namaLengkap);
          }}
        />
      </FormModal>
    </Stack>
  );
}
