// What the rules can still check in a file that failed its schema, so that one
// slip does not hide every other problem of the file. The schema's problems
// already say what is wrong with the broken parts; the rules get only the
// parts that parse, so they never report a broken part again, nor what
// follows only from it:
// - a node that does not parse keeps its index and, when valid, its id and
//   type (for the graph), nothing else; an edge that does not parse keeps
//   its index only;
// - settings keep the fields that parse; the others mean their defaults;
// - a segment keeps its condition when that parses.
import { folderIds, folderPaths } from '../bundle.ts';
import { type FolderFiles, type PartialBundle, parseJsonText } from '../folder.ts';
import { Edge, JourneySettings } from '../journey.ts';
import { JourneyNode, nodeTypes } from '../nodes.ts';
import { Id } from '../primitives.ts';
import { Segment } from '../segment.ts';
import { WorkspaceSettings } from '../workspace.ts';
import type {
  Checked,
  CheckedEdge,
  CheckedJourney,
  CheckedNode,
  CheckedSegment,
  UnreadNode,
} from './checked.ts';
import { field } from './context.ts';

/**
 * The workspace as the rules read it: what passed its schema (`read`), plus
 * what can be read of each journey and segment file that did not (a schema
 * error, or an id that does not match the file's name), and of workspace.json.
 */
export function checkedFolder(files: FolderFiles, read: PartialBundle): Checked {
  const journeys: CheckedJourney[] = [...read.journeys];
  const segments: CheckedSegment[] = [...read.segments];
  const readJourneys = new Set(read.journeys.map((j) => j.id));
  const readSegments = new Set(read.segments.map((s) => s.id));
  for (const [file, text] of files) {
    const journeyId = folderIds.journey(file);
    const segmentId = folderIds.segment(file);
    if (journeyId !== undefined && !readJourneys.has(journeyId)) {
      const journey = jsonOf(file, text, (value) => readJourneyLeniently(journeyId, value));
      if (journey) journeys.push(journey);
    } else if (segmentId !== undefined && !readSegments.has(segmentId)) {
      const segment = jsonOf(file, text, (value) => readSegmentLeniently(segmentId, value));
      if (segment) segments.push(segment);
    }
  }
  const settingsText = files.get(folderPaths.settings);
  const settings =
    read.settings ??
    (settingsText === undefined
      ? undefined
      : jsonOf(folderPaths.settings, settingsText, readWorkspaceSettingsLeniently));
  return { ...read, settings, journeys, segments };
}

/** What can be read of a journey; undefined without lists of nodes and edges (no graph). */
export function readJourneyLeniently(id: string, value: unknown): CheckedJourney | undefined {
  const nodes = field(value, 'nodes');
  const edges = field(value, 'edges');
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return undefined;
  return {
    id,
    settings: settingsThatParse(field(value, 'settings')),
    nodes: nodes.map(readNode),
    edges: edges.map(readEdge),
  };
}

/** What can be read of a segment: its condition, when that parses. */
export function readSegmentLeniently(id: string, value: unknown): CheckedSegment | undefined {
  const condition = Segment.shape.condition.safeParse(field(value, 'condition'));
  return condition.success ? { id, condition: condition.data } : undefined;
}

/** What the rules read of workspace.json: the unsubscribe URL, when it parses. */
function readWorkspaceSettingsLeniently(value: unknown): Checked['settings'] {
  const url = WorkspaceSettings.shape.unsubscribeUrl.safeParse(field(value, 'unsubscribeUrl'));
  return url.success && url.data !== undefined ? { unsubscribeUrl: url.data } : undefined;
}

function readNode(value: unknown): CheckedNode {
  const node = JourneyNode.safeParse(value);
  if (node.success) return node.data;
  const unread: UnreadNode = {};
  const id = Id.safeParse(field(value, 'id'));
  if (id.success) unread.id = id.data;
  const kind = nodeTypes.find((t) => t === field(value, 'type'));
  if (kind !== undefined) unread.kind = kind;
  return unread;
}

function readEdge(value: unknown): CheckedEdge {
  const edge = Edge.safeParse(value);
  return edge.success ? edge.data : null;
}

/** The journey's settings without the fields that fail their schema. */
function settingsThatParse(value: unknown): JourneySettings | undefined {
  const whole = JourneySettings.safeParse(value);
  if (whole.success) return whole.data;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const broken = new Set(whole.error.issues.map((issue) => issue.path[0]));
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => !broken.has(key)));
  const again = JourneySettings.safeParse(rest);
  return again.success ? again.data : undefined;
}

/** The file's JSON read by `read`; a file that is not JSON has nothing to read. */
function jsonOf<T>(file: string, text: string, read: (value: unknown) => T): T | undefined {
  const parsed = parseJsonText(file, text);
  return parsed.ok ? read(parsed.value) : undefined;
}
