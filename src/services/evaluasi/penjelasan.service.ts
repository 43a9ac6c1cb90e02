// "Bagaimana ini dihitung": the explanation of one evaluation's numbers. Before FINAL it is computed
// from current data; after FINAL it is read from the frozen snapshot, so it always shows the numbers
// the evaluation list and the dokumen evaluasi show.
import type { JenisEvaluasiUrl, Penjelasan } from '../../contracts/evaluasi.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../policy/actor.ts';
import { pegawaiInfo } from '../skp/skp-context.ts';
import { cariSasaran, muatKonteks, pastikanBaris } from './evaluasi-konteks.ts';
import { jenisDariUrl, perhitunganOf } from './evaluasi.service.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function penjelasanEvaluasi(db: Db, actor: Actor, skpId: string, jenisUrl: JenisEvaluasiUrl, periodeKe: number): Promise<Penjelasan> {
  const k = await muatKonteks(db, actor, skpId);
  const s = cariSasaran(k, jenisDariUrl(jenisUrl), periodeKe);
  const ev = (await pastikanBaris(db, k, [s])).find((r) => r.jenis === s.jenis && r.periodeKe === s.periodeKe)!;
  const { perhitungan, snapshot } = await perhitunganOf(db, k, s, ev);
  const dinilaiOleh = snapshot ? snapshot.penilaian.dinilaiOleh
    : ev.penilaiId ? (await pegawaiInfo(db, k.row.instansiId, [ev.penilaiId])).get(ev.penilaiId)?.ringkas ?? null : null;
  return {
    evaluasiId: ev.id, jenis: s.jenis, periodeKe: s.periodeKe, label: s.label, status: ev.status as Penjelasan['status'],
    sumber: snapshot ? 'SNAPSHOT' : 'LANGSUNG',
    perhitungan,
    penilaian: { dinilaiOleh, dinilaiAt: iso(ev.dinilaiAt), ditetapkanAt: iso(ev.ditetapkanAt), finalAt: iso(ev.finalAt) },
  };
}
