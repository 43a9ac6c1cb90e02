import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { PeriodeRealisasi, RealisasiIki, RealisasiSkp } from '../../api/realisasi.ts';
import { useT } from '../../i18n/context.tsx';
import { LABEL_ARAH_IKI } from '../../../../src/domain/enums.ts';
import { usePhone } from '../../lib/usePhone.ts';
import { angka, rentang, targetTeks } from './format.ts';
import { CapaianTeks, SelRealisasi } from './SelRealisasi.tsx';

type Rhk = RealisasiSkp['rhk'][number];
interface Props { skpId: string; rhk: Rhk; nama: string; periode: PeriodeRealisasi[]; owner: boolean }

function IkiKepala({ k }: { k: RealisasiIki }) {
  const t = useT();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>{k.indikator || '—'}</Text>
      <Text size="sm">{t('realisasi.targetNilai', { target: targetTeks(k) })}</Text>
      {k.arah === 'TURUN' && <Text size="xs" c="dimmed">{LABEL_ARAH_IKI.TURUN}</Text>}
    </Stack>
  );
}

/** Year to date: counts added up, a percentage's latest value; gaps named, not counted. */
function Kumulatif({ k, periode }: { k: RealisasiIki; periode: PeriodeRealisasi[] }) {
  const t = useT();
  const c = k.kumulatif;
  const label = (ke: number) => periode.find((p) => p.ke === ke)?.label ?? String(ke);
  return (
    <Stack gap={4}>
      {c.nilai === null ? <Text size="sm" c="dimmed">{t('realisasi.kumulatif.kosong')}</Text> : (
        <>
          <Text size="xs" c="dimmed">{t(`realisasi.kumulatif.${c.cara}`, { periode: label(c.sampaiPeriodeKe!) })}</Text>
          <Text className="rl-nilai">{angka(c.nilai)} <Text span size="sm" c="dimmed">{k.satuan}</Text></Text>
          <CapaianTeks capaian={c.capaian} kosong={false} dimulai />
        </>
      )}
      {c.periodeKosong.length > 0 && (
        <Text size="xs" c="orange.9" fw={600}>{t('realisasi.kumulatif.celah', { daftar: c.periodeKosong.map(label).join(', ') })}</Text>
      )}
    </Stack>
  );
}

/** Cells remount when the stored version changes, so a saved or refreshed value replaces the typed one. */
const selKey = (k: RealisasiIki, ke: number) => `${k.id}-${ke}-${k.sel.find((s) => s.periodeKe === ke)?.version ?? 0}`;

/** Phone: one card per IKI, its periods listed under it. */
function IkiCards({ skpId, rhk, periode, owner }: Props) {
  const t = useT();
  return (
    <Stack gap="sm">
      {rhk.iki.map((k) => (
        <Card key={k.id} withBorder padding="sm">
          <Stack gap="sm">
            <IkiKepala k={k} />
            {periode.map((p) => {
              const s = k.sel.find((x) => x.periodeKe === p.ke)!;
              return (
                <div key={selKey(k, p.ke)} className={`rl-periode${s.kosong && p.bisaDiisi ? ' rl-periode-kosong' : ''}`}>
                  <Text size="sm" fw={700}>{p.label} <Text span size="xs" c="dimmed" fw={400}>· {rentang(p.mulai, p.selesai)}</Text></Text>
                  <SelRealisasi skpId={skpId} iki={k} sel={s} periode={p} owner={owner} />
                </div>
              );
            })}
            <div className="rl-periode">
              <Text size="sm" fw={700}>{t('realisasi.kolom.kumulatif')}</Text>
              <Kumulatif k={k} periode={periode} />
            </div>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

/** One RHK: its IKI as rows, the periods the SKP covers as columns, and the year to date. */
export function RhkRealisasi(props: Props) {
  const t = useT();
  const phone = usePhone();
  const { skpId, rhk, nama, periode, owner } = props;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        <Text span c="dimmed" fw={600} size="sm" display="block">{nama}</Text>
        {rhk.uraian || '—'}
      </Title>
      {!rhk.iki.length ? <Text c="dimmed">{t('realisasi.kosongIki')}</Text> : phone ? <IkiCards {...props} /> : (
        <Table.ScrollContainer minWidth={180 + periode.length * 176 + 140}>
          <Table withTableBorder withColumnBorders verticalSpacing="sm" className="rl-table" aria-label={rhk.uraian}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={180}>{t('realisasi.kolom.iki')}</Table.Th>
                {periode.map((p) => (
                  <Table.Th key={p.ke} miw={176}>
                    {p.label}
                    <Text size="xs" c="dimmed" fw={400}>{rentang(p.mulai, p.selesai)}</Text>
                  </Table.Th>
                ))}
                <Table.Th w={140}>{t('realisasi.kolom.kumulatif')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rhk.iki.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td><IkiKepala k={k} /></Table.Td>
                  {periode.map((p) => (
                    <Table.Td key={selKey(k, p.ke)}>
                      <SelRealisasi skpId={skpId} iki={k} sel={k.sel.find((x) => x.periodeKe === p.ke)!} periode={p} owner={owner} />
                    </Table.Td>
                  ))}
                  <Table.Td><Kumulatif k={k} periode={periode} /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
