// Small pieces shared by the kurva screens: order of predikat, limits of the pola, counts after edits, status badge.
import { Badge, type BadgeProps } from '@mantine/core';
import type { PegawaiKurva, PredikatKinerja, PredikatOrganisasi, StatusKurva } from '../../api/kurva.ts';
import { useT } from '../../i18n/context.tsx';
import { PREDIKAT_KINERJA, PREDIKAT_ORGANISASI } from '../../../../src/domain/enums.ts';
import { POLA_DISTRIBUSI } from '../../../../src/domain/kurva-distribusi.ts';

export const PREDIKAT: readonly PredikatKinerja[] = PREDIKAT_KINERJA;
export const PREDIKAT_ORG: readonly PredikatOrganisasi[] = PREDIKAT_ORGANISASI;

/** Edits in progress: evaluasiId → new predikat. */
export type Ubahan = Record<string, PredikatKinerja>;

/** Counts per predikat (best first) with the edits applied. */
export function jumlahDengan(pegawai: readonly PegawaiKurva[], ubah: Ubahan): Record<PredikatKinerja, number> {
  const out = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<PredikatKinerja, number>;
  for (const p of pegawai) {
    const v = ubah[p.evaluasiId] ?? p.predikat;
    if (v) out[v] += 1;
  }
  return out;
}

export interface Batas { maks?: number; min?: number }

/** The single-predikat limits of the pola for n pegawai (floor for maxima, ceil for minima; skp-rules.md §6.4). */
export function batasPola(org: PredikatOrganisasi, n: number): Partial<Record<PredikatKinerja, Batas>> {
  const out: Partial<Record<PredikatKinerja, Batas>> = {};
  for (const a of POLA_DISTRIBUSI[org]) {
    if (a.jenis === 'MAKSIMAL') out[a.predikat] = { ...out[a.predikat], maks: Math.floor((a.persen * n) / 100) };
    if (a.jenis === 'MINIMAL' && a.predikat.length === 1) {
      const p = a.predikat[0]!;
      out[p] = { ...out[p], min: Math.ceil((a.persen * n) / 100) };
    }
  }
  return out;
}

export const WARNA_STATUS_KURVA: Record<StatusKurva, string> = {
  BELUM_DITETAPKAN: 'gray', TIDAK_ADA_PEGAWAI: 'gray', SESUAI: 'green', TIDAK_SESUAI: 'red', DIABAIKAN: 'orange',
};

export function StatusKurvaBadge({ status, ...rest }: { status: StatusKurva } & Omit<BadgeProps, 'color' | 'children'>) {
  const t = useT();
  return (
    <Badge variant="light" color={WARNA_STATUS_KURVA[status]} tt="none" size="lg" style={{ minWidth: 'max-content' }} {...rest}>
      {t(`kurva.status.${status}`)}
    </Badge>
  );
}

/** The year being assessed: last year in the first half of the year (annual evaluation time), else this year. */
export function tahunBawaan(tahun: readonly number[], now = new Date()): number | undefined {
  if (!tahun.length) return undefined;
  const y = now.getFullYear();
  const pilihan = now.getMonth() < 6 ? [y - 1, y] : [y, y - 1];
  return pilihan.find((x) => tahun.includes(x)) ?? tahun[0];
}

const persenFmt = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
export const persen = (n: number, total: number) => persenFmt.format(total ? (n * 100) / total : 0);
