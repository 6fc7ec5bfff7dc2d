// The editor's canvas nodes and edges, built from the journey with a cache:
// a node whose stored object, place, selection and problems did not change
// keeps its canvas object, so its memoized card does not draw again. This is
// what keeps a 1,000-node journey fast while one node is edited.
import type { Journey, Edge as JourneyEdge, JourneyNode, Problem } from '../../src/model';
import { portsOfNode } from '../nodes/registry';
import {
  type Direction,
  edgeId,
  inputHandle,
  type JourneyFlowEdge,
  type JourneyFlowNode,
  type NodeProblems,
  singlePort,
} from './journey-to-flow';

type NodeEntry = {
  node: JourneyNode;
  x: number;
  y: number;
  selected: boolean;
  problems: NodeProblems | undefined;
  direction: Direction;
  flow: JourneyFlowNode;
};

export type FlowCache = {
  nodes: Map<string, NodeEntry>;
  edges: Map<JourneyEdge, { direction: Direction; flow: JourneyFlowEdge }>;
};

export function createFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
}

export function problemsByNode(problems: readonly Problem[]): Map<string, NodeProblems> {
  const out = new Map<string, NodeProblems>();
  for (const p of problems) {
    if (p.node === undefined) continue;
    const prev = out.get(p.node) ?? { errors: 0, warnings: 0, first: p.message };
    if (p.severity === 'error') {
      if (prev.errors === 0) prev.first = p.message;
      prev.errors++;
    } else prev.warnings++;
    out.set(p.node, prev);
  }
  return out;
}

function sameProblems(a: NodeProblems | undefined, b: NodeProblems | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.errors === b.errors && a.warnings === b.warnings && a.first === b.first;
}

export function buildEditorNodes(
  cache: FlowCache,
  journey: Journey,
  direction: Direction,
  selected: ReadonlySet<string>,
  problems: Map<string, NodeProblems>,
): JourneyFlowNode[] {
  const next = new Map<string, NodeEntry>();
  const out = journey.nodes.map((node) => {
    const p = journey.layout?.[node.id] ?? { x: 0, y: 0 };
    const isSelected = selected.has(node.id);
    const nodeProblems = problems.get(node.id);
    const old = cache.nodes.get(node.id);
    if (
      old &&
      old.node === node &&
      old.x === p.x &&
      old.y === p.y &&
      old.selected === isSelected &&
      old.direction === direction &&
      sameProblems(old.problems, nodeProblems)
    ) {
      next.set(node.id, old);
      return old.flow;
    }
    const flow: JourneyFlowNode = {
      id: node.id,
      type: node.type,
      position: { x: p.x, y: p.y },
      selected: isSelected,
      deletable: true,
      data: {
        node,
        ports: portsOfNode(node),
        direction,
        editable: true,
        ...(nodeProblems ? { problems: nodeProblems } : {}),
      },
    };
    next.set(node.id, {
      node,
      x: p.x,
      y: p.y,
      selected: isSelected,
      problems: nodeProblems,
      direction,
      flow,
    });
    return flow;
  });
  cache.nodes = next;
  return out;
}

export function buildEditorEdges(
  cache: FlowCache,
  journey: Journey,
  direction: Direction,
): JourneyFlowEdge[] {
  const next: FlowCache['edges'] = new Map();
  const out = journey.edges.map((edge) => {
    const old = cache.edges.get(edge);
    if (old && old.direction === direction) {
      next.set(edge, old);
      return old.flow;
    }
    const flow: JourneyFlowEdge = {
      id: edgeId(edge),
      type: 'port',
      source: edge.from,
      sourceHandle: edge.port ?? singlePort,
      target: edge.to,
      targetHandle: inputHandle,
      data: { edge, direction },
    };
    next.set(edge, { direction, flow });
    return flow;
  });
  cache.edges = next;
  return out;
}
