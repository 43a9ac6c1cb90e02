// Typed errors of the regulation library. Messages are in Bahasa Indonesia because they reach users;
// `code` is stable so callers can branch on it (e.g. map to HTTP 422).

export type DomainErrorCode = 'INVALID_INPUT' | 'INVALID_RATING' | 'ZERO_TARGET' | 'UNSUPPORTED_YEAR';

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  constructor(code: DomainErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}

/** An argument is outside what the regulation defines (negative count, NaN, unknown code ...). */
export class InvalidInputError extends DomainError {
  constructor(message: string) {
    super('INVALID_INPUT', message);
    this.name = 'InvalidInputError';
  }
}

/** A rating text that is none of the three PermenPANRB 6/2022 ratings. */
export class InvalidRatingError extends DomainError {
  readonly input: string;

  constructor(input: string) {
    super('INVALID_RATING', `Rating "${input}" tidak dikenal; gunakan Di Atas Ekspektasi, Sesuai Ekspektasi, atau Di Bawah Ekspektasi`);
    this.name = 'InvalidRatingError';
    this.input = input;
  }
}

/** Target 0 makes the capaian ratio undefined (skp-rules.md §13.5). */
export class ZeroTargetError extends DomainError {
  constructor(message = 'Target 0 tidak dapat dihitung capaiannya; gunakan pendekatan kualitatif atau aturan khusus') {
    super('ZERO_TARGET', message);
    this.name = 'ZeroTargetError';
  }
}

/** A year for which no rule set in this module applies. */
export class UnsupportedYearError extends DomainError {
  constructor(tahun: number) {
    super('UNSUPPORTED_YEAR', `Tidak ada aturan penilaian kinerja yang didukung untuk tahun ${tahun}`);
    this.name = 'UnsupportedYearError';
  }
}
