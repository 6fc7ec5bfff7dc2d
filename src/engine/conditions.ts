// The conditions evaluator (spec/FORMAT.md, "Conditions"). Each condition is
// compiled once into a fast `test` and an `explain` that says which
// sub-condition decided and with what counts, for the trace ("viewed shoes 1
// time in the last 48 hours, needed at least 2"). Both read the same helpers,
// so they cannot disagree.
import type {
  AllCondition,
  AnyCondition,
  Condition,
  CountOp,
  EventCondition,
  NotCondition,
  PropertyCondition,
  PropertyOp,
  SegmentCondition,
  TagCondition,
} from '../model/condition.ts';
import type { CompiledWorkspace } from './compile.ts';
import { latestKept, type ProfileState, type Run, type StoredEvent } from './state.ts';
import { minusDuration, type ParsedDuration, parseDuration } from './time.ts';
import { deepEqual, getPath, type Json, type JsonObject, matchesWhere } from './values.ts';

export type ConditionEnv = {
  ws: CompiledWorkspace;
  state: ProfileState;
  now: number;
  /** The run the condition is read for: `since: entry` and `email` need it. */
  run: Run | null;
};

export type Explanation =
  | { kind: 'all' | 'any'; ok: boolean; items: Explanation[] }
  | { kind: 'not'; ok: boolean; item: Explanation }
  | {
      kind: 'property';
      ok: boolean;
      property: string;
      op: PropertyOp;
      value?: Json;
      actual: unknown;
    }
  | {
      kind: 'event';
      ok: boolean;
      event: string;
      where?: JsonObject;
      seen: number;
      count: { op: CountOp; value: number };
      within?: string;
      since?: 'entry';
    }
  | { kind: 'tag'; ok: boolean; tag: string }
  | { kind: 'segment'; ok: boolean; segment: string; item?: Explanation }
  | { kind: 'email'; ok: boolean; email: 'opened' | 'clicked'; node?: string; seen: number };

export type ConditionDeps = {
  events: Set<string>;
  windows: Map<string, ParsedDuration[]>;
  segments: Set<string>;
  readsProfile: boolean;
};

export type CompiledCondition = {
  source: Condition;
  test: (env: ConditionEnv) => boolean;
  explain: (env: ConditionEnv) => Explanation;
  deps: ConditionDeps;
};

const MAX_SEGMENT_DEPTH = 16;

function compare(op: CountOp | 'gt' | 'gte' | 'lt' | 'lte', a: number, b: number): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
  }
}

/** Property operators. Ordering compares two numbers, or two strings (ISO dates sort as text). */
export function propertyHolds(op: PropertyOp, actual: unknown, value: Json | undefined): boolean {
  switch (op) {
    case 'eq':
      return deepEqual(actual, value);
    case 'ne':
      return !deepEqual(actual, value);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      if (typeof actual === 'number' && typeof value === 'number')
        return compare(op, actual, value);
      if (typeof actual === 'string' && typeof value === 'string')
        return compare(op, actual < value ? -1 : actual > value ? 1 : 0, 0);
      return false;
    }
    case 'in':
      return Array.isArray(value) && value.some((v) => deepEqual(v, actual));
    case 'contains':
      if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
      return Array.isArray(actual) && actual.some((v) => deepEqual(v, value));
    case 'startsWith':
      return typeof actual === 'string' && typeof value === 'string' && actual.startsWith(value);
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'notExists':
      return actual === undefined || actual === null;
  }
}

/**
 * An event name a condition counts, with its kind in the workspace last
 * asked (`CompiledWorkspace.eventKinds`): the history is kept by kind.
 */
export type CountedEvent = { readonly name: string; ws: CompiledWorkspace | null; kind: number };

export function countedEvent(name: string): CountedEvent {
  return { name, ws: null, kind: -1 };
}

function kindIn(event: CountedEvent, ws: CompiledWorkspace): number {
  if (event.ws === ws) return event.kind;
  const kind = ws.eventKinds.get(event.name) ?? -1;
  // Not kept while it has none: a name can get a kind later (a live profile's
  // first event of a name the workspace does not know).
  if (kind >= 0) {
    event.ws = ws;
    event.kind = kind;
  }
  return kind;
}

