// A list of short names as chips (tags, property names): type and press Enter
// to add one, the × on a chip to remove it.
import { type ReactNode, useId, useState } from 'react';
import { notesOf } from './Field';

type Props = {
  label: string;
  /** One item's name in buttons: "tag", "property". */
  item: string;
  values: string[];
  onCommit: (values: string[]) => void;
  placeholder?: string;
  hint?: ReactNode;
};

export function ChipsField({ label, item, values, onCommit, placeholder, hint }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const name = text.trim();
    if (name === '') {
      setError(`Type a ${item} first.`);
      return;
    }
    if (values.includes(name)) {
      setError(`"${name}" is already in the list.`);
      return;
    }
    setError(undefined);
    setText('');
    onCommit([...values, name]);
  };
  return (
    <div className="if-field">
      <label className="if-label" htmlFor={id}>
        {label}
      </label>
      {values.length > 0 && (
        <ul className="if-chips">
          {values.map((v) => (
            <li key={v} className="chip if-chip">
              <span className="mono">{v}</span>
              <button
                type="button"
                className="if-chip-remove"
                aria-label={`Remove ${item} ${v}`}
                onClick={() => onCommit(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="if-row">
        <input
          id={id}
          className="if-input mono"
          value={text}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          {...notesOf(id, error, hint)}
        />
        <button type="button" className="btn" onClick={add}>
          Add
        </button>
      </div>
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
    </div>
  );
}
