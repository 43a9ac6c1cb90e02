import type { Peran } from '../api/types.ts';
import type { MessageKey } from '../i18n/id.ts';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Shown when the account has any of these roles; `null` = every signed-in user. */
  roles: Peran[] | null;
  group?: 'admin';
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/', label: 'nav.beranda', roles: null },
  { path: '/profil', label: 'nav.profil', roles: null },
  { path: '/skp', label: 'nav.skpSaya', roles: ['PEGAWAI'] },
  { path: '/aktivitas', label: 'nav.aktivitas', roles: ['PEGAWAI'] },
  { path: '/kalender', label: 'nav.kalender', roles: ['PEGAWAI'] },
  { path: '/keberatan', label: 'nav.keberatan', roles: ['PEGAWAI', 'ADMIN'] },
  { path: '/skp-bawahan', label: 'nav.skpBawahan', roles: ['ATASAN'] },
  { path: '/verifikasi', label: 'nav.verifikasi', roles: ['ATASAN'] },
  { path: '/matriks', label: 'nav.matriks', roles: ['ATASAN'] },
  { path: '/kurva', label: 'nav.kurva', roles: ['PIMPINAN', 'ADMIN'] },
  { path: '/tim', label: 'nav.timSaya', roles: ['ATASAN'] },
  { path: '/unit-saya', label: 'nav.unitSaya', roles: ['PIMPINAN'] },
  { path: '/periode', label: 'nav.periode', roles: ['ADMIN'], group: 'admin' },
  { path: '/hari-libur', label: 'nav.hariLibur', roles: ['ADMIN'], group: 'admin' },
  { path: '/progres-skp', label: 'nav.progresSkp', roles: ['ADMIN'], group: 'admin' },
  { path: '/pengaturan-penilaian', label: 'nav.pengaturanPenilaian', roles: ['ADMIN'], group: 'admin' },
  { path: '/template-skp', label: 'nav.templateSkp', roles: ['ADMIN', 'ATASAN'], group: 'admin' },
  { path: '/unit-kerja', label: 'nav.unitKerja', roles: ['ADMIN'], group: 'admin' },
  { path: '/jabatan', label: 'nav.jabatan', roles: ['ADMIN'], group: 'admin' },
  { path: '/pegawai', label: 'nav.pegawai', roles: ['ADMIN'], group: 'admin' },
  { path: '/plt-plh', label: 'nav.penugasan', roles: ['ADMIN'], group: 'admin' },
  { path: '/impor', label: 'nav.impor', roles: ['ADMIN'], group: 'admin' },
  { path: '/token-api', label: 'nav.tokenApi', roles: ['ADMIN'], group: 'admin' },
  { path: '/instansi', label: 'nav.instansi', roles: ['SUPERADMIN'], group: 'admin' },
];

export function visibleNav(peran: readonly Peran[]): NavItem[] {
  return NAV_ITEMS.filter((i) => i.roles === null || i.roles.some((r) => peran.includes(r)));
}
