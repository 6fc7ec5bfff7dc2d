// The workspace as the engine reads it: journeys with node and port→edge maps,
// triggers grouped by kind, segments with what they depend on, durations
// parsed once. Built once per simulation (or live start), never in a hot path.

import type { WorkspaceBundle } from '../model/bundle.ts';
import type { Condition } from '../model/condition.ts';
import type { ResolvedJourneySettings } from '../model/journey.ts';
import { resolveSettings } from '../model/journey.ts';
import type { JourneyNode, NodeType, SplitNode, TriggerNode } from '../model/nodes.ts';
import type { WorkspaceSettings } from '../model/workspace.ts';
import { quietEndQuestion } from './calendar.ts';
import { type CompiledCondition, compileCondition, falseAtEntry } from './conditions.ts';
import { nodeSteps } from './steps/index.ts';
import { planUpdate, type UpdatePlan } from './steps/update.ts';
import { planUntil, type UntilPlan } from './steps/wait.ts';
import {
  clockMinutes,
  getZone,
  type ParsedDuration,
  parseDuration,
  type Question,
  type Zone,
} from './time.ts';
import type { DateMemo } from './triggers.ts';
import { leaveBy, type NodeStep, type PortOutcome, SHARED_PORTS, variantSlot } from './types.ts';

export type CompiledNode = {
  /** Position in the journey's node list: the index of its counters. */
  index: number;
  node: JourneyNode;
  /**
   * Where each port leads, by slot (`SHARED_PORTS`, then a split's variants):
   * undefined for a port without an edge, which ends the run.
   */
  ports: (CompiledNode | undefined)[];
  /** A split's outcomes, one per variant (with the variant's slot). */
  variants: PortOutcome[];
  /** The node kind's engine step, looked up once. */
  step: NodeStep<NodeType>;
  /** `wait.for` or `waitFor.timeout`, parsed once. */
  duration: ParsedDuration | null;
  /** `wait.until`, worked out once. */
  until: UntilPlan | null;
  /** A split's variant weights, listed once. */
  weights: number[];
  /** A split's hash key after the seed: `<journey id>:<node id>:` (the profile id follows). */
  drawKey: string;
  /**
   * The key up to the profile id, `<seed>:` and `drawKey`, made at the first
   * draw with the seed in `drawSeed` (NaN until then): an engine's seed is
   * fixed, so the key is not joined again per profile.
   */
  drawPrefix: string;
  drawSeed: number;
  /**
   * The node's condition (condition nodes), compiled. Set on every node, so
   * that compiled nodes have one shape and the hot path's reads of them stay
   * monomorphic.
   */
  condition: CompiledCondition | undefined;
  /**
   * An email node's `email_sent` properties for the subject as written (not
   * rendered, as every untraced profile's is): one object for all profiles,
   * made once. Nothing writes to an event's properties once it happened.
   */
  sentProperties: SentProperties | null;
  /** An update node's changes, listed once (`planUpdate`). */
  update: UpdatePlan | null;
};

export type SentProperties = { journey: string; node: string; template: string; subject: string };

export type CompiledJourney = {
  /** Position in `CompiledWorkspace.journeys`: priority (highest first), then id. */
  index: number;
  id: string;
  name: string;
  settings: ResolvedJourneySettings;
  trigger: CompiledNode;
  triggerNode: TriggerNode;
  nodes: CompiledNode[];
  nodeById: Map<string, CompiledNode>;
  exitWhen: CompiledCondition[];
  goalWithin: ParsedDuration | null;
  /** An inactivity trigger's `for`, parsed once (null for other triggers). */
  inactivityFor: ParsedDuration | null;
  reentryAfter: ParsedDuration | null;
  /** Quiet hours in minutes after midnight, with the question of when they end (`quietEnd`). */
  quiet: { from: number; to: number; end: Question } | null;
  /**
   * Whether its exit conditions read no time window (through segments too):
   * their answer then changes only with what they read, the events in
   * `exitReadsKind` and the profile (`Run.exitHeldFalse`).
   */
  exitTimeless: boolean;
  /**
   * Whether its exit conditions read the profile (through segments too): a
   * change of the profile can then change their answer. Conditions on events
   * alone (`order_placed since entry`) keep holding false across changes.
   */
  exitReadsProfile: boolean;
  /**
   * Whether its exit conditions are timeless and hold false at entry
   * (`falseAtEntry`): a new run then starts with `Run.exitHeldFalse` set,
   * and they are first asked when something they read changes.
   */
  exitFalseAtEntry: boolean;
  /**
   * The events its exit conditions count, through segments too, by event
   * kind (`CompiledWorkspace.eventKinds`): true for the kinds read.
   */
  exitReadsKind: boolean[];
  /** The kind of its goal's event; `NO_KIND` without a goal. */
  goalKind: number;
  /** The `journey` of a Liquid scope, made once. */
  scopeJourney: { id: string; name: string };
  /** A date trigger's rule and last answer (null until a profile first asks). */
  dateMemo: DateMemo | null;
};

