import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { csv, xlsx } from '../support/sheets.ts';
import { testTargets } from '../support/targets.ts';

async function runImport(c: Client, jenis: string, file: Buffer, namaFile: string) {
  const r = await c.request('POST', `/api/v1/import/${jenis}?namaFile=${encodeURIComponent(namaFile)}`, undefined, { raw: file });
  expect(r.status).toBe(202);
  for (let i = 0; i < 600; i++) {
    const j = (await c.get(`/api/v1/import/${r.body.id}`)).body;
    if (j.status === 'SELESAI' || j.status === 'GAGAL') return j;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('import did not finish');
}

describe.each(testTargets())('import on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let admin: Client;
  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    admin = await loginAs(app.server, t.admin, PASSWORD);
  });
  afterAll(async () => { await app?.close(); });

  it('imports units (parents named later in the file), jabatan and pegawai, reporting each bad row', async () => {
    const units = await runImport(admin, 'unit-kerja', csv(['Kode', 'Nama', 'Kode Induk'], [
      ['DISHUB-LL', 'Bidang Lalu Lintas', 'DISHUB'],
      ['DISHUB', 'Dinas Perhubungan', 'SETDA'],
      ['', 'Tanpa Kode', 'SETDA'],
      ['DISHUB-X', 'Induk Hilang', 'TIDAK-ADA'],
    ]), 'unit.csv');
    expect(units).toMatchObject({ status: 'SELESAI', total: 4, ditambah: 2, ditolak: 2 });
    expect(units.laporan.map((r: { baris: number }) => r.baris)).toEqual([4, 5]);
    expect(units.laporan[1].alasan[0]).toMatch(/TIDAK-ADA tidak ditemukan/);

    const jab = await runImport(admin, 'jabatan', await xlsx(['Kode', 'Nama', 'Jenis', 'Jenjang', 'Kelas Jabatan', 'Kode Unit', 'Kepala Unit'], [
      ['DISHUB-KADIS', 'Kepala Dinas Perhubungan', 'JPT Pratama', '', 14, 'DISHUB', 'ya'],
      ['DISHUB-LL-KABID', 'Kepala Bidang Lalu Lintas', 'administrator', '', 11, 'DISHUB-LL', 'ya'],
      ['DISHUB-LL-PENG', 'Pengatur Lalu Lintas', 'PELAKSANA', '', 6, 'DISHUB-LL', ''],
      ['DISHUB-LL-BAD', 'Kelas Salah', 'PELAKSANA', '', 20, 'DISHUB-LL', ''],
    ]), 'jabatan.xlsx');
    expect(jab).toMatchObject({ status: 'SELESAI', ditambah: 3, ditolak: 1 });
    expect(jab.laporan[0].alasan.join()).toMatch(/Kelas jabatan 1 sampai 17/);

    const header = ['NIP', 'Nama', 'Gelar Belakang', 'Golongan', 'Kode Jabatan', 'Status'];
    const rows = [
      ['197805122003121004', 'Hendra Gunawan', 'S.T.', 'IV/a', 'DISHUB-KADIS', 'AKTIF'],
      ['198811302014032001', 'Rina Marlina', 'S.E.', 'III/d', 'DISHUB-LL-KABID', 'aktif'],
      ['199103032019031002', 'Sri Wahyuni', '', 'III/a', 'DISHUB-LL-PENG', ''],
      ['199013132019031002', 'Bulan Salah', '', '', 'DISHUB-LL-PENG', ''],
      ['199103032019031002', 'Ganda', '', '', 'DISHUB-LL-PENG', ''],
      ['199204042020121003', 'Tanpa Jabatan', '', '', 'TIDAK-ADA', ''],
    ];
    const peg = await runImport(admin, 'pegawai', await xlsx(header, rows), 'pegawai.xlsx');
    expect(peg).toMatchObject({ status: 'SELESAI', total: 6, ditambah: 3, diperbarui: 0, ditolak: 3 });
    expect(peg.laporan.map((r: { baris: number }) => r.baris)).toEqual([5, 6, 7]);
    expect(peg.laporan[0].alasan.join()).toMatch(/NIP: .*[Bb]ulan/);
    expect(peg.laporan[1].alasan.join()).toMatch(/lebih dari sekali/);
    expect(peg.laporan[2].alasan.join()).toMatch(/TIDAK-ADA tidak ditemukan/);

    const staff = (await admin.get('/api/v1/pegawai?q=199103032019031002')).body.items[0];
    expect(staff.atasan.nip).toBe('198811302014032001');

    // The same file again: the same rows are updated, nothing is created twice.
    const total = (await admin.get('/api/v1/pegawai?pageSize=1')).body.total;
    const again = await runImport(admin, 'pegawai', await xlsx(header, rows), 'pegawai.xlsx');
    expect(again).toMatchObject({ status: 'SELESAI', ditambah: 0, diperbarui: 3, ditolak: 3 });
    expect((await admin.get('/api/v1/pegawai?pageSize=1')).body.total).toBe(total);
  });

  it('refuses NIPs that Excel stored as numbers (their last digits are already lost)', async () => {
    const r = await runImport(admin, 'pegawai', await xlsx(['NIP', 'Nama', 'Kode Jabatan'], [['198001012005011001', 'Angka', 'DISHUB-LL-PENG']], { nipAsNumber: true }), 'angka.xlsx');
    expect(r).toMatchObject({ status: 'SELESAI', ditambah: 0, ditolak: 1 });
    expect(r.laporan[0].alasan.join()).toMatch(/format kolom NIP sebagai Teks/);
  });

  it('applies the same golongan rule as the form: PPPK use I–XVII', async () => {
    const r = await runImport(admin, 'pegawai', csv(['NIP', 'Nama', 'Golongan', 'Kode Jabatan'], [['200012312024211001', 'Andi', 'III/a', 'DISHUB-LL-PENG']]), 'pppk.csv');
    expect(r).toMatchObject({ status: 'SELESAI', ditambah: 0, ditolak: 1 });
    expect(r.laporan[0].alasan).toEqual(['golongan: PPPK memakai golongan I sampai XVII']);
  });

  it('fails a file with missing columns or unreadable content and changes nothing', async () => {
    const before = (await admin.get('/api/v1/pegawai?pageSize=1')).body.total;
    const missing = await runImport(admin, 'pegawai', csv(['NIP', 'Nama'], [['197805122003121004', 'X']]), 'kurang.csv');
    expect(missing.status).toBe('GAGAL');
    expect(missing.pesan).toMatch(/Kolom wajib tidak ada: Kode Jabatan/);
    const garbage = await runImport(admin, 'pegawai', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0, 0, 9]), 'rusak.xlsx');
    expect(garbage.status).toBe('GAGAL');
    expect((await admin.get('/api/v1/pegawai?pageSize=1')).body.total).toBe(before);
  });

  it('serves templates, and only admins may import or read import jobs', async () => {
    const tpl = await admin.get('/api/v1/import/template/pegawai?format=csv');
    expect(tpl.status).toBe(200);
    expect(String(tpl.body)).toMatch(/^NIP,Nama,/);
    const x = await admin.get('/api/v1/import/template/jabatan');
    expect(x.headers['content-type']).toMatch(/spreadsheetml/);
    const staff = await loginAs(app.server, t.staff.nip, PASSWORD);
    const r = await staff.request('POST', '/api/v1/import/pegawai?namaFile=a.csv', undefined, { raw: csv(['NIP'], [['1']]) });
    expect(r.status).toBe(403);
    const jobs = (await admin.get('/api/v1/import')).body;
    expect((await staff.get(`/api/v1/import/${jobs[0].id}`)).status).toBe(403);
    expect((await staff.get('/api/v1/import/template/pegawai')).status).toBe(403);
  });
});
