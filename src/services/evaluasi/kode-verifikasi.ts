// The verification code printed on a final dokumen evaluasi: 128 random bits, so it cannot be guessed,
// written in RFC 4648 base32 (A–Z, 2–7: no 0/O or 1/I to misread when typed from paper).
import { randomBytes } from 'node:crypto';

const ALFABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALFABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALFABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** 26 characters. */
export const kodeVerifikasiBaru = () => base32(randomBytes(16));