/**
 * How many events of that name (matching `where`) the profile did in the
 * window: `within` back from now (`now - within < at <= now`), or since the
 * run's entry (the triggering event excluded), or ever. Outside a run (a
 * segment), `since: entry` means ever.
 */
export function countEvents(
  env: ConditionEnv,
  event: CountedEvent,
  where: JsonObject | undefined,
  within: ParsedDuration | undefined,
  sinceEntry: boolean,
  match?: (properties: JsonObject) => boolean,
): number {
  const latest = latestKept(env.state, kindIn(event, env.ws));
  if (latest === undefined) return 0;
  const after = within ? minusDuration(env.state.zone, env.now, within) : Number.NEGATIVE_INFINITY;
  const entrySeq = sinceEntry && env.run ? env.run.entrySeq : -1;
  let n = 0;
  // Newest first: the first event before the window or the entry ends the walk.
  for (let e: StoredEvent | null = latest; e !== null; e = e.prev) {
    if (e.at <= after || e.seq <= entrySeq) break;
    if (e.at > env.now) continue;
    if (!matchesWhere(e.properties, where)) continue;
    if (match && !match(e.properties)) continue;
    n++;
  }
  return n;
}

function tagsOf(profile: JsonObject): Json[] {
  const tags = profile.tags;
  return Array.isArray(tags) ? tags : [];
}

function emptyDeps(): ConditionDeps {
  return { events: new Set(), windows: new Map(), segments: new Set(), readsProfile: false };
}

function mergeDeps(into: ConditionDeps, from: ConditionDeps): void {
  for (const e of from.events) into.events.add(e);
  for (const [k, v] of from.windows) into.windows.set(k, [...(into.windows.get(k) ?? []), ...v]);
  for (const s of from.segments) into.segments.add(s);
  if (from.readsProfile) into.readsProfile = true;
}

function segmentCondition(env: ConditionEnv, id: string): CompiledCondition | undefined {
  return env.ws.segmentById.get(id)?.condition;
}

// Nested segment references are followed with a depth guard, so a cycle the
// validator missed cannot hang the engine: past the guard it reads as false.
let segmentDepth = 0;

function withSegment<T>(fallback: T, body: () => T): T {
  if (segmentDepth >= MAX_SEGMENT_DEPTH) return fallback;
  segmentDepth++;
  try {
    return body();
  } finally {
    segmentDepth--;
  }
}

// The condition forms carry index signatures (unknown fields round-trip), so
// `in` does not narrow them: these guards do.
const isAll = (c: Condition): c is AllCondition => 'all' in c;
const isAny = (c: Condition): c is AnyCondition => 'any' in c;
const isNot = (c: Condition): c is NotCondition => 'not' in c;
const isProperty = (c: Condition): c is PropertyCondition => 'property' in c;
const isEvent = (c: Condition): c is EventCondition => 'event' in c;
const isTag = (c: Condition): c is TagCondition => 'tag' in c;
const isSegment = (c: Condition): c is SegmentCondition => 'segment' in c;

/**
 * Whether a condition holds false for any profile when a run enters, by its
 * form alone: counts of events since entry are zero then (the triggering
 * event is not counted), and so are a run's own opens and clicks.
 */
export function falseAtEntry(c: Condition): boolean {
  if (isAll(c)) return c.all.some(falseAtEntry);
  if (isAny(c)) return c.any.length > 0 && c.any.every(falseAtEntry);
  if (isEvent(c)) {
    if (c.since !== 'entry') return false;
    const count = c.count ?? { op: 'gte' as const, value: 1 };
    return !compare(count.op, 0, count.value);
  }
  return 'email' in c;
}

