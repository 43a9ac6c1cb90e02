// Annual scoring in batches: the batched loader must give, for every pegawai, exactly the numbers the
// explanation endpoint gives (so a whole kabupaten can be scored without one muatKonteks per SKP), and
// fixing the predikat in batches must leave each evaluation as the penilai's "tetapkan" would.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isiPenilaian, type DataPenilaian } from '../../bench/penilaian.ts';
import { hashPassword } from '../../src/auth/password.ts';
import { akun, auditLog, evaluasi, iki, instansi, predikatOrganisasi, realisasi, rhk, skp } from '../../src/db/schema.ts';
import { ratingHasilKerjaPimpinan, type PredikatOrganisasi } from '../../src/domain/index.ts';
import { todayWib } from '../../src/lib/clock.ts';
import { loadActor, type Actor } from '../../src/policy/actor.ts';
import { buildOrg, type BuiltPegawai } from '../../src/seed/org-builder.ts';
import { rng } from '../../src/seed/random.ts';
import { syntheticTree } from '../../src/seed/synthetic.ts';
import { hitungTahunanMassal, muatBersama, skpTahunan, tetapkanTahunanMassal } from '../../src/services/evaluasi/skor-massal.ts';
import { PASSWORD, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { testTargets } from '../support/targets.ts';

let counter = 0;

describe.each(testTargets())('Skor tahunan massal on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let instansiId: string; let data: DataPenilaian; let people: BuiltPegawai[];
  let admin: Client; let actor: Actor;
  let v1Id: string; let v2Id: string; let kepalaSkpId: string;
  /** The batch as computed after the predikat were fixed. */
  let sesudah: Awaited<ReturnType<typeof hitungTahunanMassal>> = [];
  const db = () => app.database.db;
  const penjelasan = async (skpId: string) => {
    const r = await admin.get(`/api/v1/skp/${skpId}/evaluasi/tahunan/0/penjelasan`);
    expect(r.status).toBe(200);
    return r.body;
  };
  const batch = async () => {
    const bersama = await muatBersama(db(), instansiId, data.periodeId);
    return hitungTahunanMassal(db(), instansiId, bersama, await skpTahunan(db(), instansiId, data.periodeId));
  };

  beforeAll(async () => {
    app = await startApp(target);
    const kode = `T-SKOR-${Date.now().toString(36)}${process.pid.toString(36)}${(counter++).toString(36)}`.toUpperCase();
    const [ins] = await db().insert(instansi).values({ kode, nama: 'Kabupaten Uji Skor', jenis: 'KABUPATEN' }).returning();
    instansiId = ins!.id;
    // 40 pegawai: sekda, one OPD with bidang and seksi heads, pelaksana and a few fungsional.
    people = await buildOrg(db(), instansiId, syntheticTree(40), rng(11));
    data = await isiPenilaian(db(), instansiId, rng(12));
    const username = `admin-${kode.toLowerCase()}`;
    const [a] = await db().insert(akun).values({ instansiId, username, passwordHash: await hashPassword(PASSWORD), peran: ['ADMIN'] }).returning();
    actor = await loadActor(db(), a!, false, todayWib());
    admin = await loginAs(app.server, username, PASSWORD);

    // One pegawai revised the SKP in July: the annual evaluation sits on version 2 and spans both; one IKI has no realisasi.
    const staf = people.find((p) => !p.kepala && p.jabatanKode.endsWith('-PEL'))!;
    const [v1] = await db().select().from(skp).where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, staf.id)));
    v1Id = v1!.id;
    await db().update(skp).set({ selesai: `${data.tahun}-06-30` }).where(and(eq(skp.instansiId, instansiId), eq(skp.id, v1Id)));
    const [v2] = await db().insert(skp).values({
      instansiId, periodeId: data.periodeId, pegawaiId: staf.id, versi: 2, model: 'JA_JF', pendekatan: 'KUALITATIF', status: 'DISETUJUI',
      mulai: `${data.tahun}-07-01`, selesai: `${data.tahun}-12-31`, penilaiId: v1!.penilaiId, revisiDariId: v1Id, jenisRevisi: 'MUTASI', alasanRevisi: 'Mutasi tugas',
    }).returning();
    v2Id = v2!.id;
    const [r2] = await db().insert(rhk).values({ instansiId, skpId: v2Id, urutan: 1, jenis: 'UTAMA', uraian: 'Terkelolanya arsip', intervensiTeks: 'RHK atasan' }).returning();
    const k2 = await db().insert(iki).values([
      { instansiId, rhkId: r2!.id, urutan: 1, indikator: 'Jumlah berkas', target: 20, satuan: 'berkas', aspek: 'KUANTITAS' },
      { instansiId, rhkId: r2!.id, urutan: 2, indikator: 'Waktu layanan', target: 5, satuan: 'hari', aspek: 'WAKTU', arah: 'TURUN' },
      { instansiId, rhkId: r2!.id, urutan: 3, indikator: 'Kepuasan pengguna', target: 80, targetAtas: 90, satuan: '%', aspek: 'KUALITAS' },
    ]).returning();
    await db().insert(realisasi).values([
      { instansiId, skpId: v2Id, ikiId: k2[0]!.id, periodeKe: 3, nilai: 9 }, { instansiId, skpId: v2Id, ikiId: k2[0]!.id, periodeKe: 4, nilai: 12 },
      { instansiId, skpId: v2Id, ikiId: k2[1]!.id, periodeKe: 3, nilai: 6 },
    ]);
    await db().insert(evaluasi).values([
      { instansiId, skpId: v2Id, jenis: 'PERIODIK', periodeKe: 3, status: 'PREDIKAT_DITETAPKAN', ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' },
      { instansiId, skpId: v2Id, jenis: 'TAHUNAN', periodeKe: 0, status: 'DINILAI', ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' },
    ]);

    // The OPD head rated against the rule that binds a unit head to the predikat organisasi.
    const kepala = people.find((p) => p.kepala && p.unitKode === 'OPD1')!;
    const [s] = await db().select().from(skp).where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, kepala.id)));
    kepalaSkpId = s!.id;
    const [po] = await db().select().from(predikatOrganisasi).where(eq(predikatOrganisasi.instansiId, instansiId));
    const wajib = ratingHasilKerjaPimpinan(po!.predikat as PredikatOrganisasi);
    await db().update(evaluasi).set({ ratingHasil: wajib === 'DI_BAWAH_EKSPEKTASI' ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI' })
      .where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.skpId, kepalaSkpId), eq(evaluasi.jenis, 'TAHUNAN')));
  });
  afterAll(async () => { await app?.close(); });

  it('computes every annual evaluation exactly as the explanation endpoint does', async () => {
    const list = await batch();
    // One per pegawai, on the latest version only.
    expect(list).toHaveLength(people.length);
    expect(list.map((s) => s.skp.id)).toContain(v2Id);
    expect(list.map((s) => s.skp.id)).not.toContain(v1Id);
    for (const s of list) expect((await penjelasan(s.skp.id)).perhitungan).toEqual(JSON.parse(JSON.stringify(s.perhitungan)));
    // The data reaches every input the loader batches.
    const p = list.map((s) => s.perhitungan);
    expect(p.some((x) => x.pimpinan)).toBe(true);
    expect(p.some((x) => x.organisasi)).toBe(true);
    expect(p.some((x) => x.angkaKredit)).toBe(true);
    expect(p.some((x) => x.celah.length)).toBe(true);
    expect(p.some((x) => x.hasilKerja.some((r) => r.iki.some((k) => k.rumus === 'KHUSUS')))).toBe(true);
    expect(p.some((x) => x.hasilKerja.some((r) => r.iki.some((k) => k.rumus?.startsWith('RANGE'))))).toBe(true);
    expect(list.find((s) => s.skp.id === v2Id)!.perhitungan.saranTahunan!.dari.map((d) => d.label)).toEqual([
      'Triwulan I (SKP versi 1)', 'Triwulan II (SKP versi 1)', 'Triwulan III (SKP versi 1)', 'Triwulan III (SKP versi 2)', 'Triwulan IV (SKP versi 1)',
    ]);
  });

  it('fixes predikat and nilai in batches as "tetapkan" would, and leaves a unit head rated against the rule', async () => {
    const pegawaiActor = { ...actor, peran: new Set(['PEGAWAI'] as const) };
    await expect(tetapkanTahunanMassal(db(), pegawaiActor, data.periodeId)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const seen: string[] = [];
    const hasil = await tetapkanTahunanMassal(db(), actor, data.periodeId, { ukuran: 7, setelahBatch: (l) => seen.push(...l.map((s) => s.skp.id)) });
    expect(hasil).toMatchObject({ skp: people.length, ditetapkan: people.length - 1 });
    expect(hasil.dilewati.map((d) => d.skpId)).toEqual([kepalaSkpId]);
    expect(new Set(seen).size).toBe(people.length);

    const list = await batch();
    sesudah = list;
    for (const s of list) {
      const d = (await admin.get(`/api/v1/skp/${s.skp.id}/evaluasi`)).body;
      if (s.skp.id === kepalaSkpId) {
        expect(d.tahunan).toMatchObject({ status: 'DINILAI', predikat: null, version: 1 });
        continue;
      }
      expect(d.tahunan).toMatchObject({ status: 'PREDIKAT_DITETAPKAN', version: 2, predikat: d.tahunan.ringkasan.predikatMatriks, nilaiNumerik: d.tahunan.ringkasan.nilaiNumerik });
      expect(d.tahunan.predikat).not.toBeNull();
      expect(d.tahunan.nilaiNumerik).not.toBeNull();
      // With the predikat stored (angka kredit now computed), still the same numbers as the API.
      expect((await penjelasan(s.skp.id)).perhitungan).toEqual(JSON.parse(JSON.stringify(s.perhitungan)));
    }
    expect(list.some((s) => s.perhitungan.angkaKredit?.nilai)).toBe(true);
    const [v1Tahunan] = await db().select().from(evaluasi).where(and(eq(evaluasi.instansiId, instansiId), eq(evaluasi.skpId, v1Id), eq(evaluasi.jenis, 'TAHUNAN')));
    expect(v1Tahunan!.status).toBe('DINILAI');
    const logs = await db().select().from(auditLog).where(and(eq(auditLog.instansiId, instansiId), eq(auditLog.aksi, 'TETAPKAN_PREDIKAT')));
    expect(logs).toHaveLength(people.length - 1);
    const log = logs.find((l) => l.entitasId === list.find((s) => s.skp.id === v2Id)!.evaluasi!.id)!;
    expect(log).toMatchObject({ akunId: actor.akunId, entitas: 'evaluasi', sebelum: { status: 'DINILAI', predikat: null } });
    expect(log.sesudah).toMatchObject({ skpId: v2Id, status: 'PREDIKAT_DITETAPKAN', predikat: 'SANGAT_BAIK', massal: true });

    // A second run has nothing left to fix.
    expect(await tetapkanTahunanMassal(db(), actor, data.periodeId)).toMatchObject({ ditetapkan: 0 });
  });

  it('shows a FINAL evaluation with its frozen numbers, as the API does', async () => {
    // The sekda has no penilai in the system, so the admin finalises.
    const sekda = people.find((p) => p.kepala && p.unitKode === 'SETDA')!;
    const s = sesudah.find((x) => x.skp.pegawaiId === sekda.id)!;
    const f = await admin.post(`/api/v1/skp/${s.skp.id}/evaluasi/tahunan/0/final`, { version: s.evaluasi!.version });
    expect(f.status).toBe(200);
    const [lagi] = await hitungTahunanMassal(db(), instansiId, await muatBersama(db(), instansiId, data.periodeId), [s.skp.id]);
    expect(lagi!.evaluasi!.status).toBe('FINAL');
    const p = await penjelasan(s.skp.id);
    expect(p.sumber).toBe('SNAPSHOT');
    expect(p.perhitungan).toEqual(JSON.parse(JSON.stringify(lagi!.perhitungan)));
  });
});
