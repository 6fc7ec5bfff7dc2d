// Update the profile: set properties, clear some, add and remove tags.
import type { NodeForm } from '../../editor/types';
import { ChipsField } from '../fields/ChipsField';
import { KeyValueRows } from '../fields/KeyValueRows';
import { withOptional } from '../objects';
import { FormShell } from './FormShell';

const list = (values: string[]) => (values.length > 0 ? values : undefined);

export const UpdateForm: NodeForm<'update'> = ({ node, onChange, context }) => (
  <FormShell label="Update profile settings" context={context}>
    <KeyValueRows
      legend="Set properties"
      item="Property"
      value={node.set}
      onCommit={(set) => onChange(withOptional(node, 'set', set))}
      addLabel="Set a property"
    />
    <ChipsField
      label="Clear properties"
      item="property"
      values={node.unset ?? []}
      onCommit={(v) => onChange(withOptional(node, 'unset', list(v)))}
      placeholder="discount_code"
    />
    <ChipsField
      label="Add tags"
      item="tag"
      values={node.addTags ?? []}
      onCommit={(v) => onChange(withOptional(node, 'addTags', list(v)))}
      placeholder="engaged"
    />
    <ChipsField
      label="Remove tags"
      item="tag"
      values={node.removeTags ?? []}
      onCommit={(v) => onChange(withOptional(node, 'removeTags', list(v)))}
      placeholder="lapsed"
    />
  </FormShell>
);
