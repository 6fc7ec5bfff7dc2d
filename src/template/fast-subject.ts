// A fast path for the subject lines nearly everyone writes: text with
// `{{ path }}` or `{{ path | default: 'text' }}` outputs and nothing else.
// liquidjs takes ~15 µs per render, which would dominate a cohort simulation
// that records hundreds of thousands of emails; such a subject compiles here
// to a closure that reads the values directly (tens of nanoseconds, nothing
// allocated but the text). Anything outside that subset (tags, other filters,
// `size`/`first`/`last`, values that are not plain text, numbers or booleans)
// returns `undefined` and the caller renders with liquidjs, so output is
// always what liquidjs would give; a property test checks the two agree.
import type { RenderContext, RenderEvent } from './context.ts';
import { hasLineBreak, keptAtEnd, toHeaderText } from './subject.ts';

/**
 * What a subject reads besides the event. The event comes apart so that the
 * engine's own scope can be passed as it is, with no context object per email.
 */
export type SubjectScope = Pick<RenderContext, 'profile' | 'journey' | 'workspace'>;

/**
 * The run's event: a `RenderEvent`, or the engine's event scope as it is (its
 * properties also at the top, src/engine/render.ts). Only `name`, `at` and
 * `properties` are read, as `renderEvent` reads them, so the engine's needs no
 * conversion per email and both give the same subject.
 */
export type SubjectEvent = Readonly<Record<string, unknown>>;

/** Renders a compiled subject as header text (subject.ts), or `undefined` when liquidjs must do it. */
export type FastSubject = (scope: SubjectScope, event: SubjectEvent | null) => string | undefined;

/** The event as a `RenderContext` has it, for the liquidjs path. */
export function renderEvent(event: SubjectEvent): RenderEvent {
  return {
    name: eventText(event.name),
    at: eventText(event.at),
    properties: eventProperties(event),
  };
}

function eventText(value: unknown): string {
  return typeof value === 'string' ? value : String(value ?? '');
}

const noProperties: Readonly<Record<string, unknown>> = Object.freeze({});

