// Rules about one node's own fields that a schema cannot say: split variants
// (positive weights, distinct keys) and where `until.property` may look.
import type { Problem } from '../problem.ts';
import type { CheckedJourney } from './checked.ts';
import { problemInJourney } from './context.ts';

export function checkNodeFields(journey: CheckedJourney): Problem[] {
  const problems: Problem[] = [];
  journey.nodes.forEach((node, i) => {
    if (node.type === 'split') {
      const keys = new Set<string>();
      node.variants.forEach((v, k) => {
        if (!(Number.isFinite(v.weight) && v.weight > 0)) {
          problems.push(
            problemInJourney(
              journey,
              'error',
              ['nodes', i, 'variants', k, 'weight'],
              'must be positive: give every variant a weight above 0 (weights are relative, such as 50 and 50), or remove the variant.',
              { value: String(v.weight) },
            ),
          );
        }
        if (keys.has(v.key)) {
          problems.push(
            problemInJourney(
              journey,
              'error',
              ['nodes', i, 'variants', k, 'key'],
              'is a second variant with this key: each variant of a split needs its own key, which names its port.',
              { value: v.key },
            ),
          );
        }
        keys.add(v.key);
      });
    }
    if (node.type === 'wait' && node.until && 'property' in node.until) {
      const property = node.until.property;
      if (typeof property === 'string' && !/^(profile|event)\../.test(property)) {
        problems.push(
          problemInJourney(
            journey,
            'error',
            ['nodes', i, 'until', 'property'],
            'must start with "profile." or "event.": say whether the instant is in the profile or in the event that started the run, such as event.starts_at.',
            { value: property },
          ),
        );
      }
    }
  });
  return problems;
}
