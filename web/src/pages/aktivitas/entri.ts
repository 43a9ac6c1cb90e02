// One list of a day's entries: the server's rows with this device's unsent changes laid over them.
import { menitDari, type Aktivitas, type AktivitasData, type Bukti, type StatusAktivitas } from '../../api/aktivitas.ts';
import type { BuktiTertunda, OutboxItem } from '../../offline/db.ts';

export interface Entri {
  id: string;
  tanggal: string;
  rhkId: string;
  rhkUraian: string;
  rencanaAksiId: string | null;
  rencanaAksiUraian: string | null;
  uraian: string;
  jumlah: number | null;
  satuan: string | null;
  jamMulai: string | null;
  jamSelesai: string | null;
  menit: number;
  /** The server's verification status; null while the server has not seen this entry yet. */
  status: StatusAktivitas | null;
  catatanVerifikasi: string | null;
  bukti: Bukti[];
  buktiTertunda: BuktiTertunda[];
  /** The version an edit starts from. */
  version: number | null;
  /** The unsent change on this device, if any. */
  outbox: OutboxItem | null;
  belumTerkirim: boolean;
  akanDihapus: boolean;
}

const dariServer = (a: Aktivitas): Entri => ({
  ...a, bukti: a.bukti, buktiTertunda: [], outbox: null, belumTerkirim: false, akanDihapus: false,
});

export function dariOutbox(i: OutboxItem, row: Aktivitas | undefined): Entri {
  if (i.status === 'TERKIRIM' && i.server) {
    return { ...dariServer(i.server), buktiTertunda: i.bukti, outbox: i, belumTerkirim: i.bukti.some((b) => !b.gagal) };
  }
  const d = i.data;
  return {
    id: i.id, tanggal: d.tanggal, rhkId: d.rhkId, rhkUraian: i.tampil.rhkUraian, rencanaAksiId: d.rencanaAksiId,
    rencanaAksiUraian: i.tampil.rencanaAksiUraian, uraian: d.uraian, jumlah: d.jumlah, satuan: d.satuan,
    jamMulai: d.jamMulai, jamSelesai: d.jamSelesai, menit: menitDari(d),
    // An edit sent later puts the entry back in the queue; until then the server's status still holds.
    status: row && i.hapus ? row.status : null, catatanVerifikasi: row?.catatanVerifikasi ?? null,
    bukti: row?.bukti ?? i.server?.bukti ?? [], buktiTertunda: i.bukti,
    version: i.version, outbox: i, belumTerkirim: i.status === 'KIRIM', akanDihapus: i.hapus,
  };
}

/** The day's entries: unsent ones first (newest first), then the server's order. */
export function gabungHari(tanggal: string, rows: Aktivitas[], items: OutboxItem[]): Entri[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const rowIds = new Set(rows.map((r) => r.id));
  const out: Entri[] = [];
  const baru = items
    .filter((i) => !rowIds.has(i.id) && (i.status === 'TERKIRIM' && i.server ? i.server.tanggal : i.data.tanggal) === tanggal)
    .sort((a, b) => b.dibuat.localeCompare(a.dibuat));
  for (const i of baru) out.push(dariOutbox(i, undefined));
  for (const r of rows) {
    const i = byId.get(r.id);
    if (!i) { out.push(dariServer(r)); continue; }
    const e = dariOutbox(i, r);
    // Moved to another day by an unsent edit: it shows there.
    if (e.tanggal === tanggal) out.push(e);
  }
  return out;
}

/** Minutes of the day that still count: returned, refused or to-be-deleted entries do not. */
export const totalMenit = (list: Entri[]) =>
  list.reduce((n, e) => n + (e.status === 'DITOLAK' || e.akanDihapus || e.outbox?.status === 'DITOLAK' ? 0 : e.menit), 0);

export const keData = (e: Entri): AktivitasData => ({
  tanggal: e.tanggal, rhkId: e.rhkId, rencanaAksiId: e.rencanaAksiId, uraian: e.uraian, jumlah: e.jumlah, satuan: e.satuan,
  jamMulai: e.jamMulai, jamSelesai: e.jamSelesai, menit: e.jamMulai && e.jamSelesai ? null : e.menit,
});
