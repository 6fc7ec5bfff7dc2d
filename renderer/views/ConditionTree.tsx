// A condition drawn as a tree: "All of" / "Any of" / "Not" groups, and one
// readable row per leaf (property, event history, tag, segment, email).
import type { Condition } from '../../src/model';
import { describeCondition } from '../format/condition';
import { conditionForm } from '../format/condition-form';

export function ConditionTree({ condition }: { condition: Condition }) {
  const form = conditionForm(condition);
  if (form.kind === 'all' || form.kind === 'any' || form.kind === 'not') {
    const items =
      form.kind === 'all'
        ? form.condition.all
        : form.kind === 'any'
          ? form.condition.any
          : [form.condition.not];
    const label = { all: 'All of these', any: 'Any of these', not: 'Not' }[form.kind];
    return (
      <div className={`cond-group cond-${form.kind}`}>
        <div className="cond-group-label">{label}</div>
        <ul className="cond-children">
          {items.map((child, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no ids
            <li key={i}>
              <ConditionTree condition={child} />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="cond-leaf">
      <span className={`cond-kind cond-kind-${form.kind}`}>{form.kind}</span>
      <span>{describeCondition(condition)}</span>
    </div>
  );
}
