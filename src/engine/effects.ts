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
import type {
  EngineSink,
  SentEmail,
  StepRecord,
  SuppressedEmail,
  TimerPayload,
  TraceEntry,
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
    timer: (_s, at, timer) => effects.timers.push({ at, timer }),
    emitted: (_s, event) => effects.emitted.push(event),
    trace: (_s, entry) => effects.trace.push(entry),
    step: (_s, step) => effects.steps.push(step),
    email: (_s, email) => effects.emails.push(email),
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
      else if ('timer' in input) engine.applyTimer(state, input.timer);
      else engine.applyEvent(state, input.event.name, input.event.properties ?? {});
      engine.settle(state);
      return effects;
    },
  };
}
