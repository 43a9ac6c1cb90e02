import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Pegawai, PegawaiInput } from '../contracts/org.ts';
import { PegawaiInput as PegawaiInputSchema } from '../contracts/org.ts';
import { queryRows, type Db, type DbOrTx } from '../db/client.ts';
import { akun, jabatan, pegawai, sesi, unitKerja } from '../db/schema.ts';
import { parseNip } from '../domain/index.ts';
import { AppError, invalid, notFound, versionConflict } from '../errors.ts';
import { todayWib } from '../lib/clock.ts';
import { FK_VIOLATION, pgCode, UNIQUE_VIOLATION } from '../lib/pg-errors.ts';
import type { Actor } from '../policy/actor.ts';
import { pegawaiVisibleRowSql, pegawaiVisibleSql, requireAdmin } from '../policy/org.policy.ts';
import { recomputeAtasan } from './atasan.ts';
import { audit } from './audit.ts';

export const namaLengkap = (r: { nama: string; gelarDepan: string | null; gelarBelakang: string | null }) =>
  `${r.gelarDepan ? r.gelarDepan + ' ' : ''}${r.nama}${r.gelarBelakang ? ', ' + r.gelarBelakang : ''}`;

export function nipTampil(nip: string): string {
  const p = parseNip(nip);
  return p.ok ? p.tampil : nip;
}

interface ListRow {
  id: string; nip: string; nip_lama: string | null; jenis_asn: 'PNS' | 'PPPK'; nama: string; gelar_depan: string | null;
  gelar_belakang: string | null; tanggal_lahir: string; jenis_kelamin: 'L' | 'P'; golongan: string | null;
  jabatan_id: string; jabatan_nama: string; jabatan_jenis: string; kelas_jabatan: number; unit_kerja_id: string;
  unit_nama: string; status: string; email: string | null; atasan_override_id: string | null; atasan_sumber: string | null;
  a_id: string | null; a_nip: string | null; a_nama: string | null; a_gelar_depan: string | null; a_gelar_belakang: string | null;
  a_jabatan: string | null; punya_akun: boolean; version: number; total: number;
}

function present(r: ListRow): Pegawai {
  return {
    id: r.id, nip: r.nip, nipTampil: nipTampil(r.nip), nipLama: r.nip_lama, jenisAsn: r.jenis_asn, nama: r.nama,
    gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang,
    namaLengkap: namaLengkap({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang }),
    tanggalLahir: r.tanggal_lahir, jenisKelamin: r.jenis_kelamin, golongan: r.golongan,
    jabatan: { id: r.jabatan_id, nama: r.jabatan_nama, jenis: r.jabatan_jenis as Pegawai['jabatan']['jenis'], kelasJabatan: r.kelas_jabatan },
    unitKerja: { id: r.unit_kerja_id, nama: r.unit_nama },
    status: r.status as Pegawai['status'], email: r.email,
    atasan: r.a_id ? {
      id: r.a_id, nip: r.a_nip!, jabatan: r.a_jabatan ?? '',
      namaLengkap: namaLengkap({ nama: r.a_nama!, gelarDepan: r.a_gelar_depan, gelarBelakang: r.a_gelar_belakang }),
      sumber: (r.atasan_sumber ?? 'STRUKTUR') as NonNullable<Pegawai['atasan']>['sumber'],
    } : null,
    atasanOverrideId: r.atasan_override_id, punyaAkun: r.punya_akun, version: r.version,
  };
}

