// Number formatting in Indonesian style (id-ID): decimal comma, thousands dot, "98,75" / "1.234,5".
// Written out by hand rather than with Intl so the output does not depend on the ICU data of the runtime.
// Rounding is half away from zero on the decimal value (98,745 → 98,75), unlike Number#toFixed.

import { InvalidInputError } from './errors.ts';

function requireDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new InvalidInputError('Jumlah angka desimal harus bilangan bulat 0–20');
  }
}

/** x × 10^k computed on the decimal representation, so 1.005 → 100.5 exactly. */
function shiftDecimal(x: number, k: number): number {
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return Number(`${s}e${k}`);
  return Number(`${s.slice(0, e)}e${Number(s.slice(e + 1)) + k}`);
}

function groupThousands(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  let out = intPart.slice(0, intPart.length % 3 || 3);
  for (let i = out.length; i < intPart.length; i += 3) out += `.${intPart.slice(i, i + 3)}`;
  return out;
}

function format(n: number, digits: number): string {
  const abs = Math.abs(n);
  // Beyond 1e21 JavaScript switches to exponent notation; such values are not real domain numbers.
  if (abs >= 1e21) return String(n);
  // Shift through the decimal string representation so 1.005 rounds to 1.01 instead of 1.00.
  const rounded = Number.isInteger(abs) ? abs : shiftDecimal(Math.round(shiftDecimal(abs, digits)), -digits);
  const [intPart = '0', fracPart] = rounded.toFixed(digits).split('.');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${groupThousands(intPart)}${fracPart === undefined ? '' : `,${fracPart}`}`;
}

// Explanations print the same few numbers thousands of times over a whole instansi (targets, capaian):
// the result of this pure function is kept per number of digits, within a bound.
const memo: Map<number, string>[] = [];
const MEMO_MAX = 50_000;

/** "98,75" for 98.745 with 2 digits; non-finite values render as "-". */
export function formatAngka(n: number, digits = 2): string {
  requireDigits(digits);
  if (!Number.isFinite(n)) return '-';
  const m = memo[digits] ??= new Map();
  let out = m.get(n);
  if (out === undefined) {
    if (m.size >= MEMO_MAX) m.clear();
    m.set(n, out = format(n, digits));
  }
  return out;
}

/** "98,75%" (the percent sign is written without a space in Indonesian). */
export function formatPersen(n: number, digits = 2): string {
  return `${formatAngka(n, digits)}%`;
}
