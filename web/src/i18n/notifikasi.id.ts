// The header bell and its dropdown.
export const notifikasiId = {
  'notifikasi.buka': 'Notifikasi',
  'notifikasi.bukaBelumDibaca': 'Notifikasi, {n} belum dibaca',
  'notifikasi.judul': 'Notifikasi',
  'notifikasi.tandaiSemua': 'Tandai semua dibaca',
  'notifikasi.kosong': 'Belum ada notifikasi.',
  'notifikasi.gagalMuat': 'Notifikasi tidak dapat dimuat.',
  'notifikasi.baru': 'Baru',
  'notifikasi.barusan': 'baru saja',
  'notifikasi.tutup': 'Tutup notifikasi',
} as const;
