// The trigger: which kind of moment starts a run, and that kind's fields.
import type { NodeOfType, TriggerKind } from '../../../src/model';
import type { EditorContext, NodeForm } from '../../editor/types';
import { checkClockTime, checkRequired } from '../checks';
import { CheckboxField, SelectField } from '../fields/Choice';
import { DurationField } from '../fields/DurationField';
import { KeyValueRows } from '../fields/KeyValueRows';
import { OffsetField } from '../fields/OffsetField';
import { TextField } from '../fields/TextField';
import { ValueField } from '../fields/ValueField';
import { knownEvents } from '../known-events';
import { withOptional } from '../objects';
import { useRemembered } from '../use-remembered';
import { FormShell } from './FormShell';
import { SegmentPicker } from './SegmentPicker';
import { switchTrigger, triggerKindChoices } from './trigger-defaults';

type Trigger = NodeOfType<'trigger'>;
type Props = { node: Trigger; onChange: (next: Trigger) => void; context: EditorContext };

export const TriggerForm: NodeForm<'trigger'> = ({ node, onChange, context }) => {
  const { recall, remember } = useRemembered<TriggerKind, Trigger>();
  const switchTo = (on: TriggerKind) => {
    if (on === node.on) return;
    remember(node.on, node);
    const before = recall(on);
    onChange(before ? { ...before, id: node.id } : switchTrigger(node, on, context));
  };
  return (
    <FormShell label="Trigger settings" context={context}>
      <SelectField
        label="Starts when the profile…"
        value={node.on}
        options={triggerKindChoices.map((c) =>
          c.value === 'segment' && context.segments.length === 0
            ? { ...c, label: `${c.label} (no segments yet)`, disabled: true }
            : c,
        )}
        onChange={switchTo}
      />
      <TriggerFields node={node} onChange={onChange} context={context} />
    </FormShell>
  );
};

function TriggerFields({ node, onChange, context }: Props) {
  switch (node.on) {
    case 'event':
      return (
        <>
          <TextField
            label="Event"
            value={node.event}
            check={checkRequired('an event name, such as cart_abandoned')}
            onCommit={(event) => onChange({ ...node, event })}
            placeholder="cart_abandoned"
            suggestions={knownEvents(context.journey)}
            mono
          />
          <KeyValueRows
            legend="Only when the event has"
            item="Filter"
            value={node.where}
            onCommit={(where) => onChange(withOptional(node, 'where', where))}
            hint="Equality on the event's properties; none: any such event."
          />
        </>
      );
    case 'segment':
      return (
        <SegmentPicker
          value={node.segment}
          segments={context.segments}
          onChange={(segment) => onChange({ ...node, segment })}
          hint="Profiles already in the segment when the journey goes live enter then."
        />
      );
    case 'date':
      return (
        <>
          <TextField
            label="Date property"
            value={node.property}
            check={checkRequired('a profile property that holds a date, such as birthday')}
            onCommit={(property) => onChange({ ...node, property })}
            placeholder="birthday"
            hint="A date in the profile, such as birthday or renewal_date."
            mono
          />
          <OffsetField
            label="When"
            value={node.offset}
            noneLabel="On the date"
            onCommit={(offset) => onChange(withOptional(node, 'offset', offset))}
          />
          <TextField
            label="At"
            value={node.at}
            check={checkClockTime}
            onCommit={(at) => onChange({ ...node, at })}
            placeholder="09:00"
            hint="In the profile's timezone."
            narrow
            mono
          />
          <CheckboxField
            label="Every year"
            checked={node.yearly === true}
            onChange={(yearly) => onChange(withOptional(node, 'yearly', yearly ? true : undefined))}
            hint="Birthdays and anniversaries: fires on that date each year."
          />
        </>
      );
    case 'inactivity':
      return (
        <>
          <TextField
            label="Has not done"
            value={node.event}
            check={checkRequired('an event name, such as order_placed')}
            onCommit={(event) => onChange({ ...node, event })}
            placeholder="order_placed"
            suggestions={knownEvents(context.journey)}
            mono
          />
          <DurationField
            label="For"
            value={node.for}
            onCommit={(d) => onChange({ ...node, for: d })}
            hint="Counted from the last such event, else from when the profile was created."
          />
        </>
      );
    case 'attribute':
      return (
        <>
          <TextField
            label="Property"
            value={node.property}
            check={checkRequired('a profile property, such as tier')}
            onCommit={(property) => onChange({ ...node, property })}
            placeholder="tier"
            mono
          />
          <CheckboxField
            label="Only when it changes to a value"
            checked={node.to !== undefined}
            onChange={(on) => onChange(withOptional(node, 'to', on ? '' : undefined))}
          />
          {node.to !== undefined && (
            <ValueField
              label="Changes to"
              value={node.to}
              onCommit={(to) => onChange({ ...node, to })}
            />
          )}
        </>
      );
  }
}
