// A duration as a number and a unit, stored as ISO 8601, with the result in
// words beside it ("2 days").
import { type ReactNode, useId } from 'react';
import { formatDuration } from '../../format/duration';
import { checkDuration, checkWholeNumber, fail, type Parsed } from '../checks';
import { type DurationParts, fromParts, switchUnit, toParts, unitChoices } from '../duration-parts';
import { useDraft } from '../use-draft';
import { Field, notesOf } from './Field';

type Props = {
  label: ReactNode;
  value: string;
  onCommit: (iso: string) => void;
  hint?: ReactNode;
};

export function parseParts(parts: DurationParts): Parsed<string> {
  if (parts.unit === 'iso') {
    const iso = checkDuration(parts.iso.replace(/^-/, ''));
    return iso;
  }
  const amount = checkWholeNumber(parts.amount);
  return amount.ok ? { ok: true, value: fromParts(amount.value, parts.unit) } : fail(amount.error);
}

export function DurationField({ label, value, onCommit, hint }: Props) {
  const id = useId();
  const { draft, error, edit } = useDraft(value, toParts, parseParts, onCommit);
  const words = error === undefined ? formatDuration(value) : undefined;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <DurationInputs id={id} parts={draft} onParts={edit} error={error} words={words} />
    </Field>
  );
}

/** The number (or ISO text) and the unit; shared with signed offsets. */
export function DurationInputs({
  id,
  parts,
  onParts,
  error,
  words,
  unitLabel = 'Unit',
  amountLabel,
}: {
  id: string;
  parts: DurationParts;
  onParts: (next: DurationParts) => void;
  error: string | undefined;
  words?: string | undefined;
  unitLabel?: string;
  /** Names the number when no <label> points at it. */
  amountLabel?: string;
}) {
  return (
    <div className="if-row">
      {parts.unit === 'iso' ? (
        <input
          id={id}
          className="if-input mono"
          value={parts.iso}
          aria-label={amountLabel}
          placeholder="P1DT12H"
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onParts({ ...parts, iso: e.target.value })}
          {...notesOf(id, error)}
        />
      ) : (
        <input
          id={id}
          className="if-input if-amount"
          value={parts.amount}
          aria-label={amountLabel}
          inputMode="numeric"
          autoComplete="off"
          onChange={(e) => onParts({ ...parts, amount: e.target.value })}
          {...notesOf(id, error)}
        />
      )}
      <select
        className="if-select"
        aria-label={unitLabel}
        value={parts.unit}
        onChange={(e) => {
          const unit = unitChoices.find((u) => u.value === e.target.value)?.value;
          if (unit) onParts(switchUnit(parts, unit));
        }}
      >
        {unitChoices.map((u) => (
          <option key={u.value} value={u.value}>
            {u.label}
          </option>
        ))}
      </select>
      {words !== undefined && (
        <output className="if-words" htmlFor={id}>
          {words}
        </output>
      )}
    </div>
  );
}
