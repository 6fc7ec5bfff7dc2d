// The core's registry of node kinds: one entry per type, so a kind left out
// does not compile. The renderer keeps its own registry (card, icon, form)
// keyed the same way; the engine keeps one (the step) beside it.
import type { z } from 'zod';
import {
  ConditionNode,
  EmailNode,
  ExitNode,
  type JourneyNode,
  type NodeOfType,
  type NodeType,
  SplitNode,
  TriggerNode,
  UpdateNode,
  WaitForNode,
  WaitNode,
} from './nodes.ts';

export type NodeKind<T extends NodeType> = {
  type: T;
  /** What a person calls it, in the palette and in messages. */
  label: string;
  schema: z.ZodType<NodeOfType<T>>;
  /** A valid node of this kind, as dropped from the palette. */
  defaults: (id: string) => NodeOfType<T>;
  /** The output ports this node has (spec: "Edges and ports"). */
  ports: (node: NodeOfType<T>) => string[];
};

export type NodeKindRegistry = { [T in NodeType]: NodeKind<T> };

export const nodeKinds: NodeKindRegistry = {
  trigger: {
    type: 'trigger',
    label: 'Trigger',
    schema: TriggerNode,
    defaults: (id) => ({ id, type: 'trigger', on: 'event', event: 'signed_up' }),
    ports: () => ['out'],
  },
  wait: {
    type: 'wait',
    label: 'Wait',
    schema: WaitNode,
    defaults: (id) => ({ id, type: 'wait', for: 'P1D' }),
    ports: () => ['out'],
  },
  waitFor: {
    type: 'waitFor',
    label: 'Wait for event',
    schema: WaitForNode,
    defaults: (id) => ({ id, type: 'waitFor', event: 'email_opened', timeout: 'P2D' }),
    ports: () => ['event', 'timeout'],
  },
  condition: {
    type: 'condition',
    label: 'Condition',
    schema: ConditionNode,
    defaults: (id) => ({ id, type: 'condition', if: { tag: 'vip' } }),
    ports: () => ['yes', 'no'],
  },
  split: {
    type: 'split',
    label: 'Split',
    schema: SplitNode,
    defaults: (id) => ({
      id,
      type: 'split',
      variants: [
        { key: 'a', weight: 50 },
        { key: 'b', weight: 50 },
      ],
    }),
    ports: (node) => node.variants.map((v) => v.key),
  },
  email: {
    type: 'email',
    label: 'Email',
    schema: EmailNode,
    defaults: (id) => ({ id, type: 'email', template: 'welcome-1', subject: 'Hello' }),
    ports: () => ['out'],
  },
  update: {
    type: 'update',
    label: 'Update profile',
    schema: UpdateNode,
    defaults: (id) => ({ id, type: 'update', addTags: ['engaged'] }),
    ports: () => ['out'],
  },
  exit: {
    type: 'exit',
    label: 'Exit',
    schema: ExitNode,
    defaults: (id) => ({ id, type: 'exit' }),
    ports: () => [],
  },
};

/** The output ports of any node, through its kind. */
export function portsOf(node: JourneyNode): string[] {
  // TypeScript cannot correlate `nodeKinds[node.type]` with `node` across the
  // union; the registry's mapped type guarantees they match.
  const ports = nodeKinds[node.type].ports as (n: JourneyNode) => string[];
  return ports(node);
}
