// wait: for a duration, until the next clock time, or until the instant in a
// property (spec: "Node types" and "Waits and nodes").
import type { WaitNode } from '../../model/nodes.ts';
import type { Weekday } from '../../model/primitives.ts';
import { nextClockTime } from '../calendar.ts';
import type { CompiledNode } from '../compile.ts';
import { eventScope } from '../render.ts';
import type { ProfileState, Run } from '../state.ts';
import { clockMinutes, formatInstant, parseDuration, parseInstant, plusDuration } from '../time.ts';
import { type Engine, leaveWhy, type NodeStep, OUT, type Outcome, waitUntil } from '../types.ts';
import { getPath } from '../values.ts';

const weekdayNames: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
function isWeekday(d: unknown): d is Weekday {
  return typeof d === 'string' && weekdayNames.includes(d);
}

const instantText = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The instant held in `until.property` (`profile.x` or `event.x`, the event
 * that started the run), plus the offset; null when missing or not an ISO
 * instant (spec: such a value counts as missing).
 */
function propertyInstant(
  state: ProfileState,
  run: Run,
  path: string,
  offset: string | undefined,
): number | null {
  let value: unknown;
  if (path.startsWith('profile.')) value = getPath(state.profile, path.slice('profile.'.length));
  else if (path.startsWith('event.')) {
    // The run's `event` scope, built once per run (emails read the same one).
    if (run.eventScope === undefined) run.eventScope = eventScope(run.trigger);
    value = getPath(run.eventScope, path.slice('event.'.length));
  } else return null;
  if (typeof value !== 'string' || !instantText.test(value)) return null;
  const at = parseInstant(value);
  if (Number.isNaN(at)) return null;
  return offset ? plusDuration(state.zone, at, parseDuration(offset)) : at;
}

/** A wait's weekdays: the list itself when every entry is one (no copy per wait). */
function weekdaysOf(list: unknown): readonly Weekday[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.every(isWeekday) ? list : list.filter(isWeekday);
}

/** When the run goes on: after the duration, at the next clock time, or at the property's instant (now when it holds none). */
function waitEnd(
  e: Engine,
  state: ProfileState,
  run: Run,
  node: WaitNode,
  compiled: CompiledNode,
): number {
  if (compiled.duration !== null) return plusDuration(state.zone, e.now, compiled.duration);
  const u = node.until;
  if (u && typeof u.time === 'string') {
    return nextClockTime(state.zone, e.now, clockMinutes(u.time), weekdaysOf(u.weekdays));
  }
  if (u && typeof u.property === 'string') {
    const offset = typeof u.offset === 'string' ? u.offset : undefined;
    return propertyInstant(state, run, u.property, offset) ?? e.now;
  }
  return e.now;
}

/** The same in words, for the trace (built only for profiles whose trace is kept). */
function waitText(state: ProfileState, run: Run, node: WaitNode): string {
  if (node.for !== undefined) return `waits ${node.for}`;
  const u = node.until;
  if (u && typeof u.time === 'string') {
    const weekdays = weekdaysOf(u.weekdays);
    const days = weekdays ? ` on ${weekdays.join('/')}` : '';
    return `waits until ${u.time}${days} in ${state.zone.name}`;
  }
  if (u && typeof u.property === 'string') {
    const offset = typeof u.offset === 'string' ? u.offset : undefined;
    if (propertyInstant(state, run, u.property, offset) === null)
      return `goes on at once: ${u.property} holds no instant`;
    return `waits until ${u.property}${offset ? ` ${offset}` : ''}`;
  }
  return 'goes on at once';
}

export const waitStep: NodeStep<'wait'> = {
  enter(e, state, run, node, compiled): Outcome {
    const at = waitEnd(e, state, run, node, compiled);
    // Untraced: the instant alone, no text and no record made.
    if (!state.tracing) return at <= e.now ? OUT : waitUntil(at, 'waiting');
    const text = waitText(state, run, node);
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
