// The inputs of one typed value: its type, then a text box (or true/false).
import { switchValueType, type ValueDraft, valueTypes } from './typed-value';

type Props = {
  id: string;
  draft: ValueDraft;
  onDraft: (next: ValueDraft) => void;
  /** Names the inputs for assistive technology: "Value", "Value of size". */
  label: string;
  error?: string | undefined;
  describedBy?: string | undefined;
};

export function ValueInputs({ id, draft, onDraft, label, error, describedBy }: Props) {
  return (
    <div className="if-row">
      <select
        className="if-select if-type"
        aria-label={`${label} type`}
        value={draft.type}
        onChange={(e) => {
          const type = valueTypes.find((t) => t.value === e.target.value)?.value;
          if (type) onDraft(switchValueType(draft, type));
        }}
      >
        {valueTypes.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
      {draft.type === 'boolean' ? (
        <select
          id={id}
          className="if-select"
          aria-label={label}
          value={draft.text}
          onChange={(e) => onDraft({ ...draft, text: e.target.value })}
        >
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      ) : (
        <input
          id={id}
          className={`if-input${draft.type === 'json' ? ' mono' : ''}`}
          aria-label={label}
          value={draft.text}
          inputMode={draft.type === 'number' ? 'decimal' : undefined}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onDraft({ ...draft, text: e.target.value })}
          aria-invalid={error !== undefined ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </div>
  );
}
