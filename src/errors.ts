// One typed error for expected failures; the HTTP edge maps `code` to a status once.

export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  CSRF: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  CONFLICT: 409,
  BUSINESS_RULE: 422,
  RATE_LIMITED: 429,
  LOCKED: 429,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly details?: unknown) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Invalid input, with messages per field (Bahasa Indonesia). */
export const invalid = (fields: Record<string, string>, message = 'Data tidak valid') =>
  new AppError('VALIDATION', message, { fields });

/** Forbidden looks like not found, so ids cannot be probed. */
export const notFound = (what = 'Data') => new AppError('NOT_FOUND', `${what} tidak ditemukan`);

export const forbidden = (message = 'Anda tidak berwenang melakukan tindakan ini') => new AppError('FORBIDDEN', message);

export const versionConflict = (current: unknown) =>
  new AppError('VERSION_CONFLICT', 'Data sudah diubah oleh pengguna lain. Muat ulang lalu ulangi perubahan Anda.', { current });
