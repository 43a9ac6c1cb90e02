import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** Form values plus per-field messages; a field's message goes away as soon as the user edits it. */
export function useForm<V extends Record<string, unknown>>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = useCallback(<K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((s) => ({ ...s, [key]: value }));
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key]: _gone, ...rest } = e;
      return rest;
    });
  }, []);

  /** Takes the field messages of a 400 answer; returns true when there were any. */
  const takeServerErrors = useCallback((e: unknown): boolean => {
    if (e instanceof ApiError && Object.keys(e.fields).length > 0) {
      setErrors(e.fields);
      return true;
    }
    return false;
  }, []);

  return { values, setValues, set, errors, setErrors, takeServerErrors };
}

/** '' → null for optional text the server stores as null. */
export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export const isConflict = (e: unknown): e is ApiError => e instanceof ApiError && e.status === 409;
