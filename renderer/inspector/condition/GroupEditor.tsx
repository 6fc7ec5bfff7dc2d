// A group: all or any of its items hold. Items are added, removed, negated;
// the group's kind switches between all and any keeping its items.
import type { Condition } from '../../../src/model';
import { conditionForm } from '../../format/condition-form';
import { without } from '../objects';
import { ConditionEditor, type EditorProps, RemoveButton } from './ConditionEditor';
import { type AddKind, addKinds, defaultCondition, unavailable } from './kinds';

type GroupKind = 'all' | 'any';

function itemsOf(c: Condition): { kind: GroupKind; items: Condition[] } {
  const form = conditionForm(c);
  if (form.kind === 'all') return { kind: 'all', items: form.condition.all };
  if (form.kind === 'any') return { kind: 'any', items: form.condition.any };
  return { kind: 'all', items: [] };
}

function withItems(c: Condition, kind: GroupKind, items: Condition[]): Condition {
  const rest = without(c, 'all', 'any');
  return kind === 'all' ? { ...rest, all: items } : { ...rest, any: items };
}

export function GroupEditor({ value, onChange, onRemove, context, path }: EditorProps) {
  const { kind, items } = itemsOf(value);
  const set = (next: Condition[]) => onChange(withItems(value, kind, next));
  const add = (k: AddKind) => set([...items, defaultCondition(k, context)]);
  return (
    <fieldset className={`cb-group cb-${kind}`} aria-label={path}>
      <div className="cb-head">
        <fieldset className="segmented cb-kinds">
          <legend className="sr-only">{`${path} matches`}</legend>
          {(['all', 'any'] as const).map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={k === kind}
              onClick={() => k !== kind && onChange(withItems(value, k, items))}
            >
              {k === 'all' ? 'All of' : 'Any of'}
            </button>
          ))}
        </fieldset>
        <span className="cb-head-text">these</span>
        <button
          type="button"
          className="btn btn-ghost cb-action"
          aria-label={`Negate ${path}`}
          title="Wrap in not"
          onClick={() => onChange({ not: value })}
        >
          Not
        </button>
        {onRemove && <RemoveButton path={path} onRemove={onRemove} />}
      </div>
      {items.length === 0 ? (
        <p className="if-hint cb-empty">
          {kind === 'all' ? 'No conditions yet: always holds.' : 'No conditions yet: never holds.'}
        </p>
      ) : (
        <ol className="cb-items">
          {items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items are positional
            <li key={i} className="cb-item">
              {i > 0 && <span className="cb-joiner">{kind === 'all' ? 'and' : 'or'}</span>}
              <ConditionEditor
                value={item}
                onChange={(next) => set(items.map((c, j) => (j === i ? next : c)))}
                onRemove={() => set(items.filter((_, j) => j !== i))}
                context={context}
                path={`${path}.${i + 1}`}
              />
            </li>
          ))}
        </ol>
      )}
      <select
        className="if-select cb-add"
        aria-label={`Add to ${path}`}
        value=""
        onChange={(e) => {
          const picked = addKinds.find((k) => k.value === e.target.value);
          if (picked) add(picked.value);
        }}
      >
        <option value="" disabled>
          + Add a condition…
        </option>
        {addKinds.map((k) => {
          const why = unavailable(k.value, context);
          return (
            <option key={k.value} value={k.value} disabled={why !== undefined}>
              {why ? `${k.label} (${why})` : k.label}
            </option>
          );
        })}
      </select>
    </fieldset>
  );
}
