// argon2id (the library default: m=19456 KiB, t=2, p=1, the OWASP minimum).
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (plain: string) => hash(plain);

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

// A hash of a random password: verifying against it costs the same as a real one, so a missing
// account cannot be told apart from a wrong password by timing.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hash('tidak-ada-akun-' + randomInt(1e9)));

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Temporary password, readable aloud (no 0/O, 1/l/I), always with letters and digits. */
export function temporaryPassword(length = 12): string {
  for (;;) {
    let s = '';
    for (let i = 0; i < length; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    if (/\d/.test(s) && /[a-zA-Z]/.test(s)) return s;
  }
}
