// Wait for an event: which event (and its properties), and how long at most.
import type { NodeForm } from '../../editor/types';
import { checkRequired } from '../checks';
import { DurationField } from '../fields/DurationField';
import { KeyValueRows } from '../fields/KeyValueRows';
import { TextField } from '../fields/TextField';
import { knownEvents } from '../known-events';
import { withOptional } from '../objects';
import { FormShell } from './FormShell';

export const WaitForForm: NodeForm<'waitFor'> = ({ node, onChange, context }) => (
  <FormShell label="Wait for event settings" context={context}>
    <TextField
      label="Event"
      value={node.event}
      check={checkRequired('an event name, such as email_clicked')}
      onCommit={(event) => onChange({ ...node, event })}
      placeholder="email_clicked"
      suggestions={knownEvents(context.journey)}
      hint="Leaves by the event port when the profile does it after reaching this node."
      mono
    />
    <KeyValueRows
      legend="Only when the event has"
      item="Filter"
      value={node.where}
      onCommit={(where) => onChange(withOptional(node, 'where', where))}
    />
    <DurationField
      label="Wait at most"
      value={node.timeout}
      onCommit={(timeout) => onChange({ ...node, timeout })}
      hint="Then leaves by the timeout port."
    />
  </FormShell>
);
