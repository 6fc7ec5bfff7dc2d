// The renderer's registry of node kinds: label, icon, colour, sentence and
// output ports of each kind. Keyed by every NodeType, so a kind left out does
// not compile. (The core keeps its own registry; the renderer may not import
// its values, so ports are stated here the same way spec/FORMAT.md does.)
import type { ComponentType } from 'react';
import type { JourneyNode, NodeOfType, NodeType } from '../../src/model';
import {
  BoltIcon,
  BranchIcon,
  ClockIcon,
  ExitIcon,
  HourglassIcon,
  type IconProps,
  MailIcon,
  SplitIcon,
  UserEditIcon,
} from '../components/icons';
import {
  describeConditionNode,
  describeEmail,
  describeSplit,
  describeTrigger,
  describeUpdate,
  describeWait,
  describeWaitFor,
} from './sentences';

export type NodeView<T extends NodeType> = {
  /** What a person calls the kind. */
  label: string;
  icon: ComponentType<IconProps>;
  /** The kind's colour, a CSS variable from tokens.css. */
  accent: string;
  /** One sentence of what this node does. */
  describe: (node: NodeOfType<T>) => string;
  /** Output ports, in the order their handles appear. */
  ports: (node: NodeOfType<T>) => string[];
  /** Whether edges may end here (every kind but the trigger). */
  hasInput: boolean;
};

export type NodeViewRegistry = { [T in NodeType]: NodeView<T> };

const out = () => ['out'];

export const nodeViews: NodeViewRegistry = {
  trigger: {
    label: 'Trigger',
    icon: BoltIcon,
    accent: 'var(--kind-trigger)',
    describe: describeTrigger,
    ports: out,
    hasInput: false,
  },
  wait: {
    label: 'Wait',
    icon: ClockIcon,
    accent: 'var(--kind-wait)',
    describe: describeWait,
    ports: out,
    hasInput: true,
  },
  waitFor: {
    label: 'Wait for event',
    icon: HourglassIcon,
    accent: 'var(--kind-waitFor)',
    describe: describeWaitFor,
    ports: () => ['event', 'timeout'],
    hasInput: true,
  },
  condition: {
    label: 'Condition',
    icon: BranchIcon,
    accent: 'var(--kind-condition)',
    describe: describeConditionNode,
    ports: () => ['yes', 'no'],
    hasInput: true,
  },
  split: {
    label: 'Split',
    icon: SplitIcon,
    accent: 'var(--kind-split)',
    describe: describeSplit,
    ports: (node) => node.variants.map((v) => v.key),
    hasInput: true,
  },
  email: {
    label: 'Email',
    icon: MailIcon,
    accent: 'var(--kind-email)',
    describe: describeEmail,
    ports: out,
    hasInput: true,
  },
  update: {
    label: 'Update profile',
    icon: UserEditIcon,
    accent: 'var(--kind-update)',
    describe: describeUpdate,
    ports: out,
    hasInput: true,
  },
  exit: {
    label: 'Exit',
    icon: ExitIcon,
    accent: 'var(--kind-exit)',
    describe: () => 'Exit',
    ports: () => [],
    hasInput: true,
  },
};

/** The parts of a kind's view that do not depend on the node. */
export type NodeLook = Pick<NodeView<NodeType>, 'label' | 'icon' | 'accent' | 'hasInput'>;

export function lookOf(type: NodeType): NodeLook {
  return nodeViews[type];
}

// TypeScript cannot correlate `nodeViews[node.type]` with `node` across the
// union; the registry's mapped type guarantees they match (as in the core).
export function describeNode(node: JourneyNode): string {
  return (nodeViews[node.type].describe as (n: JourneyNode) => string)(node);
}

export function portsOfNode(node: JourneyNode): string[] {
  return (nodeViews[node.type].ports as (n: JourneyNode) => string[])(node);
}
