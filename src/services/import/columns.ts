// Columns each import accepts (header aliases are normalised: lower case, letters and digits only).
import type { JenisImport } from '../../contracts/imports.ts';

export interface Column { key: string; label: string; aliases: string[]; wajib: boolean; contoh: string }

export const COLUMNS: Record<JenisImport, Column[]> = {
  'unit-kerja': [
    { key: 'kode', label: 'Kode', aliases: ['kode', 'kodeunit'], wajib: true, contoh: 'DINKES' },
    { key: 'nama', label: 'Nama', aliases: ['nama', 'namaunit', 'unitkerja'], wajib: true, contoh: 'Dinas Kesehatan' },
    { key: 'kodeInduk', label: 'Kode Induk', aliases: ['kodeinduk', 'kodeunitinduk', 'induk', 'parent'], wajib: false, contoh: 'PEMKAB' },
  ],
  jabatan: [
    { key: 'kode', label: 'Kode', aliases: ['kode', 'kodejabatan'], wajib: true, contoh: 'DINKES-KADIS' },
    { key: 'nama', label: 'Nama', aliases: ['nama', 'namajabatan', 'jabatan'], wajib: true, contoh: 'Kepala Dinas Kesehatan' },
    { key: 'jenis', label: 'Jenis', aliases: ['jenis', 'jenisjabatan'], wajib: true, contoh: 'JPT_PRATAMA' },
    { key: 'jenjang', label: 'Jenjang', aliases: ['jenjang', 'jenjangjf'], wajib: false, contoh: '' },
    { key: 'kelasJabatan', label: 'Kelas Jabatan', aliases: ['kelasjabatan', 'kelas'], wajib: true, contoh: '14' },
    { key: 'kodeUnit', label: 'Kode Unit', aliases: ['kodeunit', 'unit', 'unitkerja'], wajib: true, contoh: 'DINKES' },
    { key: 'kepalaUnit', label: 'Kepala Unit', aliases: ['kepalaunit', 'kepala'], wajib: false, contoh: 'ya' },
  ],
  pegawai: [
    { key: 'nip', label: 'NIP', aliases: ['nip', 'nipbaru', 'nippppk', 'ni', 'nipni'], wajib: true, contoh: '198609262015051001' },
    { key: 'nama', label: 'Nama', aliases: ['nama', 'namapegawai'], wajib: true, contoh: 'Budi Santoso' },
    { key: 'gelarDepan', label: 'Gelar Depan', aliases: ['gelardepan'], wajib: false, contoh: 'dr.' },
    { key: 'gelarBelakang', label: 'Gelar Belakang', aliases: ['gelarbelakang'], wajib: false, contoh: 'M.Kes' },
    { key: 'golongan', label: 'Golongan', aliases: ['golongan', 'gol', 'golonganruang'], wajib: false, contoh: 'IV/b' },
    { key: 'kodeJabatan', label: 'Kode Jabatan', aliases: ['kodejabatan', 'jabatan'], wajib: true, contoh: 'DINKES-KADIS' },
    { key: 'status', label: 'Status', aliases: ['status', 'statuspegawai'], wajib: false, contoh: 'AKTIF' },
    { key: 'email', label: 'Email', aliases: ['email', 'surel'], wajib: false, contoh: 'budi@contoh.go.id' },
    { key: 'nipLama', label: 'NIP Lama', aliases: ['niplama'], wajib: false, contoh: '' },
  ],
};

/** Maps normalised headers to column keys; reports required columns that are missing. */
export function resolveColumns(jenis: JenisImport, headers: string[]) {
  const byHeader = new Map<string, string>();
  for (const c of COLUMNS[jenis]) for (const a of c.aliases) if (headers.includes(a) && ![...byHeader.values()].includes(c.key)) byHeader.set(a, c.key);
  const found = new Set(byHeader.values());
  const missing = COLUMNS[jenis].filter((c) => c.wajib && !found.has(c.key)).map((c) => c.label);
  return { byHeader, missing };
}
