// Copy and paste of a selection, across journeys: the nodes, the edges
// between them, and their places. Pasting gives every node a fresh id.
import type { Journey, Edge as JourneyEdge, JourneyNode } from '../../src/model';
import type { Edit, XY } from './edits';
import { freshNodeId } from './node-defaults';

export type Clip = {
  format: 'waymark-clip/v1';
  nodes: JourneyNode[];
  edges: JourneyEdge[];
  layout: Record<string, XY>;
};

export function copySelection(journey: Journey, ids: readonly string[]): Clip | null {
  const chosen = new Set(ids);
  const nodes = journey.nodes.filter((n) => chosen.has(n.id));
  if (nodes.length === 0) return null;
  const layout: Record<string, XY> = {};
  for (const n of nodes) {
    const p = journey.layout?.[n.id];
    if (p) layout[n.id] = { x: p.x, y: p.y };
  }
  return {
    format: 'waymark-clip/v1',
    nodes,
    edges: journey.edges.filter((e) => chosen.has(e.from) && chosen.has(e.to)),
    layout,
  };
}

export function isClip(value: unknown): value is Clip {
  return (
    typeof value === 'object' &&
    value !== null &&
    'format' in value &&
    value.format === 'waymark-clip/v1' &&
    'nodes' in value &&
    Array.isArray(value.nodes)
  );
}

/**
 * The clip added to the journey, shifted by `offset`, with fresh ids. A second
 * trigger is left out: a journey has exactly one.
 */
export function pasteClip(journey: Journey, clip: Clip, offset: XY): Edit & { ids: string[] } {
  const taken = new Set(journey.nodes.map((n) => n.id));
  const hasTrigger = journey.nodes.some((n) => n.type === 'trigger');
  const ids = new Map<string, string>();
  const nodes: JourneyNode[] = [];
  const layout = { ...journey.layout };
  for (const n of clip.nodes) {
    if (n.type === 'trigger' && hasTrigger) continue;
    const id = freshNodeId(n.type, taken);
    taken.add(id);
    ids.set(n.id, id);
    nodes.push({ ...n, id });
    const p = clip.layout[n.id] ?? { x: 0, y: 0 };
    layout[id] = { x: Math.round(p.x + offset.x), y: Math.round(p.y + offset.y) };
  }
  const edges: JourneyEdge[] = [];
  for (const e of clip.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from && to) edges.push({ ...e, from, to });
  }
  return {
    journey: {
      ...journey,
      nodes: [...journey.nodes, ...nodes],
      edges: [...journey.edges, ...edges],
      layout,
    },
    summary: nodes.length === 1 ? `Pasted ${nodes[0]?.id}` : `Pasted ${nodes.length} nodes`,
    ids: [...ids.values()],
  };
}
