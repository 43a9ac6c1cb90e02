import { describe, expect, it } from 'vitest';
import { deriveAtasan, type OrgSnapshot } from './atasan.ts';

// Dinas (D) → Bidang (B) → Seksi (S); heads hD, hB, hS; staff s1 in S, b1 in B.
const base = (): OrgSnapshot => ({
  units: [{ id: 'D', parentId: null }, { id: 'B', parentId: 'D' }, { id: 'S', parentId: 'B' }],
  heads: [{ id: 'jD', unitKerjaId: 'D' }, { id: 'jB', unitKerjaId: 'B' }, { id: 'jS', unitKerjaId: 'S' }],
  pegawai: [
    { id: 'hD', jabatanId: 'jD', unitKerjaId: 'D', atasanOverrideId: null, aktif: true },
    { id: 'hB', jabatanId: 'jB', unitKerjaId: 'B', atasanOverrideId: null, aktif: true },
    { id: 'hS', jabatanId: 'jS', unitKerjaId: 'S', atasanOverrideId: null, aktif: true },
    { id: 's1', jabatanId: 'jStaf', unitKerjaId: 'S', atasanOverrideId: null, aktif: true },
    { id: 'b1', jabatanId: 'jStafB', unitKerjaId: 'B', atasanOverrideId: null, aktif: true },
  ],
  acting: [],
});
const of = (s: OrgSnapshot, id: string) => deriveAtasan(s).get(id);

describe('deriveAtasan', () => {
  it('staff report to their unit head, heads to the parent unit head, the top to no one', () => {
    const s = base();
    expect(of(s, 's1')).toEqual({ atasanId: 'hS', sumber: 'STRUKTUR' });
    expect(of(s, 'b1')).toEqual({ atasanId: 'hB', sumber: 'STRUKTUR' });
    expect(of(s, 'hS')).toEqual({ atasanId: 'hB', sumber: 'STRUKTUR' });
    expect(of(s, 'hD')).toEqual({ atasanId: null, sumber: null });
  });

  it('a vacant head passes staff up the tree; a Plt fills it; a definitive holder beats the Plt', () => {
    const s = base();
    s.pegawai = s.pegawai.map((p) => (p.id === 'hS' ? { ...p, aktif: false } : p));
    expect(of(s, 's1')).toEqual({ atasanId: 'hB', sumber: 'STRUKTUR' });
    s.acting = [{ pegawaiId: 'b1', jabatanId: 'jS', jenis: 'PLH' }, { pegawaiId: 'hB', jabatanId: 'jS', jenis: 'PLT' }];
    expect(of(s, 's1')).toEqual({ atasanId: 'hB', sumber: 'PLT' });
    s.acting = [{ pegawaiId: 'b1', jabatanId: 'jS', jenis: 'PLH' }];
    expect(of(s, 's1')).toEqual({ atasanId: 'b1', sumber: 'PLH' });
    s.pegawai = s.pegawai.map((p) => (p.id === 'hS' ? { ...p, aktif: true } : p));
    expect(of(s, 's1')).toEqual({ atasanId: 'hS', sumber: 'STRUKTUR' });
  });

  it('a Plt of their own unit is not their own atasan', () => {
    const s = base();
    s.pegawai = s.pegawai.filter((p) => p.id !== 'hS');
    s.acting = [{ pegawaiId: 's1', jabatanId: 'jS', jenis: 'PLT' }];
    expect(of(s, 's1')).toEqual({ atasanId: 'hB', sumber: 'STRUKTUR' });
  });

  it('an inactive acting pegawai is ignored, and an admin override wins over the tree', () => {
    const s = base();
    s.pegawai = s.pegawai.map((p) => (p.id === 'hS' ? { ...p, aktif: false } : p.id === 's1' ? { ...p, atasanOverrideId: 'hD' } : p));
    s.acting = [{ pegawaiId: 'hS', jabatanId: 'jS', jenis: 'PLT' }];
    expect(of(s, 's1')).toEqual({ atasanId: 'hD', sumber: 'PENGATURAN_ADMIN' });
    expect(of(s, 'hS')).toEqual({ atasanId: 'hB', sumber: 'STRUKTUR' });
  });

  it('is deterministic when two pegawai hold the same head position', () => {
    const s = base();
    s.pegawai.push({ id: 'hS0', jabatanId: 'jS', unitKerjaId: 'S', atasanOverrideId: null, aktif: true });
    expect(of(s, 's1')).toEqual({ atasanId: 'hS', sumber: 'STRUKTUR' });
    expect(of({ ...s, pegawai: [...s.pegawai].reverse() }, 's1')).toEqual({ atasanId: 'hS', sumber: 'STRUKTUR' });
  });
});
