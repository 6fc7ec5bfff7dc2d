// The engine as a function: one input (an event or a timer wake-up) at one
// instant in, the effects out. The state object passed in is updated in place
// (the caller owns it and may persist it); what changed outside it comes back
// as data: timers to set, emails to send, suppressions, runs entered and
// left, events the engine made, and the trace with a reason for each decision.
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
import type { JsonObject } from './values.ts';

export type Effects = {
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
};

export type EngineInput =
  | { event: { name: string; properties?: JsonObject } }
  | { timer: TimerPayload }
  /** Sets up a new profile (date and inactivity timers, a first look at segments). */
  | { init: true };

function emptyEffects(): Effects {
  return {
    timers: [],
    emails: [],
    suppressed: [],
    entered: [],
    exited: [],
    emitted: [],
    steps: [],
    trace: [],
    conversions: [],
  };
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

export type EffectEngine = {
  engine: FullEngine;
  /** Applies one input at `now` and advances every run it touched; returns what happened. */
  apply: (state: ProfileState, now: number, input: EngineInput) => Effects;
};

export function createEffectEngine(options: {
  ws: CompiledWorkspace;
  seed: number;
  origin: number;
  renderer?: EmailRenderer;
}): EffectEngine {
  let effects = emptyEffects();
  const runRef = (run: Run) => ({ journey: run.journey.id, run: run.id });
  const sink: EngineSink = {
    timer: (_s, at, kind, target, run, token) =>
      effects.timers.push({ at, timer: payloadOf(options.ws, kind, target, run, token) }),
    emitted: (_s, event) => effects.emitted.push(event),
    trace: (_s, entry) => effects.trace.push(entry),
    step: (_s, step) => effects.steps.push(step),
    email: (_s, email) => effects.emails.push(sentCopy(email)),
    suppressed: (_s, s) => effects.suppressed.push(s),
    entered: (_s, run) => effects.entered.push({ ...runRef(run), at: run.entered }),
    exited: (_s, run, reason) => effects.exited.push({ ...runRef(run), at: engine.now, reason }),
    reached: () => {},
    converted: (_s, run) => effects.conversions.push(runRef(run)),
  };
  const engine = createEngine({ ...options, sink });
  return {
    engine,
    apply(state, now, input) {
      effects = emptyEffects();
      engine.now = now;
      if ('init' in input) engine.init(state);
      else if ('timer' in input) applyPayload(engine, state, input.timer);
      else engine.applyEvent(state, input.event.name, input.event.properties ?? {});
      engine.settle(state);
      return effects;
    },
  };
}
