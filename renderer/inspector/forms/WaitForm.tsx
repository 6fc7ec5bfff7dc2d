// A wait: a set time, the next matching time of day, or a date in the
// profile or the triggering event (plus an offset).
import type { NodeOfType } from '../../../src/model';
import type { NodeForm } from '../../editor/types';
import { checkClockTime, checkInstantProperty } from '../checks';
import { Segmented } from '../fields/Choice';
import { DurationField } from '../fields/DurationField';
import { OffsetField } from '../fields/OffsetField';
import { TextField } from '../fields/TextField';
import { withOptional } from '../objects';
import { useRemembered } from '../use-remembered';
import { FormShell } from './FormShell';
import {
  switchWait,
  type UntilProperty,
  type UntilTime,
  untilProperty,
  untilTime,
  type WaitMode,
  waitMode,
  waitModeChoices,
  weekdays,
} from './wait-modes';

type Wait = NodeOfType<'wait'>;

export const WaitForm: NodeForm<'wait'> = ({ node, onChange, context }) => {
  const mode = waitMode(node);
  const time = untilTime(node);
  const property = untilProperty(node);
  const { recall, remember } = useRemembered<WaitMode, Wait>();
  const switchTo = (next: WaitMode) => {
    if (next === mode) return;
    remember(mode, node);
    const before = recall(next);
    onChange(before ? { ...before, id: node.id } : switchWait(node, next));
  };
  return (
    <FormShell label="Wait settings" context={context}>
      <div className="if-field">
        <span className="if-label">Wait until</span>
        <Segmented label="Wait until" value={mode} options={waitModeChoices} onChange={switchTo} />
      </div>
      {mode === 'for' && (
        <DurationField
          label="Wait for"
          value={node.for ?? 'P1D'}
          onCommit={(d) => onChange({ ...node, for: d })}
          hint="Days and weeks keep the clock time across daylight-saving changes; hours are exact."
        />
      )}
      {time && <UntilTimeFields node={node} until={time} onChange={onChange} />}
      {property && <UntilPropertyFields node={node} until={property} onChange={onChange} />}
    </FormShell>
  );
};

function UntilTimeFields({
  node,
  until,
  onChange,
}: {
  node: Wait;
  until: UntilTime;
  onChange: (next: Wait) => void;
}) {
  const days = until.weekdays ?? [];
  const toggle = (day: (typeof weekdays)[number]['value']) => {
    const next = days.includes(day) ? days.filter((d) => d !== day) : [...days, day];
    const ordered = weekdays.map((w) => w.value).filter((d) => next.includes(d));
    onChange({
      ...node,
      until: withOptional(until, 'weekdays', ordered.length > 0 ? ordered : undefined),
    });
  };
  return (
    <>
      <TextField
        label="Time of day"
        value={until.time}
        check={checkClockTime}
        onCommit={(t) => onChange({ ...node, until: { ...until, time: t } })}
        placeholder="09:00"
        hint="The next time the clock shows this, in the profile's timezone."
        narrow
        mono
      />
      <fieldset className="if-group">
        <legend className="if-label">On</legend>
        <div className="if-weekdays">
          {weekdays.map((w) => (
            <button
              key={w.value}
              type="button"
              className="if-day"
              aria-pressed={days.includes(w.value)}
              aria-label={w.long}
              title={w.long}
              onClick={() => toggle(w.value)}
            >
              {w.short}
            </button>
          ))}
        </div>
        <p className="if-hint">
          {days.length === 0
            ? 'Any day: pick days to wait for those only.'
            : 'Only on the days picked.'}
        </p>
      </fieldset>
    </>
  );
}

function UntilPropertyFields({
  node,
  until,
  onChange,
}: {
  node: Wait;
  until: UntilProperty;
  onChange: (next: Wait) => void;
}) {
  return (
    <>
      <TextField
        label="Date in"
        value={until.property}
        check={checkInstantProperty}
        onCommit={(p) => onChange({ ...node, until: { ...until, property: p } })}
        placeholder="event.starts_at"
        hint="profile.… or event.… (the event that started the run). Passed or missing: goes on at once."
        mono
      />
      <OffsetField
        label="When"
        value={until.offset}
        noneLabel="At that instant"
        onCommit={(offset) => onChange({ ...node, until: withOptional(until, 'offset', offset) })}
      />
    </>
  );
}