/** Compiles a condition; durations are parsed here, once. */
export function compileCondition(c: Condition): CompiledCondition {
  const deps = emptyDeps();
  if (isAll(c) || isAny(c)) {
    const all = isAll(c);
    const items = (isAll(c) ? c.all : isAny(c) ? c.any : []).map(compileCondition);
    for (const i of items) mergeDeps(deps, i.deps);
    return {
      source: c,
      deps,
      // Loops, not every/some with a callback: no closure per test.
      test: all
        ? (env) => {
            for (const i of items) if (!i.test(env)) return false;
            return true;
          }
        : (env) => {
            for (const i of items) if (i.test(env)) return true;
            return false;
          },
      explain: (env) => {
        const explained = items.map((i) => i.explain(env));
        const ok = all ? explained.every((e) => e.ok) : explained.some((e) => e.ok);
        return { kind: all ? 'all' : 'any', ok, items: explained };
      },
    };
  }
  if (isNot(c)) {
    const item = compileCondition(c.not);
    mergeDeps(deps, item.deps);
    return {
      source: c,
      deps,
      test: (env) => !item.test(env),
      explain: (env) => {
        const inner = item.explain(env);
        return { kind: 'not', ok: !inner.ok, item: inner };
      },
    };
  }
  if (isProperty(c)) {
    const { property, op, value } = c;
    deps.readsProfile = true;
    return {
      source: c,
      deps,
      test: (env) => propertyHolds(op, getPath(env.state.profile, property), value),
      explain: (env) => {
        const actual = getPath(env.state.profile, property);
        const ok = propertyHolds(op, actual, value);
        return value === undefined
          ? { kind: 'property', ok, property, op, actual }
          : { kind: 'property', ok, property, op, value, actual };
      },
    };
  }
  if (isEvent(c)) {
    const within = c.within ? parseDuration(c.within) : undefined;
    const count = c.count ?? { op: 'gte' as const, value: 1 };
    const sinceEntry = c.since === 'entry';
    const { event, where } = c;
    deps.events.add(event);
    if (within) deps.windows.set(event, [within]);
    const counted = countedEvent(event);
    const seen = (env: ConditionEnv) => countEvents(env, counted, where, within, sinceEntry);
    return {
      source: c,
      deps,
      test: (env) => compare(count.op, seen(env), count.value),
      explain: (env) => {
        const n = seen(env);
        return {
          kind: 'event',
          ok: compare(count.op, n, count.value),
          event,
          seen: n,
          count,
          ...(where ? { where } : {}),
          ...(c.within ? { within: c.within } : {}),
          ...(sinceEntry ? { since: 'entry' as const } : {}),
        };
      },
    };
  }
  if (isTag(c)) {
    const { tag } = c;
    deps.readsProfile = true;
    const test = (env: ConditionEnv) => tagsOf(env.state.profile).includes(tag);
    return { source: c, deps, test, explain: (env) => ({ kind: 'tag', ok: test(env), tag }) };
  }
  if (isSegment(c)) {
    const { segment } = c;
    deps.segments.add(segment);
    return {
      source: c,
      deps,
      test: (env) => {
        if (segmentDepth >= MAX_SEGMENT_DEPTH) return false;
        const inner = segmentCondition(env, segment);
        if (!inner) return false;
        segmentDepth++;
        try {
          return inner.test(env.run === null ? env : { ...env, run: null });
        } finally {
          segmentDepth--;
        }
      },
      explain: (env) =>
        withSegment<Explanation>({ kind: 'segment', ok: false, segment }, () => {
          const inner = segmentCondition(env, segment)?.explain({ ...env, run: null });
          return inner
            ? { kind: 'segment', ok: inner.ok, segment, item: inner }
            : { kind: 'segment', ok: false, segment };
        }),
    };
  }
  // `email`: opened or clicked, read from email_opened / email_clicked events
  // that carry this journey (and node); within a run, only since its entry.
  if (!('email' in c)) throw new Error(`not a condition: ${JSON.stringify(c)}`);
  const email = c.email === 'clicked' ? 'clicked' : 'opened';
  const node = typeof c.node === 'string' ? c.node : undefined;
  const name = email === 'opened' ? 'email_opened' : 'email_clicked';
  deps.events.add(name);
  const counted = countedEvent(name);
  const seen = (env: ConditionEnv) => {
    const journey = env.run?.journey.id;
    return countEvents(env, counted, undefined, undefined, env.run !== null, (p) => {
      if (journey !== undefined && p.journey !== journey) return false;
      return node === undefined || p.node === node;
    });
  };
  return {
    source: c,
    deps,
    test: (env) => seen(env) > 0,
    explain: (env) => {
      const n = seen(env);
      return { kind: 'email', ok: n > 0, email, seen: n, ...(node !== undefined ? { node } : {}) };
    },
  };
}
