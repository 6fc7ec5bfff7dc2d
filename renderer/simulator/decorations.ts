// What the simulator lays over a journey's canvas: where each persona is
// (avatars on nodes), the path the selected persona took (highlighted nodes
// and edges), and after a whole run, each node's count and share.
import type { CanvasDecorations, NodeDecoration } from '../canvas/decorations';
import { edgeDecorationKey } from '../canvas/decorations';
import { humanizeName } from '../format/words';
import type { JourneyAggregate, Snapshot } from './types';

export function sessionDecorations(
  journey: string,
  snapshot: Snapshot | null,
  selected: string | null,
): CanvasDecorations {
  const nodes: Record<string, NodeDecoration> = {};
  const edges: NonNullable<CanvasDecorations['edges']> = {};
  const node = (id: string): NodeDecoration => {
    let d = nodes[id];
    if (!d) {
      d = {};
      nodes[id] = d;
    }
    return d;
  };
  for (const p of snapshot?.personas ?? []) {
    for (const run of p.runs) {
      if (run.journey !== journey) continue;
      const d = node(run.node);
      d.personas = [...(d.personas ?? []), { id: p.id, label: humanizeName(p.id) }];
    }
    if (p.id !== selected) continue;
    for (const n of p.path.nodes) if (n.journey === journey) node(n.node).highlighted = true;
    for (const e of p.path.edges) {
      if (e.journey === journey) edges[edgeDecorationKey(e.from, e.port)] = { highlighted: true };
    }
  }
  return { nodes, edges, readOnly: true };
}

/** Where the selected persona is in the journey: its open run's node, else the last node it reached there. */
export function personaNode(
  journey: string,
  snapshot: Snapshot | null,
  selected: string | null,
): string | null {
  const me = snapshot?.personas.find((p) => p.id === selected);
  if (!me) return null;
  const open = me.runs.find((r) => r.journey === journey);
  if (open) return open.node;
  return me.path.nodes.findLast((n) => n.journey === journey)?.node ?? null;
}

/** Each node's count and share; `picked` (an email whose recipients are listed) highlighted. */
export function countDecorations(
  aggregate: JourneyAggregate,
  picked: string | null = null,
): CanvasDecorations {
  const nodes: Record<string, NodeDecoration> = {};
  for (const n of aggregate.nodes) {
    nodes[n.node] = {
      count: n.reached.toLocaleString('en'),
      share: n.share,
      ...(n.reached === 0 ? { muted: true } : {}),
      ...(n.node === picked ? { highlighted: true } : {}),
    };
  }
  return { nodes, readOnly: true };
}

/** The journeys a session touches: those with a run or a step of any persona. */
export function journeysTouched(snapshot: Snapshot | null): string[] {
  const ids = new Set<string>();
  for (const p of snapshot?.personas ?? []) {
    for (const r of p.runs) ids.add(r.journey);
    for (const n of p.path.nodes) ids.add(n.journey);
  }
  return [...ids].sort();
}
