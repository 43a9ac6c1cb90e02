// Scoring a kabupaten for a year: every pegawai's annual evaluation computed the way the API computes it
// (inputs loaded in batches, hitungEvaluasi, predikat from the matrix) and written back with its audit,
// against one SQL aggregate computing the same capaian, nilai and predikat over the same rows in the
// same run. The data is written straight into the tables: the benchmark measures scoring, not entry.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { queryRows, type Database, type Db } from '../src/db/client.ts';
import { akun, evaluasi, iki, instansi, pengaturanPenilaian, periode, predikatOrganisasi, realisasi, rhk, skp } from '../src/db/schema.ts';
import { predikatKinerja, ratingHasilKerjaPimpinan, type PredikatOrganisasi, type Rating } from '../src/domain/index.ts';
import { todayWib } from '../src/lib/clock.ts';
import { loadActor } from '../src/policy/actor.ts';
import { buildOrg } from '../src/seed/org-builder.ts';
import { hashString, rng, type Rng } from '../src/seed/random.ts';
import { syntheticTree } from '../src/seed/synthetic.ts';
import { tetapkanTahunanMassal } from '../src/services/evaluasi/skor-massal.ts';

const PEGAWAI = Number(process.env.BENCH_PEGAWAI ?? 10_000);
const UKURAN = Number(process.env.BENCH_BATCH ?? 1000);

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** A weighted pick: [[value, weight], ...]. */
const weighted = <T>(r: Rng, xs: readonly (readonly [T, number])[]): T => {
  let x = r.next() * xs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of xs) { if ((x -= w) < 0) return v; }
  return xs[xs.length - 1]![0];
};
const RATING_HASIL: readonly (readonly [Rating, number])[] = [['DI_ATAS_EKSPEKTASI', 20], ['SESUAI_EKSPEKTASI', 70], ['DI_BAWAH_EKSPEKTASI', 10]];
const RATING_PERILAKU: readonly (readonly [Rating, number])[] = [['DI_ATAS_EKSPEKTASI', 15], ['SESUAI_EKSPEKTASI', 80], ['DI_BAWAH_EKSPEKTASI', 5]];
const PREDIKAT_ORG: readonly (readonly [PredikatOrganisasi, number])[] = [['ISTIMEWA', 15], ['BAIK', 65], ['BUTUH_PERBAIKAN', 15], ['KURANG', 5]];
const round1 = (n: number) => Math.round(n * 10) / 10;

export interface DataPenilaian { periodeId: string; tahun: number; skp: number; iki: number; realisasi: number; evaluasi: number }

/**
 * Last year of this instansi's pegawai: for each an approved SKP (3 RHK × 2 IKI: counts, shares with
 * some range targets, durations and complaints where lower is better), realisasi for the 4 quarters
 * with a few gaps, fixed quarterly predikat, and the annual evaluation rated (DINILAI). OPD have a
 * predikat organisasi, and their heads are rated as it requires. Deterministic for a given `r`.
 */
