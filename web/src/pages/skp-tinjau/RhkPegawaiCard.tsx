import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Skp } from '../../api/skp.ts';
import { IconChevronDown } from '../../components/icons.tsx';
import { useT } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { LABEL_ASPEK, LABEL_PERSPEKTIF } from '../../../../src/domain/enums.ts';
import { TautanAtasan } from './TautanAtasan.tsx';
import type { PetaAtasan } from './tautan.ts';

type Rhk = Skp['rhk'][number];
type Iki = Rhk['iki'][number];

const bulanFmt = new Intl.DateTimeFormat('id-ID', { month: 'long' });
const namaBulan = (b: number) => bulanFmt.format(new Date(2024, b - 1, 1));

function Target({ iki }: { iki: Iki }) {
  const t = useT();
  if (iki.target === null) return <Text span c="orange.9">{t('tinjau.targetKosong')}</Text>;
  const angka = iki.targetAtas !== null && iki.targetAtas !== iki.target
    ? `${formatNumber(iki.target)}–${formatNumber(iki.targetAtas)}` : formatNumber(iki.target);
  return <Text span fw={600}>{`${angka} ${iki.satuan}`.trim()}</Text>;
}

function IkiItem({ iki }: { iki: Iki }) {
  const t = useT();
  return (
    <li>
      <Text size="md" className="pecah">{iki.indikator || <Text span c="orange.9">{t('tinjau.indikatorKosong')}</Text>}</Text>
      <Group gap="xs" mt={2}>
        <Text size="sm">{t('tinjau.target')}: <Target iki={iki} /></Text>
        {iki.aspek && <Badge variant="outline" color="gray" tt="none">{LABEL_ASPEK[iki.aspek]}</Badge>}
        {iki.perspektif && <Badge variant="outline" color="gray" tt="none">{LABEL_PERSPEKTIF[iki.perspektif]}</Badge>}
        {iki.arah === 'TURUN' && <Text size="sm" c="dimmed">{t('tinjau.arahTurun')}</Text>}
      </Group>
    </li>
  );
}

/** One RHK of the subordinate: text, the atasan RHK it supports, IKI and (folded) rencana aksi. */
export function RhkPegawaiCard({ rhk, nomor, peta, model }: { rhk: Rhk; nomor: number; peta: PetaAtasan; model: Skp['model'] }) {
  const t = useT();
  const judul = t(rhk.jenis === 'UTAMA' ? 'tinjau.rhkUtamaN' : 'tinjau.rhkTambahanN', { n: nomor });
  const aksi = [...rhk.rencanaAksi].sort((a, b) => a.bulan - b.bulan);
  return (
    <Card withBorder padding="md" component="article" aria-label={judul}>
      <Stack gap="sm">
        <Title order={4} size="h5" c="dimmed">{judul}</Title>
        <Text size="lg" fw={600} className="pecah">{rhk.uraian || <Text span c="orange.9">{t('tinjau.uraianKosong')}</Text>}</Text>
        <TautanAtasan rhk={rhk} peta={peta} model={model} />
        <div>
          <Text size="sm" fw={700} mb={4}>{t('tinjau.ikiJudul', { n: rhk.iki.length })}</Text>
          {rhk.iki.length === 0
            ? <Text size="md" c="orange.9">{t('tinjau.ikiKosong')}</Text>
            : <Stack gap="xs" component="ol" style={{ margin: 0, paddingLeft: '1.25rem' }}>{rhk.iki.map((k) => <IkiItem key={k.id} iki={k} />)}</Stack>}
        </div>
        {aksi.length > 0 && (
          <details className="lipat">
            <summary><IconChevronDown size={18} />{t('tinjau.rencanaAksi', { n: aksi.length })}</summary>
            <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: '1.25rem' }}>
              {aksi.map((a) => (
                <li key={a.id}><Text size="md" className="pecah"><Text span fw={600}>{namaBulan(a.bulan)}:</Text> {a.uraian}</Text></li>
              ))}
            </Stack>
          </details>
        )}
      </Stack>
    </Card>
  );
}
