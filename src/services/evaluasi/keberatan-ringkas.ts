// What an evaluation shows about its keberatan: the deadline, whether the owner may still object, and
// the objection's state. Kept apart from the keberatan service, which itself builds on the evaluation.
import { and, eq, sql } from 'drizzle-orm';
import type { KeberatanRingkas } from '../../contracts/keberatan.ts';
import { uuidList, type DbOrTx } from '../../db/client.ts';
import { keberatan } from '../../db/schema.ts';
import { addDaysIso, todayWib } from '../../lib/clock.ts';
import { adalahPemilik, type EvaluasiRow, type Konteks } from './evaluasi-konteks.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Last day (WIB, inclusive) to object: the day of FINAL plus the instansi's number of days. */
export const batasKeberatan = (finalAt: Date, hari: number) => addDaysIso(todayWib(finalAt), hari);

/** May the caller file an objection against this evaluation now? */
export function bolehAjukan(k: Konteks, ev: EvaluasiRow, ada: boolean): boolean {
  return adalahPemilik(k) && ev.jenis === 'TAHUNAN' && ev.status === 'FINAL' && !!ev.finalAt && !ada
    && k.today <= batasKeberatan(ev.finalAt, k.pengaturan.batasKeberatanHari);
}

/** The objection of each evaluation that has one, for the evaluation card. */
export async function keberatanRingkasUntuk(db: DbOrTx, instansiId: string, evaluasiIds: string[]): Promise<Map<string, KeberatanRingkas>> {
  if (!evaluasiIds.length) return new Map();
  const rows = await db.select().from(keberatan).where(and(eq(keberatan.instansiId, instansiId),
    sql`${keberatan.evaluasiId} in (${uuidList(evaluasiIds)})`));
  return new Map(rows.map((r) => [r.evaluasiId, {
    id: r.id, status: r.status as KeberatanRingkas['status'], keputusan: r.keputusan as KeberatanRingkas['keputusan'],
    diajukanAt: r.diajukanAt.toISOString(), diputusAt: iso(r.diputusAt),
  }]));
}
