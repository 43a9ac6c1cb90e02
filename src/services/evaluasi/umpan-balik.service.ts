// Umpan balik berkelanjutan (PermenPANRB 6/2022 Pasal 5): during the year the pejabat penilai
// opens or continues a dialogue per RHK and per BerAKHLAK value; the pegawai answers in it.
// Read by whoever may read the SKP; written only by those two.
import { and, asc, eq } from 'drizzle-orm';
import {
  UmpanBalikInput, type PesanUmpanBalik, type UmpanBalikSkp, type UtasUmpanBalik,
} from '../../contracts/realisasi.ts';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notifikasi, rhk, umpanBalik } from '../../db/schema.ts';
import { KODE_BERAKHLAK, LABEL_BERAKHLAK, type KodeBerakhlak } from '../../domain/enums.ts';
import { AppError, invalid } from '../../errors.ts';
import type { Actor } from '../../policy/actor.ts';
import { audit } from '../audit.ts';
import { kepalaNow } from '../skp/skp.service.ts';
import { loadPeriode, loadVisibleSkp, pegawaiInfo, penilaiOf, type SkpRow } from '../skp/skp-context.ts';

type Row = typeof umpanBalik.$inferSelect;

/** The penilai of the SKP as recorded (or, for a draft, as the org tree says today). */
async function penilaiIdOf(db: DbOrTx, row: SkpRow) {
  const { atasanIdNow } = await kepalaNow(db, row);
  return penilaiOf(row, atasanIdNow);
}

/** Feedback belongs to the year's work on an approved plan, while the periode is open. */
async function bolehMenulis(db: DbOrTx, row: SkpRow): Promise<string | null> {
  if (row.status !== 'DISETUJUI') return 'Umpan balik berkelanjutan diberikan setelah SKP disetujui';
  const per = await loadPeriode(db, row.instansiId, row.periodeId);
  if (per.status !== 'DIBUKA') return 'Periode kinerja sudah dikunci';
  return null;
}

/** Messages grouped into threads by their opening message, threads and replies oldest first. */
function keUtas(rows: Row[], present: (r: Row) => PesanUmpanBalik): UtasUmpanBalik[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rootOf = (r: Row) => {
    let cur = r;
    for (let i = 0; i < 1000 && cur.balasanUntukId && byId.has(cur.balasanUntukId); i++) cur = byId.get(cur.balasanUntukId)!;
    return cur.id;
  };
  const utas = new Map<string, PesanUmpanBalik[]>();
  for (const r of rows) {
    const root = rootOf(r);
    utas.set(root, [...(utas.get(root) ?? []), present(r)]);
  }
  return [...utas.entries()].map(([id, pesan]) => ({ id, pesan }));
}

export async function getUmpanBalik(db: Db, actor: Actor, skpId: string): Promise<UmpanBalikSkp> {
  const row = await loadVisibleSkp(db, actor, skpId);
  const [rhkRows, rows, penilaiId, tertutup] = await Promise.all([
    db.select({ id: rhk.id, jenis: rhk.jenis, uraian: rhk.uraian }).from(rhk)
      .where(and(eq(rhk.instansiId, row.instansiId), eq(rhk.skpId, row.id))).orderBy(asc(rhk.urutan)),
    db.select().from(umpanBalik).where(and(eq(umpanBalik.instansiId, row.instansiId), eq(umpanBalik.skpId, row.id)))
      .orderBy(asc(umpanBalik.createdAt), asc(umpanBalik.id)),
    penilaiIdOf(db, row),
    bolehMenulis(db, row),
  ]);
  const present = await presenter(db, row, rows);
  const me = actor.pegawaiId;
  const isPenilai = !!me && me === penilaiId;
  const ekspektasi = row.ekspektasi as Partial<Record<KodeBerakhlak, string>>;
  return {
    skpId: row.id,
    akses: { mulai: !tertutup && isPenilai, balas: !tertutup && (isPenilai || (!!me && me === row.pegawaiId)) },
    rhk: rhkRows.map((r) => ({
      id: r.id, jenis: r.jenis as 'UTAMA' | 'TAMBAHAN', uraian: r.uraian, utas: keUtas(rows.filter((x) => x.rhkId === r.id), present),
    })),
    perilaku: KODE_BERAKHLAK.map((kode) => ({
      kode, label: LABEL_BERAKHLAK[kode], ekspektasi: ekspektasi[kode] || null,
      utas: keUtas(rows.filter((x) => x.kodeBerakhlak === kode), present),
    })),
  };
}

