// The journey settings, one section each: who may come back, when a run ends
// early, the goal, priority, quiet hours and the frequency-cap policy.
import type { CapPolicy, Goal, JourneySettings, QuietHours, Reentry } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { checkClockTime, checkInteger, checkRequired } from '../checks';
import { ConditionBuilder } from '../condition/ConditionBuilder';
import { CheckboxField, SelectField } from '../fields/Choice';
import { DurationField } from '../fields/DurationField';
import { KeyValueRows } from '../fields/KeyValueRows';
import { RadioGroup } from '../fields/RadioGroup';
import { TextField } from '../fields/TextField';
import { knownEvents } from '../known-events';
import { withOptional } from '../objects';

type Section = {
  settings: JourneySettings;
  onChange: (next: JourneySettings) => void;
  context: EditorContext;
};

type ReentryKind = 'never' | 'always' | 'after';

export function ReentrySection({ settings, onChange }: Section) {
  const r: Reentry = settings.reentry ?? 'never';
  const kind: ReentryKind = typeof r === 'string' ? r : 'after';
  const set = (reentry: Reentry) => onChange({ ...settings, reentry });
  return (
    <RadioGroup<ReentryKind>
      legend="Re-entry"
      value={kind}
      options={[
        { value: 'never', label: 'Never', hint: 'A profile goes through this journey once, ever.' },
        { value: 'always', label: 'Always', hint: 'Every trigger starts a run (one at a time).' },
        {
          value: 'after',
          label: 'After a while',
          hint: 'Again only that long after its last exit.',
        },
      ]}
      onChange={(k) => k !== kind && set(k === 'after' ? { after: 'P30D' } : k)}
    >
      {typeof r === 'object' && (
        <DurationField
          label="Again after"
          value={r.after}
          onCommit={(after) => set({ ...r, after })}
        />
      )}
    </RadioGroup>
  );
}

export function ExitSection({ settings, onChange, context }: Section) {
  const exits = settings.exitWhen ?? [];
  const set = (next: typeof exits) =>
    onChange(withOptional(settings, 'exitWhen', next.length > 0 ? next : undefined));
  return (
    <fieldset className="if-group">
      <legend className="if-label">Exit when</legend>
      <p className="if-hint">
        Checked after every event and change of the profile; the first that holds ends its run.
      </p>
      {exits.map((c, i) => (
        <ConditionBuilder
          // biome-ignore lint/suspicious/noArrayIndexKey: exit conditions are positional
          key={i}
          name={`Exit condition ${i + 1}`}
          value={c}
          onChange={(next) => set(exits.map((x, j) => (j === i ? next : x)))}
          onRemove={() => set(exits.filter((_, j) => j !== i))}
          context={context}
        />
      ))}
      <button
        type="button"
        className="btn btn-ghost if-add"
        onClick={() =>
          set([...exits, { event: settings.goal?.event ?? 'order_placed', since: 'entry' }])
        }
      >
        + Add exit condition
      </button>
    </fieldset>
  );
}

export function GoalSection({ settings, onChange, context }: Section) {
  const goal = settings.goal ?? undefined;
  const set = (next: Goal | undefined) => onChange(withOptional(settings, 'goal', next));
  return (
    <fieldset className="if-group">
      <legend className="if-label">Goal</legend>
      <CheckboxField
        label="Count a conversion when the profile does an event"
        checked={goal !== undefined}
        onChange={(on) => set(on ? { event: 'order_placed', within: 'P7D' } : undefined)}
      />
      {goal && (
        <>
          <TextField
            label="Goal event"
            value={goal.event}
            check={checkRequired('an event name, such as order_placed')}
            onCommit={(event) => set({ ...goal, event })}
            placeholder="order_placed"
            suggestions={knownEvents(context.journey)}
            mono
          />
          <KeyValueRows
            legend="With properties"
            item="Goal filter"
            value={goal.where}
            onCommit={(where) => set(withOptional(goal, 'where', where))}
          />
          <SelectField
            label="Counts"
            value={goal.within === undefined ? 'ever' : 'within'}
            options={[
              { value: 'ever', label: 'any time after entry' },
              { value: 'within', label: 'within a time of entry' },
            ]}
            onChange={(w) =>
              set(withOptional(goal, 'within', w === 'within' ? (goal.within ?? 'P7D') : undefined))
            }
          />
          {goal.within !== undefined && (
            <DurationField
              label="Within"
              value={goal.within}
              onCommit={(within) => set({ ...goal, within })}
            />
          )}
          <CheckboxField
            label="End the run when the goal is reached"
            checked={goal.exit !== false}
            onChange={(exit) => set(withOptional(goal, 'exit', exit ? undefined : false))}
            hint="Checked before the exit conditions, so an event that meets both ends the run as a goal."
          />
        </>
      )}
    </fieldset>
  );
}

export function PrioritySection({ settings, onChange }: Section) {
  return (
    <TextField
      label="Priority"
      value={settings.priority ?? 0}
      check={checkInteger}
      onCommit={(priority) => onChange({ ...settings, priority })}
      hint="When the frequency cap lets only one of several emails due at once go, the highest priority journey's goes."
      inputMode="numeric"
      narrow
    />
  );
}

export function QuietHoursSection({ settings, onChange }: Section) {
  const q = settings.quietHours ?? undefined;
  const set = (next: QuietHours | undefined) =>
    onChange(withOptional(settings, 'quietHours', next));
  return (
    <fieldset className="if-group">
      <legend className="if-label">Quiet hours</legend>
      <CheckboxField
        label="Hold emails during quiet hours"
        checked={q !== undefined}
        onChange={(on) => set(on ? { from: '21:00', to: '08:00' } : undefined)}
        hint="An email due inside the hours (in the profile's timezone) is sent when they end."
      />
      {q && (
        <div className="if-pair">
          <TextField
            label="From"
            value={q.from}
            check={checkClockTime}
            onCommit={(from) => set({ ...q, from })}
            placeholder="21:00"
            mono
          />
          <TextField
            label="To"
            value={q.to}
            check={checkClockTime}
            onCommit={(to) => set({ ...q, to })}
            placeholder="08:00"
            mono
          />
        </div>
      )}
      {q && q.from === q.to && <p className="if-hint">From and to are the same: no quiet hours.</p>}
    </fieldset>
  );
}

export function CapSection({ settings, onChange }: Section) {
  return (
    <RadioGroup<CapPolicy>
      legend="When the frequency cap blocks an email"
      value={settings.frequencyCap ?? 'skip'}
      options={[
        {
          value: 'skip',
          label: 'Skip it',
          hint: 'Not sent, recorded as suppressed; the run goes on.',
        },
        {
          value: 'delay',
          label: 'Delay it',
          hint: 'Sent as soon as the cap allows; the run waits.',
        },
        {
          value: 'ignore',
          label: 'Ignore the cap',
          hint: 'Time-critical: neither counted against nor blocked by the cap.',
        },
      ]}
      onChange={(frequencyCap) => onChange({ ...settings, frequencyCap })}
    />
  );
}
