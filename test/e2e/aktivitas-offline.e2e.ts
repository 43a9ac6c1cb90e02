// Browser test of daily activities as a staff member lives them: log a day on a 360-px phone, lose
// the signal, log two more (one with a photo) that wait on the phone, get the signal back and see
// them sent once; then the atasan accepts fifty at once and returns one with a note; a long queue
// draws the people after the first screens too; an entry saved after the session ended is sent
// once after signing in again in the dialog.
// Env: E2E_BASE_URL, E2E_PASSWORD, E2E_LOGINS (role label → username, from the server's start-up list).
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type Api } from './api.ts';
import { skpDisetujui } from './evaluasi-fixture.ts';
import { type Browser, demoLogin, DESKTOP, launchBrowser, PHONE, screenshot, signInAs } from './browser.ts';

const BASE = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3100';
const PASSWORD = process.env['E2E_PASSWORD'] ?? process.env['E2E_ADMIN_PASSWORD'] ?? '';
const STAF = 'Staf (pelaksana)';
const ATASAN = 'Kepala Seksi Primer';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const RHK = 'Tersedianya data kunjungan pasien yang mutakhir';

const login = demoLogin;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
/** A past day of this year (today itself in the first days of January, when there is none). */
const daysBefore = (n: number) => {
  const d = new Date(Date.parse(today()) - n * 86_400_000).toISOString().slice(0, 10);
  return d.slice(0, 4) === today().slice(0, 4) ? d : today();
};

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let staf: Api;

const shot = (name: string, fullPage = true) => screenshot(page, name, fullPage);

const signIn = (label: string) => signInAs(page, BASE, login(label), PASSWORD);

