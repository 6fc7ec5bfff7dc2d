// Every condition inside a condition, with its JSON path: the rules that check
// what a condition names (segments, email nodes) walk them through here.
import { type ConditionKind, conditionKind } from '../condition.ts';
import { field } from './context.ts';

export type Located = { kind: ConditionKind; condition: unknown; path: PropertyKey[] };

/** The condition at `path` and all the conditions nested in it, depth first. */
export function walkCondition(condition: unknown, path: PropertyKey[]): Located[] {
  const kind = conditionKind(condition);
  if (kind === undefined) return [];
  const here: Located = { kind, condition, path };
  if (kind === 'not') return [here, ...walkCondition(field(condition, 'not'), [...path, 'not'])];
  if (kind === 'all' || kind === 'any') {
    const items = field(condition, kind);
    if (!Array.isArray(items)) return [here];
    return [here, ...items.flatMap((c, i) => walkCondition(c, [...path, kind, i]))];
  }
  return [here];
}
