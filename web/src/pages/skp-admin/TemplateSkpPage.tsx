import '../../components/tinjau/tinjau.css';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api } from '../../api/client.ts';
import { skpKeys, useTemplateList, type SkpTemplate } from '../../api/skp.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { FormModal } from '../../components/FormModal.tsx';
import { IconPencil, IconPlus, IconTrash } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { TemplateForm } from './TemplateForm.tsx';
import { useJabatanTemplate } from './useJabatanTemplate.ts';

type Editing = { template?: SkpTemplate } | null;

function TemplateCard({ tpl, boleh, onEdit, onDelete }: { tpl: SkpTemplate; boleh: boolean; onEdit: () => void; onDelete: () => void }) {
  const t = useT();
  const utama = tpl.rhk.filter((r) => r.jenis === 'UTAMA').length;
  return (
    <Card withBorder padding="md" component="li">
      <Stack gap="xs">
        <Title order={3} size="h4" className="pecah">{tpl.nama}</Title>
        <Text size="sm" c="dimmed">
          {t('template.ringkas', { utama, tambahan: tpl.rhk.length - utama })} · {t('template.diubah', { tanggal: formatDate(tpl.updatedAt) })}
        </Text>
        <Stack gap={2} component="ol" style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {tpl.rhk.slice(0, 5).map((r, i) => <Text key={i} component="li" size="md" className="pecah">{r.uraian}</Text>)}
        </Stack>
        {tpl.rhk.length > 5 && <Text size="sm" c="dimmed">{t('template.lainnya', { n: tpl.rhk.length - 5 })}</Text>}
        {boleh && (
          <Group gap="xs" mt="xs">
            <Button variant="default" size="sm" leftSection={<IconPencil size={18} />} onClick={onEdit}
              aria-label={t('template.ubahOf', { nama: tpl.nama })}>{t('common.edit')}</Button>
            <Button variant="subtle" color="red" size="sm" leftSection={<IconTrash size={18} />} onClick={onDelete}
              aria-label={t('template.hapusOf', { nama: tpl.nama })}>{t('common.delete')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** RHK templates per jabatan, so people in the same jabatan start their SKP from one plan. */
export default function TemplateSkpPage() {
  const t = useT();
  const qc = useQueryClient();
  const list = useTemplateList();
  const jabatan = useJabatanTemplate();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<SkpTemplate | null>(null);
  const grup = useMemo(() => {
    const m = new Map<string, { jabatan: string; items: SkpTemplate[] }>();
    for (const tpl of list.data ?? []) {
      const g = m.get(tpl.jabatanId) ?? { jabatan: tpl.jabatan, items: [] };
      g.items.push(tpl);
      m.set(tpl.jabatanId, g);
    }
    return [...m.entries()];
  }, [list.data]);
  // The form may have met newer data (409): the list must not keep the old version.
  const tutupForm = () => { setEditing(null); void qc.invalidateQueries({ queryKey: skpKeys.templateAll }); };
  const del = useMutation({
    mutationFn: (tpl: SkpTemplate) => api.del<unknown>(`/skp-template/${tpl.id}`),
    onSuccess: () => { setDeleting(null); void qc.invalidateQueries({ queryKey: skpKeys.templateAll }); },
  });

  return (
    <Stack gap="lg">
      <PageHeader title={t('template.title')} intro={t(jabatan.admin ? 'template.intro' : 'template.introAtasan')}
        actions={<Button leftSection={<IconPlus />} onClick={() => setEditing({})}>{t('template.tambah')}</Button>} />
      {list.isPending && <Loading />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.data?.length === 0 && <Text c="dimmed">{t('template.kosong')}</Text>}
      {grup.map(([jabatanId, g]) => (
        <section key={jabatanId} aria-labelledby={`jab-${jabatanId}`}>
          <Title order={2} size="h3" id={`jab-${jabatanId}`} mb="sm" className="pecah">{g.jabatan}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" component="ul" className="polos">
            {g.items.map((tpl) => (
              <TemplateCard key={tpl.id} tpl={tpl} boleh={jabatan.bolehUbah(tpl.jabatanId)}
                onEdit={() => setEditing({ template: tpl })} onDelete={() => { del.reset(); setDeleting(tpl); }} />
            ))}
          </SimpleGrid>
        </section>
      ))}
      <FormModal opened={!!editing} onClose={tutupForm} size="xl"
        title={editing?.template ? t('template.ubahOf', { nama: editing.template.nama }) : t('template.tambah')}>
        {editing && <TemplateForm template={editing.template} jabatan={jabatan} onDone={tutupForm} />}
      </FormModal>
      <ConfirmModal
        opened={!!deleting}
        title={deleting ? t('template.hapusOf', { nama: deleting.nama }) : ''}
        message={deleting ? t('common.confirmDelete', { nama: `${deleting.nama} — ${deleting.jabatan}` }) : ''}
        confirmLabel={t('common.delete')}
        loading={del.isPending}
        error={del.error}
        onConfirm={() => deleting && del.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
