// Response and request types, inferred from the shared contracts (types only: no zod in the bundle).
import type { z } from 'zod';
import type {
  AkunPegawaiResponse, CreateTokenResponse, Instansi as InstansiSchema, InstansiCreated as InstansiCreatedSchema,
  InstansiInput as InstansiInputSchema, Penugasan as PenugasanSchema, PenugasanInput as PenugasanInputSchema,
  AtasanRingkas as AtasanRingkasSchema, PegawaiPage as PegawaiPageSchema,
} from '../../../src/contracts/index.ts';

export type {
  Me, Peran, UnitKerja, UnitKerjaInput, Jabatan, JabatanInput, Pegawai, PegawaiInput, ImportJob, JenisImport,
  TokenApi, LoginResponse, FieldErrors,
} from '../../../src/contracts/index.ts';

export type Instansi = z.infer<typeof InstansiSchema>;
export type InstansiInput = z.input<typeof InstansiInputSchema>;
export type InstansiCreated = z.infer<typeof InstansiCreatedSchema>;
export type Penugasan = z.infer<typeof PenugasanSchema>;
export type PenugasanInput = z.input<typeof PenugasanInputSchema>;
export type AtasanRingkas = z.infer<typeof AtasanRingkasSchema>;
export type PegawaiPage = z.infer<typeof PegawaiPageSchema>;
export type AkunPegawai = z.infer<typeof AkunPegawaiResponse>;
export type TokenApiCreated = z.infer<typeof CreateTokenResponse>;
export type Ok = { ok: true };
