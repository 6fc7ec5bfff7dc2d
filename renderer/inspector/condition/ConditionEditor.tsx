// One condition of any form, at any depth: a group (all / any) with its
// items, a "not" around another condition, or a row of one kind.
import type { Condition } from '../../../src/model';
import type { EditorContext } from '../../editor/types';
import { conditionForm } from '../../format/condition-form';
import { EventRow } from './EventRow';
import { GroupEditor } from './GroupEditor';
import { defaultCondition, type LeafKind, leafKinds, leafLabel, unavailable } from './kinds';
import { PropertyRow } from './PropertyRow';
import { EmailRow, SegmentRow, TagRow } from './SimpleRows';

export type EditorProps = {
  value: Condition;
  onChange: (next: Condition) => void;
  /** Removes this condition from its group; none at the root. */
  onRemove?: (() => void) | undefined;
  context: EditorContext;
  /** Where it sits, for names: "Condition 2". */
  path: string;
  /** The whole condition: a single row there may be put in a group. */
  root?: boolean;
};

export function ConditionEditor(props: EditorProps) {
  const { value, onChange, onRemove, context, path } = props;
  const form = conditionForm(value);
  switch (form.kind) {
    case 'all':
    case 'any':
      return <GroupEditor {...props} />;
    case 'not': {
      const c = form.condition;
      return (
        <fieldset className="cb-not" aria-label={`${path}: not`}>
          <div className="cb-head">
            <span className="cb-badge cb-badge-not">Not</span>
            <span className="cb-head-text" />
            <button
              type="button"
              className="btn btn-ghost cb-action"
              onClick={() => onChange(c.not)}
            >
              Remove not
            </button>
            {props.root && <GroupButton value={value} onChange={onChange} />}
            {onRemove && <RemoveButton path={path} onRemove={onRemove} />}
          </div>
          <ConditionEditor
            value={c.not}
            onChange={(inner) => onChange({ ...c, not: inner })}
            context={context}
            path={`${path}, inside not`}
          />
        </fieldset>
      );
    }
    case 'unknown':
      return (
        <fieldset className="cb-row" aria-label={path}>
          <p className="if-hint">
            A condition of a form this editor does not know; it is kept as it is:{' '}
            <code>{JSON.stringify(value)}</code>
          </p>
          {onRemove && <RemoveButton path={path} onRemove={onRemove} />}
        </fieldset>
      );
    default:
      return <LeafEditor {...props} kind={form.kind} />;
  }
}

function LeafEditor({
  value,
  onChange,
  onRemove,
  context,
  path,
  root,
  kind,
}: EditorProps & { kind: LeafKind }) {
  const form = conditionForm(value);
  return (
    <fieldset className="cb-row" aria-label={`${path}: ${leafLabel(kind)}`}>
      <div className="cb-head">
        <select
          className="if-select cb-kind"
          aria-label={`${path} type`}
          value={kind}
          onChange={(e) => {
            const next = leafKinds.find((k) => k.value === e.target.value);
            if (next && next.value !== kind) onChange(defaultCondition(next.value, context));
          }}
        >
          {leafKinds.map((k) => (
            <option
              key={k.value}
              value={k.value}
              disabled={unavailable(k.value, context) !== undefined}
            >
              {k.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-ghost cb-action"
          aria-label={`Negate ${path}`}
          title="Wrap in not"
          onClick={() => onChange({ not: value })}
        >
          Not
        </button>
        {root && <GroupButton value={value} onChange={onChange} />}
        {onRemove && <RemoveButton path={path} onRemove={onRemove} />}
      </div>
      <div className="cb-body">
        {form.kind === 'property' && <PropertyRow value={form.condition} onChange={onChange} />}
        {form.kind === 'event' && (
          <EventRow value={form.condition} onChange={onChange} context={context} />
        )}
        {form.kind === 'tag' && <TagRow value={form.condition} onChange={onChange} />}
        {form.kind === 'segment' && (
          <SegmentRow value={form.condition} onChange={onChange} context={context} />
        )}
        {form.kind === 'email' && (
          <EmailRow value={form.condition} onChange={onChange} context={context} />
        )}
      </div>
    </fieldset>
  );
}

export function RemoveButton({ path, onRemove }: { path: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon cb-remove"
      aria-label={`Remove ${path}`}
      title="Remove"
      onClick={onRemove}
    >
      ×
    </button>
  );
}

function GroupButton({ value, onChange }: Pick<EditorProps, 'value' | 'onChange'>) {
  return (
    <button
      type="button"
      className="btn btn-ghost cb-action"
      title="Put this condition in a group to add more"
      onClick={() => onChange({ all: [value] })}
    >
      Group
    </button>
  );
}
