import type { VersionedSave } from '../lib/useVersionedSave.ts';
import { ConflictAlert } from './ConflictAlert.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { FieldErrorSummary } from './FieldErrorSummary.tsx';

/** What went wrong with a save, above the fields: unshown field messages, a 409, or any other error. */
export function FormProblems({ errors, shown, saving }: { errors: Record<string, string>; shown: readonly string[]; saving: VersionedSave }) {
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <>
      <FieldErrorSummary errors={errors} shown={shown} />
      {saving.conflict && <ConflictAlert onReload={saving.takeFresh} onOverwrite={saving.overwrite} />}
      {saving.save.isError && !hasFieldErrors && !saving.conflict && <ErrorAlert error={saving.save.error} />}
    </>
  );
}
