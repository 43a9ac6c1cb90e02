// Storage keys: `instansi/ab/ab12…`, per tenant, spread over 256 folders so no directory grows huge.
import { randomUUID } from 'node:crypto';

export function newKey(instansiId: string): string {
  const id = randomUUID();
  return `${instansiId}/${id.slice(0, 2)}/${id}`;
}

const KEY = /^[0-9A-Za-z_-]+(\/[0-9A-Za-z_-]+)*$/;

/** Keys come from our own rows, but a bad one must never reach a path or a URL. */
export function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error('kunci berkas tidak valid');
  return key;
}
