// What still keeps an SKP from being submitted: the guards of skp-rules.md §2.1 (PermenPANRB 6/2022
// Lampiran: SKP form), each as a sentence a pegawai can act on.
import type { ModelSkp, PendekatanSkp } from '../../domain/enums.ts';
import { LABEL_ASPEK } from '../../domain/enums.ts';
import type { Lampiran, SkpIsi } from '../../contracts/skp.ts';

export interface KekuranganContext {
  model: ModelSkp;
  pendekatan: PendekatanSkp;
  /** False at the top of the chain (penilai outside the system, e.g. the kepala daerah): no intervensi required. */
  adaPenilai: boolean;
  /** The penilai has RHK in the system, so intervensi must point to one of them, not free text. */
  penilaiPunyaRhk: boolean;
  /** RHK ids of the penilai's SKP for this periode (any version). */
  rhkPenilai: ReadonlySet<string>;
}

const LAMPIRAN: Record<keyof Lampiran, string> = {
  dukunganSumberDaya: 'dukungan sumber daya',
  skemaPertanggungjawaban: 'skema pertanggungjawaban',
  konsekuensi: 'konsekuensi',
};

export function kekuranganSkp(isi: SkpIsi, ctx: KekuranganContext): string[] {
  const out: string[] = [];
  if (!isi.rhk.some((r) => r.jenis === 'UTAMA')) out.push('Belum ada RHK utama; tambahkan paling sedikit satu');
  const nomor = { UTAMA: 0, TAMBAHAN: 0 };
  for (const r of isi.rhk) {
    nomor[r.jenis] += 1;
    const nama = `RHK ${r.jenis === 'UTAMA' ? 'utama' : 'tambahan'} ${nomor[r.jenis]}`;
    if (!r.uraian) out.push(`${nama}: uraian belum diisi`);
    if (r.jenis === 'UTAMA' && ctx.model === 'JA_JF' && ctx.adaPenilai) {
      if (r.intervensiRhkId) {
        if (!ctx.rhkPenilai.has(r.intervensiRhkId)) out.push(`${nama}: RHK atasan yang diintervensi bukan milik pejabat penilai saat ini; pilih ulang`);
      } else if (ctx.penilaiPunyaRhk) {
        out.push(`${nama}: pilih RHK atasan yang diintervensi`);
      } else if (!r.intervensiTeks) {
        out.push(`${nama}: tulis RHK atasan yang diintervensi (SKP atasan belum ada di sistem)`);
      }
    }
    if (!r.iki.length) out.push(`${nama}: belum punya indikator kinerja (IKI)`);
    const aspekTerpakai = new Set<string>();
    r.iki.forEach((k, i) => {
      const iki = `${nama}, IKI ${i + 1}`;
      if (!k.indikator) out.push(`${iki}: indikator belum diisi`);
      if (k.target === null) out.push(`${iki}: target belum diisi`);
      if (!k.satuan) out.push(`${iki}: satuan target belum diisi`);
      if (ctx.model === 'JPT' && !k.perspektif) out.push(`${iki}: pilih perspektif`);
      if (ctx.model === 'JA_JF' && ctx.pendekatan === 'KUANTITATIF') {
        if (!k.aspek) out.push(`${iki}: pilih aspek (kuantitas, kualitas, waktu, atau biaya)`);
        else if (aspekTerpakai.has(k.aspek)) out.push(`${iki}: aspek ${LABEL_ASPEK[k.aspek].toLowerCase()} sudah dipakai IKI lain di RHK ini`);
        else aspekTerpakai.add(k.aspek);
      }
      // Capaian is realisasi ÷ target (PermenPANRB 8/2021); a zero target has no ratio (skp-rules.md §13.5).
      if (k.target === 0 && ctx.pendekatan === 'KUANTITATIF') out.push(`${iki}: target 0 tidak dapat dihitung capaiannya; gunakan target lain`);
    });
  }
  for (const [key, label] of Object.entries(LAMPIRAN) as [keyof Lampiran, string][]) {
    if (!isi.lampiran[key]) out.push(`Lampiran: ${label} belum diisi`);
  }
  return out;
}
