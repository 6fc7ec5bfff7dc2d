// update: changes the profile (set, unset, addTags, removeTags), then what a
// change does: attribute triggers, segments, exit conditions.

import type { JourneyNode } from '../../model/nodes.ts';
import type { Run } from '../state.ts';
import { type NodeStep, OUT, type Outcome } from '../types.ts';
import { deepEqual, getPath, type Json, type JsonObject, setPath, unsetPath } from '../values.ts';

/**
 * An update node's changes, listed once at compile. Update nodes have as many
 * shapes as combinations of their optional fields, so reading them at every
 * update was a megamorphic load (and a deoptimisation when a new shape came
 * late); the plan has one shape, and its `set` is a list, not keys to walk.
 */
export type UpdatePlan = {
  set: { path: string; value: Json }[];
  unset: string[];
  addTags: string[];
  removeTags: string[];
};

export function planUpdate(node: JourneyNode): UpdatePlan | null {
  if (node.type !== 'update') return null;
  return {
    set: Object.entries(node.set ?? {}).map(([path, value]) => ({ path, value: value as Json })),
    unset: node.unset ?? [],
    addTags: node.addTags ?? [],
    removeTags: node.removeTags ?? [],
  };
}

/**
 * The update node's change to the profile; whether anything changed. A
 * function of its own, given the run, not a closure over the node: one
 * closure per update would cost an allocation.
 */
function applyUpdate(profile: JsonObject, run: Run): boolean {
  const plan = run.node.update;
  if (plan === null) return false;
  let changed = false;
  for (const { path, value } of plan.set) {
    if (deepEqual(getPath(profile, path), value)) continue;
    setPath(profile, path, value);
    changed = true;
  }
  for (const path of plan.unset) {
    if (getPath(profile, path) === undefined) continue;
    unsetPath(profile, path);
    changed = true;
  }
  const { addTags, removeTags } = plan;
  if (addTags.length > 0 || removeTags.length > 0) {
    const before: Json[] = Array.isArray(profile.tags) ? profile.tags : [];
    const tags = before.filter((t) => !(typeof t === 'string' && removeTags.includes(t)));
    for (const t of addTags) if (!tags.includes(t)) tags.push(t);
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
