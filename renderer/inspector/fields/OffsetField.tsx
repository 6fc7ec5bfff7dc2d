// A signed offset (before or after an instant, or none), stored as an ISO
// duration that may start with "-" (`-P1D`).
import { type ReactNode, useId } from 'react';
import { formatDuration } from '../../format/duration';
import { ok, type Parsed } from '../checks';
import { type DurationParts, toParts } from '../duration-parts';
import { useDraft } from '../use-draft';
import { DurationInputs, parseParts } from './DurationField';
import { Field } from './Field';

type Direction = 'none' | 'before' | 'after';
type OffsetDraft = { direction: Direction; parts: DurationParts };

type Props = {
  label: ReactNode;
  value: string | undefined;
  onCommit: (offset: string | undefined) => void;
  /** What no offset means here: "On the date", "At the instant". */
  noneLabel: string;
  hint?: ReactNode;
};

function toDraft(value: string | undefined): OffsetDraft {
  if (value === undefined) return { direction: 'none', parts: toParts('P1D') };
  const negative = value.startsWith('-');
  return { direction: negative ? 'before' : 'after', parts: toParts(value.replace(/^-/, '')) };
}

function parse(draft: OffsetDraft): Parsed<string | undefined> {
  if (draft.direction === 'none') return ok(undefined);
  const iso = parseParts(draft.parts);
  if (!iso.ok) return iso;
  return ok(draft.direction === 'before' ? `-${iso.value}` : iso.value);
}

export function OffsetField({ label, value, onCommit, noneLabel, hint }: Props) {
  const id = useId();
  const { draft, error, edit } = useDraft(value, toDraft, parse, onCommit);
  const words =
    error === undefined && value !== undefined
      ? `${formatDuration(value.replace(/^-/, ''))} ${value.startsWith('-') ? 'before' : 'after'}`
      : undefined;
  return (
    <Field id={`${id}-direction`} label={label} error={error} hint={hint}>
      <div className="if-stack">
        <select
          id={`${id}-direction`}
          className="if-select"
          value={draft.direction}
          onChange={(e) => {
            const direction = directions.find((d) => d === e.target.value);
            if (direction) edit({ ...draft, direction });
          }}
        >
          <option value="none">{noneLabel}</option>
          <option value="before">Before</option>
          <option value="after">After</option>
        </select>
        {draft.direction !== 'none' && (
          <DurationInputs
            id={`${id}-amount`}
            parts={draft.parts}
            onParts={(parts) => edit({ ...draft, parts })}
            error={error}
            words={words}
            unitLabel="Offset unit"
            amountLabel="Offset"
          />
        )}
      </div>
    </Field>
  );
}

const directions: Direction[] = ['none', 'before', 'after'];