function eventProperties(event: SubjectEvent): Readonly<Record<string, unknown>> {
  const { properties } = event;
  return isRecord(properties) ? properties : noProperties;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

type Key = string | number;

/**
 * Where an output's value starts, told once when compiling: per render, no
 * key is compared to `name` or `id` (a key cut from the source is not the
 * interned literal, so each comparison would read both strings).
 */
const From = {
  /** A name the scope does not have, or the hidden `workspace.suppressions`: undefined. */
  Nothing: 0,
  Profile: 1,
  Workspace: 2,
  JourneyId: 3,
  JourneyName: 4,
  EventName: 5,
  EventAt: 6,
  EventProperties: 7,
  /** `event.x`: the property `x`, as the scope shows properties at the top. */
  EventProperty: 8,
} as const;
type From = (typeof From)[keyof typeof From];

/**
 * An output and the literal text before it. What header folding needs to know
 * of the literal (subject.ts) is worked out once: its first and last character.
 */
type Output = {
  before: string;
  beforeFirst: number;
  beforeLast: number;
  from: From;
  /** The whole path after the root; `from` has taken `keys[0]` unless it is a root. */
  keys: Key[];
  fallback: string | undefined;
};

const output = /\{\{([\s\S]*?)\}\}/g;
const expression =
  /^\s*([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*|\[\d+\])*)\s*(?:\|\s*default\s*:\s*(?:'([^'\\]*)'|"([^"\\]*)"))?\s*$/;
const segment = /\.([A-Za-z_]\w*)|\[(\d+)\]/g;
/** Keys liquidjs gives a meaning of its own (`tags.size`), left to liquidjs. */
const liquidKeys = new Set(['size', 'first', 'last']);

/** Compiles the subset, or returns null when the source is outside it. */
export function compileFastSubject(source: string): FastSubject | null {
  const outputs: Output[] = [];
  let last = 0;
  for (const match of source.matchAll(output)) {
    const before = source.slice(last, match.index);
    if (!plainText(before)) return null;
    const expr = expression.exec(match[1] ?? '');
    if (!expr) return null;
    const keys: Key[] = [];
    for (const m of (expr[2] ?? '').matchAll(segment)) {
      if (m[1] !== undefined) {
        if (liquidKeys.has(m[1])) return null;
        keys.push(m[1]);
      } else keys.push(Number(m[2]));
    }
    const from = fromOf(expr[1] ?? '', keys[0]);
    if (from === null) return null;
    outputs.push({
      before,
      beforeFirst: before.charCodeAt(0),
      beforeLast: before.charCodeAt(before.length - 1),
      from,
      keys,
      fallback: expr[3] ?? expr[4],
    });
    last = match.index + match[0].length;
  }
  const tail = source.slice(last);
  if (!plainText(tail)) return null;
  const tailFirst = tail.charCodeAt(0);
  const tailLast = tail.charCodeAt(tail.length - 1);
  // Whether the source's own text (literals and fallbacks) has no line break:
  // then only values need scanning to know the subject is header text as it is.
  const clean =
    !hasLineBreak(tail) &&
    outputs.every((o) => !hasLineBreak(o.before) && !hasLineBreak(o.fallback ?? ''));
  return (scope, event) => {
    let out = '';
    let folds = !clean;
    // The codes of the subject's first and last characters (-1: none yet).
    let first = -1;
    let end = -1;
    for (const o of outputs) {
      if (o.before !== '') {
        out += o.before;
        if (first === -1) first = o.beforeFirst;
        end = o.beforeLast;
      }
      const value = resolve(scope, event, o);
      if (value === unsupported) return undefined;
      const text = written(value, o.fallback);
      if (text === undefined) return undefined;
      if (text === '') continue;
      if (!folds && text !== o.fallback && hasLineBreak(text)) folds = true;
      if (first === -1) first = text.charCodeAt(0);
      end = text.charCodeAt(text.length - 1);
      out += text;
    }
    if (tail !== '') {
      out += tail;
      if (first === -1) first = tailFirst;
      end = tailLast;
    }
    // toHeaderText(out) is `out` itself then; otherwise it does the folding.
    return folds || !keptAtEnd(first) || !keptAtEnd(end) ? toHeaderText(out) : out;
  };
}

/**
 * Where a path starts in the scope `baseScope` makes (context.ts), or null
 * for a path whose value is never plain text (`event`, `journey`, `journey[0]`
 * alone) and `unsubscribe_url`, itself rendered from Liquid: liquidjs does those.
 */
function fromOf(root: string, first: Key | undefined): From | null {
  switch (root) {
    case 'profile':
      return From.Profile;
    case 'workspace':
      // The suppression list is kept out of templates' reach.
      return first === 'suppressions' ? From.Nothing : From.Workspace;
    case 'journey':
      // The scope's `journey` is `{ id, name }`, read here without making it.
      if (first === undefined || typeof first === 'number') return null;
      if (first === 'id') return From.JourneyId;
      return first === 'name' ? From.JourneyName : From.Nothing;
    case 'event':
      // The scope's `event` shows its properties at the top; name, at and properties win.
      if (first === undefined) return null;
      if (first === 'name') return From.EventName;
      if (first === 'at') return From.EventAt;
      return first === 'properties' ? From.EventProperties : From.EventProperty;
    case 'unsubscribe_url':
      return null;
    default:
      return From.Nothing;
  }
}

/** Text between outputs must hold no Liquid of its own. */
function plainText(text: string): boolean {
  return !text.includes('{{') && !text.includes('{%') && !text.includes('}}');
}

const unsupported = Symbol('unsupported');

/** The value at an output's path, as liquidjs reads it from `baseScope` (context.ts). */
function resolve(scope: SubjectScope, event: SubjectEvent | null, o: Output): unknown {
  const { keys } = o;
  switch (o.from) {
    case From.Nothing:
      return undefined;
    case From.Profile:
      return walk(scope.profile, keys, 0);
    case From.Workspace:
      return walk(scope.workspace, keys, 0);
    case From.JourneyId:
      return walk(scope.journey.id, keys, 1);
    case From.JourneyName:
      return walk(scope.journey.name, keys, 1);
  }
  if (!event) return undefined;
  switch (o.from) {
    case From.EventName:
      return walk(eventText(event.name), keys, 1);
    case From.EventAt:
      return walk(eventText(event.at), keys, 1);
    case From.EventProperties:
      return walk(eventProperties(event), keys, 1);
    case From.EventProperty:
      return walk(own(eventProperties(event), keys[0] ?? ''), keys, 1);
  }
}

/** Follows `keys` from `from` on, as liquidjs does for plain data. */
function walk(start: unknown, keys: Key[], from: number): unknown {
  let value = start;
  for (let i = from; i < keys.length; i++) {
    const key = keys[i];
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'object') return unsupported;
    if (Array.isArray(value) !== (typeof key === 'number')) return unsupported;
    value = own(value, key ?? '');
  }
  return value;
}

/** An own property only, as liquidjs reads with `ownPropertyOnly`. */
function own(value: unknown, key: Key): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  // Plain JSON data (no accessors): an own property's value, without the
  // descriptor object `getOwnPropertyDescriptor` would make per lookup.
  if (!Object.hasOwn(value, key)) return undefined;
  return (value as Record<Key, unknown>)[key];
}

/** Liquid's output of a value, with `default`; undefined for values left to liquidjs. */
function written(value: unknown, fallback: string | undefined): string | undefined {
  if (
    fallback !== undefined &&
    (value === '' || value === null || value === undefined || value === false)
  ) {
    return fallback;
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
