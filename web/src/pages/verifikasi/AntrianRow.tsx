import { memo, useEffect, useRef } from 'react';
import { buktiUrl, type Aktivitas } from '../../api/aktivitas.ts';
import { formatDurasi, formatOutput } from '../../components/aktivitas/format.ts';
import { IconLink, IconPdf } from '../../components/aktivitas/icons.tsx';
import { useT } from '../../i18n/context.tsx';

/** A native checkbox that can show "some selected"; plain elements keep hundreds of rows light. */
export function TriCheckbox({ checked, indeterminate, onChange, label, className }: {
  checked: boolean; indeterminate: boolean; onChange: (on: boolean) => void; label: string; className?: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input ref={ref} type="checkbox" className={className ?? 'vf-check'} checked={checked} aria-label={label}
      onChange={(e) => onChange(e.currentTarget.checked)} />
  );
}

interface Props {
  a: Aktivitas;
  checked: boolean;
  sibuk: boolean;
  onToggle: (id: string, on: boolean) => void;
  onTerima: (id: string) => void;
  onKembalikan: (id: string) => void;
}

/** One waiting activity: what was done, how much and how long, the evidence, and the two decisions. */
export const AntrianRow = memo(function AntrianRow({ a, checked, sibuk, onToggle, onTerima, onKembalikan }: Props) {
  const t = useT();
  const singkat = a.uraian.length > 60 ? `${a.uraian.slice(0, 59)}…` : a.uraian;
  const rincian = [formatOutput(a), formatDurasi(t, a)].filter(Boolean).join(' · ');
  return (
    <li className={checked ? 'vf-row vf-row-on' : 'vf-row'}>
      <label className="vf-row-check">
        <input type="checkbox" className="vf-check" checked={checked} onChange={(e) => onToggle(a.id, e.currentTarget.checked)}
          aria-label={t('verifikasi.pilihSatu', { uraian: singkat })} />
      </label>
      <div className="vf-row-body">
        <p className="vf-uraian">{a.uraian}</p>
        <p className="vf-rhk">{a.rhkUraian}{a.rencanaAksiUraian ? ` — ${a.rencanaAksiUraian}` : ''}</p>
        {rincian && <p className="vf-rincian">{rincian}</p>}
        {a.bukti.length > 0 && (
          <ul className="vf-bukti" aria-label={t('verifikasi.bukti')}>
            {a.bukti.map((b) => {
              const href = b.jenis === 'TAUTAN' ? b.url ?? '#' : buktiUrl(a.id, b.id);
              const foto = b.jenis === 'BERKAS' && !!b.mime?.startsWith('image/');
              return (
                <li key={b.id}>
                  <a href={href} target="_blank" rel="noopener noreferrer" className="vf-bukti-link"
                    title={b.nama} aria-label={`${b.nama} (${b.jenis === 'TAUTAN' ? t('aktivitas.bukti.jenisTautan') : foto ? t('aktivitas.bukti.jenisFoto') : 'PDF'})`}>
                    {foto ? <img src={href} alt="" loading="lazy" decoding="async" className="vf-thumb" />
                      : <span className="vf-thumb vf-thumb-icon">{b.jenis === 'TAUTAN' ? <IconLink /> : <IconPdf />}</span>}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
        <div className="vf-row-actions">
          <button type="button" className="vf-btn vf-btn-ok" disabled={sibuk} onClick={() => onTerima(a.id)}
            aria-label={`${t('verifikasi.terima')}: ${singkat}`}>{t('verifikasi.terima')}</button>
          <button type="button" className="vf-btn vf-btn-back" disabled={sibuk} onClick={() => onKembalikan(a.id)}
            aria-label={`${t('verifikasi.kembalikan')}: ${singkat}`}>{t('verifikasi.kembalikan')}</button>
        </div>
      </div>
    </li>
  );
});