function selectPegawai(where: SQL, tail: SQL = sql``): SQL {
  return sql`select p.id, p.nip, p.nip_lama, p.jenis_asn, p.nama, p.gelar_depan, p.gelar_belakang, p.tanggal_lahir,
      p.jenis_kelamin, p.golongan, p.jabatan_id, j.nama as jabatan_nama, j.jenis as jabatan_jenis, j.kelas_jabatan,
      p.unit_kerja_id, u.nama as unit_nama, p.status, p.email, p.atasan_override_id, p.atasan_sumber,
      a.id as a_id, a.nip as a_nip, a.nama as a_nama, a.gelar_depan as a_gelar_depan, a.gelar_belakang as a_gelar_belakang,
      aj.nama as a_jabatan,
      exists (select 1 from akun k where k.instansi_id = p.instansi_id and k.pegawai_id = p.id) as punya_akun,
      p.version, (count(*) over ())::int as total
    from pegawai p
    join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
    join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id
    left join pegawai a on a.instansi_id = p.instansi_id and a.id = p.atasan_id
    left join jabatan aj on aj.instansi_id = a.instansi_id and aj.id = a.jabatan_id
    where ${where} ${tail}`;
}

export interface ListPegawaiOptions { q?: string; unitKerjaId?: string; subtree: boolean; page: number; pageSize: number }

