// Offline sync: a batch of entries made on a phone, each carrying its client-made id. Replaying the
// same batch (the reply was lost, the connection dropped halfway) changes nothing the second time;
// an entry changed on the server since the phone last saw it comes back as KONFLIK, not overwritten.
import { AktivitasInput, type SinkronResult } from '../../contracts/aktivitas.ts';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { tenantOf, type Actor } from '../../policy/actor.ts';
import { removeAfterCommit, type FileStore } from '../../storage/files.ts';
import { deleteEntry, insertEntry, lockRow, presentAll, updateEntry, type AktivitasRow } from './aktivitas.service.ts';

type Item = { id: string; hapus: boolean; version: number | null; data?: unknown };
type Hasil = SinkronResult['hasil'][number];

const sameContent = (row: AktivitasRow, v: ReturnType<typeof AktivitasInput.parse>) =>
  row.tanggal === v.tanggal && row.rhkId === v.rhkId && row.rencanaAksiId === v.rencanaAksiId && row.uraian === v.uraian &&
  row.jumlah === v.jumlah && (row.satuan ?? null) === (v.jumlah === null ? null : v.satuan) &&
  row.jamMulai === v.jamMulai && row.jamSelesai === v.jamSelesai && (v.jamMulai ? true : row.menit === v.menit);

export async function sinkronAktivitas(db: Db, files: FileStore, actor: Actor, items: Item[]): Promise<SinkronResult> {
  const instansiId = tenantOf(actor);
  if (!actor.pegawaiId) throw new AppError('FORBIDDEN', 'Akun ini bukan akun pegawai');
  const hasil: Hasil[] = [];
  for (const item of items) {
    hasil.push(await syncOne(db, files, actor, instansiId, item));
  }
  return { hasil };
}

async function syncOne(db: Db, files: FileStore, actor: Actor, instansiId: string, item: Item): Promise<Hasil> {
  type Step = { hasil: Hasil['hasil']; row: AktivitasRow | null; pesan?: string; fields?: Record<string, string>; fileKeys?: string[] };
  const out = async (st: Step): Promise<Hasil> => ({
    id: item.id, hasil: st.hasil, pesan: st.pesan ?? null, fields: st.fields ?? null,
    aktivitas: st.row ? (await presentAll(db, instansiId, [st.row]))[0]! : null,
  });
  let parsed: ReturnType<typeof AktivitasInput.parse> | null = null;
  if (!item.hapus) {
    const p = AktivitasInput.safeParse({ ...((item.data ?? {}) as object), id: item.id });
    if (!p.success) {
      const fields = Object.fromEntries(p.error.issues.map((i) => [i.path.join('.') || 'data', i.message]));
      return out({ hasil: 'DITOLAK', row: null, pesan: 'Data aktivitas tidak valid', fields });
    }
    parsed = p.data;
  }
  try {
    // One transaction per entry: a refused entry never takes the rest of the batch with it.
    const step = await db.transaction(async (tx): Promise<Step> => {
      const cur = await lockRow(tx, instansiId, item.id);
      if (cur && cur.pegawaiId !== actor.pegawaiId) return { hasil: 'DITOLAK', row: null, pesan: 'Id aktivitas sudah dipakai', fields: { id: 'Id aktivitas sudah dipakai' } };
      if (item.hapus) {
        if (!cur) return { hasil: 'DIHAPUS', row: null };
        if (item.version !== null && item.version !== cur.version) return { hasil: 'KONFLIK', row: cur, pesan: 'Aktivitas sudah berubah di server sejak Anda menghapusnya' };
        return { hasil: 'DIHAPUS', row: null, fileKeys: await deleteEntry(tx, actor, cur) };
      }
      const v = parsed!;
      if (!cur) return { hasil: 'DIBUAT', row: await insertEntry(tx, actor, item.id, v) };
      if (sameContent(cur, v)) return { hasil: 'SAMA', row: cur };
      if (item.version === null || item.version !== cur.version) {
        return { hasil: 'KONFLIK', row: cur, pesan: 'Aktivitas ini sudah diubah di server (misalnya diverifikasi atasan). Periksa lalu simpan ulang.' };
      }
      return { hasil: 'DIPERBARUI', row: await updateEntry(tx, actor, cur, v) };
    });
    if (step.fileKeys) await removeAfterCommit(files, step.fileKeys);
    return await out(step);
  } catch (e) {
    if (e instanceof AppError && (e.code === 'VALIDATION' || e.code === 'BUSINESS_RULE')) {
      const fields = (e.details as { fields?: Record<string, string> } | undefined)?.fields;
      return out({ hasil: 'DITOLAK', row: null, pesan: e.message, ...(fields ? { fields } : {}) });
    }
    throw e;
  }
}
