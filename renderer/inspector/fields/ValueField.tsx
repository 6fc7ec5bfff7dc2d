// One typed JSON value (text, number, true / false or JSON), saved once valid.
import { type ReactNode, useId } from 'react';
import type { JsonValue } from '../checks';
import { useDraft } from '../use-draft';
import { FieldNotes } from './Field';
import { parseValue, toValueDraft } from './typed-value';
import { ValueInputs } from './ValueInputs';

type Props = {
  label: string;
  value: JsonValue | undefined;
  onCommit: (value: JsonValue) => void;
  hint?: ReactNode;
};

export function ValueField({ label, value, onCommit, hint }: Props) {
  const id = useId();
  const { draft, error, edit } = useDraft<JsonValue | undefined, ReturnType<typeof toValueDraft>>(
    value,
    toValueDraft,
    parseValue,
    (v) => {
      if (v !== undefined) onCommit(v);
    },
  );
  return (
    <div className="if-field">
      <span className="if-label">{label}</span>
      <ValueInputs
        id={id}
        draft={draft}
        onDraft={edit}
        label={label}
        error={error}
        describedBy={error !== undefined ? `${id}-error` : undefined}
      />
      <FieldNotes id={id} error={error} hint={hint} />
    </div>
  );
}