export async function listPegawai(db: Db, actor: Actor, o: ListPegawaiOptions) {
  const conds: SQL[] = [pegawaiVisibleSql(actor)];
  if (o.q) {
    const digits = o.q.replace(/\s+/g, '');
    const like = `%${o.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    conds.push(/^\d+$/.test(digits) ? sql`p.nip like ${digits + '%'}` : sql`(p.nama ilike ${like} or j.nama ilike ${like})`);
  }
  if (o.unitKerjaId) {
    conds.push(o.subtree
      ? sql`u.path like (select path from unit_kerja where instansi_id = p.instansi_id and id = ${o.unitKerjaId}) || '%'`
      : sql`p.unit_kerja_id = ${o.unitKerjaId}`);
  }
  const rows = await queryRows<ListRow>(db, selectPegawai(sql.join(conds, sql` and `),
    sql`order by p.nama, p.nip limit ${o.pageSize} offset ${(o.page - 1) * o.pageSize}`));
  return { items: rows.map(present), total: rows[0]?.total ?? 0, page: o.page, pageSize: o.pageSize };
}

/** One pegawai if the caller may see them; otherwise 404, exactly as if it did not exist. */
export async function getPegawai(db: DbOrTx, actor: Actor, id: string): Promise<Pegawai> {
  const [row] = await queryRows<ListRow>(db, selectPegawai(sql`${pegawaiVisibleRowSql(actor)} and p.id = ${id}`));
  if (!row) throw notFound('Pegawai');
  return present(row);
}

/** Direct subordinates (atasan = this pegawai), for the atasan's team screen. */
export async function listBawahan(db: Db, actor: Actor, id: string): Promise<Pegawai[]> {
  await getPegawai(db, actor, id);
  const rows = await queryRows<ListRow>(db, selectPegawai(sql`${pegawaiVisibleRowSql(actor)} and p.atasan_id = ${id}`, sql`order by j.kelas_jabatan desc, p.nama`));
  return rows.map(present);
}

type Parsed = ReturnType<typeof PegawaiInputSchema.parse>;

/** PNS use golongan I/a–IV/e, PPPK I–XVII (Perpres 98/2020); the message when they are mixed up, else null. */
export function golonganMismatch(golongan: string | null, jenis: 'PNS' | 'PPPK'): string | null {
  if (!golongan || /^[IVX]+$/.test(golongan) === (jenis === 'PPPK')) return null;
  return jenis === 'PPPK' ? 'PPPK memakai golongan I sampai XVII' : 'PNS memakai golongan seperti III/a';
}

/** Checks that need the database or the NIP rules; returns field errors (empty when valid). */
export async function checkPegawai(tx: DbOrTx, instansiId: string, input: Parsed, selfId: string | null) {
  const fields: Record<string, string> = {};
  const nip = parseNip(input.nip);
  if (!nip.ok) fields.nip = nip.alasan;
  const [jab] = await tx.select().from(jabatan).where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.id, input.jabatanId)));
  const [unit] = await tx.select({ id: unitKerja.id }).from(unitKerja).where(and(eq(unitKerja.instansiId, instansiId), eq(unitKerja.id, input.unitKerjaId)));
  if (!unit) fields.unitKerjaId = 'Unit kerja tidak ditemukan';
  if (!jab) fields.jabatanId = 'Jabatan tidak ditemukan';
  else if (unit && jab.unitKerjaId !== input.unitKerjaId) fields.jabatanId = 'Jabatan ini bukan milik unit kerja yang dipilih';
  else if (jab.kepalaUnit && input.status === 'AKTIF') {
    const [holder] = await tx.select({ id: pegawai.id, nama: pegawai.nama }).from(pegawai).where(and(
      eq(pegawai.instansiId, instansiId), eq(pegawai.jabatanId, jab.id), eq(pegawai.status, 'AKTIF'),
      selfId ? sql`${pegawai.id} <> ${selfId}` : undefined)).limit(1);
    if (holder) fields.jabatanId = `Jabatan kepala unit ini sudah dijabat oleh ${holder.nama}`;
  }
  const golongan = nip.ok ? golonganMismatch(input.golongan, nip.jenis) : null;
  if (golongan) fields.golongan = golongan;
  return { fields, nip };
}

const duplicateNip = (e: unknown) => (pgCode(e) === UNIQUE_VIOLATION ? invalid({ nip: 'NIP sudah terdaftar' }) : e);

export async function createPegawai(db: Db, actor: Actor, raw: PegawaiInput): Promise<Pegawai> {
  const instansiId = requireAdmin(actor);
  const input = PegawaiInputSchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const { fields, nip } = await checkPegawai(tx, instansiId, input, null);
      if (Object.keys(fields).length || !nip.ok) throw invalid(fields);
      const [row] = await tx.insert(pegawai).values({
        instansiId, nip: nip.normal, nipLama: input.nipLama, jenisAsn: nip.jenis, nama: input.nama,
        gelarDepan: input.gelarDepan, gelarBelakang: input.gelarBelakang, tanggalLahir: nip.tanggalLahir,
        jenisKelamin: nip.jenisKelamin, golongan: input.golongan, jabatanId: input.jabatanId,
        unitKerjaId: input.unitKerjaId, status: input.status, email: input.email,
      }).returning();
      await recomputeAtasan(tx, instansiId, todayWib());
      await audit(tx, actor, instansiId, { entitas: 'pegawai', entitasId: row!.id, aksi: 'CREATE', sesudah: row });
      return getPegawai(tx, actor, row!.id);
    });
  } catch (e) { throw duplicateNip(e); }
}

async function lockPegawai(tx: DbOrTx, instansiId: string, id: string) {
  const [cur] = await tx.select().from(pegawai).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id))).for('update');
  if (!cur) throw notFound('Pegawai');
  return cur;
}

export async function updatePegawai(db: Db, actor: Actor, id: string, raw: PegawaiInput & { version: number }): Promise<Pegawai> {
  const instansiId = requireAdmin(actor);
  const input = PegawaiInputSchema.parse(raw);
  try {
    return await db.transaction(async (tx) => {
      const cur = await lockPegawai(tx, instansiId, id);
      if (cur.version !== raw.version) throw versionConflict(await getPegawai(tx, actor, id));
      const { fields, nip } = await checkPegawai(tx, instansiId, input, id);
      if (Object.keys(fields).length || !nip.ok) throw invalid(fields);
      const [row] = await tx.update(pegawai).set({
        nip: nip.normal, nipLama: input.nipLama, jenisAsn: nip.jenis, nama: input.nama, gelarDepan: input.gelarDepan,
        gelarBelakang: input.gelarBelakang, tanggalLahir: nip.tanggalLahir, jenisKelamin: nip.jenisKelamin,
        golongan: input.golongan, jabatanId: input.jabatanId, unitKerjaId: input.unitKerjaId, status: input.status,
        email: input.email, version: cur.version + 1, updatedAt: new Date(),
      }).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id))).returning();
      if (cur.nip !== row!.nip) await tx.update(akun).set({ username: row!.nip }).where(and(eq(akun.instansiId, instansiId), eq(akun.pegawaiId, id)));
      // The atasan map depends only on position, unit and whether the pegawai is active.
      if (cur.jabatanId !== row!.jabatanId || cur.unitKerjaId !== row!.unitKerjaId || cur.status !== row!.status) {
        await recomputeAtasan(tx, instansiId, todayWib());
      }
      await audit(tx, actor, instansiId, { entitas: 'pegawai', entitasId: id, aksi: 'UPDATE', sebelum: cur, sesudah: row });
      return getPegawai(tx, actor, id);
    });
  } catch (e) { throw duplicateNip(e); }
}

export async function deletePegawai(db: Db, actor: Actor, id: string): Promise<void> {
  const instansiId = requireAdmin(actor);
  try {
    await db.transaction(async (tx) => {
      const cur = await lockPegawai(tx, instansiId, id);
      await tx.update(pegawai).set({ atasanOverrideId: null }).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.atasanOverrideId, id)));
      const accounts = await tx.select({ id: akun.id }).from(akun).where(and(eq(akun.instansiId, instansiId), eq(akun.pegawaiId, id)));
      for (const a of accounts) {
        await tx.delete(sesi).where(eq(sesi.akunId, a.id));
        await tx.update(akun).set({ aktif: false, pegawaiId: null, username: `dihapus-${a.id}` }).where(eq(akun.id, a.id));
      }
      await tx.delete(pegawai).where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)));
      await recomputeAtasan(tx, instansiId, todayWib());
      await audit(tx, actor, instansiId, { entitas: 'pegawai', entitasId: id, aksi: 'DELETE', sebelum: cur });
    });
  } catch (e) {
    if (pgCode(e) === FK_VIOLATION) throw new AppError('BUSINESS_RULE', 'Pegawai masih dirujuk oleh data lain; ubah statusnya menjadi NONAKTIF');
    throw e;
  }
}

/** Admin override of the derived atasan; null returns to the tree. Refuses cycles. */
export async function setAtasanOverride(db: Db, actor: Actor, id: string, atasanId: string | null, version: number): Promise<Pegawai> {
  const instansiId = requireAdmin(actor);
  return db.transaction(async (tx) => {
    const cur = await lockPegawai(tx, instansiId, id);
    if (cur.version !== version) throw versionConflict(await getPegawai(tx, actor, id));
    if (atasanId) {
      if (atasanId === id) throw invalid({ atasanId: 'Pegawai tidak dapat menjadi atasan dirinya sendiri' });
      const chain = await queryRows<{ id: string }>(tx, sql`with recursive naik(id, atasan_id) as (
          select id, atasan_id from pegawai where instansi_id = ${instansiId} and id = ${atasanId}
          union select p.id, p.atasan_id from pegawai p join naik n on p.id = n.atasan_id where p.instansi_id = ${instansiId}
        ) select id from naik`);
      if (!chain.length) throw invalid({ atasanId: 'Atasan tidak ditemukan' });
      if (chain.some((c) => c.id === id)) throw invalid({ atasanId: 'Pilihan ini membuat rantai atasan melingkar' });
    }
    await tx.update(pegawai).set({ atasanOverrideId: atasanId, version: cur.version + 1, updatedAt: new Date() })
      .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.id, id)));
    await recomputeAtasan(tx, instansiId, todayWib());
    await audit(tx, actor, instansiId, { entitas: 'pegawai', entitasId: id, aksi: 'UPDATE_ATASAN', sebelum: { atasanOverrideId: cur.atasanOverrideId }, sesudah: { atasanOverrideId: atasanId } });
    return getPegawai(tx, actor, id);
  });
}
