// The interpreter: one per simulation (or live process), shared by every
// profile. It applies events and timer wake-ups to a profile's state and
// advances its runs, reporting every effect and decision to the sink. Time
// is `engine.now`, set by the driver; randomness is the seeded split hash.
// Order within one instant (spec: "Order within one instant"): the driver
// applies all inputs due, then calls `advanceOne` until it says none is left;
// it advances the touched runs highest journey priority first (then id), so
// the cap sees emails that way. A timer set for the same instant meanwhile
// is applied between two calls (the simulator's agenda, effects.ts).
import {
  type CompiledJourney,
  type CompiledSegment,
  type CompiledWorkspace,
  eventKind,
  internEventKind,
  KIND_EMAIL_SENT,
  KIND_IDENTIFY,
  KIND_UNSUBSCRIBED,
} from './compile.ts';
import type { ConditionEnv } from './conditions.ts';
import { createLiquidRenderer, type EmailRenderer } from './render.ts';
import { insertAt, removeAt, removeFrom } from './run-lists.ts';
import { checkGoalAndExit, follow, mayEnd, profileChanged } from './runs.ts';
import { createSegmentRefresh } from './segments.ts';
import {
  type EndReason,
  keepEvent,
  type ProfileState,
  type Run,
  type StoredEvent,
} from './state.ts';
import { formatInstant, minusDuration, plusDuration } from './time.ts';
import { scheduleDate, scheduleInactivityAtStart, triggerHooks } from './triggers.ts';
import {
  type Engine,
  type EngineSink,
  NO_WHY,
  TIMER_DATE,
  TIMER_INACTIVITY,
  TIMER_RUN,
  TIMER_SEGMENTS,
  type TimerKind,
  type TraceKind,
  type Why,
  type WhyArg,
} from './types.ts';
import { deepEqual, type JsonObject, matchesWhere } from './values.ts';

export type EngineOptions = {
  ws: CompiledWorkspace;
  sink: EngineSink;
  renderer?: EmailRenderer;
  /** The split seed: the persona file's in simulation, the workspace's live. */
  seed: number;
  /** Where inactivity counts from when the profile has no event and no `created_at`. */
  origin: number;
  /**
   * `all` (the default) keeps every event in the profile's history; `read`
   * only the names the workspace's conditions and inactivity triggers read,
   * for a simulation whose workspace cannot change while it runs.
   */
  history?: 'all' | 'read';
  /**
   * `always` (the default) renders every email's subject; `traced` only a
   * traced profile's: for a simulation that keeps no record of the others'
   * emails and whose workspace and personas read no sent subject
   * (`workspaceReadsSentSubject`). Their `email_sent` then carries the
   * subject's Liquid source.
   */
  subjects?: 'always' | 'traced';
};

export type FullEngine = Engine & {
  /** Sets up a profile at `now`: date and inactivity timers, and a first look at its segments. */
  init: (state: ProfileState) => void;
  /** Applies an event (scripted, ingested or made by a reaction) at `now`. */
  applyEvent: (state: ProfileState, name: string, properties: JsonObject) => StoredEvent;
  /** The same, for a caller that knows the name's kind (`eventKind`, `internEventKind`). */
  applyEventOfKind: (
    state: ProfileState,
    kind: number,
    name: string,
    properties: JsonObject,
  ) => StoredEvent;
  /** A timer's wake-up, in the numbers the sink was given (`EngineSink.timer`). */
  applyTimer: (
    state: ProfileState,
    kind: TimerKind,
    target: number,
    run: number,
    token: number,
  ) => void;
  /** Does one node transition of the most urgent touched run; false when none is left. */
  advanceOne: (state: ProfileState) => boolean;
  tryStart: (
    state: ProfileState,
    journey: CompiledJourney,
    trigger: StoredEvent | null,
    why: WhyArg,
    ignoreReentry?: boolean,
  ) => void;
  endRun: (state: ProfileState, run: Run, reason: EndReason, why: WhyArg) => void;
  touch: (state: ProfileState, run: Run, cause: 'enter' | 'timer' | 'event') => void;
  refreshSegments: (state: ProfileState, segments: readonly CompiledSegment[]) => void;
  env: (state: ProfileState, run: Run | null) => ConditionEnv;
};

