// Evaluasi kinerja over HTTP on a real database: a quarter and the year from OPEN to FINAL, the matrix
// cells of PermenPANRB 6/2022, who may rate, the frozen document, the explanation's numbers, gaps,
// the unit head bound by the predikat organisasi, JF angka kredit, and the optional suggestion.
// Realisasi rows are written straight into the table as fixtures, so these tests do not depend on
// the realisasi screen's own rules.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvaluasiSnapshot } from '../../src/contracts/evaluasi.ts';
import { auditLog, evaluasi, predikatOrganisasi, realisasi, umpanBalik, unitKerja } from '../../src/db/schema.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { approvedSkp } from '../support/skp.ts';
import { testTargets } from '../support/targets.ts';

const FINAL = 'Evaluasi sudah final; perubahan melalui keberatan/revisi';

describe.each(testTargets())('Evaluasi on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client; let dokter: Client; let kasi: Client; let kabid: Client; let staff: Client; let kabidP2p: Client;
  let dokterId: string; let kasiId: string;
  let skp: any; let kasiSkp: any;
  const tahun = new Date().getFullYear() - 1;
  const db = () => app.database.db;

  const url = (s: { id: string }, jenis: 'periodik' | 'tahunan', ke: number, aksi = '') => `/api/v1/skp/${s.id}/evaluasi/${jenis}/${ke}${aksi ? `/${aksi}` : ''}`;
  const daftar = async (c: Client, s: { id: string } = skp) => {
    const r = await c.get(`/api/v1/skp/${s.id}/evaluasi`);
    expect(r.status).toBe(200);
    return r.body;
  };
  const isi = async (s: any, ke: number, nilai: (number | null)[]) => {
    const ikis = s.rhk.flatMap((r: any) => r.iki);
    const rows = nilai.map((n, i) => ({ n, iki: ikis[i] })).filter((x) => x.n !== null)
      .map((x) => ({ instansiId: t.instansiId, skpId: s.id, ikiId: x.iki.id, periodeKe: ke, nilai: x.n }));
    if (rows.length) await db().insert(realisasi).values(rows);
  };
  /** Owner marks realisasi done, penilai rates and fixes the predikat; returns the evaluation. */
  async function sampaiDitetapkan(owner: Client, penilai: Client, s: any, jenis: 'periodik' | 'tahunan', ke: number, hasil: string, perilaku: string) {
    const d = await daftar(owner, s);
    const ev = jenis === 'tahunan' ? d.tahunan : d.periodik.find((e: any) => e.periodeKe === ke);
    const a = await owner.post(url(s, jenis, ke, 'realisasi-selesai'), { version: ev.version });
    expect(a.status).toBe(200);
    const n = await penilai.put(url(s, jenis, ke, 'nilai'), { version: a.body.evaluasi.version, ratingHasil: hasil, ratingPerilaku: perilaku });
    expect(n.status).toBe(200);
    const p = await penilai.post(url(s, jenis, ke, 'tetapkan'), { version: n.body.evaluasi.version });
    expect(p.status).toBe(200);
    return p.body.evaluasi;
  }

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const dokterP = t.pegawai.find((p) => p.jabatanKode.includes('DOKTER'))!;
    const p2p = t.pegawai.find((p) => p.unitKode === 'DINKES-P2P' && p.kepala)!;
    dokterId = dokterP.id; kasiId = t.kasi.id;
    [admin, dokter, kasi, kabid, staff, kabidP2p] = await Promise.all([
      loginAs(app.server, t.admin, PASSWORD), loginAs(app.server, dokterP.nip, PASSWORD), loginAs(app.server, t.kasi.nip, PASSWORD),
      loginAs(app.server, t.kabid.nip, PASSWORD), loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, p2p.nip, PASSWORD),
    ]);
    const per = await admin.post('/api/v1/periode', { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, frekuensi: 'TRIWULAN' });
    expect(per.status).toBe(201);
    skp = await approvedSkp(dokter, kasi, per.body.id, [{ uraian: 'Terlayaninya pasien rawat jalan', satuan: 'laporan' }, { uraian: 'Tersusunnya laporan surveilans' }]);
    kasiSkp = await approvedSkp(kasi, kabid, per.body.id, [{ uraian: 'Terkelolanya pelayanan kesehatan primer' }]);
  });
  afterAll(async () => { await app?.close(); });

  it('lists one evaluation per quarter and the annual one, created as OPEN, with what each caller may do', async () => {
    const d = await daftar(dokter);
    expect(d).toMatchObject({ tahun, versi: 1, frekuensi: 'TRIWULAN', keterangan: null, pengaturan: { saranAktif: false, modeNumerik: false } });
    expect(d.periodik.map((e: any) => [e.label, e.mulai, e.selesai, e.status])).toEqual([
      ['Triwulan I', `${tahun}-01-01`, `${tahun}-03-31`, 'OPEN'], ['Triwulan II', `${tahun}-04-01`, `${tahun}-06-30`, 'OPEN'],
      ['Triwulan III', `${tahun}-07-01`, `${tahun}-09-30`, 'OPEN'], ['Triwulan IV', `${tahun}-10-01`, `${tahun}-12-31`, 'OPEN'],
    ]);
    expect(d.tahunan).toMatchObject({ jenis: 'TAHUNAN', periodeKe: 0, label: 'Tahunan', status: 'OPEN', mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` });
    expect(d.periodik[0].akses).toEqual({ realisasiSelesai: true, nilai: false, tetapkan: false, final: false, keberatan: false });
    expect(d.periodik[0].ringkasan).toEqual({ capaianRataRata: null, jumlahIki: 2, jumlahCelah: 2, predikatMatriks: null, nilaiNumerik: null, angkaKredit: null });
    expect(d.periodik[0].saranRatingHasil).toBeNull();
    expect((await daftar(kasi)).periodik[0].akses.realisasiSelesai).toBe(false);
    // Reading twice creates nothing new.
    expect((await daftar(kasi)).periodik.map((e: any) => e.id)).toEqual(d.periodik.map((e: any) => e.id));
    // A staff member beside the dokter cannot see the SKP, so not its evaluations either.
    expect((await staff.get(`/api/v1/skp/${skp.id}/evaluasi`)).status).toBe(404);
    expect((await staff.get(url(skp, 'periodik', 1, 'penjelasan'))).status).toBe(404);
    expect((await dokter.get(url(skp, 'periodik', 5, 'penjelasan'))).status).toBe(404);
  });

  it('walks a quarter from OPEN to FINAL: a gap is a warning, only the penilai rates, the matrix gives the predikat', async () => {
    await isi(skp, 1, [13, null]);
    let ev = (await daftar(dokter)).periodik[0];
    const done = await dokter.post(url(skp, 'periodik', 1, 'realisasi-selesai'), { version: ev.version });
    expect(done.status).toBe(200);
    expect(done.body.peringatan).toEqual(['RHK utama 2, IKI 1 (Jumlah dokumen): realisasi Triwulan I belum diisi']);
    ev = done.body.evaluasi;
    expect(ev).toMatchObject({ status: 'REALISASI_DIISI', akses: { realisasiSelesai: false } });
    expect((await dokter.post(url(skp, 'periodik', 1, 'realisasi-selesai'), { version: ev.version - 1 })).status).toBe(409);
    const again = await dokter.post(url(skp, 'periodik', 1, 'realisasi-selesai'), { version: ev.version });
    expect([again.status, again.body.error.message]).toEqual([422, 'Realisasi Triwulan I sudah ditandai selesai diisi']);
    // The penilai sees what they may do; nobody else may rate.
    expect((await daftar(kasi)).periodik[0].akses).toEqual({ realisasiSelesai: false, nilai: true, tetapkan: false, final: false, keberatan: false });
    const rating = { version: ev.version, ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' };
    expect((await dokter.put(url(skp, 'periodik', 1, 'nilai'), rating)).status).toBe(403);
    expect((await kabid.put(url(skp, 'periodik', 1, 'nilai'), rating)).status).toBe(403);
    expect((await admin.put(url(skp, 'periodik', 1, 'nilai'), rating)).status).toBe(403);
    expect((await kabidP2p.put(url(skp, 'periodik', 1, 'nilai'), rating)).status).toBe(404);
    expect((await kasi.put(url(skp, 'periodik', 2, 'nilai'), { ...rating, version: 1 })).body.error.message).toBe('Pegawai belum menandai realisasi Triwulan II selesai diisi');
    expect((await kasi.put(url(skp, 'periodik', 1, 'nilai'), { ...rating, ratingHasil: 'Diatas' })).status).toBe(400);
    expect((await kasi.post(url(skp, 'periodik', 1, 'tetapkan'), { version: ev.version })).body.error.message)
      .toBe('Triwulan I belum dinilai; isi rating hasil kerja dan rating perilaku dahulu');
    const n = await kasi.put(url(skp, 'periodik', 1, 'nilai'), rating);
    expect(n.status).toBe(200);
    expect(n.body.evaluasi).toMatchObject({
      status: 'DINILAI', ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', predikat: null,
      penilai: { id: kasiId }, ringkasan: { predikatMatriks: 'SANGAT_BAIK' }, akses: { nilai: true, tetapkan: true, final: false },
    });
    expect((await kasi.put(url(skp, 'periodik', 1, 'nilai'), rating)).status).toBe(409);
    const p = await kasi.post(url(skp, 'periodik', 1, 'tetapkan'), { version: n.body.evaluasi.version });
    expect(p.body.evaluasi).toMatchObject({ status: 'PREDIKAT_DITETAPKAN', predikat: 'SANGAT_BAIK', akses: { nilai: false, final: true } });
    // Ahli Pertama, Sangat Baik, three months: 3/12 × 150 % × 12,5 = 4,69 (PermenPANRB 1/2023).
    expect(p.body.evaluasi.ringkasan.angkaKredit).toBe(4.69);
    expect((await kasi.put(url(skp, 'periodik', 1, 'nilai'), { ...rating, version: p.body.evaluasi.version })).body.error.message)
      .toBe('Predikat Triwulan I sudah ditetapkan; rating tidak dapat diubah lagi');
    // Umpan balik given during the quarter goes into the document.
    const [pembuka] = await db().insert(umpanBalik).values([
      { instansiId: t.instansiId, skpId: skp.id, rhkId: skp.rhk[0].id, penulisId: kasiId, isi: 'Laporan rawat jalan rapi, pertahankan' },
      { instansiId: t.instansiId, skpId: skp.id, kodeBerakhlak: 'AKUNTABEL', penulisId: kasiId, isi: 'Selalu tepat waktu' },
    ]).returning();
    await db().insert(umpanBalik).values({ instansiId: t.instansiId, skpId: skp.id, balasanUntukId: pembuka!.id, penulisId: dokterId, isi: 'Terima kasih, Pak' });
    expect((await dokter.post(url(skp, 'periodik', 1, 'final'), { version: p.body.evaluasi.version })).status).toBe(403);
    const f = await kasi.post(url(skp, 'periodik', 1, 'final'), { version: p.body.evaluasi.version });
    expect(f.status).toBe(200);
    expect(f.body.evaluasi).toMatchObject({ status: 'FINAL', predikat: 'SANGAT_BAIK', akses: { realisasiSelesai: false, nilai: false, tetapkan: false, final: false } });
    expect(f.body.evaluasi.kodeVerifikasi).toMatch(/^[A-Z2-7]{26}$/);
    // No edit in place after FINAL.
    const v = f.body.evaluasi.version;
    for (const [c, method, aksi, body] of [
      [kasi, 'PUT', 'nilai', { ...rating, version: v }], [kasi, 'POST', 'tetapkan', { version: v }], [kasi, 'POST', 'final', { version: v }],
      [dokter, 'POST', 'realisasi-selesai', { version: v }],
    ] as const) {
      const r = await c.request(method, url(skp, 'periodik', 1, aksi), body);
      expect([aksi, r.status, r.body.error.message]).toEqual([aksi, 422, FINAL]);
    }
    const trail = await db().select().from(auditLog).where(and(eq(auditLog.entitas, 'evaluasi'), eq(auditLog.entitasId, f.body.evaluasi.id)));
    expect(trail.map((a) => a.aksi).sort()).toEqual(['FINAL', 'NILAI', 'REALISASI_SELESAI', 'TETAPKAN_PREDIKAT']);
  });

  it('shows the same numbers in the list, the explanation and the frozen snapshot, and flags the gap', async () => {
    const ev = (await daftar(dokter)).periodik[0];
    const pj = (await dokter.get(url(skp, 'periodik', 1, 'penjelasan'))).body;
    expect(pj).toMatchObject({ evaluasiId: ev.id, sumber: 'SNAPSHOT', status: 'FINAL', label: 'Triwulan I', penilaian: { dinilaiOleh: { id: kasiId } } });
    const [k1] = pj.perhitungan.hasilKerja[0].iki;
    expect(k1).toMatchObject({ realisasi: 13, target: 12, rumus: 'NORMAL', rumusTeks: '13 ÷ 12 × 100 = 108,33%', capaian: 108.33, kategori: 'SANGAT_BAIK', status: 'DIHITUNG', sumberRealisasi: 'Realisasi Triwulan I' });
    expect(pj.perhitungan.hasilKerja[1].iki[0]).toMatchObject({ status: 'CELAH', realisasi: null, capaian: null });
    expect(pj.perhitungan.capaian).toMatchObject({ rataRata: 108.33, dihitung: 1, celah: 1 });
    expect(pj.perhitungan.celah).toHaveLength(1);
    expect(pj.perhitungan.matriks.teks).toBe('Di Atas Ekspektasi × Di Atas Ekspektasi → Sangat Baik');
    expect(pj.perhitungan.aturan.kode).toBe('PERMENPANRB_6_2022');
    expect(pj.perhitungan.angkaKredit).toMatchObject({ jenjang: 'AHLI_PERTAMA', bulan: 3, nilai: 4.69 });

    const [row] = await db().select().from(evaluasi).where(eq(evaluasi.id, ev.id));
    const snap = EvaluasiSnapshot.parse(row!.snapshot);
    expect(snap.perhitungan).toEqual(pj.perhitungan);
    expect([ev.ringkasan.capaianRataRata, pj.perhitungan.capaian.rataRata, snap.perhitungan.capaian.rataRata]).toEqual([108.33, 108.33, 108.33]);
    expect([ev.ringkasan.angkaKredit, snap.angkaKredit]).toEqual([4.69, 4.69]);
    expect(snap).toMatchObject({
      format: 1, jenis: 'PERIODIK', periodeKe: 1, tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-03-31`,
      pegawai: { id: dokterId }, penilai: { id: kasiId }, jabatan: { jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA', kepalaUnit: false },
      ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI', predikat: 'SANGAT_BAIK',
      teks: { predikat: 'Sangat Baik' }, kodeVerifikasi: ev.kodeVerifikasi, penilaian: { dinilaiOleh: { id: kasiId } },
    });
    // The thread of the first RHK, with the pegawai's reply under the penilai's message.
    expect(snap.hasilKerja[0]!.umpanBalik.map((u) => [u.isi, u.penulis.id, !!u.balasanUntukId])).toEqual([
      ['Laporan rawat jalan rapi, pertahankan', kasiId, false], ['Terima kasih, Pak', dokterId, true],
    ]);
    expect(snap.perilaku).toHaveLength(7);
    expect(snap.perilaku.find((p) => p.kode === 'AKUNTABEL')!.umpanBalik.map((u) => u.isi)).toEqual(['Selalu tepat waktu']);

    // A later change to the realisasi does not reach a final document.
    await db().update(realisasi).set({ nilai: 6 }).where(and(eq(realisasi.skpId, skp.id), eq(realisasi.periodeKe, 1)));
    expect((await dokter.get(url(skp, 'periodik', 1, 'penjelasan'))).body.perhitungan.capaian.rataRata).toBe(108.33);
    expect((await daftar(kasi)).periodik[0].ringkasan.capaianRataRata).toBe(108.33);
    // Before FINAL the explanation is computed from current data.
    expect((await dokter.get(url(skp, 'periodik', 2, 'penjelasan'))).body).toMatchObject({ sumber: 'LANGSUNG', status: 'OPEN' });
  });

  it('follows the worked matrix cells: Sesuai × Di Bawah → Kurang/Misconduct, Di Bawah × Sesuai → Butuh Perbaikan', async () => {
    await isi(skp, 2, [12, 12]);
    await isi(skp, 3, [9, 10]);
    await isi(skp, 4, [15, 14]);
    expect((await sampaiDitetapkan(dokter, kasi, skp, 'periodik', 2, 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI')).predikat).toBe('KURANG_MISCONDUCT');
    // Rated once, changed before the predikat is fixed.
    const d = await daftar(dokter);
    const q3 = await dokter.post(url(skp, 'periodik', 3, 'realisasi-selesai'), { version: d.periodik[2].version });
    const first = await kasi.put(url(skp, 'periodik', 3, 'nilai'), { version: q3.body.evaluasi.version, ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' });
    const second = await kasi.put(url(skp, 'periodik', 3, 'nilai'), { version: first.body.evaluasi.version, ratingHasil: 'DI_BAWAH_EKSPEKTASI', ratingPerilaku: 'SESUAI_EKSPEKTASI' });
    const q3p = await kasi.post(url(skp, 'periodik', 3, 'tetapkan'), { version: second.body.evaluasi.version });
    expect(q3p.body.evaluasi).toMatchObject({ predikat: 'BUTUH_PERBAIKAN', ringkasan: { angkaKredit: 2.34 } });
    expect((await sampaiDitetapkan(dokter, kasi, skp, 'periodik', 4, 'DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI')).predikat).toBe('SANGAT_BAIK');
    const pj = (await kasi.get(url(skp, 'periodik', 3, 'penjelasan'))).body.perhitungan;
    expect(pj.matriks.teks).toBe('Di Bawah Ekspektasi × Sesuai Ekspektasi → Butuh Perbaikan');
    expect(pj.hasilKerja[0].iki[0].rumusTeks).toBe('9 ÷ 12 × 100 = 75,00%');
  });

  it('takes the annual evaluation to FINAL with the periods\' predikat as a suggestion only; JF angka kredit 18,75', async () => {
    const d = await daftar(kasi);
    expect(d.tahunan.saranTahunan).toMatchObject({
      dari: [{ label: 'Triwulan I', predikat: 'SANGAT_BAIK' }, { label: 'Triwulan II', predikat: 'KURANG_MISCONDUCT' },
        { label: 'Triwulan III', predikat: 'BUTUH_PERBAIKAN' }, { label: 'Triwulan IV', predikat: 'SANGAT_BAIK' }],
      predikat: 'SANGAT_BAIK', ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI',
    });
    expect(d.tahunan).toMatchObject({ ratingHasil: null, ratingPerilaku: null, ratingHasilWajib: null });
    const done = await dokter.post(url(skp, 'tahunan', 0, 'realisasi-selesai'), { version: d.tahunan.version });
    expect(done.body.peringatan).toEqual(['Evaluasi Triwulan II belum final', 'Evaluasi Triwulan III belum final', 'Evaluasi Triwulan IV belum final']);
    // The annual realisasi is the year to date: counts add up over the quarters.
    const live = (await kasi.get(url(skp, 'tahunan', 0, 'penjelasan'))).body.perhitungan;
    expect(live.hasilKerja[0].iki[0]).toMatchObject({ realisasi: 6 + 12 + 9 + 15, sumberRealisasi: 'Jumlah realisasi s.d. Triwulan IV' });
    const n = await kasi.put(url(skp, 'tahunan', 0, 'nilai'), { version: done.body.evaluasi.version, ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' });
    const p = await kasi.post(url(skp, 'tahunan', 0, 'tetapkan'), { version: n.body.evaluasi.version });
    expect(p.body.evaluasi).toMatchObject({ predikat: 'SANGAT_BAIK', ringkasan: { angkaKredit: 18.75 } });
    const f = await kasi.post(url(skp, 'tahunan', 0, 'final'), { version: p.body.evaluasi.version });
    expect(f.body.evaluasi).toMatchObject({ status: 'FINAL', predikat: 'SANGAT_BAIK', ringkasan: { angkaKredit: 18.75 } });
    const pj = (await dokter.get(url(skp, 'tahunan', 0, 'penjelasan'))).body;
    expect(pj.perhitungan.angkaKredit).toMatchObject({ bulan: 12, persenKonversi: 150, koefisien: 12.5, nilai: 18.75 });
    expect(pj.perhitungan.angkaKredit.teks).toBe('Angka kredit = (12 ÷ 12) × 150% (Sangat Baik) × 12,5 (koefisien Ahli Pertama) = 18,75 (PermenPANRB 1/2023).');
    const [row] = await db().select().from(evaluasi).where(eq(evaluasi.id, f.body.evaluasi.id));
    expect(EvaluasiSnapshot.parse(row!.snapshot)).toMatchObject({ jenis: 'TAHUNAN', angkaKredit: 18.75, perhitungan: pj.perhitungan });
  });

  it('binds a unit head\'s annual rating hasil kerja to the predikat organisasi (Baik → Sesuai Ekspektasi)', async () => {
    const [unit] = await db().select().from(unitKerja).where(and(eq(unitKerja.instansiId, t.instansiId), eq(unitKerja.kode, 'DINKES-YANKES-PRIMER')));
    await db().insert(predikatOrganisasi).values({ instansiId: t.instansiId, unitKerjaId: unit!.id, tahun, predikat: 'BAIK' });
    const d = await daftar(kabid, kasiSkp);
    expect(d.tahunan).toMatchObject({ ratingHasilWajib: 'SESUAI_EKSPEKTASI', saranTahunan: { predikat: null, ratingHasil: 'SESUAI_EKSPEKTASI' } });
    const done = await kasi.post(url(kasiSkp, 'tahunan', 0, 'realisasi-selesai'), { version: d.tahunan.version });
    const wrong = await kabid.put(url(kasiSkp, 'tahunan', 0, 'nilai'), { version: done.body.evaluasi.version, ratingHasil: 'DI_ATAS_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.fields.ratingHasil).toMatch(/Predikat kinerja organisasi \d{4}: Baik, sehingga rating hasil kerjanya Sesuai Ekspektasi/);
    const ok = await kabid.put(url(kasiSkp, 'tahunan', 0, 'nilai'), { version: done.body.evaluasi.version, ratingHasil: 'SESUAI_EKSPEKTASI', ratingPerilaku: 'DI_ATAS_EKSPEKTASI' });
    expect(ok.status).toBe(200);
    const p = await kabid.post(url(kasiSkp, 'tahunan', 0, 'tetapkan'), { version: ok.body.evaluasi.version });
    expect(p.body.evaluasi.predikat).toBe('BAIK');
    const pj = (await kabid.get(url(kasiSkp, 'tahunan', 0, 'penjelasan'))).body.perhitungan;
    expect(pj.pimpinan).toMatchObject({ unitKerja: unit!.nama, predikatOrganisasi: 'BAIK', ratingHasilWajib: 'SESUAI_EKSPEKTASI' });
    // The dokter's annual document was frozen before the org predikat was set, and stays as it was.
    expect((await kasi.get(url(skp, 'tahunan', 0, 'penjelasan'))).body.perhitungan.organisasi).toBeNull();
  });

  it('suggests a rating hasil kerja only when the admin turns it on; numeric mode shows the 8/2021 nilai too', async () => {
    expect((await daftar(kasi)).periodik[1].saranRatingHasil).toBeNull();
    expect((await dokter.get('/api/v1/pengaturan-penilaian')).status).toBe(403);
    const cur = await admin.get('/api/v1/pengaturan-penilaian');
    expect(cur.body).toMatchObject({ saranAktif: false, ambangDiAtas: 110, ambangSesuai: 90, modeNumerik: false, version: 1 });
    const terbalik = await admin.put('/api/v1/pengaturan-penilaian', { saranAktif: true, ambangDiAtas: 90, ambangSesuai: 100, modeNumerik: false, version: 1 });
    expect(terbalik.body.error.details.fields.ambangDiAtas).toBe('Ambang Di Atas Ekspektasi harus lebih tinggi dari ambang Sesuai Ekspektasi');
    const nol = await admin.put('/api/v1/pengaturan-penilaian', { saranAktif: true, ambangDiAtas: 110, ambangSesuai: 0, modeNumerik: false, version: 1 });
    expect(nol.body.error.details.fields.ambangSesuai).toBe('Ambang Sesuai Ekspektasi harus lebih dari 0%');
    const ok = await admin.put('/api/v1/pengaturan-penilaian', { saranAktif: true, ambangDiAtas: 110, ambangSesuai: 90, modeNumerik: true, version: 1 });
    expect(ok.body).toMatchObject({ saranAktif: true, modeNumerik: true, version: 2 });
    expect((await admin.put('/api/v1/pengaturan-penilaian', { saranAktif: false, ambangDiAtas: 110, ambangSesuai: 90, modeNumerik: false, version: 1 })).status).toBe(409);
    const d = await daftar(kasi);
    expect(d.pengaturan).toEqual({ saranAktif: true, modeNumerik: true });
    // Triwulan II: 12 of 12 twice → 100 % → Sesuai Ekspektasi; nilai capaian IKI 109 (PermenPANRB 8/2021).
    expect(d.periodik[1]).toMatchObject({ saranRatingHasil: 'SESUAI_EKSPEKTASI', ringkasan: { capaianRataRata: 100, nilaiNumerik: 109 } });
    // Triwulan IV: (125 + 116,67) ÷ 2 = 120,84 % → Di Atas Ekspektasi.
    expect(d.periodik[3]).toMatchObject({ saranRatingHasil: 'DI_ATAS_EKSPEKTASI', ringkasan: { capaianRataRata: 120.84 } });
    // The final documents keep what they were frozen with.
    expect(d.periodik[0]).toMatchObject({ saranRatingHasil: null, ringkasan: { nilaiNumerik: null } });
    const pj = (await kasi.get(url(skp, 'periodik', 2, 'penjelasan'))).body.perhitungan;
    expect(pj.saran.teks).toBe('Rata-rata capaian 100,00% ≥ ambang Sesuai Ekspektasi 90% dan < 110% → saran rating hasil kerja: Sesuai Ekspektasi. Hanya saran; pejabat penilai yang menentukan.');
    expect(pj.nilaiNumerik).toEqual({ nilai: 109, teks: 'Nilai capaian SKP = rata-rata nilai capaian IKI (PermenPANRB 8/2021) = (109 + 109) ÷ 2 = 109' });
    // The suggestion never changes the stored rating.
    expect(d.periodik[1].ratingHasil).toBe('SESUAI_EKSPEKTASI');
  });

  it('refuses evaluation of an SKP that is not approved and of a locked periode', async () => {
    const kadis = await loginAs(app.server, t.kepalaDinas.nip, PASSWORD);
    const periodes = (await admin.get('/api/v1/periode')).body;
    const now = periodes.find((p: any) => p.tahun === tahun + 1);
    const draft = (await kadis.post('/api/v1/skp', { periodeId: now.id })).body;
    const d = await daftar(kadis, draft);
    expect(d).toMatchObject({ periodik: [], tahunan: null, keterangan: 'SKP belum disetujui; evaluasi dimulai setelah SKP disetujui pejabat penilai' });
    expect((await kadis.post(url(draft, 'periodik', 1, 'realisasi-selesai'), { version: 1 })).status).toBe(422);
    const per = periodes.find((p: any) => p.tahun === tahun);
    expect((await admin.post(`/api/v1/periode/${per.id}/kunci`, { version: per.version })).status).toBe(200);
    const ev = (await daftar(kabid, kasiSkp)).tahunan;
    expect(ev.akses.final).toBe(false);
    const r = await kabid.post(url(kasiSkp, 'tahunan', 0, 'final'), { version: ev.version });
    expect([r.status, r.body.error.message]).toEqual([422, 'Periode kinerja sudah dikunci; evaluasi tidak dapat diubah']);
  });
});
