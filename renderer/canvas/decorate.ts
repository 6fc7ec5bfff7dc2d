// Lays decorations (the simulator's counts, avatars, highlighted path) over
// canvas nodes and edges. Nodes without a decoration keep their object, so
// memoized cards do not draw again.
import type { CanvasDecorations } from './decorations';
import { edgeDecorationKey } from './decorations';
import type { JourneyFlowEdge, JourneyFlowNode } from './journey-to-flow';

export function decorateNodes(
  nodes: JourneyFlowNode[],
  decorations: CanvasDecorations | undefined,
): JourneyFlowNode[] {
  const byId = decorations?.nodes;
  if (!byId) return nodes;
  return nodes.map((n) => {
    const decoration = byId[n.id];
    return decoration || n.data.decoration ? { ...n, data: { ...n.data, decoration } } : n;
  });
}

export function decorateEdges(
  edges: JourneyFlowEdge[],
  decorations: CanvasDecorations | undefined,
): JourneyFlowEdge[] {
  const byKey = decorations?.edges;
  if (!byKey) return edges;
  return edges.map((e) => {
    const stored = e.data?.edge;
    if (!e.data || !stored) return e;
    const decoration = byKey[edgeDecorationKey(stored.from, stored.port)];
    if (!decoration) return e;
    return {
      ...e,
      zIndex: decoration.highlighted ? 1 : e.zIndex,
      data: { ...e.data, decoration },
    };
  });
}
