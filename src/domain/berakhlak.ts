// BerAKHLAK core values and their 21 panduan perilaku (skp-rules.md §5; SE MenPANRB 20/2021 core values ASN,
// used as the perilaku kerja block of PermenPANRB 6/2022). Text kept verbatim for the SKP form.

import { LABEL_BERAKHLAK, type KodeBerakhlak } from './enums.ts';

export interface NilaiBerakhlak {
  kode: KodeBerakhlak;
  /** 1..7, the official order. */
  urutan: number;
  label: string;
  /** The three panduan perilaku, in order 1..3. */
  panduan: readonly [string, string, string];
}

export const BERAKHLAK: readonly NilaiBerakhlak[] = [
  {
    kode: 'BERORIENTASI_PELAYANAN',
    urutan: 1,
    label: LABEL_BERAKHLAK.BERORIENTASI_PELAYANAN,
    panduan: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    kode: 'AKUNTABEL',
    urutan: 2,
    label: LABEL_BERAKHLAK.AKUNTABEL,
    panduan: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    kode: 'KOMPETEN',
    urutan: 3,
    label: LABEL_BERAKHLAK.KOMPETEN,
    panduan: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    kode: 'HARMONIS',
    urutan: 4,
    label: LABEL_BERAKHLAK.HARMONIS,
    panduan: [
      'Menghargai setiap orang apapun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    kode: 'LOYAL',
    urutan: 5,
    label: LABEL_BERAKHLAK.LOYAL,
    panduan: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    kode: 'ADAPTIF',
    urutan: 6,
    label: LABEL_BERAKHLAK.ADAPTIF,
    panduan: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    kode: 'KOLABORATIF',
    urutan: 7,
    label: LABEL_BERAKHLAK.KOLABORATIF,
    panduan: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];

export function nilaiBerakhlak(kode: KodeBerakhlak): NilaiBerakhlak {
  return BERAKHLAK.find((n) => n.kode === kode) as NilaiBerakhlak;
}
