import { Text } from '@mantine/core';
import type { PredikatKinerja, PredikatOrganisasi } from '../../api/kurva.ts';
import { useT } from '../../i18n/context.tsx';
import { PREDIKAT, batasPola, persen } from './kurvaUi.tsx';

type Jumlah = Record<PredikatKinerja, number>;

/**
 * Count per predikat as horizontal bars: now, and (striped) after the edits being made. Every bar has its
 * number and share as text beside it; the dashed line marks the pola's limit, also written out in words.
 */
export function DistribusiGrafik({ sebelum, sesudah, org }: { sebelum: Jumlah; sesudah: Jumlah | null; org: PredikatOrganisasi | null }) {
  const t = useT();
  const n = PREDIKAT.reduce((s, p) => s + sebelum[p], 0);
  const batas = org ? batasPola(org, n) : {};
  const lebar = (v: number) => `${n ? (v * 100) / n : 0}%`;

  const seri = (p: PredikatKinerja, nilai: number, jenis: 'sebelum' | 'sesudah', garis: number | undefined) => (
    <div className="kurva-seri">
      <span className="kurva-seri-nama">{t(jenis === 'sebelum' ? 'kurva.grafik.saatIni' : 'kurva.grafik.sesudahPendek')}</span>
      <div className="kurva-lintasan" aria-hidden="true">
        <div className={`kurva-batang kurva-${jenis}`} style={{ width: lebar(nilai) }} data-kosong={nilai === 0 || undefined} />
        {garis !== undefined && n > 0 && <div className="kurva-batas" style={{ left: lebar(garis) }} />}
      </div>
      <span className="kurva-nilai" data-beda={(jenis === 'sesudah' && nilai !== sebelum[p]) || undefined}>
        {t('kurva.grafik.nilai', { n: nilai, persen: persen(nilai, n) })}
      </span>
    </div>
  );

  return (
    <div>
      {sesudah && <Text size="sm" c="dimmed" mb="xs">{t('kurva.grafik.legenda')}</Text>}
      <ul className="kurva-grafik" aria-label={t('kurva.grafik.judul')}>
        {PREDIKAT.map((p) => {
          const b = batas[p];
          const garis = b?.maks ?? b?.min;
          const batasTeks = b?.maks === 0 ? t('kurva.grafik.tidakBoleh')
            : [b?.min !== undefined ? t('kurva.grafik.min', { n: b.min }) : null, b?.maks !== undefined ? t('kurva.grafik.maks', { n: b.maks }) : null]
              .filter(Boolean).join(', ');
          return (
            <li key={p}>
              <div className="kurva-baris-kepala">
                <Text fw={600}>{t(`kurva.predikat.${p}`)}</Text>
                {batasTeks && <Text size="sm" c="dimmed">({batasTeks})</Text>}
              </div>
              {seri(p, sebelum[p], 'sebelum', garis)}
              {sesudah && seri(p, sesudah[p], 'sesudah', garis)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
