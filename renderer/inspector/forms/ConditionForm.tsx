// A condition node: the condition that sends a profile out by yes or no.
import type { NodeForm } from '../../editor/types';
import { ConditionBuilder } from '../condition/ConditionBuilder';
import { FormShell } from './FormShell';

export const ConditionForm: NodeForm<'condition'> = ({ node, onChange, context }) => (
  <FormShell label="Condition settings" context={context}>
    <p className="if-hint">
      Checked when the profile reaches this node: yes if it holds, no if not.
    </p>
    <ConditionBuilder
      value={node.if}
      onChange={(c) => onChange({ ...node, if: c })}
      context={context}
    />
  </FormShell>
);
