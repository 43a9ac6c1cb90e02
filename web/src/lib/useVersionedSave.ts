import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isConflict } from './useForm.ts';

interface Options<T> {
  /** Version of the record as loaded; ignored when creating. */
  initialVersion: number;
  /** Sends what the user typed, claiming the record is still at `version`. */
  send: (version: number) => Promise<T>;
  /** The fresh record, when a 409 did not carry it. */
  reload: () => Promise<T | null>;
  takeServerErrors: (e: unknown) => boolean;
  onSaved: (saved: T) => void;
  /** Puts the fresh record into the form, replacing what was typed. */
  onReload: (fresh: T) => void;
}

/**
 * Saving a record that others may edit too: a 409 keeps what the user typed and lets them choose
 * between the fresh record and saving theirs over it. Never a silent overwrite.
 */
export function useVersionedSave<T extends { version: number }>(o: Options<T>) {
  const [version, setVersion] = useState(o.initialVersion);
  const [conflict, setConflict] = useState<T | null>(null);
  const save = useMutation({
    mutationFn: (ver: number) => o.send(ver),
    onSuccess: (saved) => o.onSaved(saved),
    onError: async (e) => {
      if (o.takeServerErrors(e)) return;
      if (isConflict(e)) {
        const fresh = e.current<T>() ?? (await o.reload().catch(() => null));
        if (fresh) setConflict(fresh);
      }
    },
  });
  return {
    save,
    conflict,
    submit(e?: FormEvent) {
      e?.preventDefault();
      setConflict(null);
      save.mutate(version);
    },
    takeFresh() {
      if (!conflict) return;
      o.onReload(conflict);
      setVersion(conflict.version);
      setConflict(null);
      save.reset();
    },
    overwrite() {
      if (!conflict) return;
      setVersion(conflict.version);
      setConflict(null);
      save.mutate(conflict.version);
    },
  };
}

export type VersionedSave = ReturnType<typeof useVersionedSave<{ version: number }>>;
