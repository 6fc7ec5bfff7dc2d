// wait: for a duration, until the next clock time, or until the instant in a
// property (spec: "Node types" and "Waits and nodes").
import type { WaitNode } from '../../model/nodes.ts';
import type { Weekday } from '../../model/primitives.ts';
import { nextClockTime } from '../calendar.ts';
import { eventScope } from '../render.ts';
import type { ProfileState, Run } from '../state.ts';
import { clockMinutes, formatInstant, parseDuration, parseInstant, plusDuration } from '../time.ts';
import { type Engine, type NodeStep, OUT, type Outcome, waitUntil } from '../types.ts';
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

/** The instant `until` gives, without its text: for profiles whose trace is not kept. */
function untilInstant(e: Engine, state: ProfileState, run: Run, node: WaitNode): number {
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

function until(
  e: Engine,
  state: ProfileState,
  run: Run,
  node: WaitNode,
): { at: number; text: string } {
  if (node.for !== undefined) {
    return {
      at: plusDuration(state.zone, e.now, parseDuration(node.for)),
      text: `waits ${node.for}`,
    };
  }
  const u = node.until;
  if (u && typeof u.time === 'string') {
    const weekdays = weekdaysOf(u.weekdays);
    const at = nextClockTime(state.zone, e.now, clockMinutes(u.time), weekdays);
    const days = weekdays ? ` on ${weekdays.join('/')}` : '';
    return { at, text: `waits until ${u.time}${days} in ${state.zone.name}` };
  }
  if (u && typeof u.property === 'string') {
    const at = propertyInstant(
      state,
      run,
      u.property,
      typeof u.offset === 'string' ? u.offset : undefined,
    );
    if (at === null) return { at: e.now, text: `goes on at once: ${u.property} holds no instant` };
    return { at, text: `waits until ${u.property}${u.offset ? ` ${u.offset}` : ''}` };
  }
  return { at: e.now, text: 'goes on at once' };
}

export const waitStep: NodeStep<'wait'> = {
  enter(e, state, run, node, compiled): Outcome {
    // Untraced: the instant alone, no text and no record made.
    if (!state.tracing) {
      const at =
        compiled.duration !== null
          ? plusDuration(state.zone, e.now, compiled.duration)
          : untilInstant(e, state, run, node);
      if (at <= e.now) return OUT;
      return waitUntil(at, 'waiting');
    }
    const { at, text } = until(e, state, run, node);
    if (at <= e.now) {
      return {
        kind: 'port',
        port: 'out',
        ...(state.tracing ? { why: { reason: { code: 'wait-passed' }, text } } : {}),
      };
    }
    return {
      kind: 'wait',
      until: at,
      status: 'waiting',
      ...(state.tracing
        ? {
            why: {
              reason: { code: 'wait', until: formatInstant(at) },
              text: `${text}: goes on at ${formatInstant(at)}`,
            },
          }
        : {}),
    };
  },
  resume: () => OUT,
};
