// A text input that saves what it holds once it checks out.
import { type ReactNode, useId } from 'react';
import type { Parsed } from '../checks';
import { useDraft } from '../use-draft';
import { Field, notesOf } from './Field';

type Props<V> = {
  label: ReactNode;
  value: V;
  /** The text shown for a value. */
  format?: (value: V) => string;
  check: (text: string) => Parsed<V>;
  onCommit: (value: V) => void;
  /** A hint, or one made from the text as typed. */
  hint?: ReactNode | ((text: string) => ReactNode);
  placeholder?: string;
  mono?: boolean;
  narrow?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  /** Offered while typing (a datalist), such as the event names in use. */
  suggestions?: readonly string[];
};

export function TextField<V>({
  label,
  value,
  format = String,
  check,
  onCommit,
  hint,
  placeholder,
  mono,
  narrow,
  inputMode,
  suggestions,
}: Props<V>) {
  const id = useId();
  const { draft, error, edit } = useDraft(value, format, check, onCommit);
  const shownHint = typeof hint === 'function' ? hint(draft) : hint;
  const className = ['if-input', mono && 'mono', narrow && 'if-narrow'].filter(Boolean).join(' ');
  return (
    <Field id={id} label={label} error={error} hint={shownHint}>
      <input
        id={id}
        className={className}
        value={draft}
        placeholder={placeholder}
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => edit(e.target.value)}
        list={suggestions ? `${id}-suggestions` : undefined}
        {...notesOf(id, error, shownHint)}
      />
      {suggestions && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </Field>
  );
}

/** Shows `undefined` as an empty input. */
export const optionalText = (value: string | undefined): string => value ?? '';
