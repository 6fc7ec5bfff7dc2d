// update: changes the profile (set, unset, addTags, removeTags), then what a
// change does: attribute triggers, segments, exit conditions.
import { type NodeStep, OUT, type Outcome } from '../types.ts';
import { deepEqual, getPath, type Json, setPath, unsetPath } from '../values.ts';

export const updateStep: NodeStep<'update'> = {
  enter(e, state, run, node): Outcome {
    e.changeProfile(
      state,
      (profile) => {
        let changed = false;
        for (const [path, value] of Object.entries(node.set ?? {})) {
          if (deepEqual(getPath(profile, path), value)) continue;
          setPath(profile, path, value);
          changed = true;
        }
        for (const path of node.unset ?? []) {
          if (getPath(profile, path) === undefined) continue;
          unsetPath(profile, path);
          changed = true;
        }
        if (node.addTags?.length || node.removeTags?.length) {
          const before: Json[] = Array.isArray(profile.tags) ? profile.tags : [];
          const tags = before.filter(
            (t) => !(typeof t === 'string' && node.removeTags?.includes(t)),
          );
          for (const t of node.addTags ?? []) if (!tags.includes(t)) tags.push(t);
          if (!deepEqual(before, tags)) {
            profile.tags = tags; // a new array: the old one may be shared
            changed = true;
          }
        }
        return changed;
      },
      run,
    );
    return OUT;
  },
  resume: (e, state, run, node) => updateStep.enter(e, state, run, node, run.node),
};
