import { Stack, Text } from '@mantine/core';
import { MATRIKS_PREDIKAT } from '../../../../src/domain/predikat.ts';
import { useT } from '../../i18n/context.tsx';
import { LABEL_PREDIKAT, LABEL_RATING, RATING_PENDEK, type Rating } from './labels.ts';

const HASIL: Rating[] = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'];
const PERILAKU: Rating[] = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];

/** The 3×3 matrix of PermenPANRB 6/2022 with the evaluation's cell highlighted. */
export function MatriksPredikat({ hasil, perilaku }: { hasil: Rating | null; perilaku: Rating | null }) {
  const t = useT();
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">{t('penjelasan.matriksSumbu')}</Text>
      <div className="matriks-predikat" role="table" aria-label={t('penjelasan.matriks')}>
        <div role="row" style={{ display: 'contents' }}>
          <div className="kepala" role="columnheader"><span aria-hidden>↓ ⁄ →</span></div>
          {PERILAKU.map((p) => <div key={p} className="kepala" role="columnheader" title={LABEL_RATING[p]}>{RATING_PENDEK[p]}</div>)}
        </div>
        {HASIL.map((h) => (
          <div key={h} role="row" style={{ display: 'contents' }}>
            <div className="kepala" role="rowheader" title={LABEL_RATING[h]}>{RATING_PENDEK[h]}</div>
            {PERILAKU.map((p) => {
              const aktif = h === hasil && p === perilaku;
              // A break opportunity after the slash keeps "Kurang/Misconduct" in whole words on a phone.
              return (
                <div key={p} role="cell" className={`sel${aktif ? ' aktif' : ''}`} aria-current={aktif ? 'true' : undefined}>
                  {aktif && <span aria-hidden>✓&nbsp;</span>}{LABEL_PREDIKAT[MATRIKS_PREDIKAT[h][p]].replace('/', '/\u200b')}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </Stack>
  );
}
