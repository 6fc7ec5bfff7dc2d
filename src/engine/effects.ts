// The engine as a function: the inputs of one instant (events and timer
// wake-ups) in, the effects out. The state object passed in is updated in
// place and returned (the caller owns it and may persist it); what changed
// comes back as data: timers to set, emails to send, suppressions, runs
// entered and left, the profile's changes, events the engine made, and the
// trace with a reason for each decision.
// Live execution drives the engine this way; the simulator, which needs the
// same order within an instant across many profiles, drives it step by step.
import type { CompiledWorkspace } from './compile.ts';
import { createEngine, type FullEngine } from './engine.ts';
import type { EmailRenderer } from './render.ts';
import type { EndReason, ProfileState, Run, StoredEvent } from './state.ts';
import {
  type EngineSink,
  type SentEmail,
  type StepRecord,
  type SuppressedEmail,
  TIMER_DATE,
  TIMER_INACTIVITY,
  TIMER_RUN,
  TIMER_SEGMENTS,
  type TimerKind,
  type TimerPayload,
  type TraceEntry,
} from './types.ts';
import { deepEqual, type Json, type JsonObject } from './values.ts';

/** A top-level profile field that the inputs changed (`from` or `to` undefined: added or removed). */
export type ProfileChange = { key: string; from: Json | undefined; to: Json | undefined };

export type Effects = {
  /** The profile state, changed in place: the one passed in. */
  state: ProfileState;
  /** Timers for later instants, to keep and give back when due (one due now was applied). */
  timers: { at: number; timer: TimerPayload }[];
  emails: SentEmail[];
  suppressed: SuppressedEmail[];
  entered: { journey: string; run: number; at: number }[];
  exited: { journey: string; run: number; at: number; reason: EndReason }[];
  /** Events the engine made itself (`email_sent`), already in the profile's history. */
  emitted: StoredEvent[];
  steps: StepRecord[];
  trace: TraceEntry[];
  conversions: { journey: string; run: number }[];
  /** By `identify` events and update nodes, in key order; the trace says which did it. */
  profileChanges: ProfileChange[];
};

export type EngineInput =
  | { event: { name: string; properties?: JsonObject } }
  | { timer: TimerPayload }
  /** Sets up a new profile (date and inactivity timers, a first look at segments). */
  | { init: true };

function emptyEffects(state: ProfileState): Effects {
  return {
    state,
    timers: [],
    emails: [],
    suppressed: [],
    entered: [],
    exited: [],
    emitted: [],
    steps: [],
    trace: [],
    conversions: [],
    profileChanges: [],
  };
}

/** What differs between two snapshots of a profile, field by field. */
function profileChanges(before: JsonObject, after: JsonObject): ProfileChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) =>
    deepEqual(before[key], after[key]) ? [] : [{ key, from: before[key], to: after[key] }],
  );
}

/** The engine fills one email record again and again: a copy to keep, without an unset `error`. */
function sentCopy(email: SentEmail): SentEmail {
  const { error, ...rest } = email;
  return error === undefined ? rest : { ...rest, error };
}

/** The engine's numeric timer, spelled out for whoever persists it. */
function payloadOf(
  ws: CompiledWorkspace,
  kind: TimerKind,
  target: number,
  run: number,
  token: number,
): TimerPayload {
  switch (kind) {
    case TIMER_RUN:
      return { kind: 'run', journey: target, run, token };
    case TIMER_DATE:
      return { kind: 'date', journey: target, token };
    case TIMER_INACTIVITY:
      return { kind: 'inactivity', journey: target, token };
    case TIMER_SEGMENTS: {
      const segment = ws.segments[target]?.id;
      return segment === undefined ? { kind: 'segments' } : { kind: 'segments', segment };
    }
  }
}

function applyPayload(engine: FullEngine, state: ProfileState, timer: TimerPayload): void {
  if (timer.kind === 'run') {
    engine.applyTimer(state, TIMER_RUN, timer.journey, timer.run, timer.token);
  } else if (timer.kind === 'segments') {
    const one = timer.segment === undefined ? undefined : engine.ws.segmentById.get(timer.segment);
    engine.applyTimer(state, TIMER_SEGMENTS, one?.index ?? -1, 0, 0);
  } else {
    const kind = timer.kind === 'date' ? TIMER_DATE : TIMER_INACTIVITY;
    engine.applyTimer(state, kind, timer.journey, 0, timer.token);
  }
}

function isList(inputs: EngineInput | readonly EngineInput[]): inputs is readonly EngineInput[] {
  return Array.isArray(inputs);
}

export type EffectEngine = {
  engine: FullEngine;
  /**
   * Applies the inputs due at `now`, then advances every run they touched
   * (spec: "Order within one instant"). Give every input of one profile and
   * instant in one call, in the spec's order (events as they came, then
   * events made by reactions, then timer wake-ups): runs advance after all of
   * them, so same-instant emails meet the cap in journey priority order.
   * A new profile's `init` goes first in the call of its first instant.
   */
  apply: (
    state: ProfileState,
    now: number,
    inputs: EngineInput | readonly EngineInput[],
  ) => Effects;
};

export function createEffectEngine(options: {
  ws: CompiledWorkspace;
  seed: number;
  origin: number;
  renderer?: EmailRenderer;
}): EffectEngine {
  let effects: Effects | null = null;
  const out = (): Effects => {
    if (effects === null) throw new Error('the engine reported an effect outside apply()');
    return effects;
  };
  const runRef = (run: Run) => ({ journey: run.journey.id, run: run.id });
  // Timers the engine sets for the instant being applied: due at once, so they
  // are applied here, between two node steps, as the simulator's agenda does
  // (they are no effect for the caller to keep).
  const dueNow: [TimerKind, number, number, number][] = [];
  const sink: EngineSink = {
    timer(_s, at, kind, target, run, token) {
      if (at === engine.now) dueNow.push([kind, target, run, token]);
      else out().timers.push({ at, timer: payloadOf(options.ws, kind, target, run, token) });
    },
    emitted: (_s, event) => out().emitted.push(event),
    trace: (_s, entry) => out().trace.push(entry),
    step: (_s, step) => out().steps.push(step),
    email: (_s, email) => out().emails.push(sentCopy(email)),
    suppressed: (_s, s) => out().suppressed.push(s),
    entered: (_s, run) => out().entered.push({ ...runRef(run), at: run.entered }),
    exited: (_s, run, reason) => out().exited.push({ ...runRef(run), at: engine.now, reason }),
    reached: () => {},
    converted: (_s, run) => out().conversions.push(runRef(run)),
  };
  const engine = createEngine({ ...options, sink });
  return {
    engine,
    apply(state, now, inputs) {
      const done = emptyEffects(state);
      effects = done;
      const before = structuredClone(state.profile);
      engine.now = now;
      const list: readonly EngineInput[] = isList(inputs) ? inputs : [inputs];
      try {
        for (const input of list) {
          if ('init' in input) engine.init(state);
          else if ('timer' in input) applyPayload(engine, state, input.timer);
          else engine.applyEvent(state, input.event.name, input.event.properties ?? {});
        }
        // (Spec: "Order within one instant".) A timer set for this instant
        // wakes before the next node step, so the runs it touches take their
        // turn by journey priority with the others still to advance.
        for (;;) {
          const timer = dueNow.shift();
          if (timer) engine.applyTimer(state, ...timer);
          else if (!engine.advanceOne(state)) break;
        }
      } finally {
        effects = null;
        dueNow.length = 0;
      }
      done.profileChanges = profileChanges(before, state.profile);
      return done;
    },
  };
}
