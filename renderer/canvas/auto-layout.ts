// Places nodes the journey's layout leaves out, with ELK's layered algorithm:
// top to bottom (or left to right), branches in port order.
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { Journey, JourneyNode } from '../../src/model';
import { describeNode, nodeViews, portsOfNode } from '../nodes/registry';
import {
  type Direction,
  edgeId,
  inputHandle,
  type Positions,
  type Routes,
  singlePort,
} from './journey-to-flow';

/** The card's width in canvas.css; heights are estimated from the text. */
export const cardWidth = 212;

/** A card's height as canvas.css draws it (measured in Chromium). */
export function estimateHeight(node: JourneyNode, direction: Direction): number {
  const lines = Math.min(2, Math.max(1, Math.ceil(describeNode(node).length / 26)));
  const ports = portsOfNode(node).length;
  const portSpace = ports < 2 ? 0 : direction === 'TB' ? 18 : 13 + 22 * ports;
  return 52 + lines * 18 + portSpace;
}

let elk: ELK | undefined;

export type AutoLayout = {
  positions: Positions;
  /** The bends of each edge's orthogonal route around the cards, by edge id. */
  routes: Routes;
};

export async function autoLayout(journey: Journey, direction: Direction): Promise<AutoLayout> {
  if (!elk) {
    // Loaded on first use: ELK is large, and journeys with a stored layout never need it.
    const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
    elk = new Elk();
  }
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'TB' ? 'DOWN' : 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '48',
      'elk.layered.spacing.edgeNodeBetweenLayers': '28',
      'elk.spacing.edgeEdge': '16',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: journey.nodes.map((node) => {
      const height = estimateHeight(node, direction);
      const ports = portsOfNode(node);
      return {
        id: node.id,
        width: cardWidth,
        height,
        // Ports where the card draws their handles, so branches leave in port order.
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
        ports: [
          ...(nodeViews[node.type].hasInput
            ? [
                {
                  id: `${node.id}:${inputHandle}`,
                  width: 1,
                  height: 1,
                  ...(direction === 'TB' ? { x: cardWidth / 2, y: 0 } : { x: 0, y: 38 }),
                },
              ]
            : []),
          ...ports.map((port, i) => {
            const along = (i + 1) / (ports.length + 1);
            return {
              id: `${node.id}:${port}`,
              width: 1,
              height: 1,
              ...(direction === 'TB'
                ? { x: cardWidth * along, y: height }
                : {
                    x: cardWidth,
                    y: ports.length < 2 ? 38 : height - 12 - (ports.length - i) * 22 + 11,
                  }),
            };
          }),
        ],
      };
    }),
    edges: journey.edges.map((e) => ({
      id: edgeId(e),
      sources: [`${e.from}:${e.port ?? singlePort}`],
      targets: [`${e.to}:${inputHandle}`],
    })),
  };
  const result = await elk.layout(graph);
  const positions: Positions = {};
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  const routes: Routes = {};
  for (const edge of result.edges ?? []) {
    const bends = (edge.sections ?? []).flatMap((section) => section.bendPoints ?? []);
    routes[edge.id] = bends.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
  }
  return { positions, routes };
}
