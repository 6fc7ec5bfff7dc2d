// Places nodes the journey's layout leaves out, with ELK's layered algorithm:
// top to bottom (or left to right), branches in port order.
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { Journey, JourneyNode } from '../../src/model';
import { describeNode, portsOfNode } from '../nodes/registry';
import { type Direction, edgeId, type Positions, singlePort } from './journey-to-flow';

/** The card's width in canvas.css; heights are estimated from the text. */
export const cardWidth = 224;

export function estimateHeight(node: JourneyNode): number {
  const lines = Math.min(2, Math.ceil(describeNode(node).length / 30));
  const ports = portsOfNode(node).length > 1 ? 22 : 0;
  return 54 + lines * 18 + ports;
}

let elk: ELK | undefined;

export async function autoLayout(journey: Journey, direction: Direction): Promise<Positions> {
  if (!elk) {
    // Loaded on first use: ELK is large, and journeys with a stored layout never need it.
    const { default: Elk } = await import('elkjs/lib/elk.bundled.js');
    elk = new Elk();
  }
  const portSide = direction === 'TB' ? 'SOUTH' : 'EAST';
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction === 'TB' ? 'DOWN' : 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '48',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'ORTHOGONAL',
    },
    children: journey.nodes.map((node) => ({
      id: node.id,
      width: cardWidth,
      height: estimateHeight(node),
      layoutOptions: { 'elk.portConstraints': 'FIXED_ORDER' },
      ports: portsOfNode(node).map((port, index, all) => ({
        id: `${node.id}:${port}`,
        layoutOptions: {
          'elk.port.side': portSide,
          // ELK numbers ports clockwise: along the south side, right to left.
          'elk.port.index': String(direction === 'TB' ? all.length - 1 - index : index),
        },
      })),
    })),
    edges: journey.edges.map((e) => ({
      id: edgeId(e),
      sources: [`${e.from}:${e.port ?? singlePort}`],
      targets: [e.to],
    })),
  };
  const result = await elk.layout(graph);
  const positions: Positions = {};
  for (const child of result.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return positions;
}
