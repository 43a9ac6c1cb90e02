// Validation and upsert per kind of import. Each kind checks every row first (collecting the
// reasons a row is rejected), then writes the valid rows in chunks inside the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import { JabatanInput, PegawaiInput, STATUS_PEGAWAI, UnitKerjaInput } from '../../contracts/org.ts';
import { queryRows, type Tx } from '../../db/client.ts';
import { jabatan, pegawai, unitKerja } from '../../db/schema.ts';
import { parseNip } from '../../domain/index.ts';
import { JENIS_JABATAN } from '../../domain/enums.ts';
import { golonganMismatch } from '../pegawai.service.ts';

export interface Rejected { baris: number; kunci: string | null; alasan: string[] }
export interface Counted { ditambah: number; diperbarui: number }
export interface Row { baris: number; v: Record<string, string>; numericNip?: boolean }

const CHUNK = 1000;
const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) => e.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`.replace(/^: /, ''));
const yes = (s: string | undefined) => /^(ya|y|yes|true|1|kepala)$/i.test((s ?? '').trim());
const enumValue = (s: string | undefined) => (s ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_');

async function insertedFlags(tx: Tx, q: ReturnType<typeof sql>) {
  return queryRows<{ inserted: boolean }>(tx, q);
}
const count = (flags: { inserted: boolean }[], acc: Counted) => {
  for (const f of flags) if (f.inserted) acc.ditambah++; else acc.diperbarui++;
};

export async function importUnitKerja(tx: Tx, instansiId: string, rows: Row[], reject: (r: Rejected) => void): Promise<Counted> {
  const existing = await tx.select({ id: unitKerja.id, kode: unitKerja.kode, parentId: unitKerja.parentId }).from(unitKerja).where(eq(unitKerja.instansiId, instansiId));
  const idByKode = new Map(existing.map((u) => [u.kode, u.id]));
  const valid: { baris: number; kode: string; nama: string; kodeInduk: string | null }[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const p = UnitKerjaInput.omit({ parentId: true }).safeParse({ kode: r.v.kode ?? '', nama: r.v.nama ?? '' });
    const alasan = p.success ? [] : issues(p.error);
    const kode = (r.v.kode ?? '').trim();
    if (kode && seen.has(kode)) alasan.push('Kode unit muncul lebih dari sekali dalam berkas');
    if (alasan.length || !p.success) { reject({ baris: r.baris, kunci: kode || null, alasan }); continue; }
    seen.add(kode);
    valid.push({ baris: r.baris, kode, nama: p.data.nama, kodeInduk: r.v.kodeInduk?.trim() || null });
  }
  // Parents first: a unit may name a parent further down the file.
  const fileKode = new Set(valid.map((v) => v.kode));
  const ordered: typeof valid = []; const placed = new Set<string>(); let pending = valid;
  while (pending.length) {
    const next: typeof valid = [];
    for (const v of pending) {
      if (!v.kodeInduk || placed.has(v.kodeInduk) || (!fileKode.has(v.kodeInduk) && idByKode.has(v.kodeInduk))) { ordered.push(v); placed.add(v.kode); } else next.push(v);
    }
    if (next.length === pending.length) {
      for (const v of next) reject({ baris: v.baris, kunci: v.kode, alasan: [fileKode.has(v.kodeInduk!) ? 'Kode induk membentuk lingkaran atau induknya ditolak' : `Kode induk ${v.kodeInduk} tidak ditemukan`] });
      break;
    }
    pending = next;
  }
  const acc: Counted = { ditambah: 0, diperbarui: 0 };
  for (const v of ordered) {
    if (v.kodeInduk === v.kode) { reject({ baris: v.baris, kunci: v.kode, alasan: ['Unit tidak boleh menjadi induk dirinya sendiri'] }); continue; }
    const id = idByKode.get(v.kode) ?? crypto.randomUUID();
    const parentId = v.kodeInduk ? idByKode.get(v.kodeInduk)! : null;
    const [f] = await insertedFlags(tx, sql`insert into unit_kerja (instansi_id, id, parent_id, kode, nama, path, level)
      values (${instansiId}, ${id}, ${parentId}, ${v.kode}, ${v.nama}, '/', 1)
      on conflict (instansi_id, kode) do update set nama = excluded.nama, parent_id = excluded.parent_id,
        version = unit_kerja.version + 1, updated_at = now()
      returning (xmax = 0) as inserted`);
    if (f) count([f], acc);
    idByKode.set(v.kode, id);
  }
  // Recompute every path and level from the parent links in one statement.
  await tx.execute(sql`with recursive t(id, path, level) as (
      select id, '/' || id || '/', 1 from unit_kerja where instansi_id = ${instansiId} and parent_id is null
      union all select u.id, t.path || u.id || '/', t.level + 1 from unit_kerja u join t on u.parent_id = t.id where u.instansi_id = ${instansiId}
    ) update unit_kerja u set path = t.path, level = t.level from t where u.instansi_id = ${instansiId} and u.id = t.id
      and (u.path <> t.path or u.level <> t.level)`);
  return acc;
}

export async function importJabatan(tx: Tx, instansiId: string, rows: Row[], reject: (r: Rejected) => void): Promise<Counted> {
  const units = new Map((await tx.select({ id: unitKerja.id, kode: unitKerja.kode }).from(unitKerja).where(eq(unitKerja.instansiId, instansiId))).map((u) => [u.kode, u.id]));
  const heads = new Map((await tx.select({ kode: jabatan.kode, unit: jabatan.unitKerjaId }).from(jabatan)
    .where(and(eq(jabatan.instansiId, instansiId), eq(jabatan.kepalaUnit, true)))).map((j) => [j.unit, j.kode]));
  const valid: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const jenis = enumValue(r.v.jenis);
    const input = {
      unitKerjaId: units.get((r.v.kodeUnit ?? '').trim()) ?? '00000000-0000-4000-8000-000000000000',
      kode: r.v.kode ?? '', nama: r.v.nama ?? '',
      jenis: (JENIS_JABATAN as readonly string[]).includes(jenis) ? jenis : r.v.jenis,
      jenjang: r.v.jenjang ? enumValue(r.v.jenjang) : null,
      kelasJabatan: Number(r.v.kelasJabatan), kepalaUnit: yes(r.v.kepalaUnit),
    };
    const p = JabatanInput.safeParse(input);
    const alasan = p.success ? [] : issues(p.error);
    const kode = (r.v.kode ?? '').trim();
    if (!units.has((r.v.kodeUnit ?? '').trim())) alasan.unshift(`Kode unit ${r.v.kodeUnit ?? '(kosong)'} tidak ditemukan`);
    if (kode && seen.has(kode)) alasan.push('Kode jabatan muncul lebih dari sekali dalam berkas');
    if (p.success && p.data.kepalaUnit) {
      const holder = heads.get(p.data.unitKerjaId);
      if (holder && holder !== p.data.kode) alasan.push(`Unit ini sudah punya jabatan kepala unit (${holder})`);
    }
    if (alasan.length || !p.success) { reject({ baris: r.baris, kunci: kode || null, alasan: alasan.filter((a) => !a.startsWith('unitKerjaId')) }); continue; }
    seen.add(kode);
    if (p.data.kepalaUnit) heads.set(p.data.unitKerjaId, p.data.kode);
    valid.push({ instansiId, ...p.data });
  }
  const acc: Counted = { ditambah: 0, diperbarui: 0 };
  for (let i = 0; i < valid.length; i += CHUNK) {
    const chunk = valid.slice(i, i + CHUNK) as (typeof jabatan.$inferInsert)[];
    const flags = await tx.insert(jabatan).values(chunk).onConflictDoUpdate({
      target: [jabatan.instansiId, jabatan.kode],
      set: {
        nama: sql`excluded.nama`, jenis: sql`excluded.jenis`, jenjang: sql`excluded.jenjang`, kelasJabatan: sql`excluded.kelas_jabatan`,
        unitKerjaId: sql`excluded.unit_kerja_id`, kepalaUnit: sql`excluded.kepala_unit`, version: sql`${jabatan.version} + 1`, updatedAt: sql`now()`,
      },
    }).returning({ inserted: sql<boolean>`(xmax = 0)` });
    count(flags, acc);
  }
  return acc;
}

export async function importPegawai(tx: Tx, instansiId: string, rows: Row[], reject: (r: Rejected) => void): Promise<Counted> {
  const jabs = new Map((await tx.select().from(jabatan).where(eq(jabatan.instansiId, instansiId))).map((j) => [j.kode, j]));
  const headHolder = new Map((await queryRows<{ jabatan_id: string; nip: string }>(tx, sql`select p.jabatan_id, p.nip from pegawai p
    join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id and j.kepala_unit
    where p.instansi_id = ${instansiId} and p.status = 'AKTIF'`)).map((r) => [r.jabatan_id, r.nip]));
  const valid: (typeof pegawai.$inferInsert)[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const alasan: string[] = [];
    const jab = jabs.get((r.v.kodeJabatan ?? '').trim());
    const status = r.v.status ? enumValue(r.v.status) : 'AKTIF';
    const p = PegawaiInput.safeParse({
      nip: r.v.nip ?? '', nipLama: r.v.nipLama || null, nama: r.v.nama ?? '', gelarDepan: r.v.gelarDepan, gelarBelakang: r.v.gelarBelakang,
      golongan: r.v.golongan || null, jabatanId: jab?.id ?? '', unitKerjaId: jab?.unitKerjaId ?? '',
      status: (STATUS_PEGAWAI as readonly string[]).includes(status) ? status : r.v.status, email: r.v.email || null,
    });
    if (!p.success) alasan.push(...issues(p.error).filter((a) => !a.startsWith('unitKerjaId') && !a.startsWith('jabatanId')));
    if (!jab) alasan.push(`Kode jabatan ${r.v.kodeJabatan || '(kosong)'} tidak ditemukan`);
    const nip = parseNip(r.v.nip ?? '');
    if (r.numericNip) alasan.push('NIP tersimpan sebagai angka di Excel sehingga digit akhirnya bisa berubah; format kolom NIP sebagai Teks');
    else if (!nip.ok) alasan.push(`NIP: ${nip.alasan}`);
    if (nip.ok && seen.has(nip.normal)) alasan.push('NIP muncul lebih dari sekali dalam berkas');
    const golongan = nip.ok && p.success ? golonganMismatch(p.data.golongan, nip.jenis) : null;
    if (golongan) alasan.push(`golongan: ${golongan}`);
    if (nip.ok && jab?.kepalaUnit && p.success && p.data.status === 'AKTIF') {
      const holder = headHolder.get(jab.id);
      if (holder && holder !== nip.normal) alasan.push(`Jabatan kepala unit ${jab.kode} sudah dijabat NIP ${holder}`);
    }
    if (alasan.length || !p.success || !nip.ok || !jab) { reject({ baris: r.baris, kunci: nip.ok ? nip.normal : (r.v.nip ?? null), alasan }); continue; }
    seen.add(nip.normal);
    if (jab.kepalaUnit && p.data.status === 'AKTIF') headHolder.set(jab.id, nip.normal);
    valid.push({
      instansiId, nip: nip.normal, nipLama: p.data.nipLama, jenisAsn: nip.jenis, nama: p.data.nama, gelarDepan: p.data.gelarDepan,
      gelarBelakang: p.data.gelarBelakang, tanggalLahir: nip.tanggalLahir, jenisKelamin: nip.jenisKelamin, golongan: p.data.golongan,
      jabatanId: jab.id, unitKerjaId: jab.unitKerjaId, status: p.data.status, email: p.data.email,
    });
  }
  const acc: Counted = { ditambah: 0, diperbarui: 0 };
  for (let i = 0; i < valid.length; i += CHUNK) {
    const flags = await tx.insert(pegawai).values(valid.slice(i, i + CHUNK)).onConflictDoUpdate({
      target: [pegawai.instansiId, pegawai.nip],
      set: {
        nipLama: sql`excluded.nip_lama`, nama: sql`excluded.nama`, gelarDepan: sql`excluded.gelar_depan`, gelarBelakang: sql`excluded.gelar_belakang`,
        golongan: sql`excluded.golongan`, jabatanId: sql`excluded.jabatan_id`, unitKerjaId: sql`excluded.unit_kerja_id`,
        status: sql`excluded.status`, email: sql`excluded.email`, version: sql`${pegawai.version} + 1`, updatedAt: sql`now()`,
      },
    }).returning({ inserted: sql<boolean>`(xmax = 0)` });
    count(flags, acc);
  }
  return acc;
}
