import { Group, Pagination, Text } from '@mantine/core';
import { useT } from '../i18n/context.tsx';

/** Page switcher with a "showing x–y of z" line; hidden when everything fits on one page. */
export function Pager({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (p: number) => void }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" mt="md">
      <Text c="dimmed" size="md">{t('common.showing', { from, to, total })}</Text>
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="lg"
            siblings={1}
            boundaries={1}
            getItemProps={(n) => ({ 'aria-label': t('common.pageN', { n }) })}
            getControlProps={(c) => ({
              'aria-label': {
                first: t('common.pageFirst'), last: t('common.pageLast'), next: t('common.pageNext'), previous: t('common.pagePrev'),
              }[c],
            })}
          />
        </nav>
      )}
    </Group>
  );
}
