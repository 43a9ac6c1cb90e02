import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { Skp } from '../../../api/skp.ts';
import { useT } from '../../../i18n/context.tsx';
import { usePhone } from '../../../lib/usePhone.ts';
import { LABEL_ARAH_IKI, LABEL_ASPEK, LABEL_PERSPEKTIF } from '../../../../../src/domain/enums.ts';
import { formatTarget } from '../labels.ts';

type Rhk = Skp['rhk'][number];
type Iki = Rhk['iki'][number];
interface Props { rhk: Rhk[]; model: Skp['model']; kuantitatif: boolean; jenis: Rhk['jenis'] }

const intervensi = (r: Rhk) => r.intervensiUraian ?? r.intervensiTeks ?? '—';

function Target({ k }: { k: Iki }) {
  return (
    <>
      {formatTarget(k)}
      {k.arah === 'TURUN' && <Text size="xs" c="dimmed">{LABEL_ARAH_IKI.TURUN}</Text>}
    </>
  );
}

/** Phone: one card per RHK, its IKI stacked inside. */
function RhkCards({ rhk, model, kuantitatif, jenis }: Props) {
  const t = useT();
  const jaJf = model === 'JA_JF';
  return (
    <Stack gap="sm">
      {rhk.map((r, i) => (
        <Card key={r.id} withBorder padding="sm">
          <Stack gap={6}>
            <Title order={4} size="h5">{t(jenis === 'UTAMA' ? 'skp.rhkUtamaKe' : 'skp.rhkTambahanKe', { n: i + 1 })}</Title>
            {jaJf && <Text size="sm" c="dimmed">{t('skp.kolom.intervensi')}: {intervensi(r)}</Text>}
            <Text fw={600} style={{ whiteSpace: 'pre-wrap' }}>{r.uraian || '—'}</Text>
            {r.iki.map((k, j) => (
              <div key={k.id} style={{ borderTop: '1px solid var(--mantine-color-gray-3)', paddingTop: 6 }}>
                <Text size="sm"><b>{t('skp.ikiKe', { n: j + 1 })}:</b> {k.indikator || '—'}</Text>
                <Text size="sm"><b>{t('skp.kolom.target')}:</b> <Target k={k} /></Text>
                {jaJf && kuantitatif && <Text size="sm"><b>{t('skp.kolom.aspek')}:</b> {k.aspek ? LABEL_ASPEK[k.aspek] : '—'}</Text>}
                {!jaJf && <Text size="sm"><b>{t('skp.kolom.perspektif')}:</b> {k.perspektif ? LABEL_PERSPEKTIF[k.perspektif] : '—'}</Text>}
              </div>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** The official SKP table (PermenPANRB 6/2022 form): one row per IKI, RHK cells spanning them. */
export function RhkTable(props: Props) {
  const t = useT();
  const phone = usePhone();
  const { rhk, model, kuantitatif } = props;
  if (!rhk.length) return <Text c="dimmed">{t('skp.view.belumAdaRhk')}</Text>;
  if (phone) return <RhkCards {...props} />;
  const jaJf = model === 'JA_JF';
  return (
    <Table withTableBorder withColumnBorders verticalSpacing="xs" fz="sm" aria-label={t(props.jenis === 'UTAMA' ? 'skp.view.utama' : 'skp.view.tambahan')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>{t('skp.kolom.no')}</Table.Th>
          {jaJf && <Table.Th>{t('skp.kolom.intervensi')}</Table.Th>}
          <Table.Th>{t('skp.kolom.rhk')}</Table.Th>
          {jaJf && kuantitatif && <Table.Th>{t('skp.kolom.aspek')}</Table.Th>}
          <Table.Th>{t('skp.kolom.iki')}</Table.Th>
          <Table.Th>{t('skp.kolom.target')}</Table.Th>
          {!jaJf && <Table.Th>{t('skp.kolom.perspektif')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rhk.flatMap((r, i) => {
          const rows = r.iki.length ? r.iki : [null];
          const span = rows.length;
          return rows.map((k, j) => (
            <Table.Tr key={`${r.id}-${k?.id ?? 'x'}`}>
              {j === 0 && <Table.Td rowSpan={span} style={{ verticalAlign: 'top' }}>{i + 1}</Table.Td>}
              {j === 0 && jaJf && <Table.Td rowSpan={span} style={{ verticalAlign: 'top', whiteSpace: 'pre-wrap' }}>{intervensi(r)}</Table.Td>}
              {j === 0 && <Table.Td rowSpan={span} style={{ verticalAlign: 'top', whiteSpace: 'pre-wrap' }} fw={600}>{r.uraian || '—'}</Table.Td>}
              {jaJf && kuantitatif && <Table.Td>{k?.aspek ? LABEL_ASPEK[k.aspek] : '—'}</Table.Td>}
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{k?.indikator || '—'}</Table.Td>
              <Table.Td>{k ? <Target k={k} /> : '—'}</Table.Td>
              {!jaJf && <Table.Td>{k?.perspektif ? LABEL_PERSPEKTIF[k.perspektif] : '—'}</Table.Td>}
            </Table.Tr>
          ));
        })}
      </Table.Tbody>
    </Table>
  );
}
