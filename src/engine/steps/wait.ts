// wait: for a duration, until the next clock time, or until the instant in a
// property (spec: "Node types" and "Waits and nodes").
import type { JourneyNode, WaitNode } from '../../model/nodes.ts';
import type { Weekday } from '../../model/primitives.ts';
import { clockTimeQuestion } from '../calendar.ts';
import type { CompiledNode } from '../compile.ts';
import { eventScope } from '../render.ts';
import type { ProfileState, Run } from '../state.ts';
import {
  clockMinutes,
  formatInstant,
  type ParsedDuration,
  parseDuration,
  parseInstant,
  plusDuration,
  type Question,
} from '../time.ts';
import { type Engine, leaveWhy, type NodeStep, OUT, type Outcome, waitUntil } from '../types.ts';
import { getPath } from '../values.ts';

const weekdayNames: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
function isWeekday(d: unknown): d is Weekday {
  return typeof d === 'string' && weekdayNames.includes(d);
}

const instantText = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A wait's `until`, worked out once per node (`CompiledNode.until`): every
 * entry would otherwise split the property's path, parse the offset and
 * test the text again, and a cohort's members enter the same waits.
 */
export type UntilPlan = {
  /** `until.time`: the next matching clock time (null for a property). */
  clock: Question | null;
  /** `until.property`: read from the profile or the run's event; null for any other path (none to read). */
  scope: 'profile' | 'event' | null;
  /** The path after `profile.` or `event.`, cut once (a text cut afresh at every read is a new key to V8). */
  path: string;
  offset: ParsedDuration | null;
  /**
   * The text last read and its instant (NaN when it holds none): the members
   * of a cohort read the same texts.
   */
  lastText: string | null;
  lastAt: number;
};

/** The plan of a wait with `until` (null for any other node). */
export function planUntil(node: JourneyNode): UntilPlan | null {
  if (node.type !== 'wait' || !node.until) return null;
  const u = node.until;
  const plan: UntilPlan = {
    clock: null,
    scope: null,
    path: '',
    offset: null,
    lastText: null,
    lastAt: Number.NaN,
  };
  if (typeof u.time === 'string') {
    plan.clock = clockTimeQuestion(clockMinutes(u.time), weekdaysOf(u.weekdays));
  } else if (typeof u.property === 'string') {
    const path = u.property;
    const scope = path.startsWith('profile.')
      ? 'profile'
      : path.startsWith('event.')
        ? 'event'
        : null;
    if (scope !== null) {
      plan.scope = scope;
      plan.path = path.slice(scope.length + 1);
    }
    if (typeof u.offset === 'string' && u.offset !== '') plan.offset = parseDuration(u.offset);
  }
  return plan;
}

/** The instant a text holds, NaN when it is not an ISO instant (spec: such a value counts as missing). */
function instantOf(plan: UntilPlan, text: string): number {
  if (text === plan.lastText) return plan.lastAt;
  const at = instantText.test(text) ? parseInstant(text) : Number.NaN;
  plan.lastText = text;
  plan.lastAt = at;
  return at;
}

/**
 * The instant held in `until.property` (`profile.x` or `event.x`, the event
 * that started the run), plus the offset; null when missing or not an ISO
 * instant.
 */
function propertyInstant(state: ProfileState, run: Run, plan: UntilPlan): number | null {
  let root: unknown;
  if (plan.scope === 'profile') root = state.profile;
  else if (plan.scope === 'event') {
    // The run's `event` scope, built once per run (emails read the same one).
    if (run.eventScope === undefined) run.eventScope = eventScope(run.trigger);
    root = run.eventScope;
  } else return null;
  const value = getPath(root, plan.path);
  if (typeof value !== 'string') return null;
  const at = instantOf(plan, value);
  if (Number.isNaN(at)) return null;
  return plan.offset ? plusDuration(state.zone, at, plan.offset) : at;
}

/** A wait's weekdays: the list itself when every entry is one (no copy per wait). */
function weekdaysOf(list: unknown): readonly Weekday[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.every(isWeekday) ? list : list.filter(isWeekday);
}

/** When the run goes on: after the duration, at the next clock time, or at the property's instant (now when it holds none). */
function waitEnd(e: Engine, state: ProfileState, run: Run, compiled: CompiledNode): number {
  if (compiled.duration !== null) return plusDuration(state.zone, e.now, compiled.duration);
  const plan = compiled.until;
  if (plan === null) return e.now;
  if (plan.clock !== null) return plan.clock.ask(state.zone, e.now);
  return propertyInstant(state, run, plan) ?? e.now;
}

/** The same in words, for the trace (built only for profiles whose trace is kept). */
function waitText(state: ProfileState, run: Run, node: WaitNode, compiled: CompiledNode): string {
  if (node.for !== undefined) return `waits ${node.for}`;
  const u = node.until;
  if (u && typeof u.time === 'string') {
    const weekdays = weekdaysOf(u.weekdays);
    const days = weekdays ? ` on ${weekdays.join('/')}` : '';
    return `waits until ${u.time}${days} in ${state.zone.name}`;
  }
  if (u && typeof u.property === 'string') {
    const offset = typeof u.offset === 'string' ? u.offset : undefined;
    if (compiled.until === null || propertyInstant(state, run, compiled.until) === null)
      return `goes on at once: ${u.property} holds no instant`;
    return `waits until ${u.property}${offset ? ` ${offset}` : ''}`;
  }
  return 'goes on at once';
}

export const waitStep: NodeStep<'wait'> = {
  enter(e, state, run, node, compiled): Outcome {
    const at = waitEnd(e, state, run, compiled);
    // Untraced: the instant alone, no text and no record made.
    if (!state.tracing) return at <= e.now ? OUT : waitUntil(at, 'waiting');
    const text = waitText(state, run, node, compiled);
    if (at <= e.now) {
      return leaveWhy(OUT, { reason: { code: 'wait-passed' }, text });
    }
    return {
      kind: 'wait',
      until: at,
      status: 'waiting',
      why: {
        reason: { code: 'wait', until: formatInstant(at) },
        text: `${text}: goes on at ${formatInstant(at)}`,
      },
    };
  },
  resume: () => OUT,
};