export async function isiPenilaian(db: Db, instansiId: string, r: Rng): Promise<DataPenilaian> {
  const tahun = new Date().getFullYear() - 1;
  const mulai = `${tahun}-01-01`; const selesai = `${tahun}-12-31`;
  const periodeId = randomUUID();
  const peg = await queryRows<{ id: string; atasan_id: string | null; jenis: string; kepala_unit: boolean; unit_kerja_id: string; level: number }>(db,
    sql`select p.id, p.atasan_id, j.jenis, j.kepala_unit, j.unit_kerja_id, u.level from pegawai p
      join jabatan j on j.instansi_id = p.instansi_id and j.id = p.jabatan_id
      join unit_kerja u on u.instansi_id = p.instansi_id and u.id = p.unit_kerja_id
      where p.instansi_id = ${instansiId} order by p.nip`);
  const orgUnits = [...new Set(peg.filter((p) => p.kepala_unit && p.level === 2).map((p) => p.unit_kerja_id))];
  const poOf = new Map(orgUnits.map((u) => [u, weighted(r, PREDIKAT_ORG)]));

  const skpRows: (typeof skp.$inferInsert)[] = [];
  const rhkRows: (typeof rhk.$inferInsert)[] = [];
  const ikiRows: (typeof iki.$inferInsert)[] = [];
  const realRows: (typeof realisasi.$inferInsert)[] = [];
  const evRows: (typeof evaluasi.$inferInsert)[] = [];
  const dinilaiAt = new Date(`${tahun}-12-20T03:00:00Z`);
  for (const p of peg) {
    const skpId = randomUUID();
    skpRows.push({
      instansiId, id: skpId, periodeId, pegawaiId: p.id, versi: 1, model: p.jenis.startsWith('JPT') ? 'JPT' : 'JA_JF', pendekatan: 'KUALITATIF',
      status: 'DISETUJUI', mulai, selesai, penilaiId: p.atasan_id, disetujuiAt: new Date(`${tahun}-01-20T03:00:00Z`),
    });
    for (let i = 0; i < 3; i++) {
      const rhkId = randomUUID();
      rhkRows.push({ instansiId, id: rhkId, skpId, urutan: i + 1, jenis: i < 2 ? 'UTAMA' : 'TAMBAHAN', uraian: `Tersedianya layanan ${i + 1}`, intervensiTeks: 'RHK atasan' });
      for (let j = 0; j < 2; j++) {
        const ikiId = randomUUID();
        const jenis = weighted(r, [['jumlah', 45], ['persen', 20], ['waktu', 20], ['aduan', 15]] as const);
        let k: { aspek: string; satuan: string; target: number; targetAtas: number | null; arah: 'NAIK' | 'TURUN' };
        let kuartal: () => number;
        if (jenis === 'jumlah') {
          const target = r.int(8, 48);
          k = { aspek: 'KUANTITAS', satuan: r.pick(['laporan', 'dokumen', 'kegiatan', 'berkas']), target, targetAtas: r.next() < 0.15 ? target + r.int(2, 6) : null, arah: 'NAIK' };
          kuartal = () => Math.round((target / 4) * (0.6 + r.next() * 0.7));
        } else if (jenis === 'persen') {
          const target = r.int(75, 95);
          k = { aspek: 'KUALITAS', satuan: '%', target, targetAtas: r.next() < 0.4 ? Math.min(100, target + r.int(3, 10)) : null, arah: 'NAIK' };
          kuartal = () => Math.min(100, round1(target * (0.8 + r.next() * 0.35)));
        } else if (jenis === 'waktu') {
          const target = r.int(3, 14);
          k = { aspek: 'WAKTU', satuan: 'hari', target, targetAtas: null, arah: 'TURUN' };
          kuartal = () => round1(target * (0.6 + r.next() * 0.9));
        } else {
          const target = r.int(4, 20);
          k = { aspek: 'KUANTITAS', satuan: 'aduan', target, targetAtas: null, arah: 'TURUN' };
          kuartal = () => Math.round((target / 4) * (0.3 + r.next() * 1.3));
        }
        ikiRows.push({ instansiId, id: ikiId, rhkId, urutan: j + 1, indikator: `Indikator ${i + 1}.${j + 1}`, ...k });
        const kosong = r.next() < 0.01; // an IKI never filled in: a gap in the annual evaluation
        for (let ke = 1; ke <= 4; ke++) {
          const nilai = kuartal();
          if (kosong || r.next() < 0.04) continue; // a quarter not filled in
          realRows.push({ instansiId, skpId, ikiId, periodeKe: ke, nilai });
        }
        if (r.next() < 0.02) realRows.push({ instansiId, skpId, ikiId, periodeKe: 0, nilai: kuartal() * (k.satuan === '%' || k.satuan === 'hari' ? 1 : 4) });
      }
    }
    for (let ke = 1; ke <= 4; ke++) {
      const h = weighted(r, RATING_HASIL); const pr = weighted(r, RATING_PERILAKU);
      evRows.push({ instansiId, skpId, jenis: 'PERIODIK', periodeKe: ke, status: 'PREDIKAT_DITETAPKAN', ratingHasil: h, ratingPerilaku: pr,
        predikat: predikatKinerja(h, pr), penilaiId: p.atasan_id, dinilaiAt, ditetapkanAt: dinilaiAt });
    }
    const po = p.kepala_unit ? poOf.get(p.unit_kerja_id) : undefined;
    const hasil = po ? ratingHasilKerjaPimpinan(po) : weighted(r, RATING_HASIL);
    evRows.push({ instansiId, skpId, jenis: 'TAHUNAN', periodeKe: 0, status: 'DINILAI', ratingHasil: hasil, ratingPerilaku: weighted(r, RATING_PERILAKU),
      penilaiId: p.atasan_id, dinilaiAt });
  }
  await db.transaction(async (tx) => {
    await tx.insert(periode).values({ instansiId, id: periodeId, tahun, mulai, selesai, pendekatan: 'KUALITATIF', frekuensi: 'TRIWULAN' });
    await tx.insert(pengaturanPenilaian).values({ instansiId, saranAktif: true, modeNumerik: true });
    if (poOf.size) await tx.insert(predikatOrganisasi).values([...poOf].map(([unitKerjaId, predikat]) => ({ instansiId, unitKerjaId, tahun, predikat })));
    for (const c of chunks(skpRows, 1000)) await tx.insert(skp).values(c);
    for (const c of chunks(rhkRows, 2000)) await tx.insert(rhk).values(c);
    for (const c of chunks(ikiRows, 2000)) await tx.insert(iki).values(c);
    for (const c of chunks(realRows, 4000)) await tx.insert(realisasi).values(c);
    for (const c of chunks(evRows, 2000)) await tx.insert(evaluasi).values(c);
  });
  return { periodeId, tahun, skp: skpRows.length, iki: ikiRows.length, realisasi: realRows.length, evaluasi: evRows.length };
}

