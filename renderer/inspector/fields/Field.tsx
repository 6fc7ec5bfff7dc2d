// One labelled field: the label bound to its input, a hint, and the message
// that replaces saving when the input is not valid.
import type { ReactNode } from 'react';

type Props = {
  /** The id of the input the label names. */
  id: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
};

export function Field({ id, label, error, hint, children }: Props) {
  return (
    <div className="if-field">
      <label className="if-label" htmlFor={id}>
        {label}
      </label>
      {children}
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}

/** The hint and the error under a field, with the ids its input points to. */
export function FieldNotes({
  id,
  error,
  hint,
}: {
  id: string;
  error?: string | undefined;
  hint?: ReactNode;
}) {
  return (
    <>
      {hint !== undefined && (
        <p className="if-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error !== undefined && (
        <p className="if-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** `aria-describedby` and `aria-invalid` of an input with these notes. */
export function notesOf(
  id: string,
  error: string | undefined,
  hint?: ReactNode,
): { 'aria-describedby'?: string; 'aria-invalid'?: true } {
  const ids = [hint !== undefined && `${id}-hint`, error !== undefined && `${id}-error`].filter(
    (s): s is string => typeof s === 'string',
  );
  return {
    ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
    ...(error !== undefined ? { 'aria-invalid': true } : {}),
  };
}
