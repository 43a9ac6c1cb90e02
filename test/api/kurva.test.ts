// Predikat kinerja organisasi, the kurva distribusi check and calibration over HTTP (SE MenPANRB 3/2023,
// skp-rules.md §6.3, §6.4 worked examples with n = 10, §13.3 tiny units, §14.3 override with a reason).
// Annual evaluations are fixtures written straight to the database: their workflow is tested elsewhere.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, evaluasi, skp } from '../../src/db/schema.ts';
import type { PredikatKinerja, Rating } from '../../src/domain/enums.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const A: Rating = 'DI_ATAS_EKSPEKTASI';
const S: Rating = 'SESUAI_EKSPEKTASI';
const D: Rating = 'DI_BAWAH_EKSPEKTASI';
/** Ratings that give each predikat in the 3×3 matrix (skp-rules.md §6.2). */
const RATING: Record<PredikatKinerja, [Rating, Rating]> = {
  SANGAT_BAIK: [A, A], BAIK: [A, S], BUTUH_PERBAIKAN: [D, S], KURANG_MISCONDUCT: [S, D], SANGAT_KURANG: [D, D],
};
const counts = (k: { distribusi: { jumlah: number }[] }) => k.distribusi.map((d) => d.jumlah);

describe.each(testTargets())('kurva distribusi on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let kadis: Client; let kabid: Client; let kasi: Client; let staff: Client; let adminLain: Client;
  const tahun = new Date().getFullYear() - 1;
  let periodeId: string;
  let primer: string; let yankes: string; let disdikSek: string;
  /** The ten pegawai the kasi Yankes Primer evaluates, with their annual evaluation. */
  const tim: { pegawaiId: string; evaluasiId: string }[] = [];
  const db = () => app.database.db;

  async function tahunan(pegawaiId: string, penilaiId: string, predikat: PredikatKinerja, skpId?: string) {
    let id = skpId;
    if (!id) {
      const [row] = await db().insert(skp).values({
        instansiId: t.instansiId, periodeId, pegawaiId, model: 'JA_JF', pendekatan: 'KUALITATIF', status: 'DISETUJUI',
        mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, penilaiId,
      }).returning();
      id = row!.id;
    }
    const [hasil, perilaku] = RATING[predikat];
    const [e] = await db().insert(evaluasi).values({
      instansiId: t.instansiId, skpId: id, jenis: 'TAHUNAN', periodeKe: 0, status: 'PREDIKAT_DITETAPKAN',
      ratingHasil: hasil, ratingPerilaku: perilaku, predikat, penilaiId,
    }).returning();
    return e!.id;
  }

  /** Rewrites the fixture: predikat (and matching ratings unless given) and status per evaluation. */
  async function atur(evaluasiId: string, predikat: PredikatKinerja, o: { status?: string; rating?: [Rating, Rating] } = {}) {
    const [hasil, perilaku] = o.rating ?? RATING[predikat];
    await db().update(evaluasi).set({ predikat, ratingHasil: hasil, ratingPerilaku: perilaku, status: o.status ?? 'PREDIKAT_DITETAPKAN' })
      .where(and(eq(evaluasi.instansiId, t.instansiId), eq(evaluasi.id, evaluasiId)));
  }
  async function aturSemua(sebaran: [PredikatKinerja, number][]) {
    const urut = sebaran.flatMap(([p, n]) => Array<PredikatKinerja>(n).fill(p));
    for (const [k, m] of tim.entries()) await atur(m.evaluasiId, urut[k]!);
  }
  const evaluasiRow = async (id: string) =>
    (await db().select().from(evaluasi).where(and(eq(evaluasi.instansiId, t.instansiId), eq(evaluasi.id, id))))[0]!;
  const auditOf = async (entitasId: string) =>
    db().select().from(auditLog).where(and(eq(auditLog.instansiId, t.instansiId), eq(auditLog.entitasId, entitasId))).orderBy(auditLog.id);
  const kurvaUrl = (unit: string) => `/api/v1/kurva/${unit}/${tahun}`;

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const lain = await newTenant(app);
    [admin, kadis, kabid, kasi, staff, adminLain] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, t.kepalaDinas.nip, PASSWORD), loginAs(app.server, t.kabid.nip, PASSWORD),
      loginAs(app.server, t.kasi.nip, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, lain.admin, PASSWORD),
    ]);
    const p = await admin.post('/api/v1/periode', { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` });
    expect(p.status).toBe(201);
    periodeId = p.body.id;
    const units = (await admin.get('/api/v1/unit-kerja')).body as { id: string; kode: string }[];
    const unit = (kode: string) => units.find((u) => u.kode === kode)!.id;
    [primer, yankes, disdikSek] = [unit('DINKES-YANKES-PRIMER'), unit('DINKES-YANKES'), unit('DISDIK-SEK')];

    // n = 10 for the worked examples: the five demo staff of the seksi plus five more added by the admin.
    const jabatan = ((await admin.get(`/api/v1/jabatan?unitKerjaId=${primer}`)).body as { id: string; kepalaUnit: boolean; jenis: string }[])
      .find((j) => !j.kepalaUnit && j.jenis === 'PELAKSANA')!;
    const baru: string[] = [];
    for (let k = 1; k <= 5; k++) {
      const r = await admin.post('/api/v1/pegawai', { nip: `199001152015011${900 + k}`, nama: `Pegawai Tambahan ${k}`, jabatanId: jabatan.id, unitKerjaId: primer });
      expect(r.status).toBe(201);
      baru.push(r.body.id);
    }
    // Two through the real SKP workflow in last year's periode, the rest written directly.
    const staf = t.pegawai.filter((x) => x.unitKode === 'DINKES-YANKES-PRIMER' && !x.kepala);
    expect(staf).toHaveLength(5);
    for (const [k, x] of staf.entries()) {
      const skpId = k < 2 ? (await approvedSkp(await loginAs(app.server, x.nip, PASSWORD), kasi, periodeId, [{ uraian: `Layanan primer ${k + 1}` }])).id : undefined;
      tim.push({ pegawaiId: x.id, evaluasiId: await tahunan(x.id, t.kasi.id, 'BAIK', skpId) });
    }
    for (const id of baru) tim.push({ pegawaiId: id, evaluasiId: await tahunan(id, t.kasi.id, 'BAIK') });
    // The kasi's own annual evaluation is by the kabid: it belongs to the bidang's kurva, not the seksi's.
    await tahunan(t.kasi.id, t.kabid.id, 'BAIK');
    // A tiny unit: the two staff of the Sekretariat Dinas Pendidikan.
    const sekretaris = t.pegawai.find((x) => x.unitKode === 'DISDIK-SEK' && x.kepala)!;
    for (const x of t.pegawai.filter((y) => y.unitKode === 'DISDIK-SEK' && !y.kepala)) await tahunan(x.id, sekretaris.id, 'BAIK');
    await aturSemua([['SANGAT_BAIK', 2], ['BAIK', 6], ['BUTUH_PERBAIKAN', 1], ['SANGAT_KURANG', 1]]);
  });
  afterAll(async () => { await app?.close(); });

  it('lists the child units to set and the own unit to calibrate; a plain pegawai handles none', async () => {
    const k = (await kabid.get(`/api/v1/predikat-organisasi?tahun=${tahun}`)).body as any[];
    expect(k.find((u) => u.unitKerjaId === primer)).toMatchObject({ n: 10, status: 'BELUM_DITETAPKAN', akses: { menetapkan: true, kalibrasi: true, mengabaikan: true } });
    expect(k.find((u) => u.unitKerjaId === yankes)).toMatchObject({ n: 1, akses: { menetapkan: false, kalibrasi: true, mengabaikan: false } });
    expect(k.find((u) => u.unitKerjaId === disdikSek)).toBeUndefined();
    const s = (await kasi.get(`/api/v1/predikat-organisasi?tahun=${tahun}`)).body as any[];
    expect(s.map((u) => u.unitKerjaId)).toEqual([primer]);
    expect(s[0].kepala).toEqual([{ pegawaiId: t.kasi.id, nama: expect.stringContaining(t.kasi.nama), jenis: 'DEFINITIF' }]);
    expect((await staff.get(`/api/v1/predikat-organisasi?tahun=${tahun}`)).body).toEqual([]);
    const all = (await admin.get(`/api/v1/predikat-organisasi?tahun=${tahun}`)).body as any[];
    expect(all.length).toBe((await admin.get('/api/v1/unit-kerja')).body.length);
  });

  it('explains that the org predikat comes first, and still shows the distribution', async () => {
    const r = await kasi.get(kurvaUrl(primer));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ penetapan: null, status: 'BELUM_DITETAPKAN', n: 10, cek: null, usulan: null, ratingHasilKerjaPimpinan: null });
    expect(r.body.catatan[0]).toMatch(/belum ditetapkan\. Pimpinan Bidang Pelayanan Kesehatan menetapkannya lebih dulu/);
    expect(counts(r.body)).toEqual([2, 6, 1, 0, 1]);
    expect(r.body.pegawai.map((x: { pegawaiId: string }) => x.pegawaiId).sort()).toEqual(tim.map((m) => m.pegawaiId).sort());
    expect(r.body.pegawai.every((x: { dapatDikalibrasi: boolean; jabatan: string }) => x.dapatDikalibrasi && x.jabatan)).toBe(true);
    // Two levels up is not the pimpinan who sets it.
    expect((await kadis.get(kurvaUrl(primer))).status).toBe(403);
  });

  it('lets only the pimpinan one level up (or the admin on their behalf) set the org predikat, with versions', async () => {
    expect((await staff.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'BAIK' })).status).toBe(403);
    const own = await kasi.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'ISTIMEWA' });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/pimpinan satu tingkat di atas/);
    const r = await kabid.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'ISTIMEWA', alasan: 'Capaian perjanjian kinerja 112 %' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ predikat: 'ISTIMEWA', version: 1, ratingHasilKerjaPimpinan: 'DI_ATAS_EKSPEKTASI', override: null });
    expect(r.body.ditetapkanOleh).toContain(t.kabid.nama);
    // A second "first" write, or one on an old version, loses: someone set it meanwhile.
    const again = await kabid.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'BAIK' });
    expect(again.status).toBe(409);
    expect(again.body.error.details.current).toMatchObject({ predikat: 'ISTIMEWA', version: 1 });
    const ok = await kabid.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'BAIK', alasan: 'Setelah reviu inspektorat', version: 1 });
    expect(ok.body).toMatchObject({ predikat: 'BAIK', version: 2, ratingHasilKerjaPimpinan: 'SESUAI_EKSPEKTASI' });
    expect((await kabid.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'KURANG', version: 1 })).status).toBe(409);
    const trail = await auditOf(`${primer}:${tahun}`);
    expect(trail.map((a) => a.aksi)).toEqual(['CREATE', 'UPDATE']);
    expect(trail[1]!.sebelum).toMatchObject({ predikat: 'ISTIMEWA' });
    expect(trail[1]!.sesudah).toMatchObject({ predikat: 'BAIK', alasan: 'Setelah reviu inspektorat', sebagai: 'PIMPINAN' });

    // The admin records the kepala dinas's decision for the bidang; the audit says on whose behalf.
    const a = await admin.put(`/api/v1/predikat-organisasi/${yankes}/${tahun}`, { predikat: 'BAIK', alasan: 'Nota dinas kepala dinas' });
    expect(a.status).toBe(200);
    const [rec] = await auditOf(`${yankes}:${tahun}`);
    expect(rec!.sesudah).toMatchObject({ sebagai: 'ADMIN', atasNama: [{ pegawaiId: t.kepalaDinas.id, jenis: 'DEFINITIF' }] });
  });

  it('accepts Baik with SB 2, B 6, BP 1, K 0, SK 1 (first worked example of §6.4) and tells the head their rating hasil kerja', async () => {
    const r = await kasi.get(kurvaUrl(primer));
    expect(r.body).toMatchObject({
      status: 'SESUAI', n: 10, cek: { sesuai: true, pelanggaran: [], peringatan: [] }, usulan: null,
      ratingHasilKerjaPimpinan: 'SESUAI_EKSPEKTASI', akses: { menetapkan: false, kalibrasi: true, mengabaikan: false },
    });
    expect(r.body.distribusi.map((d: { persen: number }) => d.persen)).toEqual([20, 60, 10, 0, 10]);
  });

  let usulan: any;
  let sasaran: string; let final: string;
  it('finds too many Baik in SB 1, B 8, BP 1 and proposes moving the weakest open Baik to Butuh Perbaikan', async () => {
    await aturSemua([['SANGAT_BAIK', 1], ['BAIK', 8], ['BUTUH_PERBAIKAN', 1]]);
    // Among the Baik: one final with the weakest ratings, one open with the next weakest, the rest stronger.
    final = tim[1]!.evaluasiId;
    sasaran = tim[2]!.evaluasiId;
    await atur(final, 'BAIK', { status: 'FINAL', rating: [S, S] });
    await atur(sasaran, 'BAIK', { rating: [A, S] });
    for (const m of tim.slice(3, 9)) await atur(m.evaluasiId, 'BAIK', { rating: [S, A] });
    const r = await kasi.get(kurvaUrl(primer));
    expect(r.body.status).toBe('TIDAK_SESUAI');
    expect(counts(r.body)).toEqual([1, 8, 1, 0, 0]);
    expect(r.body.cek.pelanggaran).toEqual([{
      aturan: 'MAKSIMAL', predikat: ['BAIK'], batas: 7, aktual: 8,
      pesan: 'Predikat Baik paling banyak 70% dari 10 pegawai (7 orang); saat ini 8 orang.',
    }]);
    usulan = r.body.usulan;
    expect(usulan).toMatchObject({ mungkin: true, jumlahDipindah: 1, dapatDiterapkan: true, langkah: [{ dari: 'BAIK', ke: 'BUTUH_PERBAIKAN', jumlah: 1 }] });
    expect(usulan.perubahan).toEqual([{ evaluasiId: sasaran, pegawaiId: tim[2]!.pegawaiId, nama: expect.any(String), dari: 'BAIK', ke: 'BUTUH_PERBAIKAN' }]);
    expect(usulan.hasil.map((h: { jumlah: number }) => h.jumlah)).toEqual([1, 7, 2, 0, 0]);
    expect(r.body.pegawai.find((x: { evaluasiId: string }) => x.evaluasiId === final)).toMatchObject({ status: 'FINAL', dapatDikalibrasi: false });
  });

  it('refuses calibration by a plain pegawai and leaves final evaluations alone (all or nothing)', async () => {
    const body = { perubahan: [{ evaluasiId: sasaran, predikat: 'BUTUH_PERBAIKAN' }], alasan: 'Menyesuaikan pola distribusi' };
    expect((await staff.post(`${kurvaUrl(primer)}/kalibrasi`, body)).status).toBe(403);
    const before = await evaluasiRow(sasaran);
    const r = await kasi.post(`${kurvaUrl(primer)}/kalibrasi`, {
      ...body, perubahan: [...body.perubahan, { evaluasiId: final, predikat: 'BUTUH_PERBAIKAN' }],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.message).toMatch(/sudah final; predikatnya tidak dapat diubah lewat kalibrasi\. Tidak ada predikat yang diubah\./);
    expect(await evaluasiRow(final)).toMatchObject({ predikat: 'BAIK', status: 'FINAL', version: 1 });
    expect(await evaluasiRow(sasaran)).toMatchObject({ predikat: 'BAIK', version: before.version });
    // An evaluation outside this unit's group is refused too.
    const kasiOwn = (await db().select().from(evaluasi).where(and(eq(evaluasi.instansiId, t.instansiId), eq(evaluasi.penilaiId, t.kabid.id))))[0]!;
    const outside = await kasi.post(`${kurvaUrl(primer)}/kalibrasi`, { ...body, perubahan: [{ evaluasiId: kasiOwn.id, predikat: 'SANGAT_BAIK' }] });
    expect(outside.status).toBe(422);
    expect(outside.body.error.message).toMatch(/bukan evaluasi tahunan/);
    const short = await kasi.post(`${kurvaUrl(primer)}/kalibrasi`, { ...body, alasan: 'pola' });
    expect(short.status).toBe(400);
  });

  it('applies the proposal in one transaction, bumps versions, and audits before/after with the reason', async () => {
    const alasan = 'Menyesuaikan pola distribusi predikat organisasi Baik (SE MenPANRB 3/2023)';
    const v = (await evaluasiRow(sasaran)).version;
    const stale = await kasi.post(`${kurvaUrl(primer)}/kalibrasi`, {
      perubahan: usulan.perubahan.map((p: { evaluasiId: string; ke: string }) => ({ evaluasiId: p.evaluasiId, predikat: p.ke, version: v + 5 })), alasan,
    });
    expect(stale.status).toBe(409);
    const r = await kasi.post(`${kurvaUrl(primer)}/kalibrasi`, {
      perubahan: usulan.perubahan.map((p: { evaluasiId: string; ke: string }) => ({ evaluasiId: p.evaluasiId, predikat: p.ke, version: v })), alasan, version: 2,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'SESUAI', cek: { sesuai: true }, usulan: null });
    expect(counts(r.body)).toEqual([1, 7, 2, 0, 0]);
    expect(await evaluasiRow(sasaran)).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', version: v + 1, diubahOleh: t.kasi.nip, status: 'PREDIKAT_DITETAPKAN' });
    expect(await evaluasiRow(final)).toMatchObject({ predikat: 'BAIK', version: 1 });
    const [row] = await auditOf(sasaran);
    expect(row).toMatchObject({ entitas: 'evaluasi', aksi: 'KALIBRASI', sebelum: { predikat: 'BAIK', version: v } });
    expect(row!.sesudah).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', version: v + 1, alasan, unitKerjaId: primer, tahun });
    const ringkas = (await auditOf(`${primer}:${tahun}`)).find((a) => a.aksi === 'KALIBRASI')!;
    expect(ringkas.sebelum).toMatchObject({ distribusi: { SANGAT_BAIK: 1, BAIK: 8, BUTUH_PERBAIKAN: 1 } });
    expect(ringkas.sesudah).toMatchObject({ alasan, distribusi: { BAIK: 7, BUTUH_PERBAIKAN: 2 }, perubahan: [{ evaluasiId: sasaran, dari: 'BAIK', ke: 'BUTUH_PERBAIKAN' }] });
    // Nothing left to change.
    const same = await kasi.post(`${kurvaUrl(primer)}/kalibrasi`, { perubahan: [{ evaluasiId: sasaran, predikat: 'BUTUH_PERBAIKAN' }], alasan });
    expect(same.status).toBe(422);
  });

  it('records an override with its reason, by the pimpinan one level up only; a new org predikat drops it', async () => {
    await aturSemua([['SANGAT_BAIK', 3], ['BAIK', 7]]);
    const r = await kasi.get(kurvaUrl(primer));
    expect(r.body.cek.pelanggaran.map((p: { pesan: string }) => p.pesan)).toEqual(['Harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct; saat ini tidak ada.']);
    const alasan = 'Seluruh pegawai mencapai target perjanjian kinerja; dibahas dengan inspektorat';
    expect((await kasi.post(`${kurvaUrl(primer)}/override`, { alasan })).status).toBe(403);
    expect((await staff.post(`${kurvaUrl(primer)}/override`, { alasan })).status).toBe(403);
    expect((await kabid.post(`${kurvaUrl(primer)}/override`, { alasan: 'karena' })).status).toBe(400);
    const o = await kabid.post(`${kurvaUrl(primer)}/override`, { alasan });
    expect(o.status).toBe(200);
    expect(o.body).toMatchObject({ status: 'DIABAIKAN', penetapan: { version: 3, override: { alasan, oleh: expect.stringContaining(t.kabid.nama) } } });
    const rec = (await auditOf(`${primer}:${tahun}`)).find((a) => a.aksi === 'ABAIKAN_KURVA')!;
    expect(rec.sesudah).toMatchObject({ kurvaOverrideAlasan: alasan, predikatOrganisasi: 'BAIK', pelanggaran: [expect.stringMatching(/^Harus ada pegawai/)] });
    expect((await kabid.get(`/api/v1/predikat-organisasi?tahun=${tahun}`)).body.find((u: { unitKerjaId: string }) => u.unitKerjaId === primer).status).toBe('DIABAIKAN');
    const ubah = await kabid.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'ISTIMEWA', version: 3 });
    expect(ubah.body).toMatchObject({ predikat: 'ISTIMEWA', override: null });
    expect((await kasi.get(kurvaUrl(primer))).body.status).toBe('SESUAI');
    // Nothing to override once the distribution fits.
    expect((await kabid.post(`${kurvaUrl(primer)}/override`, { alasan })).status).toBe(422);
  });

  it('says plainly when a tiny unit cannot meet the pola', async () => {
    expect((await admin.put(`/api/v1/predikat-organisasi/${disdikSek}/${tahun}`, { predikat: 'KURANG', alasan: 'Keputusan kepala dinas' })).status).toBe(200);
    const r = await admin.get(kurvaUrl(disdikSek));
    expect(r.body).toMatchObject({ n: 2, status: 'TIDAK_SESUAI', usulan: { mungkin: false } });
    expect(r.body.usulan.alasan).toMatch(/Kurang tidak dapat dipenuhi oleh 2 pegawai/);
    expect(r.body.catatan.join(' ')).toMatch(/Hanya 2 pegawai yang dinilai di unit ini/);
  });

  it('keeps every unit of another instansi out of reach (404)', async () => {
    expect((await adminLain.get(kurvaUrl(primer))).status).toBe(404);
    expect((await adminLain.put(`/api/v1/predikat-organisasi/${primer}/${tahun}`, { predikat: 'BAIK' })).status).toBe(404);
    expect((await adminLain.post(`${kurvaUrl(primer)}/kalibrasi`, { perubahan: [{ evaluasiId: sasaran, predikat: 'BAIK' }], alasan: 'Dari instansi lain' })).status).toBe(404);
    expect((await adminLain.post(`${kurvaUrl(primer)}/override`, { alasan: 'Dari instansi lain sekali' })).status).toBe(404);
    const list = (await adminLain.get(`/api/v1/predikat-organisasi?tahun=${tahun}`)).body as { unitKerjaId: string }[];
    expect(list.some((u) => u.unitKerjaId === primer)).toBe(false);
  });
});
