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
  /**
   * The output ports (spec: "Edges and ports"): a list when every node of the
   * kind has the same, a function when they depend on the node (a split's
   * variants). A list can be known even for a node whose fields are broken.
   */
  ports: readonly string[] | ((node: NodeOfType<T>) => string[]);
};

export type NodeKindRegistry = { [T in NodeType]: NodeKind<T> };

export const nodeKinds: NodeKindRegistry = {
  trigger: {
    type: 'trigger',
    label: 'Trigger',
    schema: TriggerNode,
    defaults: (id) => ({ id, type: 'trigger', on: 'event', event: 'signed_up' }),
    ports: ['out'],
  },
  wait: {
    type: 'wait',
    label: 'Wait',
    schema: WaitNode,
    defaults: (id) => ({ id, type: 'wait', for: 'P1D' }),
    ports: ['out'],
  },
  waitFor: {
    type: 'waitFor',
    label: 'Wait for event',
    schema: WaitForNode,
    defaults: (id) => ({ id, type: 'waitFor', event: 'email_opened', timeout: 'P2D' }),
    ports: ['event', 'timeout'],
  },
  condition: {
    type: 'condition',
    label: 'Condition',
    schema: ConditionNode,
    defaults: (id) => ({ id, type: 'condition', if: { tag: 'vip' } }),
    ports: ['yes', 'no'],
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
    ports: ['out'],
  },
  update: {
    type: 'update',
    label: 'Update profile',
    schema: UpdateNode,
    defaults: (id) => ({ id, type: 'update', addTags: ['engaged'] }),
    ports: ['out'],
  },
  exit: {
    type: 'exit',
    label: 'Exit',
    schema: ExitNode,
    defaults: (id) => ({ id, type: 'exit' }),
    ports: [],
  },
};

/** The output ports of any node, through its kind. */
export function portsOf(node: JourneyNode): string[] {
  const ports = nodeKinds[node.type].ports;
  if (typeof ports !== 'function') return [...ports];
  // TypeScript cannot correlate `nodeKinds[node.type]` with `node` across the
  // union; the registry's mapped type guarantees they match.
  return (ports as (n: JourneyNode) => string[])(node);
}

/** The output ports every node of a kind has, or undefined when they depend on the node. */
export function portsOfKind(type: NodeType): readonly string[] | undefined {
  const ports = nodeKinds[type].ports;
  return typeof ports === 'function' ? undefined : ports;
}