/** Author names and roles: whoever is not the SKP's owner wrote as its penilai. */
async function presenter(db: DbOrTx, row: SkpRow, rows: Row[]) {
  const names = await pegawaiInfo(db, row.instansiId, rows.map((r) => r.penulisId));
  return (r: Row): PesanUmpanBalik => ({
    id: r.id, rhkId: r.rhkId, kodeBerakhlak: r.kodeBerakhlak as KodeBerakhlak | null, balasanUntukId: r.balasanUntukId, isi: r.isi,
    penulis: { id: r.penulisId, nama: names.get(r.penulisId)?.ringkas.nama ?? '', peran: r.penulisId === row.pegawaiId ? 'PEGAWAI' : 'PENILAI' },
    createdAt: r.createdAt.toISOString(),
  });
}

/**
 * The penilai opens a thread or continues one at any time of the year; the pegawai may only reply.
 * Anyone else who may read the SKP gets 403; those who may not, 404.
 */
export async function tulisUmpanBalik(db: Db, actor: Actor, skpId: string, raw: UmpanBalikInput): Promise<PesanUmpanBalik> {
  const v = UmpanBalikInput.parse(raw);
  return db.transaction(async (tx) => {
    const row = await loadVisibleSkp(tx, actor, skpId);
    const me = actor.pegawaiId;
    const penilaiId = await penilaiIdOf(tx, row);
    const peran = me && me === penilaiId ? 'PENILAI' : me && me === row.pegawaiId ? 'PEGAWAI' : null;
    if (!peran) throw new AppError('FORBIDDEN', 'Hanya pejabat penilai dan pemilik SKP yang dapat menulis umpan balik');
    const tertutup = await bolehMenulis(tx, row);
    if (tertutup) throw new AppError('BUSINESS_RULE', tertutup);
    if (peran === 'PEGAWAI' && !v.balasanUntukId) throw new AppError('FORBIDDEN', 'Pegawai membalas umpan balik dari pejabat penilai; utas baru dimulai oleh pejabat penilai');
    const rhkId = v.rhkId ?? null;
    const kodeBerakhlak = v.kodeBerakhlak ?? null;
    let uraian = kodeBerakhlak ? `nilai ${LABEL_BERAKHLAK[kodeBerakhlak]}` : '';
    if (rhkId) {
      const [r] = await tx.select({ uraian: rhk.uraian }).from(rhk).where(and(eq(rhk.instansiId, row.instansiId), eq(rhk.id, rhkId), eq(rhk.skpId, row.id)));
      if (!r) throw invalid({ rhkId: 'RHK bukan bagian dari SKP ini' });
      uraian = `RHK "${r.uraian}"`;
    }
    if (v.balasanUntukId) {
      const [induk] = await tx.select().from(umpanBalik).where(and(eq(umpanBalik.instansiId, row.instansiId), eq(umpanBalik.id, v.balasanUntukId)));
      if (!induk || induk.skpId !== row.id || induk.rhkId !== rhkId || induk.kodeBerakhlak !== kodeBerakhlak) {
        throw invalid({ balasanUntukId: 'Balasan harus untuk umpan balik pada SKP dan RHK atau nilai BerAKHLAK yang sama' });
      }
    }
    const [made] = await tx.insert(umpanBalik).values({
      instansiId: row.instansiId, skpId: row.id, rhkId, kodeBerakhlak, penulisId: me!, balasanUntukId: v.balasanUntukId ?? null, isi: v.isi,
    }).returning();
    await audit(tx, actor, row.instansiId, {
      entitas: 'umpan_balik', entitasId: made!.id, aksi: 'CREATE',
      sesudah: { skpId: row.id, rhkId, kodeBerakhlak, balasanUntukId: made!.balasanUntukId, isi: made!.isi },
    });
    const present = await presenter(tx, row, [made!]);
    const pesan = present(made!);
    // The other side of the dialogue hears about it in the app.
    const penerima = peran === 'PENILAI' ? row.pegawaiId : penilaiId;
    if (penerima) {
      await tx.insert(notifikasi).values({
        instansiId: row.instansiId, pegawaiId: penerima, jenis: 'UMPAN_BALIK',
        judul: peran === 'PENILAI' ? 'Umpan balik dari pejabat penilai' : 'Balasan umpan balik',
        isi: `${pesan.penulis.nama} menulis tentang ${uraian}.`, tautan: `/skp/${row.id}/realisasi?tab=umpan-balik`, kunci: `umpan-balik:${made!.id}`,
      });
    }
    return pesan;
  });
}
