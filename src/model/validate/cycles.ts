// Cycles that take no time (spec: "Exact semantics", "Cycles"). A run moves
// through nodes that take no time within one instant, so a loop of such nodes
// would spin forever. Every cycle must pass through a node that waits.
import type { JourneyNode } from '../nodes.ts';
import type { Problem } from '../problem.ts';
import type { CheckedJourney, CheckedNode } from './checked.ts';
import { problemInJourney } from './context.ts';
import { nodesById } from './graph.ts';

/** A waitFor, or a wait with a positive `for` or with `until.time`. */
export function takesTime(node: JourneyNode): boolean {
  if (node.type === 'waitFor') return true;
  if (node.type !== 'wait') return false;
  // Any non-zero digit in an ISO duration makes it positive (P0D, PT0S are zero).
  if (node.for !== undefined) return /[1-9]/.test(node.for);
  return node.until !== undefined && 'time' in node.until;
}

/**
 * One error per distinct cycle of nodes that take no time, each naming the
 * cycle's nodes in order, from the node listed first in the journey.
 */
export function checkCycles(journey: CheckedJourney): Problem[] {
  const byId = nodesById(journey);
  const next = new Map<string, string[]>();
  for (const e of journey.edges) {
    if (e === null) continue;
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to || mayTakeTime(from) || mayTakeTime(to)) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  }
  const covered = new Set<string>();
  const problems: Problem[] = [];
  journey.nodes.forEach((node, i) => {
    if (node.id === undefined || byId.get(node.id) !== node) return;
    const cycle = shortestCycle(node.id, next);
    if (!cycle || cycle.every((id) => covered.has(id))) return;
    for (const id of cycle) covered.add(id);
    const shown = [...cycle, node.id].join(' → ');
    problems.push(
      problemInJourney(
        journey,
        'error',
        ['nodes', i],
        `is on a cycle that takes no time (${shown}): a run would loop forever in one instant. Put a wait with a positive "for", a wait until a clock time, or a wait-for-event node on the cycle, or remove one of its edges.`,
        { value: shown },
      ),
    );
  });
  return problems;
}

/** A node that failed its schema (a wait with a broken duration) may be meant to wait. */
function mayTakeTime(node: CheckedNode): boolean {
  return node.type === undefined || takesTime(node);
}

/** The nodes of the shortest path from `start` back to itself, `start` first. */
function shortestCycle(start: string, next: Map<string, string[]>): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (to === start) {
        const path = [id];
        for (let at = id; at !== start; ) {
          const prev = cameFrom.get(at);
          if (prev === undefined) break;
          path.unshift(prev);
          at = prev;
        }
        return path;
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, id);
        queue.push(to);
      }
    }
  }
  return undefined;
}
