// The order in which a simulation makes its personas: file order when
// stepping; when run to the end in blocks, one block of every group first,
// then the rest in file order. Profiles share no state, so the order changes
// no output (the result lists personas in file order again), but it changes
// how fast the first run is: the engine's code meets every cohort's profile
// and event shapes, and every path they take, in its first few hundred
// personas, before V8 optimises it. Played in file order, each new cohort
// threw away code specialised on the ones before it (measured: about 90
// deoptimisations in a run of the starter cohorts, 30 with the tour first).
import type { PersonaGroup } from './personas.ts';

/** Members `from` to `to` (numbered from 1) of one group; `order` is the first one's place in file order. */
export type MemberRange = { group: PersonaGroup; from: number; to: number; order: number };

/** Every group's members in file order. */
export function fileOrder(groups: readonly PersonaGroup[]): MemberRange[] {
  return tour(groups, 0);
}

/**
 * The first `firstBlock` members of every group, in file order, then the
 * rest of each group in file order (`firstBlock` 0: file order alone).
 */
export function tour(groups: readonly PersonaGroup[], firstBlock: number): MemberRange[] {
  const first: MemberRange[] = [];
  const rest: MemberRange[] = [];
  let order = 0;
  for (const group of groups) {
    const split = firstBlock > 0 ? Math.min(firstBlock, group.count) : 0;
    if (split > 0) first.push({ group, from: 1, to: split, order });
    if (group.count > split) {
      rest.push({ group, from: split + 1, to: group.count, order: order + split });
    }
    order += group.count;
  }
  return [...first, ...rest];
}
