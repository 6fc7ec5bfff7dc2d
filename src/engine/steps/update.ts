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
  /** Null when the node has none: see `listOrNull`. */
  unset: string[] | null;
  addTags: string[] | null;
  removeTags: string[] | null;
};

/**
 * A node's list, or null for none. Not `?? []`: an empty literal is an array
 * of another elements kind than a list read from JSON, and code reading both
 * kinds at one site deoptimised at the first update that met the second.
 */
function listOrNull(list: string[] | undefined): string[] | null {
  return list !== undefined && list.length > 0 ? list : null;
}

export function planUpdate(node: JourneyNode): UpdatePlan | null {
  if (node.type !== 'update') return null;
  return {
    set: Object.entries(node.set ?? {}).map(([path, value]) => ({ path, value: value as Json })),
    unset: listOrNull(node.unset),
    addTags: listOrNull(node.addTags),
    removeTags: listOrNull(node.removeTags),
  };
}

/** The profile's tags less `remove`, then `add` (each once), as a new list. */
function changedTags(
  before: Json | undefined,
  add: string[] | null,
  remove: string[] | null,
): Json[] {
  // Built by push from one literal, so every list it makes has one elements kind.
  const tags: Json[] = [];
  if (Array.isArray(before)) {
    for (const t of before) {
      if (remove === null || !(typeof t === 'string' && remove.includes(t))) tags.push(t);
    }
  }
  if (add !== null) for (const t of add) if (!tags.includes(t)) tags.push(t);
  return tags;
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
  if (plan.unset !== null) {
    for (const path of plan.unset) {
      if (getPath(profile, path) === undefined) continue;
      unsetPath(profile, path);
      changed = true;
    }
  }
  const { addTags, removeTags } = plan;
  if (addTags !== null || removeTags !== null) {
    const before = profile.tags;
    const tags = changedTags(before, addTags, removeTags);
    if (!deepEqual(Array.isArray(before) ? before : [], tags)) {
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
