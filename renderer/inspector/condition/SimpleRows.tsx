// The one-field conditions: a tag, a segment, email engagement.
import type { EmailCondition, SegmentCondition, TagCondition } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { readableLiquid } from '../../format/liquid';
import { checkRequired } from '../checks';
import { SelectField } from '../fields/Choice';
import { TextField } from '../fields/TextField';
import { SegmentPicker } from '../forms/SegmentPicker';
import { withOptional } from '../objects';

export function TagRow({
  value,
  onChange,
}: {
  value: TagCondition;
  onChange: (next: TagCondition) => void;
}) {
  return (
    <TextField
      label="Has tag"
      value={value.tag}
      check={checkRequired('a tag, such as vip')}
      onCommit={(tag) => onChange({ ...value, tag })}
      placeholder="vip"
      mono
    />
  );
}

export function SegmentRow({
  value,
  onChange,
  context,
}: {
  value: SegmentCondition;
  onChange: (next: SegmentCondition) => void;
  context: EditorContext;
}) {
  return (
    <SegmentPicker
      label="Is in segment"
      value={value.segment}
      segments={context.segments}
      onChange={(segment) => onChange({ ...value, segment })}
    />
  );
}

const anyEmail = '(any)';

export function EmailRow({
  value,
  onChange,
  context,
}: {
  value: EmailCondition;
  onChange: (next: EmailCondition) => void;
  context: EditorContext;
}) {
  const emails = context.journey.nodes.filter((n) => n.type === 'email');
  const known = value.node === undefined || emails.some((n) => n.id === value.node);
  const nodeOptions = [
    { value: anyEmail, label: 'any email of this journey' },
    ...(known || value.node === undefined
      ? []
      : [{ value: value.node, label: `${value.node} (missing)` }]),
    ...emails.map((n) => ({ value: n.id, label: `${n.id} · ${clip(readableLiquid(n.subject))}` })),
  ];
  return (
    <div className="if-pair if-pair-narrow-first">
      <SelectField
        label="Engagement"
        value={value.email}
        options={[
          { value: 'opened', label: 'opened' },
          { value: 'clicked', label: 'clicked' },
        ]}
        onChange={(email) => onChange({ ...value, email })}
      />
      <SelectField
        label="Email"
        value={value.node ?? anyEmail}
        options={nodeOptions}
        onChange={(node) =>
          onChange(withOptional(value, 'node', node === anyEmail ? undefined : node))
        }
        error={known ? undefined : `There is no email node "${value.node}" in this journey.`}
      />
    </div>
  );
}

function clip(text: string): string {
  return text.length > 36 ? `${text.slice(0, 35)}…` : text;
}
