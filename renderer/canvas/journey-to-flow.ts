// The one mapping between a stored journey and the canvas: journey → React
// Flow nodes and edges, and back. Pure. Canvas details never leak into the
// stored journey beyond `layout`; every stored field (unknown ones included)
// rides along in the node's and edge's data and comes back unchanged.
import type { Edge, Node, XYPosition } from '@xyflow/react';
import type { Journey, Edge as JourneyEdge, JourneyNode, NodeType } from '../../src/model';
import { portsOfNode } from '../nodes/registry';
import type { EdgeDecoration, NodeDecoration } from './decorations';

export type Direction = 'TB' | 'LR';

export type JourneyNodeData = {
  node: JourneyNode;
  ports: string[];
  direction: Direction;
  /** Laid over by another screen (the simulator): counts, avatars, highlight. */
  decoration?: NodeDecoration;
  /** The validator's problems of this node, for the badge. */
  problems?: NodeProblems;
  /** Handles accept new connections (the editor). */
  editable?: boolean;
};

export type NodeProblems = { errors: number; warnings: number; first: string };
export type JourneyFlowNode = Node<JourneyNodeData, NodeType>;

export type PortEdgeData = {
  edge: JourneyEdge;
  direction: Direction;
  /** Bends of a route computed by the automatic layout; none: a plain step path. */
  route?: XYPosition[];
  decoration?: EdgeDecoration;
};
export type JourneyFlowEdge = Edge<PortEdgeData, 'port'>;

export type Positions = Record<string, XYPosition>;
export type Routes = Record<string, XYPosition[]>;

/** The port of a node with a single output, left out of stored edges. */
export const singlePort = 'out';
/** The id of every node's input handle. */
export const inputHandle = 'in';

export function edgeId(edge: JourneyEdge): string {
  return `${edge.from}:${edge.port ?? singlePort}->${edge.to}`;
}

/** Node ids the journey's `layout` does not place. */
export function missingPositions(journey: Journey): string[] {
  return journey.nodes.filter((n) => !journey.layout?.[n.id]).map((n) => n.id);
}

/** Which way a stored layout flows: mostly sideways along edges means left to right. */
export function inferDirection(journey: Journey): Direction {
  let dx = 0;
  let dy = 0;
  for (const e of journey.edges) {
    const a = journey.layout?.[e.from];
    const b = journey.layout?.[e.to];
    if (!a || !b) continue;
    dx += Math.abs(b.x - a.x);
    dy += Math.abs(b.y - a.y);
  }
  return dx > dy ? 'LR' : 'TB';
}

export type ToFlowOptions = {
  /** Positions for nodes the journey's own layout does not place. */
  positions?: Positions;
  /** Edge routes from the automatic layout, by edge id. */
  routes?: Routes;
  direction?: Direction;
};

export function journeyToFlow(
  journey: Journey,
  options: ToFlowOptions = {},
): { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[]; direction: Direction } {
  const direction = options.direction ?? inferDirection(journey);
  const nodes = journey.nodes.map(
    (node): JourneyFlowNode => ({
      id: node.id,
      type: node.type,
      position: positionOf(journey.layout?.[node.id] ?? options.positions?.[node.id]),
      data: { node, ports: portsOfNode(node), direction },
    }),
  );
  const edges = journey.edges.map((edge): JourneyFlowEdge => {
    const id = edgeId(edge);
    const route = options.routes?.[id];
    return {
      id,
      type: 'port',
      source: edge.from,
      sourceHandle: edge.port ?? singlePort,
      target: edge.to,
      targetHandle: inputHandle,
      data: route ? { edge, direction, route } : { edge, direction },
    };
  });
  return { nodes, edges, direction };
}

function positionOf(p: XYPosition | undefined): XYPosition {
  return p ? { x: p.x, y: p.y } : { x: 0, y: 0 };
}

/** The canvas back to a stored journey: nodes, edges and layout from the canvas, the rest as it was. */
export function flowToJourney(
  journey: Journey,
  nodes: JourneyFlowNode[],
  edges: JourneyFlowEdge[],
): Journey {
  const layout: Record<string, { x: number; y: number }> = {};
  for (const n of nodes) {
    layout[n.id] = { ...journey.layout?.[n.id], x: n.position.x, y: n.position.y };
  }
  return {
    ...journey,
    nodes: nodes.map((n) => ({ ...n.data.node, id: n.id })),
    edges: edges.map((e) => storedEdge(e)),
    layout,
  };
}

function storedEdge(e: JourneyFlowEdge): JourneyEdge {
  const { port: _oldPort, ...rest } = e.data?.edge ?? { from: e.source, to: e.target };
  const port = e.sourceHandle && e.sourceHandle !== singlePort ? e.sourceHandle : undefined;
  return port === undefined
    ? { ...rest, from: e.source, to: e.target }
    : { ...rest, from: e.source, port, to: e.target };
}
