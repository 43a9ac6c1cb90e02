// Plausible Indonesian names and valid NIPs (skp-rules.md §11) for demo and benchmark data.
import type { Rng } from './random.ts';

const DEPAN_L = ['Agus', 'Budi', 'Hendra', 'Joko', 'Rudi', 'Slamet', 'Bambang', 'Dedi', 'Eko', 'Fajar', 'Hadi', 'Iwan', 'Yusuf', 'Rahmat', 'Taufik', 'Wahyu', 'Ahmad', 'Arif', 'Dimas', 'Gilang'];
const DEPAN_P = ['Sri', 'Siti', 'Dewi', 'Rina', 'Ani', 'Yuni', 'Wulan', 'Ratna', 'Indah', 'Lestari', 'Nurul', 'Fitri', 'Kartika', 'Maya', 'Putri', 'Ayu', 'Endang', 'Rini', 'Dian', 'Nanik'];
const BELAKANG = ['Santoso', 'Wijaya', 'Hidayat', 'Setiawan', 'Kurniawan', 'Pratama', 'Saputra', 'Rahayu', 'Lestari', 'Susanti', 'Nugroho', 'Purnomo', 'Haryanto', 'Wahyuni', 'Maharani', 'Siregar', 'Nasution', 'Harahap', 'Sinaga', 'Tanjung'];

export interface Person { nip: string; nama: string; jenisKelamin: 'L' | 'P' }

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A name not yet given in this instansi where the lists allow (a seksi with two "Bambang Haryanto" confuses). */
function uniqueName(r: Rng, used: Set<string>, L: boolean): string {
  let nama = `${r.pick(L ? DEPAN_L : DEPAN_P)} ${r.pick(BELAKANG)}`;
  for (let i = 0; i < 20 && used.has(`nama:${nama}`); i++) nama = `${r.pick(L ? DEPAN_L : DEPAN_P)} ${r.pick(BELAKANG)}`;
  used.add(`nama:${nama}`);
  return nama;
}

/** A PNS NIP: birth date, TMT CPNS at 22–30 years old (never after 2025), gender, serial. */
export function makePerson(r: Rng, used: Set<string>, opts: { minBirthYear?: number; maxBirthYear?: number } = {}): Person {
  for (;;) {
    const L = r.next() < 0.5;
    const y = r.int(opts.minBirthYear ?? 1966, opts.maxBirthYear ?? 1998);
    const m = r.int(1, 12);
    const d = r.int(1, 28);
    const tmtY = Math.min(2025, y + r.int(22, 30));
    const nip = `${y}${pad(m, 2)}${pad(d, 2)}${tmtY}${pad(r.int(1, 12), 2)}${L ? 1 : 2}${pad(r.int(1, 40), 3)}`;
    if (used.has(nip)) continue;
    used.add(nip);
    return { nip, nama: uniqueName(r, used, L), jenisKelamin: L ? 'L' : 'P' };
  }
}

/** A PPPK NI: birth date, year of appointment, '2' + contract number, gender, serial. */
export function makePppk(r: Rng, used: Set<string>): Person {
  for (;;) {
    const L = r.next() < 0.5;
    const y = r.int(1980, 1999);
    const nip = `${y}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${r.int(2021, 2025)}2${r.int(1, 3)}${L ? 1 : 2}${pad(r.int(1, 99), 3)}`;
    if (used.has(nip)) continue;
    used.add(nip);
    return { nip, nama: uniqueName(r, used, L), jenisKelamin: L ? 'L' : 'P' };
  }
}

export function golonganFor(jenis: string, r: Rng): string {
  switch (jenis) {
    case 'JPT_MADYA': case 'JPT_PRATAMA': return r.pick(['IV/c', 'IV/d']);
    case 'ADMINISTRATOR': return r.pick(['IV/a', 'IV/b']);
    case 'PENGAWAS': return r.pick(['III/c', 'III/d']);
    case 'FUNGSIONAL': return r.pick(['III/a', 'III/b', 'III/c']);
    default: return r.pick(['II/a', 'II/c', 'III/a', 'III/b']);
  }
}
