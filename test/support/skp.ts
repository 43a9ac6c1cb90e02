// Fixture: an approved SKP for a pegawai, through the real API, for tests of what builds on it.
import { expect } from 'vitest';
import type { Client } from './client.ts';

export const LAMPIRAN = { dukunganSumberDaya: 'Anggaran DPA', skemaPertanggungjawaban: 'Laporan bulanan ke atasan', konsekuensi: 'Sesuai ketentuan' };

export interface RhkSpec { uraian: string; intervensiTeks?: string; satuan?: string; rencanaAksi?: { bulan: number; uraian: string }[] }

/** Owner drafts, submits; penilai approves. Uses intervensi text, so the penilai needs no SKP of their own. */
export async function approvedSkp(owner: Client, penilai: Client, periodeId: string, rhk: RhkSpec[]) {
  const c = await owner.post('/api/v1/skp', { periodeId });
  expect(c.status).toBe(201);
  const s = await owner.put(`/api/v1/skp/${c.body.id}`, {
    rhk: rhk.map((r) => ({
      uraian: r.uraian, intervensiTeks: r.intervensiTeks ?? 'RHK atasan', rencanaAksi: r.rencanaAksi ?? [],
      iki: [{ indikator: `Jumlah ${r.satuan ?? 'dokumen'}`, target: 12, satuan: r.satuan ?? 'dokumen' }],
    })),
    lampiran: LAMPIRAN, version: c.body.version,
  });
  expect(s.body.kekurangan).toEqual([]);
  const a = await owner.post(`/api/v1/skp/${c.body.id}/ajukan`, { version: s.body.version });
  const ok = await penilai.post(`/api/v1/skp/${c.body.id}/setujui`, { version: a.body.version });
  expect(ok.body.status).toBe('DISETUJUI');
  return ok.body;
}
