// The workspace as the rules read it. A file that passed its schema is read
// whole; of a journey or segment that did not, the rules get what could still
// be read (see lenient-read.ts), so one slip does not hide every other
// problem. A journey keeps every node and edge at its index, so that each
// problem's path still points into the file.
import type { PartialBundle } from '../folder.ts';
import type { Edge, JourneySettings } from '../journey.ts';
import { portsOf, portsOfKind } from '../node-kinds.ts';
import type { JourneyNode, NodeType } from '../nodes.ts';
import type { Segment } from '../segment.ts';
import type { WorkspaceSettings } from '../workspace.ts';

/**
 * A node that fails its schema: only what the graph rules need, when it is
 * valid. It has no `type`, so no rule that reads a node's fields mistakes it
 * for a node of that type; `kind` is the type it was written with.
 */
export type UnreadNode = { type?: never; id?: string; kind?: NodeType };

export type CheckedNode = JourneyNode | UnreadNode;

/** An edge that fails its schema is `null`: no rule reads it, its place is kept. */
export type CheckedEdge = Edge | null;

/** A journey as the rules read it: a `Journey` is one, a journey read leniently too. */
export type CheckedJourney = {
  /** The id in the file's name, which every problem of the file is filed under. */
  id: string;
  settings?: JourneySettings | undefined;
  nodes: readonly CheckedNode[];
  edges: readonly CheckedEdge[];
};

/** A segment as the rules read it: its id and its condition. */
export type CheckedSegment = Pick<Segment, 'id' | 'condition'>;

/** The workspace as the rules read it; settings hold only what the rules read. */
export type Checked = Omit<PartialBundle, 'settings' | 'journeys' | 'segments'> & {
  settings?: Pick<WorkspaceSettings, 'unsubscribeUrl'> | undefined;
  journeys: CheckedJourney[];
  segments: CheckedSegment[];
};

/** The node's type, also for a node that failed its schema but named a known type. */
export function kindOf(node: CheckedNode): NodeType | undefined {
  return node.type === undefined ? node.kind : node.type;
}

/** The node's output ports, or undefined when they cannot be known (a broken split). */
export function portsOfChecked(node: CheckedNode): readonly string[] | undefined {
  if (node.type !== undefined) return portsOf(node);
  return node.kind === undefined ? undefined : portsOfKind(node.kind);
}

/**
 * Whether every node's id was read. When one was not, a name that matches no
 * node may be meant for that one, so "names no node" would only follow from
 * the broken part.
 */
export function allIdsRead(journey: CheckedJourney): boolean {
  return journey.nodes.every((n) => n.id !== undefined);
}

/** Whether every node's type is known: when one is not, it may be the trigger. */
export function allKindsRead(journey: CheckedJourney): boolean {
  return journey.nodes.every((n) => kindOf(n) !== undefined);
}

/** Whether the whole graph was read: every node's id and type, and every edge. */
export function graphRead(journey: CheckedJourney): boolean {
  return allIdsRead(journey) && allKindsRead(journey) && journey.edges.every((e) => e !== null);
}
