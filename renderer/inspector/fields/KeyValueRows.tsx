// Rows of name = typed value: an event's property filters (`where`) or the
// properties an update sets. Names must be given and distinct.
import { type ReactNode, useId } from 'react';
import { fail, type JsonValue, ok, type Parsed } from '../checks';
import { useDraft } from '../use-draft';
import { parseValue, toValueDraft, type ValueDraft } from './typed-value';
import { ValueInputs } from './ValueInputs';

type Values = Record<string, JsonValue>;
type Row = { key: string; value: ValueDraft };
type RowError = { key?: string; value?: string };

type Props = {
  /** The group's title: "Only when the event has", "Set properties". */
  legend: string;
  /** One row's name in labels and buttons: "Filter", "Property". */
  item: string;
  value: Values | undefined;
  /** Called with `undefined` when no rows are left. */
  onCommit: (value: Values | undefined) => void;
  hint?: ReactNode;
  addLabel?: string;
};

function toRows(value: Values | undefined): Row[] {
  return Object.entries(value ?? {}).map(([key, v]) => ({ key, value: toValueDraft(v) }));
}

function parseRows(rows: Row[]): Parsed<Values | undefined, RowError[]> {
  const errors: RowError[] = rows.map(() => ({}));
  const out: Values = {};
  let bad = false;
  rows.forEach((row, i) => {
    const error = errors[i] ?? {};
    const key = row.key.trim();
    if (key === '') error.key = 'Needs a property name.';
    else if (key in out) error.key = `"${key}" is given twice: keep one row per property.`;
    const parsed = parseValue(row.value);
    if (!parsed.ok) error.value = parsed.error;
    if (error.key !== undefined || error.value !== undefined) bad = true;
    else if (parsed.ok) out[key] = parsed.value;
  });
  if (bad) return fail(errors);
  return ok(rows.length === 0 ? undefined : out);
}

export function KeyValueRows({ legend, item, value, onCommit, hint, addLabel }: Props) {
  const id = useId();
  const { draft, error, edit } = useDraft(value, toRows, parseRows, onCommit);
  const lower = item.toLowerCase();
  return (
    <fieldset className="if-group">
      <legend className="if-label">{legend}</legend>
      {draft.length > 0 && (
        <ul className="if-rows">
          {draft.map((row, i) => {
            const rowId = `${id}-${i}`;
            const rowError = error?.[i];
            const message = [rowError?.key, rowError?.value].filter(Boolean).join(' ');
            const update = (next: Row) => edit(draft.map((r, j) => (j === i ? next : r)));
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
              <li key={i} className="if-kv">
                <div className="if-row">
                  <input
                    className="if-input mono"
                    aria-label={`${item} ${i + 1} name`}
                    placeholder="name"
                    value={row.key}
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={rowError?.key !== undefined ? true : undefined}
                    onChange={(e) => update({ ...row, key: e.target.value })}
                  />
                  <button
                    type="button"
                    className="btn btn-ghost btn-icon if-remove"
                    aria-label={`Remove ${lower} ${i + 1}`}
                    title={`Remove ${lower}`}
                    onClick={() => edit(draft.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </div>
                <ValueInputs
                  id={`${rowId}-value`}
                  draft={row.value}
                  label={`${item} ${i + 1} value`}
                  error={rowError?.value}
                  onDraft={(v) => update({ ...row, value: v })}
                />
                {message !== '' && <p className="if-error">{message}</p>}
              </li>
            );
          })}
        </ul>
      )}
      {hint !== undefined && <p className="if-hint">{hint}</p>}
      <button
        type="button"
        className="btn btn-ghost if-add"
        onClick={() => edit([...draft, { key: '', value: { type: 'text', text: '' } }])}
      >
        + {addLabel ?? `Add ${lower}`}
      </button>
    </fieldset>
  );
}
