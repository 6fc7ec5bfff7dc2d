// A list of values (for "is one of"): chips, each added as text or a number.
import { useId, useState } from 'react';
import { formatValue } from '../../format/words';
import { checkNumber, type JsonValue } from '../checks';

type Props = { label: string; values: JsonValue[]; onCommit: (values: JsonValue[]) => void };

export function ValueListField({ label, values, onCommit }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [numbers, setNumbers] = useState(
    () => values.length > 0 && values.every((v) => typeof v === 'number'),
  );
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    if (text.trim() === '') {
      setError('Type a value first.');
      return;
    }
    let item: JsonValue = text;
    if (numbers) {
      const n = checkNumber(text);
      if (!n.ok) {
        setError(n.error);
        return;
      }
      item = n.value;
    }
    if (values.some((v) => v === item)) {
      setError(`${formatValue(item)} is already in the list.`);
      return;
    }
    setError(undefined);
    setText('');
    onCommit([...values, item]);
  };
  return (
    <div className="if-field">
      <label className="if-label" htmlFor={id}>
        {label}
      </label>
      {values.length > 0 ? (
        <ul className="if-chips">
          {values.map((v, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: values are positional
            <li key={i} className="chip if-chip">
              <span className="mono">{typeof v === 'string' ? v : JSON.stringify(v)}</span>
              <button
                type="button"
                className="if-chip-remove"
                aria-label={`Remove value ${formatValue(v)}`}
                onClick={() => onCommit(values.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="if-hint">No values yet: nothing matches.</p>
      )}
      <div className="if-row">
        <select
          className="if-select if-type"
          aria-label={`${label} type`}
          value={numbers ? 'number' : 'text'}
          onChange={(e) => setNumbers(e.target.value === 'number')}
        >
          <option value="text">Text</option>
          <option value="number">Number</option>
        </select>
        <input
          id={id}
          className="if-input"
          value={text}
          inputMode={numbers ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={false}
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
          aria-invalid={error !== undefined ? true : undefined}
          aria-describedby={error !== undefined ? `${id}-error` : undefined}
        />
        <button type="button" className="btn" onClick={add}>
          Add
        </button>
      </div>
      {error !== undefined && (
        <p className="if-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
