// What the engine reports: trace entries with their reasons, the records the
// simulation output lists, the timers it asks for, and the step contract of
// every node kind. Types only, so node-kind modules and the core share them
// without importing each other (and the shared outcomes: OUT, YES, NO...).
import type { NodeOfType, NodeType } from '../model/nodes.ts';
import type { CompiledNode, CompiledWorkspace } from './compile.ts';
import type { ConditionEnv } from './conditions.ts';
import type { EmailRenderer } from './render.ts';
import type { EndReason, ProfileState, Run, StoredEvent } from './state.ts';
import type { JsonObject } from './values.ts';

export type TraceKind =
  | 'event'
  | 'profile'
  | 'enter'
  | 'not-entered'
  | 'step'
  | 'wait'
  | 'email'
  | 'held'
  | 'released'
  | 'suppressed'
  | 'goal'
  | 'exit'
  | 'segment';

/** Why something happened, as data: `code` says which kind of reason, the rest its details. */
export type Reason = { code: string; [detail: string]: unknown };

export type TraceEntry = {
  at: string;
  persona: string;
  journey?: string;
  node?: string;
  kind: TraceKind;
  reason: Reason;
  /** The same reason as one plain-English sentence. */
  text: string;
};

export type SuppressionReason =
  | 'frequency-cap'
  | 'unsubscribed'
  | 'suppressed-address'
  | 'missing-email';

export type SentEmail = {
  at: number;
  journey: string;
  node: string;
  template: string;
  subject: string;
  to: string;
  /** Set when rendering failed: the email still goes, the run goes on. */
  error?: string | undefined;
};

export type SuppressedEmail = {
  at: number;
  journey: string;
  node: string;
  reason: SuppressionReason;
};

/** A node a run passed; `port` is absent when the run ended there (an exit node). */
export type StepRecord = {
  at: number;
  journey: string;
  node: string;
  type: NodeType;
  port?: string;
};

export type TimerPayload =
  | { kind: 'run'; journey: number; run: number; token: number }
  | { kind: 'date'; journey: number; token: number }
  | { kind: 'inactivity'; journey: number; token: number }
  /** Re-check segment membership: one segment whose time window passes, or all (at the start). */
  | { kind: 'segments'; segment?: string };

/** What a timer wakes, as the engine sets it (`TimerPayload` is the same, spelled out). */
export const TIMER_RUN = 0;
export const TIMER_DATE = 1;
export const TIMER_INACTIVITY = 2;
export const TIMER_SEGMENTS = 3;
export type TimerKind =
  | typeof TIMER_RUN
  | typeof TIMER_DATE
  | typeof TIMER_INACTIVITY
  | typeof TIMER_SEGMENTS;

/** Where the engine's effects go. The simulator records them; execution would persist and send. */
export type EngineSink = {
  /**
   * A timer, as numbers so that setting one makes no object (a cohort sets
   * millions): `target` is the journey's index (the segment's index for a
   * re-check, -1 for every segment); `run` and `token` say which run and
   * which setting of its timer, so a stale wake-up is ignored. See timers.ts.
   */
  timer: (
    state: ProfileState,
    at: number,
    kind: TimerKind,
    target: number,
    run: number,
    token: number,
  ) => void;
  /** An event the engine made itself (`email_sent`), after it was applied; with its kind (`eventKind`). */
  emitted: (state: ProfileState, event: StoredEvent, kind: number) => void;
  /** Called only for profiles with `tracing` on. */
  trace: (state: ProfileState, entry: TraceEntry) => void;
  step: (state: ProfileState, step: StepRecord) => void;
  /** The record is the engine's and is filled again for the next email: copy what you keep. */
  email: (state: ProfileState, email: SentEmail) => void;
  suppressed: (state: ProfileState, s: SuppressedEmail) => void;
  entered: (state: ProfileState, run: Run) => void;
  exited: (state: ProfileState, run: Run, reason: EndReason) => void;
  reached: (state: ProfileState, run: Run, node: CompiledNode) => void;
  converted: (state: ProfileState, run: Run) => void;
};

export type Why = { reason: Reason; text: string };
/** A reason, or how to make one: built only for profiles whose trace is kept. */
export type WhyArg = Why | (() => Why);

