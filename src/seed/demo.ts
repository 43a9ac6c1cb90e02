// The demo kabupaten: Sekretariat Daerah over four dinas/badan, with bidang, seksi and subbag,
// pelaksana, fungsional and PPPK staff (about 60 pegawai), an admin and a superadmin.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { akun, instansi, periode } from '../db/schema.ts';
import { hashPassword } from '../auth/password.ts';
import { buildOrg, type BuiltPegawai, type UnitSpec } from './org-builder.ts';
import { hashString, rng } from './random.ts';

const pelaksana = (kode: string, nama: string, count: number, kelas = 7) => ({ kode, nama, jenis: 'PELAKSANA', kelas, count });
const fungsional = (kode: string, nama: string, jenjang: string, kelas: number, count: number) => ({ kode, nama, jenis: 'FUNGSIONAL', jenjang, kelas, count });
const subunit = (kode: string, nama: string, kepala: string, jenis: 'ADMINISTRATOR' | 'PENGAWAS', staff: UnitSpec['staff'], children: UnitSpec[] = []): UnitSpec =>
  ({ kode, nama, kepala: { nama: kepala, jenis, kelas: jenis === 'ADMINISTRATOR' ? 11 : 9 }, staff, children });

export function demoTree(): UnitSpec[] {
  return [{
    kode: 'SETDA', nama: 'Sekretariat Daerah', kepala: { nama: 'Sekretaris Daerah', jenis: 'JPT_PRATAMA', kelas: 15 }, staff: [],
    children: [
      subunit('SETDA-ORG', 'Bagian Organisasi', 'Kepala Bagian Organisasi', 'ADMINISTRATOR',
        [fungsional('AK', 'Analis Kebijakan Ahli Muda', 'AHLI_MUDA', 9, 1), pelaksana('PENG', 'Pengadministrasi Perkantoran', 2)]),
      {
        kode: 'DINKES', nama: 'Dinas Kesehatan', kepala: { nama: 'Kepala Dinas Kesehatan', jenis: 'JPT_PRATAMA', kelas: 14 }, staff: [],
        children: [
          subunit('DINKES-SEK', 'Sekretariat Dinas Kesehatan', 'Sekretaris Dinas Kesehatan', 'ADMINISTRATOR', [], [
            subunit('DINKES-UMPEG', 'Subbagian Umum dan Kepegawaian', 'Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS',
              [pelaksana('PENG', 'Pengadministrasi Perkantoran', 2), { ...pelaksana('OPR', 'Operator Layanan Operasional', 1, 5), pppk: true }]),
          ]),
          subunit('DINKES-YANKES', 'Bidang Pelayanan Kesehatan', 'Kepala Bidang Pelayanan Kesehatan', 'ADMINISTRATOR',
            [fungsional('ADMKES', 'Administrator Kesehatan Ahli Muda', 'AHLI_MUDA', 9, 2)], [
            subunit('DINKES-YANKES-PRIMER', 'Seksi Pelayanan Kesehatan Primer', 'Kepala Seksi Pelayanan Kesehatan Primer', 'PENGAWAS',
              [pelaksana('PENG', 'Pengolah Data dan Informasi', 3, 7), fungsional('DOKTER', 'Dokter Ahli Pertama', 'AHLI_PERTAMA', 9, 1), fungsional('PERAWAT', 'Perawat Terampil', 'TERAMPIL', 6, 1)]),
          ]),
          subunit('DINKES-P2P', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', 'ADMINISTRATOR',
            [fungsional('EPID', 'Epidemiolog Kesehatan Ahli Muda', 'AHLI_MUDA', 10, 1)], [
              subunit('DINKES-P2P-SURV', 'Seksi Surveilans dan Imunisasi', 'Kepala Seksi Surveilans dan Imunisasi', 'PENGAWAS',
                [pelaksana('PENG', 'Pengelola Data Surveilans', 2, 7), fungsional('SAN', 'Sanitarian Terampil', 'TERAMPIL', 6, 1)]),
            ]),
        ],
      },
      {
        kode: 'DISDIK', nama: 'Dinas Pendidikan', kepala: { nama: 'Kepala Dinas Pendidikan', jenis: 'JPT_PRATAMA', kelas: 14 }, staff: [],
        children: [
          subunit('DISDIK-SEK', 'Sekretariat Dinas Pendidikan', 'Sekretaris Dinas Pendidikan', 'ADMINISTRATOR', [pelaksana('PENG', 'Pengadministrasi Umum', 2)]),
          subunit('DISDIK-SD', 'Bidang Pembinaan Sekolah Dasar', 'Kepala Bidang Pembinaan Sekolah Dasar', 'ADMINISTRATOR',
            [fungsional('PENGAWAS-SEK', 'Pengawas Sekolah Ahli Madya', 'AHLI_MADYA', 11, 1)], [
              subunit('DISDIK-SD-KUR', 'Seksi Kurikulum SD', 'Kepala Seksi Kurikulum SD', 'PENGAWAS', [pelaksana('PENG', 'Pengolah Data Kurikulum', 3)]),
            ]),
        ],
      },
      {
        kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', kepala: { nama: 'Kepala BKPSDM', jenis: 'JPT_PRATAMA', kelas: 14 }, staff: [],
        children: [
          subunit('BKPSDM-SEK', 'Sekretariat BKPSDM', 'Sekretaris BKPSDM', 'ADMINISTRATOR', [pelaksana('PENG', 'Pengadministrasi Umum', 2)]),
          subunit('BKPSDM-MUT', 'Bidang Mutasi dan Promosi', 'Kepala Bidang Mutasi dan Promosi', 'ADMINISTRATOR',
            [fungsional('ASDMA', 'Analis SDM Aparatur Ahli Pertama', 'AHLI_PERTAMA', 8, 2), pelaksana('PENG', 'Pengelola Data Kepegawaian', 3)]),
          subunit('BKPSDM-BANG', 'Bidang Pengembangan Kompetensi', 'Kepala Bidang Pengembangan Kompetensi', 'ADMINISTRATOR',
            [fungsional('WI', 'Widyaiswara Ahli Muda', 'AHLI_MUDA', 10, 1), pelaksana('PENG', 'Pengelola Diklat', 2)]),
        ],
      },
      {
        kode: 'DPUPR', nama: 'Dinas Pekerjaan Umum dan Penataan Ruang', kepala: { nama: 'Kepala Dinas Pekerjaan Umum dan Penataan Ruang', jenis: 'JPT_PRATAMA', kelas: 14 }, staff: [],
        children: [
          subunit('DPUPR-SEK', 'Sekretariat DPUPR', 'Sekretaris DPUPR', 'ADMINISTRATOR', [pelaksana('PENG', 'Pengadministrasi Umum', 3)]),
          subunit('DPUPR-BM', 'Bidang Bina Marga', 'Kepala Bidang Bina Marga', 'ADMINISTRATOR',
            [fungsional('TJ', 'Teknik Jalan dan Jembatan Ahli Pertama', 'AHLI_PERTAMA', 8, 2)], [
              subunit('DPUPR-BM-PEM', 'Seksi Pemeliharaan Jalan', 'Kepala Seksi Pemeliharaan Jalan', 'PENGAWAS',
                [pelaksana('PENG', 'Pengawas Lapangan', 2, 6), { ...pelaksana('OPR', 'Operator Alat Berat', 1, 5), pppk: true }]),
            ]),
        ],
      },
    ],
  }];
}