export type CompiledSegment = {
  /** Position in `CompiledWorkspace.segments` (by id): what a re-check timer names. */
  index: number;
  id: string;
  condition: CompiledCondition;
  /** Event names the condition reads (through nested segments too). */
  events: Set<string>;
  /** Event name → the `within` windows it is read with (to re-check when one passes). */
  windows: Map<string, ParsedDuration[]>;
  readsProfile: boolean;
  /**
   * Whether a journey starts when a profile enters it. Membership is read
   * by nothing else but the trace (a segment condition asks the segment's
   * own condition), so an untraced profile keeps only these up to date.
   */
  watched: boolean;
  /** The journeys it starts (segment triggers naming it), found once. */
  starts: CompiledJourney[];
  /** A list of this segment alone, made once: what a re-check of it refreshes. */
  alone: readonly CompiledSegment[];
};

/** What an event of one name touches, found with one lookup per event. */
export type EventHooks = {
  /** Journeys it starts (event triggers on that name). */
  triggers: CompiledJourney[];
  /** Inactivity triggers it starts a new stretch of. */
  inactivity: CompiledJourney[];
  /** Segments re-checked when it arrives; null when none reads it. */
  segments: CompiledSegment[] | null;
  /** The `within` windows of those segments that read it: a re-check when each passes. */
  windows: { segment: number; within: ParsedDuration; watched: boolean }[];
  /** Whether a condition or an inactivity trigger reads this name from the history. */
  read: boolean;
};

export type CompiledWorkspace = {
  settings: WorkspaceSettings;
  zone: Zone;
  cap: { max: number; per: ParsedDuration } | null;
  suppressed: Set<string>;
  journeys: CompiledJourney[];
  journeyById: Map<string, CompiledJourney>;
  segments: CompiledSegment[];
  segmentById: Map<string, CompiledSegment>;
  /** Journeys by trigger kind; event triggers by event name. */
  eventTriggers: Map<string, CompiledJourney[]>;
  inactivityTriggers: Map<string, CompiledJourney[]>;
  /** The same as a list, walked for every new profile without an iterator. */
  inactivityByEvent: { event: string; kind: number; journeys: CompiledJourney[] }[];
  segmentTriggers: Map<string, CompiledJourney[]>;
  dateTriggers: CompiledJourney[];
  attributeTriggers: CompiledJourney[];
  /** Segments re-checked when an event of that name arrives. */
  segmentsByEvent: Map<string, CompiledSegment[]>;
  segmentsReadingProfile: CompiledSegment[];
  templates: Set<string>;
  /** Event name → what it touches; names nothing listens to are absent. */
  eventHooks: Map<string, EventHooks>;
  /**
   * Event names as numbers ("kinds"), so the hot path finds what an event
   * touches by index and compares kinds, not names: the fixed kinds below,
   * every name with hooks, a goal or an exit condition reading it, and names
   * a caller added (`internEventKind`).
   */
  eventKinds: Map<string, number>;
  /** `eventHooks` by kind; undefined for a kind nothing listens to. */
  hooksByKind: (EventHooks | undefined)[];
  /**
   * By kind: true when some waitFor node waits for it. Runs waiting for an
   * event are looked for only on these (most events, `email_sent` first,
   * end no wait).
   */
  waitedForKind: boolean[];
};

