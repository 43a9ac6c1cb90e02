import type { notifikasiId } from './notifikasi.id.ts';

export const notifikasiEn: Record<keyof typeof notifikasiId, string> = {
  'notifikasi.buka': 'Notifications',
  'notifikasi.bukaBelumDibaca': 'Notifications, {n} unread',
  'notifikasi.judul': 'Notifications',
  'notifikasi.tandaiSemua': 'Mark all as read',
  'notifikasi.kosong': 'No notifications yet.',
  'notifikasi.gagalMuat': 'Notifications could not be loaded.',
  'notifikasi.baru': 'New',
  'notifikasi.barusan': 'just now',
  'notifikasi.tutup': 'Close notifications',
};
