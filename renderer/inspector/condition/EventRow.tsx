// Event history: the profile did an event (with these properties), at least
// once or a number of times, ever, in the last while, or since entering.
import type { CountOp, EventCondition } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { checkRequired, checkWholeNumber } from '../checks';
import { SelectField } from '../fields/Choice';
import { DurationField } from '../fields/DurationField';
import { KeyValueRows } from '../fields/KeyValueRows';
import { TextField } from '../fields/TextField';
import { knownEvents } from '../known-events';
import { withOptional, without } from '../objects';

type CountChoice = CountOp | 'once';
type Window = 'ever' | 'within' | 'since';

const countChoices: { value: CountChoice; label: string }[] = [
  { value: 'once', label: 'at least once' },
  { value: 'eq', label: 'exactly' },
  { value: 'ne', label: 'not exactly' },
  { value: 'gt', label: 'more than' },
  { value: 'gte', label: 'at least' },
  { value: 'lt', label: 'fewer than' },
  { value: 'lte', label: 'at most' },
];

const windowChoices: { value: Window; label: string }[] = [
  { value: 'ever', label: 'ever' },
  { value: 'within', label: 'in the last…' },
  { value: 'since', label: 'since entering this journey' },
];

function windowOf(c: EventCondition): Window {
  if (c.since === 'entry') return 'since';
  if (c.within !== undefined) return 'within';
  return 'ever';
}

export function switchWindow(c: EventCondition, w: Window): EventCondition {
  const rest = { ...without(c, 'within', 'since'), event: c.event };
  if (w === 'within') return { ...rest, within: c.within ?? 'P7D' };
  if (w === 'since') return { ...rest, since: 'entry' };
  return rest;
}

export function switchCount(c: EventCondition, choice: CountChoice): EventCondition {
  if (choice === 'once') return withOptional(c, 'count', undefined);
  return { ...c, count: { ...c.count, op: choice, value: c.count?.value ?? 1 } };
}

type Props = {
  value: EventCondition;
  onChange: (next: EventCondition) => void;
  context: EditorContext;
};

export function EventRow({ value, onChange, context }: Props) {
  const window = windowOf(value);
  return (
    <>
      <TextField
        label="Did event"
        value={value.event}
        check={checkRequired('an event name, such as order_placed')}
        onCommit={(event) => onChange({ ...value, event })}
        placeholder="order_placed"
        suggestions={knownEvents(context.journey)}
        mono
      />
      <div className={value.count ? 'if-pair' : 'if-stack'}>
        <SelectField
          label="How often"
          value={value.count?.op ?? 'once'}
          options={countChoices}
          onChange={(choice) => onChange(switchCount(value, choice))}
        />
        {value.count && (
          <TextField
            label="Times"
            value={value.count.value}
            check={checkWholeNumber}
            onCommit={(n) =>
              value.count && onChange({ ...value, count: { ...value.count, value: n } })
            }
            inputMode="numeric"
          />
        )}
      </div>
      <SelectField
        label="When"
        value={window}
        options={windowChoices}
        onChange={(w) => w !== window && onChange(switchWindow(value, w))}
      />
      {value.within !== undefined && window === 'within' && (
        <DurationField
          label="In the last"
          value={value.within}
          onCommit={(within) => onChange({ ...value, within })}
        />
      )}
      <KeyValueRows
        legend="With properties"
        item="Filter"
        value={value.where}
        onCommit={(where) => onChange(withOptional(value, 'where', where))}
      />
    </>
  );
}
