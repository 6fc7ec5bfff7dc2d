// The shape of a journey's graph: exactly one trigger, edges between nodes
// that exist, on ports the node has, one edge per port, every node reachable.
// In a journey read leniently, a rule says nothing it could not know: a node
// whose type is unknown may be the trigger, one whose id is unknown may be
// what an edge names.
import { nodeKinds } from '../node-kinds.ts';
import type { Problem } from '../problem.ts';
import {
  allIdsRead,
  allKindsRead,
  type CheckedJourney,
  type CheckedNode,
  graphRead,
  kindOf,
  portsOfChecked,
} from './checked.ts';
import { type Detail, problemInJourney, quoteList } from './context.ts';

/** The first node of each id: duplicates are reported by ids.ts, not here. */
export function nodesById(journey: CheckedJourney): Map<string, CheckedNode> {
  const byId = new Map<string, CheckedNode>();
  for (const node of journey.nodes) {
    if (node.id !== undefined && !byId.has(node.id)) byId.set(node.id, node);
  }
  return byId;
}

/** The port an edge leaves by: omitted means `out`, the single output. */
export function portOf(edge: { port?: string | undefined }): string {
  return edge.port ?? 'out';
}

export function checkTriggers(journey: CheckedJourney): Problem[] {
  const triggers = journey.nodes.flatMap((n, i) => (kindOf(n) === 'trigger' ? [i] : []));
  if (triggers.length === 0) {
    if (!allKindsRead(journey)) return [];
    return [
      problemInJourney(
        journey,
        'error',
        ['nodes'],
        'has no trigger: add one trigger node, where profiles enter the journey.',
      ),
    ];
  }
  const first = triggers[0] ?? 0;
  const firstId = journey.nodes[first]?.id;
  const firstName = firstId === undefined ? `$.nodes[${first}]` : `"${firstId}"`;
  return triggers
    .slice(1)
    .map((i) =>
      problemInJourney(
        journey,
        'error',
        ['nodes', i],
        `is a second trigger (the first is ${firstName}): a journey has exactly one; remove it or move it into a journey of its own.`,
        { value: journey.nodes[i]?.id },
      ),
    );
}

export function checkEdges(journey: CheckedJourney): Problem[] {
  const byId = nodesById(journey);
  const idsRead = allIdsRead(journey);
  const problems: Problem[] = [];
  const taken = new Map<string, number>();
  journey.edges.forEach((edge, i) => {
    if (edge === null) return;
    const from = byId.get(edge.from);
    for (const end of ['from', 'to'] as const) {
      if (idsRead && !byId.has(edge[end])) {
        problems.push(
          problemInJourney(
            journey,
            'error',
            ['edges', i, end],
            `names no node of this journey: point the edge ${end === 'from' ? 'from' : 'to'} an existing node id, or remove the edge.`,
            edgeDetail(
              edge[end],
              byId.has(edge.from) ? edge.from : byId.has(edge.to) ? edge.to : undefined,
            ),
          ),
        );
      }
    }
    if (!from) return;
    // Ports are checked where they can be known: not on a split whose variants are broken.
    const kind = kindOf(from);
    const ports = portsOfChecked(from);
    if (kind === undefined || ports === undefined) return;
    const port = portOf(edge);
    const label = nodeKinds[kind].label.toLowerCase();
    if (!ports.includes(port)) {
      problems.push(portProblem(journey, i, edge.port, edge.from, label, ports));
      return;
    }
    const key = `${edge.from}\u0000${port}`;
    const first = taken.get(key);
    if (first === undefined) {
      taken.set(key, i);
      return;
    }
    problems.push(
      problemInJourney(
        journey,
        'error',
        ['edges', i],
        `is a second edge on port "${port}" of node "${edge.from}" (the first is $.edges[${first}]): a port carries at most one edge, so remove one of them.`,
        { value: `${edge.from} → ${edge.to}`, node: edge.from },
      ),
    );
  });
  return problems;
}

/** An edge's problem shows on the node it leaves, else the node it enters. */
function edgeDetail(value: string, node: string | undefined): Detail {
  return node === undefined ? { value } : { value, node };
}

function portProblem(
  journey: CheckedJourney,
  edgeIndex: number,
  port: string | undefined,
  from: string,
  label: string,
  ports: readonly string[],
): Problem {
  if (ports.length === 0) {
    return problemInJourney(
      journey,
      'error',
      ['edges', edgeIndex],
      `leaves "${from}", an ${label} node, which has no output: remove the edge.`,
      { value: from, node: from },
    );
  }
  if (port === undefined) {
    return problemInJourney(
      journey,
      'error',
      ['edges', edgeIndex],
      `leaves ${label} node "${from}" without a "port": add "port" with one of ${quoteList(ports)}.`,
      { value: from, node: from },
    );
  }
  return problemInJourney(
    journey,
    'error',
    ['edges', edgeIndex, 'port'],
    `is not a port of ${label} node "${from}": use one of ${quoteList(ports)}.`,
    { value: port, node: from },
  );
}

/**
 * A warning for each node that no path from the trigger reaches. Only when
 * the whole graph was read: a broken edge or node may be the missing link.
 */
export function checkReachable(journey: CheckedJourney): Problem[] {
  if (!graphRead(journey)) return [];
  const byId = nodesById(journey);
  const starts = journey.nodes.flatMap((n) =>
    kindOf(n) === 'trigger' && n.id !== undefined ? [n.id] : [],
  );
  if (starts.length === 0) return []; // checkTriggers already says what to do
  const next = new Map<string, string[]>();
  for (const e of journey.edges) {
    if (e && byId.has(e.from) && byId.has(e.to)) {
      next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
    }
  }
  const reached = new Set(starts);
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (!reached.has(to)) {
        reached.add(to);
        queue.push(to);
      }
    }
  }
  return journey.nodes.flatMap((node, i) =>
    node.id === undefined || reached.has(node.id)
      ? []
      : [
          problemInJourney(
            journey,
            'warning',
            ['nodes', i],
            'is not reachable from the trigger, so no profile will ever get here: connect it with an edge or remove it.',
            { value: node.id },
          ),
        ],
  );
}
