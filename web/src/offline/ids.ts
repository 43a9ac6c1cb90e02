import { v7 } from 'uuid';

/**
 * An id made on the device, time-ordered (UUID v7): a year of a kabupaten's activities is millions
 * of rows, and ids that follow the clock are written at the end of the primary-key and audit
 * indexes instead of into a random page of each (docs/decisions.md). Works without a secure context.
 */
export const newId = (): string => v7();
