// The shape of a journey's graph: exactly one trigger, edges between nodes
// that exist, on ports the node has, one edge per port, every node reachable.
import type { Journey } from '../journey.ts';
import { nodeKinds, portsOf } from '../node-kinds.ts';
import type { JourneyNode } from '../nodes.ts';
import type { Problem } from '../problem.ts';
import { type Detail, problemInJourney, quoteList } from './context.ts';

/** The first node of each id: duplicates are reported by ids.ts, not here. */
export function nodesById(journey: Journey): Map<string, JourneyNode> {
  const byId = new Map<string, JourneyNode>();
  for (const node of journey.nodes) if (!byId.has(node.id)) byId.set(node.id, node);
  return byId;
}

/** The port an edge leaves by: omitted means `out`, the single output. */
export function portOf(edge: { port?: string | undefined }): string {
  return edge.port ?? 'out';
}

export function checkTriggers(journey: Journey): Problem[] {
  const triggers = journey.nodes.flatMap((n, i) => (n.type === 'trigger' ? [i] : []));
  if (triggers.length === 0) {
    return [
      problemInJourney(
        journey,
        'error',
        ['nodes'],
        'has no trigger: add one trigger node, where profiles enter the journey.',
      ),
    ];
  }
  return triggers
    .slice(1)
    .map((i) =>
      problemInJourney(
        journey,
        'error',
        ['nodes', i],
        `is a second trigger (the first is "${journey.nodes[triggers[0] ?? 0]?.id}"): a journey has exactly one; remove it or move it into a journey of its own.`,
        { value: journey.nodes[i]?.id },
      ),
    );
}

export function checkEdges(journey: Journey): Problem[] {
  const byId = nodesById(journey);
  const problems: Problem[] = [];
  const taken = new Map<string, number>();
  journey.edges.forEach((edge, i) => {
    const from = byId.get(edge.from);
    for (const end of ['from', 'to'] as const) {
      if (!byId.has(edge[end])) {
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
    const port = portOf(edge);
    const ports = portsOf(from);
    const label = nodeKinds[from.type].label.toLowerCase();
    if (!ports.includes(port)) {
      problems.push(portProblem(journey, i, edge.port, from.id, label, ports));
      return;
    }
    const key = `${from.id}\u0000${port}`;
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
        `is a second edge on port "${port}" of node "${from.id}" (the first is $.edges[${first}]): a port carries at most one edge, so remove one of them.`,
        { value: `${from.id} → ${edge.to}`, node: from.id },
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
  journey: Journey,
  edgeIndex: number,
  port: string | undefined,
  from: string,
  label: string,
  ports: string[],
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

/** A warning for each node that no path from the trigger reaches. */
export function checkReachable(journey: Journey): Problem[] {
  const byId = nodesById(journey);
  const starts = journey.nodes.filter((n) => n.type === 'trigger').map((n) => n.id);
  if (starts.length === 0) return []; // checkTriggers already says what to do
  const next = new Map<string, string[]>();
  for (const e of journey.edges) {
    if (byId.has(e.from) && byId.has(e.to)) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
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
    reached.has(node.id)
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
