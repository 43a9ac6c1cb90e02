import '@mantine/core/styles/Stepper.css';
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/Radio.css';
import { Alert, Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useSkp } from '../../api/skp.ts';
import { useMe } from '../../auth/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { IconInfo } from '../../components/icons.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { usePageTitle } from '../../lib/usePageTitle.ts';
import { SkpEditor } from './editor/SkpEditor.tsx';
import { RiwayatSection } from './RiwayatSection.tsx';
import { SkpHeaderCard } from './SkpHeaderCard.tsx';
import { SkpReadOnly } from './view/SkpReadOnly.tsx';

/** One SKP: the owner edits a draft step by step; everyone else (and every later state) reads it. */
export default function SkpPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const q = useSkp(id);
  usePageTitle(q.data ? t('skp.judulPegawai', { tahun: q.data.tahun, nama: q.data.pegawai.nama }) : t('skp.saya.title'));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const skp = q.data;
  const owner = me.pegawai?.id === skp.pegawai.id;

  return (
    <Stack gap="lg" maw={1100}>
      {owner && <Anchor component={Link} to="/skp" size="md">← {t('nav.skpSaya')}</Anchor>}
      <SkpHeaderCard skp={skp} />
      {owner && skp.status === 'DIAJUKAN' && (
        <Alert color="blue" icon={<IconInfo />} role="status">
          {t('skp.sudahDiajukan', { waktu: formatDateTime(skp.diajukanAt), penilai: skp.penilai?.nama ?? t('skp.penilaiBelumAda') })}
        </Alert>
      )}
      {owner && skp.status === 'DRAFT' && !skp.akses.ubah && (
        <Alert color="gray" icon={<IconInfo />}>{t('skp.tidakDapatDiubah')}</Alert>
      )}
      {skp.akses.ubah ? <SkpEditor key={skp.id} skp={skp} /> : <SkpReadOnly skp={skp} />}
      <RiwayatSection id={skp.id} />
    </Stack>
  );
}
