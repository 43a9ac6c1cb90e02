import { useMemo } from 'react';
import { useBawahan, useJabatanList, useUnitKerjaList } from '../../api/queries.ts';
import { hasRole, useMe } from '../../auth/session.ts';

/**
 * The jabatan a user may write templates for: any for the admin, else those of their direct
 * subordinates (the server's rule; it still decides and answers 403 otherwise).
 */
export function useJabatanTemplate() {
  const me = useMe();
  const admin = hasRole(me, 'ADMIN');
  const jabatan = useJabatanList(undefined, admin);
  const units = useUnitKerjaList();
  const bawahan = useBawahan(admin ? null : me.pegawai?.id);
  return useMemo(() => {
    const unitNama = new Map((units.data ?? []).map((u) => [u.id, u.nama]));
    const options = admin
      ? (jabatan.data ?? []).map((j) => ({ value: j.id, label: `${j.nama} (${unitNama.get(j.unitKerjaId) ?? ''})` }))
      : [...new Map((bawahan.data ?? []).map((p) => [p.jabatan.id, { value: p.jabatan.id, label: `${p.jabatan.nama} (${p.unitKerja.nama})` }])).values()];
    const boleh = new Set(options.map((o) => o.value));
    return {
      admin,
      options: options.sort((a, b) => a.label.localeCompare(b.label, 'id')),
      loading: admin ? jabatan.isPending : bawahan.isPending,
      bolehUbah: (jabatanId: string) => admin || boleh.has(jabatanId),
    };
  }, [admin, jabatan.data, jabatan.isPending, bawahan.data, bawahan.isPending, units.data]);
}
