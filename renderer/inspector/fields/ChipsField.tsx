// A list of short names as chips (tags, property names): type and press Enter
// to add one, the × on a chip to remove it.
import { type ReactNode, useId } from 'react';
import { ChipList } from './ChipList';
import { Field, notesOf } from './Field';
import { useAddText } from './use-add-text';

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
  const { error, submit, inputProps } = useAddText((text) => {
    const name = text.trim();
    if (name === '') return `Type a ${item} first.`;
    if (values.includes(name)) return `"${name}" is already in the list.`;
    onCommit([...values, name]);
    return undefined;
  });
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {values.length > 0 && (
        <ChipList
          chips={values.map((v) => ({ key: v, text: v, removeLabel: `Remove ${item} ${v}` }))}
          // Names are unique in the list, so removing by name removes that chip.
          onRemove={(i) => onCommit(values.filter((x) => x !== values[i]))}
        />
      )}
      <div className="if-row">
        <input
          id={id}
          className="if-input mono"
          {...inputProps}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          {...notesOf(id, error, hint)}
        />
        <button type="button" className="btn" onClick={submit}>
          Add
        </button>
      </div>
    </Field>
  );
}