export interface SkorSql { skp_id: string; capaian: number | null; nilai: number | null; predikat: string | null }

/**
 * The floor: one SQL statement computing, per pegawai, the annual capaian of every IKI (an annual value,
 * else the quarters summed for counts or the latest for shares and durations; realisasi ÷ target × 100,
 * (2 − realisasi ÷ target) × 100 when lower is better, ranges against the bound they miss), their mean,
 * the mean nilai capaian (PermenPANRB 8/2021 table) and the predikat from the rating matrix.
 * The SKP here span the whole year, so every quarter belongs to the SKP.
 */
export async function sqlPenilaian(database: Database, instansiId: string, periodeId: string): Promise<SkorSql[]> {
  const { rows } = await database.executeSql(`with s as (
      select id, pegawai_id from (select distinct on (pegawai_id) id, pegawai_id, status from skp
        where instansi_id = $1 and periode_id = $2 order by pegawai_id, versi desc) v
      where status = 'DISETUJUI'
    ), k as (
      select s.id as skp_id, i.id as iki_id, i.target, i.target_atas, i.arah,
        (lower(trim(i.satuan)) in ('%', 'persen', 'menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan', 'tahun') or i.aspek in ('KUALITAS', 'WAKTU')) as terakhir
      from s join rhk r on r.instansi_id = $1 and r.skp_id = s.id join iki i on i.instansi_id = $1 and i.rhk_id = r.id
    ), x as (
      select x.iki_id, max(x.nilai) filter (where x.periode_ke = 0) as tahunan,
        round(sum(x.nilai) filter (where x.periode_ke > 0)::numeric, 6)::float8 as jumlah,
        (array_agg(x.nilai order by x.periode_ke desc) filter (where x.periode_ke > 0))[1] as akhir
      from realisasi x join s on s.id = x.skp_id where x.instansi_id = $1 and x.nilai is not null group by x.iki_id
    ), v as (
      select k.skp_id, k.target, k.target_atas, k.arah, coalesce(x.tahunan, case when k.terakhir then x.akhir else x.jumlah end) as r
      from k left join x on x.iki_id = k.iki_id
    ), c as (
      select skp_id, round((case
        when r is null or target is null or target < 0 or target_atas < target then null
        when target_atas is not null and r > target_atas then case when target_atas = 0 then null
          when arah = 'TURUN' then (2 - r / target_atas) * 100 else r / target_atas * 100 end
        when target_atas is not null and r >= target then 100
        when target = 0 then null
        when arah = 'TURUN' then (2 - r / target) * 100 else r / target * 100 end)::numeric, 2) as capaian
      from v
    ), n as (
      select skp_id, capaian, round(case when capaian is null then null when capaian > 110 then 120 when capaian >= 101 then 110 + 10 / 9.0 * (capaian - 101)
        when capaian > 100 then 110 when capaian = 100 then 109 when capaian >= 80 then 70 + (capaian - 80)
        when capaian >= 60 then 50 + (capaian - 60) when capaian >= 0 then capaian / 59 * 49 else 0 end, 2) as nilai
      from c
    )
    select s.id as skp_id, round(avg(n.capaian), 2)::float8 as capaian, round(avg(n.nilai), 2)::float8 as nilai,
      case when e.rating_hasil is null or e.rating_perilaku is null then null
        when e.rating_perilaku = 'DI_BAWAH_EKSPEKTASI' then case when e.rating_hasil = 'DI_BAWAH_EKSPEKTASI' then 'SANGAT_KURANG' else 'KURANG_MISCONDUCT' end
        when e.rating_hasil = 'DI_BAWAH_EKSPEKTASI' then 'BUTUH_PERBAIKAN'
        when e.rating_hasil = 'DI_ATAS_EKSPEKTASI' and e.rating_perilaku = 'DI_ATAS_EKSPEKTASI' then 'SANGAT_BAIK'
        else 'BAIK' end as predikat
    from s left join n on n.skp_id = s.id
    left join evaluasi e on e.instansi_id = $1 and e.skp_id = s.id and e.jenis = 'TAHUNAN' and e.periode_ke = 0
    group by s.id, e.rating_hasil, e.rating_perilaku`, [instansiId, periodeId]);
  return rows as SkorSql[];
}

export interface PenilaianRun { rows: number; appMs: number; sqlMs: number; peakRss: number }

