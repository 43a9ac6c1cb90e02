// Audit trail: who changed what, when, with the record before and after. Written in the same
// transaction as the change, so a change without its audit row cannot exist.
import type { DbOrTx } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { Actor } from '../policy/actor.ts';

export interface AuditEntry {
  entitas: string;
  entitasId: string;
  aksi: 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | string;
  sebelum?: unknown;
  sesudah?: unknown;
}

export async function audit(db: DbOrTx, actor: Actor | null, instansiId: string, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  await db.insert(auditLog).values(list.map((e) => ({
    instansiId,
    akunId: actor?.akunId ?? null,
    entitas: e.entitas,
    entitasId: e.entitasId,
    aksi: e.aksi,
    sebelum: e.sebelum ?? null,
    sesudah: e.sesudah ?? null,
  })));
}
