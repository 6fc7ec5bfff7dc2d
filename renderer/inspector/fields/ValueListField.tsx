// A list of values (for "is one of"): chips, each added as text or a number.
import { useId, useState } from 'react';
import { formatValue } from '../../format/words';
import { checkNumber, type JsonValue } from '../checks';
import { ChipList } from './ChipList';
import { Field, notesOf } from './Field';
import { useAddText } from './use-add-text';

type Props = { label: string; values: JsonValue[]; onCommit: (values: JsonValue[]) => void };

export function ValueListField({ label, values, onCommit }: Props) {
  const id = useId();
  const [numbers, setNumbers] = useState(
    () => values.length > 0 && values.every((v) => typeof v === 'number'),
  );
  const { error, submit, inputProps } = useAddText((text) => {
    if (text.trim() === '') return 'Type a value first.';
    let item: JsonValue = text;
    if (numbers) {
      const n = checkNumber(text);
      if (!n.ok) return n.error;
      item = n.value;
    }
    if (values.some((v) => v === item)) return `${formatValue(item)} is already in the list.`;
    onCommit([...values, item]);
    return undefined;
  });
  return (
    <Field id={id} label={label} error={error}>
      {values.length > 0 ? (
        <ChipList
          chips={values.map((v, i) => ({
            // Values are positional: a list read from a file may hold one twice.
            key: i,
            text: typeof v === 'string' ? v : JSON.stringify(v),
            removeLabel: `Remove value ${formatValue(v)}`,
          }))}
          onRemove={(i) => onCommit(values.filter((_, j) => j !== i))}
        />
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
          {...inputProps}
          inputMode={numbers ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={false}
          {...notesOf(id, error)}
        />
        <button type="button" className="btn" onClick={submit}>
          Add
        </button>
      </div>
    </Field>
  );
}
