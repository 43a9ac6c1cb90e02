import { Badge, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { HariKalender, KalenderPegawai, StatusHari } from '../../api/kalender.ts';
import { STATUS_HARI } from '../../api/kalender.ts';
import { useT, type Translate } from '../../i18n/context.tsx';
import { formatDate } from '../../i18n/format.ts';
import './kalender.css';

const bulanFmt = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** '2026-03' → 'Maret 2026' (dates are shown the Indonesian way in both languages). */
export const formatBulan = (bulan: string) => bulanFmt.format(new Date(`${bulan}-01T00:00:00Z`));

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function hariKe(tanggal: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  const d = new Date(`${tanggal}T00:00:00Z`).getUTCDay();
  return (d === 0 ? 7 : d) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** 'Senin, 2 Maret 2026'. */
export const formatHari = (t: Translate, tanggal: string) => `${t(`kalender.hariNama.${hariKe(tanggal)}`)}, ${formatDate(tanggal)}`;

const HARI = [1, 2, 3, 4, 5, 6, 7] as const;
const LIBUR_BERNAMA = new Set(['LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_INSTANSI']);

/** A shape per status, so the calendar reads without colour. */
export function StatusMark({ status, size = 16 }: { status: StatusHari; size?: number }) {
  const shape: Record<StatusHari, ReactNode> = {
    TERISI: <path d="M5 12l5 5L20 7" />,
    KOSONG: <path d="M12 5v9M12 19h.01" />,
    CUTI: <><rect x="4" y="8" width="16" height="11" rx="2" /><path d="M9 8V5h6v3" /></>,
    LIBUR: <path d="M6 12h12" />,
    AKAN_DATANG: <circle cx="12" cy="12" r="5" />,
  };
  return (
    <span className="kal-mark">
      <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={3}
        strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
        {shape[status]}
      </svg>
    </span>
  );
}

/** Weeks of the month, Monday first, with null for the days of the neighbouring months. */
function weeks(hari: HariKalender[]): (HariKalender | null)[][] {
  const cells: (HariKalender | null)[] = [...Array<null>(hariKe(hari[0]!.tanggal) - 1).fill(null), ...hari];
  while (cells.length % 7) cells.push(null);
  const out: (HariKalender | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) out.push(cells.slice(i, i + 7));
  return out;
}

/** Consecutive days off with the same name, as one line: '21–22 Idulfitri 1447 H'. */
function liburBerurutan(hari: HariKalender[]) {
  const out: { dari: HariKalender; sampai: HariKalender }[] = [];
  for (const h of hari) {
    if (!h.namaLibur) continue;
    const last = out[out.length - 1];
    const prevDay = Number(h.tanggal.slice(8)) - 1;
    if (last && last.sampai.namaLibur === h.namaLibur && Number(last.sampai.tanggal.slice(8)) === prevDay) last.sampai = h;
    else out.push({ dari: h, sampai: h });
  }
  return out;
}

interface Props {
  data: KalenderPegawai;
  /** Called with YYYY-MM-DD when a day is clicked; without it the days are not buttons. */
  onPilih?: (tanggal: string) => void;
  /** The day shown as picked. */
  dipilih?: string | null;
}

/** One pegawai's month: a Monday-first grid coloured and marked by status, totals, legend and the month's days off. */
export function KalenderBulan({ data, onPilih, dipilih }: Props) {
  const t = useT();
  const label = (h: HariKalender) => {
    const parts = [formatHari(t, h.tanggal), t(`kalender.status.${h.status}`)];
    if (h.namaLibur) parts.push(h.namaLibur);
    if (h.cuti) parts.push(t(`cuti.jenis.${h.cuti}`));
    const n = h.aktivitas.menunggu + h.aktivitas.diterima;
    if (n > 0) parts.push(t('kalender.aktivitasN', { n }));
    if (h.tanggal === data.hariIni) parts.push(t('kalender.today'));
    return parts.join(', ');
  };
  const cell = (h: HariKalender) => {
    const cls = ['kal-day', `kal-s-${h.status}`, h.tanggal === data.hariIni ? 'kal-today' : '', LIBUR_BERNAMA.has(h.jenis) ? 'kal-merah' : '']
      .filter(Boolean).join(' ');
    const inner = (
      <>
        <VisuallyHidden>{label(h)}</VisuallyHidden>
        <span className="kal-top" aria-hidden="true">
          <span className="kal-num">{Number(h.tanggal.slice(8))}</span>
          <StatusMark status={h.status} />
        </span>
        <span className="kal-text" aria-hidden="true">{t(`kalender.status.${h.status}`)}</span>
        {h.namaLibur && <span className="kal-libur" aria-hidden="true">{h.namaLibur}</span>}
      </>
    );
    return onPilih ? (
      <button type="button" className={cls} aria-pressed={dipilih === h.tanggal} onClick={() => onPilih(h.tanggal)}
        aria-current={h.tanggal === data.hariIni ? 'date' : undefined}>
        {inner}
      </button>
    ) : <div className={cls}>{inner}</div>;
  };
  const libur = liburBerurutan(data.hari);
  const r = data.ringkasan;

  return (
    <Stack gap="sm">
      <dl className="kal-stats">
        {([['hariKerja', r.hariKerja], ['terisi', r.terisi], ['kosong', r.kosong], ['cuti', r.cuti]] as const).map(([k, n]) => (
          <div key={k}><dt>{t(`kalender.ringkasan.${k}`)}</dt><dd>{n}</dd></div>
        ))}
      </dl>
      <table className="kal-grid" aria-label={t('kalender.gridLabel', { bulan: formatBulan(data.bulan) })}>
        <thead>
          <tr>{HARI.map((d) => <th key={d} scope="col" abbr={t(`kalender.hariNama.${d}`)}>{t(`kalender.hari.${d}`)}</th>)}</tr>
        </thead>
        <tbody>
          {weeks(data.hari).map((w) => (
            <tr key={w.find(Boolean)!.tanggal}>
              {w.map((h, i) => <td key={h?.tanggal ?? `x${i}`}>{h && cell(h)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <Title order={3} size="h5">{t('kalender.legend')}</Title>
      <ul className="kal-legend">
        {STATUS_HARI.map((s) => (
          <li key={s}>
            <span className={`kal-swatch kal-s-${s}`}><StatusMark status={s} size={14} /></span>
            <Text span size="sm">{t(`kalender.status.${s}`)}</Text>
          </li>
        ))}
      </ul>
      {libur.length > 0 && (
        <>
          <Title order={3} size="h5">{t('kalender.liburBulanIni')}</Title>
          <ul className="kal-holidays">
            {libur.map(({ dari, sampai }) => (
              <li key={dari.tanggal}>
                <span className="kal-holiday-date">
                  {Number(dari.tanggal.slice(8))}{sampai !== dari ? `–${Number(sampai.tanggal.slice(8))}` : ''}
                </span>
                <Text span size="sm" style={{ flex: 1 }}>{dari.namaLibur}</Text>
                <Badge variant="light" tt="none" color={dari.jenis === 'LIBUR_INSTANSI' ? 'grape' : dari.jenis === 'CUTI_BERSAMA' ? 'orange' : 'red'}>
                  {t(`kalender.jenis.${dari.jenis}`)}
                </Badge>
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
