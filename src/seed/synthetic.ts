// A kabupaten-size organisation for benchmarks: OPD → bidang → seksi with staff, about N pegawai.
import type { UnitSpec } from './org-builder.ts';

export function syntheticTree(pegawai: number): UnitSpec[] {
  const perOpd = 250;
  const opdCount = Math.max(1, Math.round(pegawai / perOpd));
  // Per OPD: 1 kepala + 4 kabid + 8 kasi = 13 heads; the rest are staff spread over the 8 seksi.
  const staffTotal = Math.max(0, pegawai - 1 - opdCount * 13);
  const seksiCount = opdCount * 8;
  const base = Math.floor(staffTotal / seksiCount);
  let extra = staffTotal - base * seksiCount;
  const opds: UnitSpec[] = [];
  for (let o = 1; o <= opdCount; o++) {
    const bidang: UnitSpec[] = [];
    for (let b = 1; b <= 4; b++) {
      const seksi: UnitSpec[] = [];
      for (let s = 1; s <= 2; s++) {
        const n = base + (extra-- > 0 ? 1 : 0);
        const fung = Math.floor(n / 4);
        seksi.push({
          kode: `OPD${o}-B${b}-S${s}`, nama: `Seksi ${s} Bidang ${b} OPD ${o}`,
          kepala: { nama: `Kepala Seksi ${s}`, jenis: 'PENGAWAS', kelas: 9 },
          staff: [
            { kode: 'PEL', nama: 'Pengadministrasi Umum', jenis: 'PELAKSANA', kelas: 7, count: n - fung },
            { kode: 'JF', nama: 'Analis Ahli Pertama', jenis: 'FUNGSIONAL', jenjang: 'AHLI_PERTAMA', kelas: 8, count: fung },
          ],
          children: [],
        });
      }
      bidang.push({ kode: `OPD${o}-B${b}`, nama: `Bidang ${b} OPD ${o}`, kepala: { nama: `Kepala Bidang ${b}`, jenis: 'ADMINISTRATOR', kelas: 11 }, staff: [], children: seksi });
    }
    opds.push({ kode: `OPD${o}`, nama: `Organisasi Perangkat Daerah ${o}`, kepala: { nama: `Kepala OPD ${o}`, jenis: 'JPT_PRATAMA', kelas: 14 }, staff: [], children: bidang });
  }
  return [{ kode: 'SETDA', nama: 'Sekretariat Daerah', kepala: { nama: 'Sekretaris Daerah', jenis: 'JPT_PRATAMA', kelas: 15 }, staff: [], children: opds }];
}
