// The printed SKP (PermenPANRB 6/2022 form) over HTTP: who may print it, what the PDF says, and the layout
// rules that do not need a database (models, targets, revisions, approval).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Skp } from '../../src/contracts/skp.ts';
import { BERAKHLAK } from '../../src/domain/berakhlak.ts';
import { namaBerkasSkp, renderSkpPdf, tanggalIndonesia, targetTeks } from '../../src/services/skp/skp-pdf.ts';
import { PASSWORD, newTenant, startApp } from '../support/app.ts';
import { loginAs, type Client } from '../support/client.ts';
import { pdfText } from '../support/pdf-text.ts';
import { testTargets } from '../support/targets.ts';

const LAMPIRAN = {
  dukunganSumberDaya: 'Anggaran DPA Dinas Kesehatan\nTenaga pendamping akreditasi',
  skemaPertanggungjawaban: 'Laporan triwulan kepada Sekretaris Daerah',
  konsekuensi: 'Sesuai ketentuan peraturan perundang-undangan',
};
const RHK = 'Meningkatnya mutu pelayanan kesehatan dasar di seluruh puskesmas';

/** The raw PDF bytes; the JSON test client would decode them as text. */
async function getPdf(server: FastifyInstance, c: Client, id: string) {
  const r = await server.inject({ method: 'GET', url: `/api/v1/skp/${id}/pdf`, headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: r.statusCode, headers: r.headers, body: r.rawPayload };
}

describe.each(testTargets())('SKP print on $name', (target) => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let t: Awaited<ReturnType<typeof newTenant>>;
  let kadis: Client; let sekda: Client; let staff: Client; let otherAdmin: Client;
  let skp: Skp;

  beforeAll(async () => {
    app = await startApp(target);
    t = await newTenant(app);
    const other = await newTenant(app);
    [kadis, sekda, staff, otherAdmin] = await Promise.all([
      loginAs(app.server, t.kepalaDinas.nip, PASSWORD), loginAs(app.server, t.sekda.nip, PASSWORD),
      loginAs(app.server, t.staff.nip, PASSWORD), loginAs(app.server, other.admin, PASSWORD),
    ]);
    const periodeId = (await kadis.get('/api/v1/periode')).body[0].id;
    const created = (await kadis.post('/api/v1/skp', { periodeId })).body;
    const saved = await kadis.put(`/api/v1/skp/${created.id}`, {
      rhk: [{
        jenis: 'UTAMA', uraian: RHK,
        iki: [{ indikator: 'Persentase puskesmas terakreditasi paripurna', target: 61.95, satuan: '%', perspektif: 'PENERIMA_LAYANAN' }],
        rencanaAksi: [{ bulan: 1, uraian: 'Menyusun rencana pembinaan akreditasi' }],
      }],
      lampiran: LAMPIRAN, version: created.version,
    });
    expect(saved.status).toBe(200);
    skp = saved.body;
  });
  afterAll(async () => { await app?.close(); });

  it('gives the owner an inline PDF of the draft, marked as not approved', async () => {
    const r = await getPdf(app.server, kadis, skp.id);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe(`inline; filename="SKP-${skp.tahun}-${t.kepalaDinas.nip}-v1.pdf"`);
    expect(r.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(r.body);
    expect(text).toContain('SASARAN KINERJA PEGAWAI');
    expect(text).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(text).toContain(RHK);
    expect(text).toContain('61,95 %');
    expect(text).toContain('Penerima Layanan');
    expect(text).toContain('Menyusun rencana pembinaan akreditasi');
    expect(text).toContain('Januari');
    expect(text).toContain(skp.pegawai.nip);
    expect(text.replace(/\s/g, '')).toContain(t.kepalaDinas.nip);
    expect(text).toContain(skp.penilai!.nama);
    expect(text).toContain('DRAFT – belum disetujui');
    expect(text).toContain('Tenaga pendamping akreditasi');
    expect(text).toContain(`1 Januari ${skp.tahun} s.d. 31 Desember ${skp.tahun}`);
  });

  it('lets the penilai print it, and hides it from anyone outside the chain or the instansi', async () => {
    expect((await getPdf(app.server, sekda, skp.id)).status).toBe(200);
    expect((await getPdf(app.server, staff, skp.id)).status).toBe(404);
    expect((await getPdf(app.server, otherAdmin, skp.id)).status).toBe(404);
  });

  it('prints the approved plan without the draft mark, dated on the day of approval', async () => {
    const a = await kadis.post(`/api/v1/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(a.status).toBe(200);
    expect(await pdfText((await getPdf(app.server, sekda, skp.id)).body)).toContain('status: diajukan');
    const ok = await sekda.post(`/api/v1/skp/${skp.id}/setujui`, { version: a.body.version });
    expect(ok.body.status).toBe('DISETUJUI');
    const text = await pdfText((await getPdf(app.server, kadis, skp.id)).body);
    expect(text).not.toContain('DRAFT');
    const hari = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(ok.body.disetujuiAt));
    expect(text).toContain(tanggalIndonesia(hari));
  });
});

describe('SKP print layout', () => {
  const pegawai = { id: '00000000-0000-4000-8000-000000000001', nama: 'Siti Rahmawati, S.KM.', nip: '19850312 201001 2 015', golongan: 'III/d', jabatan: 'Kepala Seksi Pelayanan Kesehatan Primer', unitKerja: 'Seksi Pelayanan Kesehatan Primer' };
  const iki = (indikator: string, aspek: Skp['rhk'][number]['iki'][number]['aspek'], target: number, satuan: string, targetAtas: number | null = null) =>
    ({ id: '00000000-0000-4000-8000-000000000010', aspek, indikator, target, targetAtas, satuan, arah: 'NAIK' as const, perspektif: null });
  const base: Skp = {
    id: '00000000-0000-4000-8000-000000000002', periodeId: '00000000-0000-4000-8000-000000000003', tahun: 2026, versi: 2,
    model: 'JA_JF', pendekatan: 'KUANTITATIF', status: 'DISETUJUI', mulai: '2026-07-01', selesai: '2026-12-31',
    pegawai, penilai: null, atasanPenilai: null, penilaiSumber: 'ORG', penilaiAlasan: null,
    rhk: [
      { id: '00000000-0000-4000-8000-000000000004', jenis: 'UTAMA', uraian: 'Tersusunnya standar pelayanan puskesmas', intervensiRhkId: null,
        intervensiUraian: 'Meningkatnya tata kelola pelayanan kesehatan', intervensiTeks: null,
        iki: [iki('Jumlah SOP yang ditetapkan', 'KUANTITAS', 4, 'dokumen'), iki('Kepatuhan puskesmas terhadap SOP', 'KUALITAS', 80, '%', 90)],
        rencanaAksi: [{ id: '00000000-0000-4000-8000-000000000005', bulan: 8, uraian: 'Uji publik SOP' }] },
      { id: '00000000-0000-4000-8000-000000000006', jenis: 'TAMBAHAN', uraian: 'Terlaksananya tugas sekretaris tim stunting', intervensiRhkId: null,
        intervensiUraian: null, intervensiTeks: null, iki: [iki('Jumlah laporan rapat', 'KUANTITAS', 1234.5, 'laporan')], rencanaAksi: [] },
    ],
    lampiran: { dukunganSumberDaya: '1. Anggaran\n2. Kendaraan', skemaPertanggungjawaban: '', konsekuensi: 'Sesuai ketentuan' },
    ekspektasi: { AKUNTABEL: 'Laporan lengkap dengan bukti dukung' },
    catatanPengembalian: null, revisiDariId: '00000000-0000-4000-8000-000000000007', jenisRevisi: 'MUTASI', alasanRevisi: 'Pindah ke seksi lain',
    diajukanAt: '2026-06-30T02:00:00.000Z', disetujuiAt: '2026-06-29T18:00:00.000Z', updatedAt: '2026-06-29T18:00:00.000Z', diubahOleh: null, version: 4,
    kekurangan: [], akses: { ubah: false, ajukan: false, setujui: false, kembalikan: false, revisi: true, ubahEkspektasi: false, ubahPenilai: false },
    versiLain: [], rhkAtasan: [],
  };

  it('writes targets the Indonesian way, ranges with a dash', () => {
    expect(targetTeks({ target: 61.95, targetAtas: null, satuan: '%' })).toBe('61,95 %');
    expect(targetTeks({ target: 80, targetAtas: 90, satuan: '%' })).toBe('80–90 %');
    expect(targetTeks({ target: 1234.5, targetAtas: null, satuan: 'laporan' })).toBe('1.234,5 laporan');
    expect(targetTeks({ target: null, targetAtas: null, satuan: '%' })).toBe('-');
    expect(tanggalIndonesia('2026-08-17')).toBe('17 Agustus 2026');
    expect(namaBerkasSkp(base)).toBe('SKP-2026-198503122010012015-v2.pdf');
  });

  it('lays out a kuantitatif JA/JF revision: aspek column, both sections, every BerAKHLAK value, approval date', async () => {
    const text = await pdfText(await renderSkpPdf(base, 'Pemerintah Kabupaten Sukamaju'));
    for (const s of [
      'PENDEKATAN HASIL KERJA KUANTITATIF BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL', 'PEMERINTAH KABUPATEN SUKAMAJU',
      'Rencana Hasil Kerja Pimpinan yang Diintervensi', 'Meningkatnya tata kelola pelayanan kesehatan', 'A. UTAMA', 'B. TAMBAHAN',
      'Aspek', 'Kuantitas', 'Kualitas', '4 dokumen', '80–90 %', '1.234,5 laporan', 'Penata Tingkat I, III/d',
      'Versi 2 (revisi: mutasi) berlaku 1 Juli 2026 s.d. 31 Desember 2026', 'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'DUKUNGAN SUMBER DAYA', 'SKEMA PERTANGGUNGJAWABAN', 'KONSEKUENSI', 'Kendaraan', 'Agustus', 'Uji publik SOP',
      'Laporan lengkap dengan bukti dukung', 'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja', '30 Juni 2026',
      ...BERAKHLAK.flatMap((n) => [n.label, n.panduan[0]]),
    ]) expect(text, s).toContain(s);
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('1. Anggaran');
  });

  it('keeps every row of a long plan, however the pages break', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...base.rhk[0]!, uraian: `RHK nomor ${i + 1} ${'dengan uraian panjang '.repeat(i % 7 === 0 ? 60 : 3)}`,
      iki: Array.from({ length: i % 5 === 0 ? 40 : 2 }, (__, j) => iki(`Indikator ${i + 1}.${j + 1}`, 'KUANTITAS', j + 1, 'dokumen')),
    }));
    const text = await pdfText(await renderSkpPdf({ ...base, pendekatan: 'KUALITATIF', rhk: many }, 'Pemerintah Kabupaten Sukamaju'));
    many.forEach((r, i) => {
      expect(text).toContain(`RHK nomor ${i + 1} `);
      r.iki.forEach((_, j) => expect(text).toMatch(new RegExp(`Indikator ${i + 1}\\.${j + 1}(?!\\d)`)));
    });
    expect(text).not.toContain('Aspek');
  });
});