async function logActivity(uraian: string, o: { photo?: boolean } = {}) {
  await page.getByRole('combobox', { name: 'RHK' }).click();
  await page.getByRole('option', { name: new RegExp(RHK) }).first().click();
  await page.getByLabel('Apa yang dikerjakan').fill(uraian);
  await page.getByLabel('Jumlah output').fill('2');
  await page.getByLabel('Satuan', { exact: true }).fill('laporan');
  await page.getByLabel('Durasi (menit)').fill('45');
  if (o.photo) {
    await page.locator('input[type="file"][accept^="image"]').first().setInputFiles({ name: 'foto-kegiatan.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('foto-kegiatan', { exact: false }).first().waitFor();
  }
  await page.getByRole('button', { name: 'Simpan aktivitas' }).click();
  await page.getByText(uraian).first().waitFor();
}

describe('daily activities on a phone, offline, and bulk verification', () => {
  beforeAll(async () => {
    // The staff needs an approved SKP to log against; the kasi approves it.
    staf = await apiAs(login(STAF), PASSWORD);
    const periodeId = (await staf.get('/periode')).find((p: { tahun: number }) => p.tahun === new Date().getFullYear()).id;
    let s = await staf.post('/skp', { periodeId });
    const atasanRhk = s.rhkAtasan[0]?.id ?? null;
    s = await staf.put(`/skp/${s.id}`, {
      rhk: [{ uraian: RHK, intervensiRhkId: atasanRhk, intervensiTeks: atasanRhk ? null : 'Tersedianya data pelayanan kesehatan primer', iki: [{ indikator: 'Jumlah laporan data kunjungan', target: 12, satuan: 'laporan' }] }],
      lampiran: { dukunganSumberDaya: 'Komputer dan SIMPUS', skemaPertanggungjawaban: 'Laporan bulanan', konsekuensi: 'Sesuai ketentuan' }, version: s.version,
    });
    s = await staf.post(`/skp/${s.id}/ajukan`, { version: s.version });
    await (await apiAs(login(ATASAN), PASSWORD)).post(`/skp/${s.id}/setujui`, { version: s.version });
    browser = await launchBrowser(PHONE);
    context = browser.context;
    page = browser.page;
  });
  afterAll(async () => { await browser?.close(); });

  it('logs a day on a phone, then two more offline with a photo, synced once when back online', async () => {
    // Records the durability of each IndexedDB write the page opens, to check the outbox's below.
    await context.addInitScript(() => {
      const writes: string[] = [];
      const w = window as unknown as { outboxWrites: string[]; persistAsked: number };
      w.outboxWrites = writes;
      w.persistAsked = 0;
      const persist = StorageManager.prototype.persist;
      StorageManager.prototype.persist = function (this: StorageManager) { w.persistAsked++; return persist.call(this); };
      const open = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
        const tx = open.apply(this, args);
        if (args[1] === 'readwrite' && [args[0]].flat().includes('outbox')) writes.push(tx.durability);
        return tx;
      } as IDBDatabase['transaction'];
    });
    await signIn(STAF);
    await page.goto(`${BASE}/aktivitas`);
    await page.getByRole('heading', { level: 1, name: 'Aktivitas Harian' }).waitFor();
    // The service worker controls the page from the next load on: that is what works offline.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aktivitas Harian' }).waitFor();
    await expect(page.evaluate(() => !!navigator.serviceWorker.controller)).resolves.toBe(true);

    await logActivity('Merekap data kunjungan pasien poli umum');
    // Sent at once while online: the per-entry badge goes away.
    await page.getByText('Belum terkirim', { exact: true }).first().waitFor({ state: 'detached', timeout: 30_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('aktivitas-360');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aktivitas Harian' }).waitFor();
    await page.getByText('Anda sedang luring (tanpa sinyal)').waitFor();
    await logActivity('Memverifikasi data rujukan puskesmas', { photo: true });
    await logActivity('Menyusun laporan kunjungan mingguan');
    await page.getByText('2 aktivitas belum terkirim').waitFor();
    // Kept on the phone with strict durability: on storage, not only in the system's cache.
    const writes = await page.evaluate(() => (window as unknown as { outboxWrites: string[] }).outboxWrites);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(writes)).toEqual(new Set(['strict']));
    // And the browser is asked not to clear the storage holding them when space runs low.
    expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBeGreaterThanOrEqual(1);
    await shot('aktivitas-luring-360');
    // Every other page says so too, and leads back to the activities.
    await page.goto(`${BASE}/skp`);
    const strip = page.getByRole('status').filter({ hasText: '2 aktivitas belum terkirim' });
    await strip.waitFor();
    // A page whose data is not on the phone says it waits for the signal, rather than spinning silently.
    await page.getByText('Menunggu sinyal…').waitFor();
    await shot('indikator-luring-360');
    await strip.getByRole('link', { name: 'Lihat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktivitas Harian' }).waitFor();

    await context.setOffline(false);
    await page.getByText('2 aktivitas belum terkirim').waitFor({ state: 'detached', timeout: 60_000 });
    // Sending goes on in the background (entries first, then the photo): wait until the server has it all.
    const onServer = () => staf.get(`/aktivitas?dari=${today()}&sampai=${today()}`);
    await expect.poll(async () => (await onServer()).flatMap((a: { bukti: unknown[] }) => a.bukti).length, { timeout: 60_000, interval: 500 }).toBe(1);
    await page.getByText(/^(Belum terkirim|Mengirim…)$/).first().waitFor({ state: 'detached', timeout: 30_000 });
    await shot('aktivitas-terkirim-360');
    // The server has each entry exactly once, the photo with the one it was taken for.
    const mine = await onServer();
    expect(mine.map((a: { uraian: string }) => a.uraian).sort()).toEqual([
      'Memverifikasi data rujukan puskesmas', 'Menyusun laporan kunjungan mingguan', 'Merekap data kunjungan pasien poli umum',
    ]);
    // Ids made on the phone follow its clock (UUID v7): sorted, they give the order the entries were logged in.
    for (const a of mine) expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/);
    expect([...mine].sort((a, b) => (a.id < b.id ? -1 : 1)).map((a: { uraian: string }) => a.uraian)).toEqual([
      'Merekap data kunjungan pasien poli umum', 'Memverifikasi data rujukan puskesmas', 'Menyusun laporan kunjungan mingguan',
    ]);
    const withPhoto = mine.find((a: { uraian: string }) => a.uraian === 'Memverifikasi data rujukan puskesmas');
    expect(withPhoto.bukti).toEqual([expect.objectContaining({ jenis: 'BERKAS', mime: expect.stringMatching(/^image\//) })]);
  });

  it('the atasan accepts fifty in one go and returns one with a note, which the staff sees', async () => {
    // 48 more waiting entries, as a month of routine work synced from the phone.
    const y = new Date().getFullYear();
    const rhkId = (await staf.get(`/aktivitas/pilihan-rhk?tanggal=${today()}`))[0].rhkId;
    const items = Array.from({ length: 48 }, (_, i) => ({
      id: crypto.randomUUID(),
      data: { tanggal: daysBefore(1 + (i % 24)), rhkId, uraian: `Input data kunjungan hari ke-${i + 1}`, jumlah: 1, satuan: 'laporan', menit: 30 },
    }));
    const sync = await staf.post('/aktivitas/sinkron', { items });
    expect(sync.hasil.every((h: { hasil: string }) => h.hasil === 'DIBUAT')).toBe(true);

    await page.setViewportSize(DESKTOP);
    await signIn(ATASAN);
    await page.goto(`${BASE}/verifikasi`);
    await page.getByRole('heading', { level: 1, name: 'Verifikasi Aktivitas' }).waitFor();
    await page.getByText('51 aktivitas dari 1 pegawai').waitFor();
    await page.getByRole('checkbox', { name: 'Pilih: Menyusun laporan kunjungan mingguan' }).check();
    await page.getByRole('button', { name: 'Kembalikan yang dipilih' }).click();
    await page.getByRole('dialog').getByLabel('Catatan untuk pegawai').fill('Lampirkan laporan mingguannya sebagai bukti.');
    await page.getByRole('dialog').getByRole('button', { name: 'Kembalikan (1)' }).click();
    await page.getByText('1 aktivitas dikembalikan.').waitFor();
    await page.getByText('50 aktivitas dari 1 pegawai').waitFor();
    await page.getByRole('checkbox', { name: 'Pilih semua', exact: true }).check();
    await shot('verifikasi-50-dipilih');
    await page.getByRole('button', { name: 'Terima yang dipilih' }).click();
    await page.getByText('50 aktivitas diterima.').waitFor();
    await page.getByText('Tidak ada aktivitas yang menunggu verifikasi.').waitFor();

    const all = await staf.get(`/aktivitas?dari=${y}-01-01&sampai=${today()}`);
    expect(all.filter((a: { status: string }) => a.status === 'DITERIMA')).toHaveLength(50);
    const back = all.filter((a: { status: string }) => a.status === 'DITOLAK');
    expect(back.map((a: { uraian: string; catatanVerifikasi: string }) => [a.uraian, a.catatanVerifikasi]))
      .toEqual([['Menyusun laporan kunjungan mingguan', 'Lampirkan laporan mingguannya sebagai bukti.']]);
    const rekap = await staf.get(`/aktivitas/rekap?tahun=${y}`);
    expect(rekap.reduce((n: number, r: { banyak: number }) => n + r.banyak, 0)).toBe(50);

    await page.setViewportSize(PHONE);
    await signIn(STAF);
    await page.goto(`${BASE}/aktivitas`);
    await page.getByText('Lampirkan laporan mingguannya sebagai bukti.').waitFor();
    await page.getByRole('button', { name: 'Perbaiki' }).first().waitFor();
    await shot('aktivitas-dikembalikan-360');
  });

  it('a long queue shows whoever waited longest at once and draws everyone else after', async () => {
    // The staff's fourteen older entries fill the first paint; a colleague's two come after them.
    const atasan = await apiAs(login(ATASAN), PASSWORD);
    const me = (await atasan.get('/me')).pegawai;
    const rekan = (await atasan.get<{ nip: string; namaLengkap: string; punyaAkun: boolean }[]>(`/pegawai/${me.id}/bawahan`))
      .filter((p) => p.punyaAkun && p.nip !== login(STAF)).at(-1)!;
    const rekanApi = await apiAs(rekan.nip, PASSWORD);
    const periodeId = (await rekanApi.get('/periode')).find((p: { tahun: number }) => p.tahun === new Date().getFullYear()).id;
    const skp = await skpDisetujui(rekanApi, atasan, periodeId, [{
      uraian: 'Terlaksananya pengolahan data layanan primer', intervensiTeks: 'Meningkatnya mutu data pelayanan kesehatan primer',
      iki: [{ indikator: 'Jumlah laporan pengolahan data', target: 12, satuan: 'laporan' }],
    }]);
    const entry = (tanggal: string, rhkId: string, uraian: string) => ({ id: crypto.randomUUID(), data: { tanggal, rhkId, uraian, jumlah: 1, satuan: 'laporan', menit: 30 } });
    const rhkStaf = (await staf.get(`/aktivitas/pilihan-rhk?tanggal=${today()}`))[0].rhkId;
    const synced = [
      await staf.post('/aktivitas/sinkron', { items: Array.from({ length: 14 }, (_, i) => entry(daysBefore(30 + i), rhkStaf, `Rekap kunjungan pekan ke-${i + 1}`)) }),
      await rekanApi.post('/aktivitas/sinkron', { items: [entry(daysBefore(1), skp.rhk[0]!.id, 'Mengolah data layanan primer'), entry(daysBefore(2), skp.rhk[0]!.id, 'Memeriksa kelengkapan data layanan')] }),
    ].flatMap((r) => r.hasil.map((h: { hasil: string }) => h.hasil));
    expect(synced).toEqual(Array(16).fill('DIBUAT'));

    await page.setViewportSize(PHONE);
    await signIn(ATASAN);
    await page.goto(`${BASE}/verifikasi`);
    const first = page.getByRole('heading', { level: 2 }).first();
    await first.waitFor();
    // The staff's fourteen come first, so the colleague is past the first paint.
    expect(await first.textContent()).not.toBe(rekan.namaLengkap);
    await page.getByRole('heading', { level: 2, name: rekan.namaLengkap }).waitFor();
    const orang = await page.locator('.vf-orang').count();
    await page.getByText(new RegExp(`aktivitas dari ${orang} pegawai$`)).waitFor();
    await page.getByRole('checkbox', { name: `Pilih semua aktivitas ${rekan.namaLengkap}`, exact: true }).check();
    await page.getByText('2 dipilih', { exact: true }).waitFor();
  });

  it('an activity saved after the session ended waits on the phone and is sent once after signing in again', async () => {
    await page.setViewportSize(PHONE);
    await signIn(STAF);
    await page.goto(`${BASE}/aktivitas`);
    await page.getByRole('heading', { level: 1, name: 'Aktivitas Harian' }).waitFor();
    await context.clearCookies();
    await logActivity('Mengolah data imunisasi anak sekolah');
    const sesi = page.getByRole('dialog', { name: 'Sesi Anda berakhir' });
    await sesi.waitFor();
    // The entry is kept on the phone, and the form getting ready for the next one leaves the focus in the dialog.
    await page.getByText('Aktivitas disimpan di perangkat ini dan akan dikirim otomatis saat ada sinyal.').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await sesi.getByLabel('Kata sandi').fill(PASSWORD);
    await sesi.getByRole('button', { name: 'Masuk kembali' }).click();
    await sesi.waitFor({ state: 'detached' });
    const sent = async () => (await staf.get(`/aktivitas?dari=${today()}&sampai=${today()}`))
      .filter((a: { uraian: string }) => a.uraian === 'Mengolah data imunisasi anak sekolah').length;
    await expect.poll(sent, { timeout: 60_000, interval: 500 }).toBe(1);
    await page.getByText(/^(Belum terkirim|Mengirim…)$/).first().waitFor({ state: 'detached', timeout: 30_000 });
    expect(await sent()).toBe(1);
  });
});
