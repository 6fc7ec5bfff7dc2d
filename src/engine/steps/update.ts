// update: changes the profile (set, unset, addTags, removeTags), then what a
// change does: attribute triggers, segments, exit conditions.

import type { Run } from '../state.ts';
import { type NodeStep, OUT, type Outcome } from '../types.ts';
import { deepEqual, getPath, type Json, type JsonObject, setPath, unsetPath } from '../values.ts';

/**
 * The update node's change to the profile; whether anything changed. A
 * function of its own, given the run, not a closure over the node: one
 * closure per update would cost an allocation.
 */
function applyUpdate(profile: JsonObject, run: Run): boolean {
  const node = run.node.node;
  if (node.type !== 'update') return false;
  let changed = false;
  const set = node.set;
  // `for...in`, not `Object.entries`: no list of pairs per update (a JSON
  // object has no inherited keys, and both walk keys in the same order).
  if (set) {
    for (const path in set) {
      const value = set[path] as Json;
      if (deepEqual(getPath(profile, path), value)) continue;
      setPath(profile, path, value);
      changed = true;
    }
  }
  for (const path of node.unset ?? []) {
    if (getPath(profile, path) === undefined) continue;
    unsetPath(profile, path);
    changed = true;
  }
  if (node.addTags?.length || node.removeTags?.length) {
    const before: Json[] = Array.isArray(profile.tags) ? profile.tags : [];
    const tags = before.filter((t) => !(typeof t === 'string' && node.removeTags?.includes(t)));
    for (const t of node.addTags ?? []) if (!tags.includes(t)) tags.push(t);
    if (!deepEqual(before, tags)) {
      profile.tags = tags; // a new array: the old one may be shared
      changed = true;
    }
  }
  return changed;
}

export const updateStep: NodeStep<'update'> = {
  enter(e, state, run): Outcome {
    e.changeProfile(state, applyUpdate, run);
    return OUT;
  },
  resume: (e, state, run, node) => updateStep.enter(e, state, run, node, run.node),
};