export async function benchPenilaian(name: string, url: string | undefined): Promise<PenilaianRun> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ekinerja-bench-pen-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', EKINERJA_DEMO: 'off', JOBS: 'off', ...(url ? { DATABASE_URL: url } : {}) });
  const app = await createApp(config);
  try {
    const db = app.database.db;
    const kode = `BENCH-P-${Date.now().toString(36).toUpperCase()}`;
    const [ins] = await db.insert(instansi).values({ kode, nama: 'Kabupaten Bench Penilaian', jenis: 'KABUPATEN' }).returning();
    const seedT0 = performance.now();
    const people = await buildOrg(db, ins!.id, syntheticTree(PEGAWAI), rng(hashString(kode)));
    const data = await isiPenilaian(db, ins!.id, rng(hashString(`${kode}-penilaian`)));
    // Statistics for the fresh rows, as autovacuum would gather on PostgreSQL; PGlite never does on its own
    // (without them the SQL aggregate takes nested loops: 23 s already at 500 pegawai).
    await app.database.executeSql('analyze pegawai, jabatan, unit_kerja, skp, rhk, iki, realisasi, evaluasi, predikat_organisasi');
    const seedMs = performance.now() - seedT0;
    const [a] = await db.insert(akun).values({ instansiId: ins!.id, username: `admin-${kode.toLowerCase()}`, passwordHash: 'x', peran: ['ADMIN'] }).returning();
    const actor = await loadActor(db, a!, false, todayWib());
    console.log(`[${name}] kabupaten of ${people.length} pegawai, year ${data.tahun}: ${data.skp} approved SKP, ${data.iki} IKI, ${data.realisasi} realisasi, ${data.evaluasi} evaluasi; seeded in ${ms(seedMs)}`);

    await sqlPenilaian(app.database, ins!.id, data.periodeId); // warm the cache for both sides

    const skorApp: { skpId: string; capaian: number | null; nilai: number | null; predikat: string | null }[] = [];
    const before = process.memoryUsage();
    let peakRss = before.rss; let peakHeap = before.heapUsed;
    const sample = () => { const m = process.memoryUsage(); peakRss = Math.max(peakRss, m.rss); peakHeap = Math.max(peakHeap, m.heapUsed); };
    const timer = setInterval(sample, 10);
    const t0 = performance.now();
    const hasil = await tetapkanTahunanMassal(db, actor, data.periodeId, {
      ukuran: UKURAN,
      setelahBatch: (list) => {
        sample();
        for (const s of list) skorApp.push({ skpId: s.skp.id, capaian: s.perhitungan.capaian.rataRata, nilai: s.perhitungan.nilaiNumerik?.nilai ?? null, predikat: s.perhitungan.matriks?.predikat ?? null });
      },
    });
    const appMs = performance.now() - t0;
    clearInterval(timer);
    sample();

    const s0 = performance.now();
    const rows = await sqlPenilaian(app.database, ins!.id, data.periodeId);
    const sqlMs = performance.now() - s0;

    const bySkp = new Map(rows.map((r) => [r.skp_id, r]));
    const close = (x: number | null, y: number | null) => (x === null || y === null ? x === y : Math.abs(x - y) <= 0.011);
    const agree = skorApp.filter((x) => { const y = bySkp.get(x.skpId); return !!y && close(x.capaian, y.capaian) && close(x.nilai, y.nilai) && x.predikat === y.predikat; }).length;
    const [stored] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from evaluasi where instansi_id = ${ins!.id} and jenis = 'TAHUNAN' and status = 'PREDIKAT_DITETAPKAN'`);

    console.log(`[${name}] app: annual scoring of ${hasil.skp} pegawai (batched load of ${UKURAN}, hitungEvaluasi, matrix predikat, predikat + nilai written with audit): ${ms(appMs)}; ${hasil.ditetapkan} ditetapkan, ${hasil.dilewati.length} dilewati, ${stored!.n} stored`);
    console.log(`[${name}] app peak RSS ${mb(peakRss)} (${mb(before.rss)} at its start, after seeding), peak JS heap ${mb(peakHeap)} (${mb(before.heapUsed)} at its start)`);
    console.log(`[${name}] SQL: one aggregate (capaian, nilai capaian, predikat per pegawai), ${rows.length} rows: ${ms(sqlMs)}`);
    console.log(`[${name}] app vs SQL: ${agree}/${skorApp.length} pegawai agree on mean capaian, nilai and predikat`);
    console.log(`[${name}] rows ${rows.length}, app ${ms(appMs)}, SQL ${ms(sqlMs)}, ratio app / SQL ${(appMs / sqlMs).toFixed(1)}x  (goal: under 10 s, within 3×)`);
    return { rows: rows.length, appMs, sqlMs, peakRss };
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