/**
 * The reason passed where no trace is kept (`state.tracing` off): `note`
 * never reads it, and the hot path makes no closure or text for it.
 */
export const NO_WHY: Why = Object.freeze({ reason: Object.freeze({ code: 'untraced' }), text: '' });

/**
 * What a node does when a run enters it or resumes there. A port's `slot` is
 * where `CompiledNode.ports` keeps the node it leads to: `follow` finds the
 * next node by index, not by the port's name (which only the trace reads).
 */
export type Outcome =
  | { kind: 'port'; port: string; slot: number; why?: Why }
  | { kind: 'wait'; until: number; status: 'waiting' | 'waitingFor' | 'held'; why?: Why }
  | { kind: 'end'; why?: Why };
export type PortOutcome = Extract<Outcome, { kind: 'port' }>;

/**
 * The ports node kinds share, in slot order; a split's variants follow them,
 * in the node's own order (`variantSlot`).
 */
export const SHARED_PORTS: readonly string[] = ['out', 'yes', 'no', 'event', 'timeout'];
export function variantSlot(index: number): number {
  return SHARED_PORTS.length + index;
}

/** Leaving by a port, untraced: shared (outcomes are never changed). */
export function leaveBy(port: string, slot: number): PortOutcome {
  return Object.freeze({ kind: 'port', port, slot });
}
function shared(port: string): PortOutcome {
  return leaveBy(port, SHARED_PORTS.indexOf(port));
}
/** The most common outcome: leave by `out`. */
export const OUT = shared('out');
export const YES = shared('yes');
export const NO = shared('no');
export const BY_EVENT = shared('event');
export const BY_TIMEOUT = shared('timeout');
/** The same port with its reason, for the trace. */
export function leaveWhy(outcome: PortOutcome, why: Why): Outcome {
  return { kind: 'port', port: outcome.port, slot: outcome.slot, why };
}
/**
 * Waiting until an instant, untraced: one object, filled in for each wait,
 * because `follow` reads a step's outcome at once and keeps nothing of it.
 */
const waiting: Extract<Outcome, { kind: 'wait' }> = { kind: 'wait', until: 0, status: 'waiting' };
export function waitUntil(
  until: number,
  status: Extract<Outcome, { kind: 'wait' }>['status'],
): Outcome {
  waiting.until = until;
  waiting.status = status;
  return waiting;
}

/** Ending the run at this node, shared. */
export const END: Outcome = Object.freeze({ kind: 'end' });

/** The engine as node steps see it. */
export type Engine = {
  ws: CompiledWorkspace;
  sink: EngineSink;
  renderer: EmailRenderer;
  /** Whether an untraced profile's subjects are rendered (EngineOptions.subjects). */
  rendersUntracedSubjects: boolean;
  seed: number;
  /** The instant being worked on. */
  now: number;
  /** Applies an event the engine itself makes (`email_sent`) at the current instant. */
  emit: (state: ProfileState, name: string, properties: JsonObject) => StoredEvent;
  /** Changes the profile, then does what a change does (triggers, segments, exitWhen). */
  changeProfile: (
    state: ProfileState,
    mutate: (profile: JsonObject, run: Run) => boolean,
    run: Run,
  ) => void;
  note: (state: ProfileState, kind: TraceKind, run: Run | null, why: WhyArg) => void;
  /**
   * The condition env of a profile (and run) now, as one object the engine
   * reuses: for a test that finishes before the next is asked (no test starts
   * engine work), so the hot path makes no object per test.
   */
  testEnv: (state: ProfileState, run: Run | null) => ConditionEnv;
};

export type NodeStep<T extends NodeType> = {
  enter: (
    e: Engine,
    state: ProfileState,
    run: Run,
    node: NodeOfType<T>,
    at: CompiledNode,
  ) => Outcome;
  /** Resumes a run parked at this node: by its timer, or by the event it waits for. */
  resume: (
    e: Engine,
    state: ProfileState,
    run: Run,
    node: NodeOfType<T>,
    cause: 'timer' | 'event',
  ) => Outcome;
};

export type NodeStepRegistry = { [T in NodeType]: NodeStep<T> };
