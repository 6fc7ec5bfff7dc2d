// Pure edits of a journey, each returning the new journey and a summary of
// the edit for the revision history ("Added Wait", "Connected e1 → w2").
import type { Journey, Edge as JourneyEdge, JourneyNode, NodeType } from '../../src/model';
import { lookOf, portsOfNode } from '../nodes/registry';
import { type ConnectionAttempt, connectionProblem } from './connections';
import { type DefaultsContext, freshNodeId, newNode } from './node-defaults';

export type XY = { x: number; y: number };
export type Edit = { journey: Journey; summary: string };

const outPort = 'out';

export function portOf(edge: JourneyEdge): string {
  return edge.port ?? outPort;
}

export function sameEdge(a: JourneyEdge, b: { from: string; port: string }): boolean {
  return a.from === b.from && portOf(a) === b.port;
}

function storedEdge(c: ConnectionAttempt): JourneyEdge {
  return c.port === outPort ? { from: c.from, to: c.to } : { from: c.from, port: c.port, to: c.to };
}

function placed(journey: Journey, id: string, at: XY): Journey['layout'] {
  return { ...journey.layout, [id]: { x: Math.round(at.x), y: Math.round(at.y) } };
}

export function addNode(
  journey: Journey,
  type: NodeType,
  at: XY,
  ctx: DefaultsContext,
  from?: { node: string; port: string },
): Edit & { id: string } {
  const id = freshNodeId(type, new Set(journey.nodes.map((n) => n.id)));
  const node = newNode(type, id, ctx);
  let next: Journey = {
    ...journey,
    nodes: [...journey.nodes, node],
    layout: placed(journey, id, at),
  };
  let summary = `Added ${lookOf(type).label}`;
  const link = from ? { from: from.node, port: from.port, to: id } : undefined;
  if (link && connectionProblem(next, link) === null) {
    next = { ...next, edges: [...next.edges, storedEdge(link)] };
    summary += ` after ${link.from}`;
  }
  return { journey: next, summary, id };
}

/** Adds the edge, or says why the format forbids it. */
export function connect(journey: Journey, c: ConnectionAttempt): Edit | { refused: string } {
  const problem = connectionProblem(journey, c);
  if (problem) return { refused: problem };
  return {
    journey: { ...journey, edges: [...journey.edges, storedEdge(c)] },
    summary: `Connected ${c.from}${c.port === outPort ? '' : ` (${c.port})`} → ${c.to}`,
  };
}

/** Removes nodes (with their edges and layout) and edges, given as `from:port`. */
export function remove(
  journey: Journey,
  nodeIds: readonly string[],
  edgeKeys: readonly string[],
): Edit {
  const nodes = new Set(nodeIds);
  const edges = new Set(edgeKeys);
  const layout = journey.layout ? { ...journey.layout } : undefined;
  if (layout) for (const id of nodes) delete layout[id];
  const kept = journey.edges.filter(
    (e) => !nodes.has(e.from) && !nodes.has(e.to) && !edges.has(`${e.from}:${portOf(e)}`),
  );
  const removedEdges = journey.edges.length - kept.length;
  const parts: string[] = [];
  if (nodes.size === 1) {
    const n = journey.nodes.find((x) => nodes.has(x.id));
    parts.push(`Deleted ${n ? `${lookOf(n.type).label} ${n.id}` : 'a node'}`);
  } else if (nodes.size > 1) parts.push(`Deleted ${nodes.size} nodes`);
  else parts.push(removedEdges === 1 ? 'Deleted an edge' : `Deleted ${removedEdges} edges`);
  return {
    journey: {
      ...journey,
      nodes: journey.nodes.filter((n) => !nodes.has(n.id)),
      edges: kept,
      ...(layout ? { layout } : {}),
    },
    summary: parts.join(''),
  };
}

export function move(journey: Journey, positions: Record<string, XY>, summary?: string): Edit {
  const layout = { ...journey.layout };
  let count = 0;
  for (const [id, p] of Object.entries(positions)) {
    layout[id] = { ...layout[id], x: Math.round(p.x), y: Math.round(p.y) };
    count++;
  }
  return {
    journey: { ...journey, layout },
    summary:
      summary ?? (count === 1 ? `Moved ${Object.keys(positions)[0]}` : `Moved ${count} nodes`),
  };
}

/**
 * Where each edge of a node goes when its ports change: kept on a port the
 * node still has; moved, by position, from a port that is gone to the new one
 * in its place (a split variant renamed); dropped when its port is gone and
 * nothing new took its place (a variant removed).
 */
export function renamedPorts(
  before: readonly string[],
  after: readonly string[],
): Map<string, string> {
  const kept = new Set(after);
  const old = new Set(before);
  const moves = new Map<string, string>();
  before.forEach((port, i) => {
    if (kept.has(port)) moves.set(port, port);
    else if (i < after.length && !old.has(after[i] as string)) moves.set(port, after[i] as string);
  });
  return moves;
}

function onPort(edge: JourneyEdge, port: string): JourneyEdge {
  if (port === outPort) {
    const { port: _old, ...rest } = edge;
    return rest;
  }
  return { ...edge, port };
}

/**
 * Replaces a node (the inspector's edit). Edges follow ports renamed in place
 * and go with ports removed (see `renamedPorts`).
 */
export function replaceNode(journey: Journey, next: JourneyNode): Edit {
  const prev = journey.nodes.find((n) => n.id === next.id);
  const moves = renamedPorts(prev ? portsOfNode(prev) : [], portsOfNode(next));
  const edges: JourneyEdge[] = [];
  for (const e of journey.edges) {
    if (e.from !== next.id) edges.push(e);
    else {
      const port = moves.get(portOf(e));
      if (port === undefined) continue;
      edges.push(port === portOf(e) ? e : onPort(e, port));
    }
  }
  return {
    journey: {
      ...journey,
      nodes: journey.nodes.map((n) => (n.id === next.id ? next : n)),
      edges,
    },
    summary: `Edited ${lookOf(next.type).label} ${next.id}`,
  };
}
