// The node and edge components every canvas uses: one card for every kind
// (the registry gives each its look), one edge drawn with its port.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { NodeType } from '../../src/model';
import { JourneyNodeCard } from './JourneyNodeCard';
import { PortEdge } from './PortEdge';

export const nodeTypes = {
  trigger: JourneyNodeCard,
  wait: JourneyNodeCard,
  waitFor: JourneyNodeCard,
  condition: JourneyNodeCard,
  split: JourneyNodeCard,
  email: JourneyNodeCard,
  update: JourneyNodeCard,
  exit: JourneyNodeCard,
} satisfies Record<NodeType, typeof JourneyNodeCard> & NodeTypes;

export const edgeTypes = { port: PortEdge } satisfies EdgeTypes;