/** Kinds every workspace has: names the engine itself tests for or makes. */
export const KIND_IDENTIFY = 0;
export const KIND_UNSUBSCRIBED = 1;
export const KIND_EMAIL_SENT = 2;
/** The kind of a name the workspace does not know (no hooks, goal nor exit condition reads it). */
export const NO_KIND = -1;

/** The kind of an event name: `NO_KIND` when the workspace has none for it. */
export function eventKind(ws: CompiledWorkspace, name: string): number {
  return ws.eventKinds.get(name) ?? NO_KIND;
}

/**
 * The kind of an event name, given a new one if it has none: for a caller
 * that compares names of its own by kind (the simulator's reactions). The
 * new kind has no hooks.
 */
export function internEventKind(ws: CompiledWorkspace, name: string): number {
  let kind = ws.eventKinds.get(name);
  if (kind === undefined) {
    kind = ws.hooksByKind.length;
    ws.eventKinds.set(name, kind);
    ws.hooksByKind.push(undefined);
  }
  return kind;
}

export type CompileOptions = {
  /** `simulate` runs every journey that is not paused; `live` only live ones. */
  mode: 'simulate' | 'live';
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A split's outcome per variant; without variants (validation rejects it),
 * the port "a" alone, as the split takes then.
 */
function splitOutcomes(node: SplitNode): PortOutcome[] {
  if (node.variants.length === 0) return [leaveBy('a', variantSlot(0))];
  return node.variants.map((v, k) => leaveBy(v.key, variantSlot(k)));
}

function compileJourney(
  journey: WorkspaceBundle['journeys'][number],
  index: number,
): CompiledJourney {
  const nodes: CompiledNode[] = journey.nodes.map((node: JourneyNode, i) => ({
    index: i,
    node,
    ports: [],
    variants: node.type === 'split' ? splitOutcomes(node) : [],
    // The registry pairs each kind with its own step; the union cannot show it.
    step: nodeSteps[node.type] as unknown as NodeStep<NodeType>,
    duration:
      node.type === 'wait' && node.for !== undefined
        ? parseDuration(node.for)
        : node.type === 'waitFor'
          ? parseDuration(node.timeout)
          : null,
    until: planUntil(node),
    weights: node.type === 'split' ? node.variants.map((v) => v.weight) : [],
    drawKey: node.type === 'split' ? `${journey.id}:${node.id}:` : '',
    drawPrefix: '',
    drawSeed: Number.NaN,
    condition: node.type === 'condition' ? compileCondition(node.if) : undefined,
    sentProperties:
      node.type === 'email'
        ? { journey: journey.id, node: node.id, template: node.template, subject: node.subject }
        : null,
    update: planUpdate(node),
  }));
  const nodeById = new Map(nodes.map((n) => [n.node.id, n]));
  // Every slot a step can take, set (undefined without an edge): packed, and never out of range.
  for (const n of nodes)
    for (let k = variantSlot(n.variants.length); k > 0; k--) n.ports.push(undefined);
  for (const edge of journey.edges) {
    const from = nodeById.get(edge.from);
    const to = nodeById.get(edge.to);
    if (!from || !to) continue;
    const port = edge.port ?? 'out';
    const k = SHARED_PORTS.indexOf(port);
    if (k >= 0) from.ports[k] = to;
    for (let v = 0; v < from.variants.length; v++)
      if (from.variants[v]?.port === port) from.ports[variantSlot(v)] = to;
  }
  const trigger = nodes.find((n) => n.node.type === 'trigger');
  const triggerNode = journey.nodes.find((n): n is TriggerNode => n.type === 'trigger');
  if (!trigger || !triggerNode) throw new Error(`journey ${journey.id} has no trigger`);
  const settings = resolveSettings(journey);
  const quiet = settings.quietHours;
  return {
    index,
    id: journey.id,
    name: journey.name,
    settings,
    trigger,
    triggerNode,
    nodes,
    nodeById,
    exitWhen: settings.exitWhen.map((c: Condition) => compileCondition(c)),
    scopeJourney: { id: journey.id, name: journey.name },
    dateMemo: null,
    // Set once the workspace's segments are compiled (a segment can hold a window).
    exitTimeless: false,
    exitReadsProfile: false,
    exitFalseAtEntry: false,
    exitReadsKind: [],
    goalKind: NO_KIND,
    goalWithin: settings.goal?.within ? parseDuration(settings.goal.within) : null,
    inactivityFor: triggerNode.on === 'inactivity' ? parseDuration(triggerNode.for) : null,
    reentryAfter:
      typeof settings.reentry === 'object' ? parseDuration(settings.reentry.after) : null,
    // Quiet hours with `from` equal to `to` mean none (spec: "Time").
    quiet:
      quiet && quiet.from !== quiet.to
        ? quietHours(clockMinutes(quiet.from), clockMinutes(quiet.to))
        : null,
  };
}

function quietHours(from: number, to: number): { from: number; to: number; end: Question } {
  return { from, to, end: quietEndQuestion(from, to) };
}

function byPriorityThenId(
  a: { settings: ResolvedJourneySettings; id: string },
  b: typeof a,
): number {
  if (a.settings.priority !== b.settings.priority) return b.settings.priority - a.settings.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compiles a workspace that passed validation (one trigger per journey, known ids). */
export function compileWorkspace(
  bundle: WorkspaceBundle,
  options: CompileOptions = { mode: 'simulate' },
): CompiledWorkspace {
  const running = bundle.journeys.filter((j) =>
    options.mode === 'live' ? j.status === 'live' : j.status !== 'paused',
  );
  const journeys = running
    .map((j, i) => compileJourney(j, i))
    .sort(byPriorityThenId)
    .map((j, i) => ({ ...j, index: i }));
  const ws: CompiledWorkspace = {
    settings: bundle.settings,
    zone: getZone(bundle.settings.timezone),
    cap: bundle.settings.frequencyCap
      ? {
          max: bundle.settings.frequencyCap.max,
          per: parseDuration(bundle.settings.frequencyCap.per),
        }
      : null,
    suppressed: new Set((bundle.settings.suppressions ?? []).map((s) => s.email.toLowerCase())),
    journeys,
    journeyById: new Map(journeys.map((j) => [j.id, j])),
    segments: [],
    segmentById: new Map(),
    eventTriggers: new Map(),
    inactivityTriggers: new Map(),
    inactivityByEvent: [],
    segmentTriggers: new Map(),
    dateTriggers: [],
    attributeTriggers: [],
    segmentsByEvent: new Map(),
    segmentsReadingProfile: [],
    templates: new Set(bundle.templates.map((t) => t.id)),
    eventHooks: new Map(),
    eventKinds: new Map([
      ['identify', KIND_IDENTIFY],
      ['unsubscribed', KIND_UNSUBSCRIBED],
      ['email_sent', KIND_EMAIL_SENT],
    ]),
    hooksByKind: [undefined, undefined, undefined],
    waitedForKind: [],
  };
  for (const j of journeys) {
    const t = j.triggerNode;
    if (t.on === 'event') push(ws.eventTriggers, t.event, j);
    else if (t.on === 'inactivity') push(ws.inactivityTriggers, t.event, j);
    else if (t.on === 'segment') push(ws.segmentTriggers, t.segment, j);
    else if (t.on === 'date') ws.dateTriggers.push(j);
    else ws.attributeTriggers.push(j);
  }
  const sortedSegments = [...bundle.segments].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const conditions = new Map(sortedSegments.map((s) => [s.id, compileCondition(s.condition)]));
  for (const s of sortedSegments) {
    const condition = conditions.get(s.id);
    if (!condition) continue;
    const deps = collectDeps(s.id, conditions);
    const segment: CompiledSegment = {
      index: ws.segments.length,
      id: s.id,
      condition,
      ...deps,
      watched: ws.segmentTriggers.has(s.id),
      starts: ws.segmentTriggers.get(s.id) ?? [],
      alone: [],
    };
    segment.alone = [segment];
    ws.segments.push(segment);
    ws.segmentById.set(s.id, segment);
    for (const name of segment.events) push(ws.segmentsByEvent, name, segment);
    if (segment.readsProfile) ws.segmentsReadingProfile.push(segment);
  }
  const hooks = (name: string): EventHooks => {
    let h = ws.eventHooks.get(name);
    if (!h) {
      h = { triggers: [], inactivity: [], segments: null, windows: [], read: false };
      ws.eventHooks.set(name, h);
    }
    return h;
  };
  for (const [name, list] of ws.eventTriggers) hooks(name).triggers = list;
  for (const [name, list] of ws.inactivityTriggers) {
    hooks(name).inactivity = list;
    // Its kind is the one its hooks get below (every hooked name has one).
    ws.inactivityByEvent.push({ event: name, kind: NO_KIND, journeys: list });
  }
  for (const [name, list] of ws.segmentsByEvent) {
    const h = hooks(name);
    h.segments = list;
    for (const s of list)
      for (const within of s.windows.get(name) ?? [])
        h.windows.push({ segment: s.index, within, watched: s.watched });
  }
  // Names some condition counts in the history (segments, exit conditions,
  // condition nodes), or an inactivity trigger looks up at the start.
  const read = (c: CompiledCondition) => {
    for (const name of c.deps.events) hooks(name).read = true;
  };
  for (const s of ws.segments) read(s.condition);
  for (const j of journeys) {
    for (const c of j.exitWhen) read(c);
    for (const n of j.nodes) if (n.condition) read(n.condition);
    const exit = exitReads(j, ws);
    j.exitReadsProfile = exit.profile;
    j.exitTimeless = !exit.windowed;
    j.exitFalseAtEntry =
      j.exitTimeless && j.exitWhen.length > 0 && j.exitWhen.every((c) => falseAtEntry(c.source));
    for (const name of exit.events) j.exitReadsKind[internEventKind(ws, name)] = true;
  }
  for (const name of ws.inactivityTriggers.keys()) hooks(name).read = true;
  for (const [name, h] of ws.eventHooks) ws.hooksByKind[internEventKind(ws, name)] = h;
  for (const inactivity of ws.inactivityByEvent) inactivity.kind = eventKind(ws, inactivity.event);
  for (const j of journeys) {
    const goal = j.settings.goal;
    if (goal) j.goalKind = internEventKind(ws, goal.event);
    for (const { node } of j.nodes)
      if (node.type === 'waitFor') ws.waitedForKind[internEventKind(ws, node.event)] = true;
  }
  return ws;
}

/**
 * What a journey's exit conditions read, the segments they name included (a
 * segment's own reads follow its nested segments): the events they count,
 * whether any counts in a time window, whether any reads the profile.
 */
function exitReads(
  j: CompiledJourney,
  ws: CompiledWorkspace,
): { events: Set<string>; windowed: boolean; profile: boolean } {
  const out = { events: new Set<string>(), windowed: false, profile: false };
  const add = (reads: Pick<CompiledSegment, 'events' | 'windows' | 'readsProfile'>) => {
    for (const name of reads.events) out.events.add(name);
    if (reads.windows.size > 0) out.windowed = true;
    if (reads.readsProfile) out.profile = true;
  };
  for (const c of j.exitWhen) {
    add(c.deps);
    for (const id of c.deps.segments) {
      const segment = ws.segmentById.get(id);
      if (segment) add(segment);
    }
  }
  return out;
}

/** What a segment's condition reads, following nested segment references once each. */
function collectDeps(
  id: string,
  conditions: Map<string, CompiledCondition>,
): Pick<CompiledSegment, 'events' | 'windows' | 'readsProfile'> {
  const events = new Set<string>();
  const windows = new Map<string, ParsedDuration[]>();
  let readsProfile = false;
  const seen = new Set<string>();
  const visit = (segmentId: string) => {
    if (seen.has(segmentId)) return;
    seen.add(segmentId);
    const c = conditions.get(segmentId);
    if (!c) return;
    for (const name of c.deps.events) events.add(name);
    for (const [name, list] of c.deps.windows) for (const w of list) push(windows, name, w);
    if (c.deps.readsProfile) readsProfile = true;
    for (const nested of c.deps.segments) visit(nested);
  };
  visit(id);
  return { events, windows, readsProfile };
}
