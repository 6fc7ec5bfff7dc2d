// What happens to runs between node steps: following the port a step took
// (or parking the run on its timer), and the checks that end runs early: the
// goal first, then exitWhen (spec: an event meeting both ends the run as
// goal), after every event and every change of the profile.
import type { CompiledNode } from './compile.ts';
import type { CompiledCondition } from './conditions.ts';
import { describeExplanation } from './describe.ts';
import type { FullEngine } from './engine.ts';
import { type ProfileState, profileZone, type Run, type StoredEvent } from './state.ts';
import { plusDuration } from './time.ts';
import { triggerHooks } from './triggers.ts';
import { NO_WHY, type Outcome, type StepRecord, TIMER_RUN, type Why } from './types.ts';
import { matchesWhere } from './values.ts';

export function follow(e: FullEngine, state: ProfileState, run: Run, outcome: Outcome): void {
  const sink = e.sink;
  const at = run.node;
  if (outcome.kind === 'wait') {
    run.status = outcome.status;
    run.token++;
    sink.timer(state, outcome.until, TIMER_RUN, run.journey.index, run.id, run.token);
    if (outcome.why) e.note(state, outcome.status === 'held' ? 'held' : 'wait', run, outcome.why);
    return;
  }
  // The port's name is for the trace only: the next node is found by slot.
  const leaves = outcome.kind === 'port';
  if (state.tracing) traceStep(e, state, run, leaves ? outcome.port : null, outcome.why);
  const next = leaves ? at.ports[outcome.slot] : undefined;
  if (!next) {
    e.endRun(
      state,
      run,
      'completed',
      state.tracing ? completedWhy(run.journey.id, at, leaves ? outcome.port : null) : NO_WHY,
    );
    return;
  }
  run.node = next;
  run.status = 'active';
  run.arrivedSeq = state.seq;
  sink.reached(state, run, next);
  e.touch(state, run, 'enter');
}

// The trace's records, made by functions of their own: a closure inside
// `follow` would make V8 allocate its variables in a context at every call,
// traced or not.
function traceStep(
  e: FullEngine,
  state: ProfileState,
  run: Run,
  port: string | null,
  why: Why | undefined,
): void {
  const at = run.node;
  const step: StepRecord = {
    at: e.now,
    journey: run.journey.id,
    node: at.node.id,
    type: at.node.type,
  };
  if (port !== null) step.port = port;
  e.sink.step(state, step);
  // Every node passed is in the trace (the output's `steps` are these), with
  // the node's own reason when it has one (a condition, a split, a waitFor).
  e.note(
    state,
    'step',
    run,
    why ?? {
      reason: port === null ? { code: 'end' } : { code: 'port', port },
      text: port === null ? `passed ${at.node.id}` : `passed ${at.node.id} by "${port}"`,
    },
  );
}

function completedWhy(journey: string, at: CompiledNode, port: string | null): () => Why {
  return () => ({
    reason: { code: 'completed', port },
    text:
      port === null
        ? `completed ${journey} at ${at.node.id}`
        : `completed ${journey}: nothing follows ${at.node.id} on "${port}"`,
  });
}

/**
 * Whether `checkGoalAndExit` can do anything for this event: it is the run's
 * goal's event, or the exit conditions are not known to hold false (or it is
 * an event they read). Most events (every `email_sent`) meet runs it would
 * leave alone, and their callers then skip the call.
 */
export function mayEnd(run: Run, kind: number): boolean {
  const j = run.journey;
  if (kind >= 0 && j.goalKind === kind && !run.converted) return true;
  if (j.exitWhen.length === 0) return false;
  return !run.exitHeldFalse || (kind >= 0 && j.exitReadsKind[kind] === true);
}

/** The goal first, then exitWhen (spec: an event satisfying both ends the run as goal). */
export function checkGoalAndExit(
  e: FullEngine,
  state: ProfileState,
  run: Run,
  ev: StoredEvent,
  /** The event's kind (`eventKind`): compared, where names would be. */
  kind: number,
): void {
  const goal = run.journey.settings.goal;
  if (
    goal &&
    !run.converted &&
    run.journey.goalKind === kind &&
    matchesWhere(ev.properties, goal.where) &&
    (!run.journey.goalWithin ||
      ev.at <= plusDuration(state.zone, run.entered, run.journey.goalWithin))
  ) {
    run.converted = true;
    e.sink.converted(state, run);
    const why = state.tracing
      ? {
          reason: { code: 'goal', event: ev.name },
          text: `reached the goal of ${run.journey.id}: did ${ev.name}`,
        }
      : NO_WHY;
    if (goal.exit !== false) {
      e.endRun(state, run, 'goal', why);
      return;
    }
    e.note(state, 'goal', run, why);
  }
  if (run.exitHeldFalse && kind >= 0 && run.journey.exitReadsKind[kind] === true)
    run.exitHeldFalse = false;
  checkExitWhen(e, state, run);
}

export function checkExitWhen(e: FullEngine, state: ProfileState, run: Run): void {
  const conditions = run.journey.exitWhen;
  if (conditions.length === 0) return;
  // Nothing they read changed since they last held false: they still do.
  if (run.exitHeldFalse) return;
  for (const c of conditions) {
    if (!c.test(e.testEnv(state, run))) continue;
    e.endRun(state, run, 'exit-condition', state.tracing ? exitWhy(e, state, run, c) : NO_WHY);
    return;
  }
  run.exitHeldFalse = run.journey.exitTimeless;
}

/** Why an exit condition ended a run, for the trace (a function of its own: see `traceStep`). */
function exitWhy(e: FullEngine, state: ProfileState, run: Run, c: CompiledCondition): () => Why {
  const text = describeExplanation(c.explain(e.env(state, run)));
  return () => ({
    reason: { code: 'exit-condition', condition: c.source },
    text: `left ${run.journey.id} by its exit condition: ${text}`,
  });
}

/** After the profile changed: attribute and date triggers, segments, and (for updates) exitWhen. */
export function profileChanged(
  e: FullEngine,
  state: ProfileState,
  watched: unknown[],
  checkExit: boolean,
): void {
  const tzBefore = state.zone;
  state.zone = profileZone(e.ws, state.profile);
  state.email = state.profile.email;
  if (checkExit) {
    // A check ends at most its own run, which then leaves the list: the next
    // run moves into its place (no copy of the list per change).
    const active = state.active;
    for (let k = 0; k < active.length; ) {
      const run = active[k] as Run;
      checkExitWhen(e, state, run);
      if (active[k] === run) k++;
    }
  }
  triggerHooks.afterChange(e, state, watched, tzBefore !== state.zone);
  e.refreshSegments(state, e.ws.segmentsReadingProfile);
}