const NO_VALUES: unknown[] = [];
const unsubscribedWhy = (): Why => ({
  reason: { code: 'unsubscribed' },
  text: 'left: the profile unsubscribed',
});

// The trace's reasons, made by functions of their own: a closure inside a hot
// function would make V8 allocate that function's variables in a context at
// every call, traced or not (measured: one allocation per call).
function eventWhy(name: string, properties: JsonObject): Why {
  return { reason: { code: 'event', event: name, properties }, text: `did ${name}` };
}
function identifyWhy(properties: JsonObject): Why {
  return {
    reason: { code: 'identify', properties },
    text: `profile updated by identify: ${Object.keys(properties).join(', ')}`,
  };
}
function eventTriggerWhy(name: string, j: CompiledJourney): () => Why {
  return () => ({
    reason: { code: 'trigger', on: 'event', event: name },
    text: `entered ${j.id}: did ${name}`,
  });
}
function updateWhy(run: Run): () => Why {
  return () => ({
    reason: { code: 'update', node: run.node.node.id },
    text: `profile updated by ${run.journey.id}/${run.node.node.id}`,
  });
}
function notEntered(
  e: FullEngine,
  state: ProfileState,
  journey: CompiledJourney,
  code: string,
): void {
  const i = journey.index;
  const last = () => formatInstant(state.lastExit[i] ?? 0);
  const text =
    code === 'already-in'
      ? 'already in it (a profile is never in a journey twice at once)'
      : code === 'reentry-never'
        ? 'it allows entering only once'
        : `re-entry is allowed only ${journey.reentryAfter?.iso} after the last exit (${last()})`;
  e.note(state, 'not-entered', null, {
    reason: { code: 'not-entered', journey: journey.id, why: code },
    text: `did not enter ${journey.id}: ${text}`,
  });
}
const MAX_STEPS_PER_INSTANT = 100_000;

