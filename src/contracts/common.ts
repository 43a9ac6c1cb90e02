// Shared request/response shapes. No server imports: the SPA imports these files too.
import { z } from 'zod';

// Generic messages (wrong type, missing field) in Bahasa Indonesia; specific ones are set per field.
z.config(z.locales.id());

export const Uuid = z.uuid();
export const IsoDate = z.iso.date();

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Field errors in `details.fields`: field name → message in Bahasa Indonesia. */
export type FieldErrors = Record<string, string>;

export const IdParams = z.object({ id: Uuid });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const Ok = z.object({ ok: z.literal(true) });
