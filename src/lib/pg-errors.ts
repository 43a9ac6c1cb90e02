// Postgres error codes we turn into user-facing messages.
export const UNIQUE_VIOLATION = '23505';
export const FK_VIOLATION = '23503';

export function pgCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The DETAIL of a Postgres error (raised by our triggers to carry a figure for the message). */
export function pgDetail(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const detail = (cur as { detail?: unknown }).detail;
    if (typeof detail === 'string') return detail;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}