export interface DemoLogins {
  admin: string; superadmin: string; sekda: BuiltPegawai; kepalaDinas: BuiltPegawai; kabid: BuiltPegawai; kasi: BuiltPegawai; staff: BuiltPegawai;
  /** The two fungsional reporting straight to the kabid (no seksi in between). */
  stafBidang: BuiltPegawai[];
}

/** True when the database holds no instansi and no account: only then is demo data created. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [r] = await db.select({ n: sql<number>`(select count(*) from instansi) + (select count(*) from akun)` }).from(sql`(select 1) as one`);
  return Number(r?.n ?? 0) === 0;
}

/** Creates the demo kabupaten; every demo pegawai gets an account with the demo password. */
export async function seedDemo(db: Db, password: string, o: { kode?: string; nama?: string; adminUsername?: string; superadmin?: boolean } = {}): Promise<DemoLogins & { instansiId: string; pegawai: BuiltPegawai[] }> {
  const kode = o.kode ?? 'KAB-SUKAMAJU';
  const [ins] = await db.insert(instansi).values({ kode, nama: o.nama ?? 'Pemerintah Kabupaten Sukamaju', jenis: 'KABUPATEN' }).returning();
  const instansiId = ins!.id;
  // Account names are unique across the database: a NIP another instansi's demo already uses is skipped.
  const taken = (await db.select({ username: akun.username }).from(akun)).map((a) => a.username);
  const people = await buildOrg(db, instansiId, demoTree(), rng(hashString(kode)), taken);
  const hash = await hashPassword(password);
  const adminUsername = o.adminUsername ?? 'admin';
  await db.insert(akun).values([
    { instansiId, username: adminUsername, passwordHash: hash, peran: ['ADMIN'] },
    ...(o.superadmin === false ? [] : [{ instansiId: null, username: 'superadmin', passwordHash: hash, peran: ['SUPERADMIN'] }]),
    ...people.map((p) => ({ instansiId, pegawaiId: p.id, username: p.nip, passwordHash: hash })),
  ]);
  const tahun = new Date().getFullYear();
  await db.insert(periode).values({
    instansiId, tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31`, pendekatan: 'KUALITATIF', frekuensi: 'TRIWULAN',
    batasPenetapanSkp: `${tahun}-01-31`, batasEvaluasiTahunan: `${tahun + 1}-01-31`,
  });
  const find = (unit: string, kepala: boolean, jabatanPart?: string) =>
    people.find((p) => p.unitKode === unit && p.kepala === kepala && (!jabatanPart || p.jabatanKode.includes(jabatanPart)))!;
  return {
    instansiId, pegawai: people, admin: adminUsername, superadmin: 'superadmin',
    sekda: find('SETDA', true), kepalaDinas: find('DINKES', true), kabid: find('DINKES-YANKES', true),
    kasi: find('DINKES-YANKES-PRIMER', true), staff: find('DINKES-YANKES-PRIMER', false, 'PENG'),
    stafBidang: people.filter((p) => p.unitKode === 'DINKES-YANKES' && !p.kepala),
  };
}