export function createEngine(options: EngineOptions): FullEngine {
  const { ws, sink } = options;
  const renderer = options.renderer ?? createLiquidRenderer();
  const keepAll = options.history !== 'read';
  // An untraced profile keeps only the segments journeys start on (CompiledSegment.watched).
  const anyWatched = ws.segments.some((s) => s.watched);
  let shared: ConditionEnv | null = null;

  const e: FullEngine = {
    ws,
    sink,
    renderer,
    rendersUntracedSubjects: options.subjects !== 'traced',
    seed: options.seed,
    now: options.origin,
    env: (state, run) => ({ ws, state, now: e.now, run }),
    testEnv(state, run) {
      if (shared === null) shared = { ws, state, now: e.now, run };
      else {
        // Stored only when they change: the env lives long, so each store of
        // a young profile or run into it is a call to V8's write barrier, and
        // one event's tests mostly ask of the same profile and run.
        if (shared.state !== state) shared.state = state;
        shared.now = e.now;
        if (shared.run !== run) shared.run = run;
      }
      return shared;
    },

    note(state, kind: TraceKind, run, why) {
      if (!state.tracing) return;
      const { reason, text } = typeof why === 'function' ? why() : why;
      const entry: Parameters<EngineSink['trace']>[1] = {
        at: formatInstant(e.now),
        persona: state.key,
        kind,
        reason,
        text,
      };
      if (run) {
        entry.journey = run.journey.id;
        entry.node = run.node.node.id;
      }
      sink.trace(state, entry);
    },

    touch(state, run, cause) {
      run.pending = cause;
      if (!run.queued) {
        run.queued = true;
        state.touched.push(run);
      }
    },

    init(state) {
      for (const j of ws.dateTriggers) scheduleDate(e, state, j, e.now);
      scheduleInactivityAtStart(e, state, options.origin);
      // Membership at the start is read as a timer of this instant, so after the
      // events scripted for it: a persona who logs in at the start is not
      // "lapsed" at the start.
      if (state.tracing ? ws.segments.length > 0 : anyWatched) {
        sink.timer(state, e.now, TIMER_SEGMENTS, -1, 0, 0);
      }
    },

    tryStart(state, journey, trigger, why, ignoreReentry = false) {
      const i = journey.index;
      let refused: string | null = null;
      if (state.runs[i]) refused = 'already-in';
      else if (!ignoreReentry && state.entries[i] !== 0) {
        const reentry = journey.settings.reentry;
        if (reentry === 'never') refused = 'reentry-never';
        // Allowed when now - last exit >= after (spec: "Window boundaries").
        else if (
          journey.reentryAfter &&
          minusDuration(state.zone, e.now, journey.reentryAfter) < (state.lastExit[i] ?? Number.NaN)
        ) {
          refused = 'reentry-too-soon';
        }
      }
      if (refused !== null) {
        if (state.tracing) notEntered(e, state, journey, refused);
        return;
      }
      const run: Run = {
        id: state.nextRunId++,
        journey,
        node: journey.trigger,
        entered: e.now,
        entrySeq: trigger ? trigger.seq : state.seq,
        trigger,
        status: 'active',
        pending: null,
        token: 0,
        arrivedSeq: state.seq,
        heldSince: Number.NaN,
        heldUntil: Number.NaN,
        converted: false,
        queued: false,
        exitHeldFalse: journey.exitFalseAtEntry,
        eventScope: undefined,
      };
      state.runs[i] = run;
      insertAt(state.active, run, i);
      state.entries[i] = (state.entries[i] ?? 0) + 1;
      sink.entered(state, run);
      sink.reached(state, run, run.node);
      e.note(state, 'enter', run, why);
      e.touch(state, run, 'enter');
    },

    endRun(state, run, reason, why) {
      if (run.status === 'ended') return;
      run.status = 'ended';
      run.token++;
      state.runs[run.journey.index] = undefined;
      removeFrom(state.active, run);
      state.lastExit[run.journey.index] = e.now;
      sink.exited(state, run, reason);
      e.note(state, 'exit', run, why);
    },

    applyEvent(state, name, properties) {
      return e.applyEventOfKind(state, eventKind(ws, name), name, properties);
    },

    applyEventOfKind(state, kind, name, properties) {
      const ev: StoredEvent = { name, at: e.now, seq: ++state.seq, properties, prev: null };
      // By kind: an index, where the name would be a lookup in a map.
      const hooks = kind >= 0 ? ws.hooksByKind[kind] : undefined;
      if (hooks?.read) keepEvent(state, kind, ev);
      // Kept all (live): a name the workspace has no kind for gets one.
      else if (keepAll) keepEvent(state, kind >= 0 ? kind : internEventKind(ws, name), ev);
      const tracing = state.tracing;
      if (tracing && kind !== KIND_EMAIL_SENT)
        e.note(state, 'event', null, eventWhy(name, properties));
      const identify = kind === KIND_IDENTIFY;
      const watched = identify ? triggerHooks.snapshot(e, state) : NO_VALUES;
      let changed = false;
      if (identify) {
        for (const key of Object.keys(properties)) {
          const value = properties[key];
          if (value !== undefined && !deepEqual(state.profile[key], value)) {
            state.profile[key] = value;
            changed = true;
          }
        }
        if (changed) profileMoved(state);
        if (changed && tracing) e.note(state, 'profile', null, identifyWhy(properties));
      }
      const active = state.active;
      if (kind === KIND_UNSUBSCRIBED) {
        state.unsubscribed = true;
        for (const run of [...active]) {
          e.endRun(state, run, 'unsubscribed', tracing ? unsubscribedWhy : NO_WHY);
        }
      } else if (active.length === 1) {
        const only = active[0] as Run;
        if (mayEnd(only, kind)) checkGoalAndExit(e, state, only, ev, kind);
      } else if (active.length > 1) {
        // A check ends at most its own run, which then leaves the list: the
        // next run moves into its place. (No copy of the list per event.)
        for (let k = 0; k < active.length; ) {
          const run = active[k] as Run;
          if (mayEnd(run, kind)) checkGoalAndExit(e, state, run, ev, kind);
          if (active[k] === run) k++;
        }
      }
      if (kind >= 0 && ws.waitedForKind[kind] === true) {
        for (const run of active) {
          if (run.status !== 'waitingFor') continue;
          const node = run.node.node;
          if (
            node.type === 'waitFor' &&
            node.event === name &&
            ev.seq > run.arrivedSeq &&
            matchesWhere(properties, node.where)
          ) {
            run.token++; // the timeout timer no longer applies
            e.touch(state, run, 'event');
          }
        }
      }
      if (hooks) {
        for (const j of hooks.triggers) {
          const t = j.triggerNode;
          if (t.on === 'event' && matchesWhere(properties, t.where)) {
            e.tryStart(state, j, ev, tracing ? eventTriggerWhy(name, j) : NO_WHY);
          }
        }
        if (hooks.inactivity.length > 0)
          triggerHooks.inactivityStretches(e, state, hooks.inactivity, ev.at);
      }
      if (changed) profileChanged(e, state, watched, false);
      const segments = hooks?.segments;
      if (hooks && segments) {
        e.refreshSegments(state, segments);
        for (const w of hooks.windows) {
          if (!tracing && !w.watched) continue;
          sink.timer(
            state,
            plusDuration(state.zone, ev.at, w.within),
            TIMER_SEGMENTS,
            w.segment,
            0,
            0,
          );
        }
      }
      return ev;
    },

    emit(state, name, properties) {
      // `email_sent`, the only event the engine makes, needs no lookup.
      const kind = name === 'email_sent' ? KIND_EMAIL_SENT : eventKind(ws, name);
      const ev = e.applyEventOfKind(state, kind, name, properties);
      sink.emitted(state, ev, kind);
      return ev;
    },

    changeProfile(state, mutate, run) {
      const watched = triggerHooks.snapshot(e, state);
      if (!mutate(state.profile, run)) return;
      profileMoved(state);
      if (state.tracing) e.note(state, 'profile', run, updateWhy(run));
      profileChanged(e, state, watched, true);
    },

    applyTimer(state, kind, target, runId, token) {
      switch (kind) {
        case TIMER_RUN: {
          const run = state.runs[target];
          if (run && run.id === runId && run.token === token) e.touch(state, run, 'timer');
          return;
        }
        case TIMER_DATE:
          return triggerHooks.dateTimer(e, state, target, token);
        case TIMER_INACTIVITY:
          return triggerHooks.inactivityTimer(e, state, target, token);
        case TIMER_SEGMENTS:
          // -1 names every segment. (Read as `segments[-1]`, it would be a
          // named property's lookup in V8's runtime, at every persona's start.)
          return e.refreshSegments(
            state,
            target >= 0 ? (ws.segments[target]?.alone ?? ws.segments) : ws.segments,
          );
      }
    },

    refreshSegments(state, segments) {
      refresh(state, segments);
    },

    advanceOne(state) {
      const touched = state.touched;
      const count = touched.length;
      if (count === 0) return false;
      let run: Run | undefined;
      if (count === 1) {
        // The common case: one run to advance, no search and no splice (and
        // `pop` keeps the list's storage, where `length = 0` would drop it
        // and the next touch allocate it again).
        run = touched.pop();
      } else {
        let best = 0;
        for (let i = 1; i < count; i++) {
          const a = touched[i];
          const b = touched[best];
          if (a && b && a.journey.index < b.journey.index) best = i;
        }
        run = touched[best];
        removeAt(touched, best);
      }
      if (!run) return touched.length > 0;
      run.queued = false;
      const cause = run.pending;
      run.pending = null;
      if (run.status === 'ended' || cause === null) return true;
      // Validation rejects a zero-time cycle inside one journey; journeys can
      // still feed each other (an update starting a run whose update starts the
      // first again). Fail loudly instead of spinning forever.
      if (state.busyAt !== e.now) {
        state.busyAt = e.now;
        state.busySteps = 0;
      }
      if (++state.busySteps > MAX_STEPS_PER_INSTANT) {
        throw new Error(
          `${state.key}: more than ${MAX_STEPS_PER_INSTANT} node steps at ${formatInstant(e.now)} (last in ${run.journey.id}/${run.node.node.id}): journeys start each other without any time passing`,
        );
      }
      const at = run.node;
      const outcome =
        cause === 'enter'
          ? at.step.enter(e, state, run, at.node, at)
          : at.step.resume(e, state, run, at.node, cause);
      if (!hasEnded(run)) follow(e, state, run, outcome);
      return true;
    },
  };

  // Exit conditions that held false may hold now that the profile changed
  // (those that read it).
  function profileMoved(state: ProfileState): void {
    for (const run of state.active) if (run.journey.exitReadsProfile) run.exitHeldFalse = false;
  }

  // A step can end its own run (an update meeting exitWhen, an email_sent
  // meeting the goal); read the status through a call so it is not narrowed.
  function hasEnded(run: Run): boolean {
    return run.status === 'ended';
  }

  const refresh = createSegmentRefresh(e);
  return e;
}
