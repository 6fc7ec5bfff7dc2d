// What the simulator keeps of a run: per persona the emails, suppressions,
// runs and steps of the output (only for personas kept in detail), and per
// journey the counts every persona adds to. Builds the output object with the
// spec's key order, so its JSON is byte-identical for the same input.
import type { CompiledWorkspace } from '../engine/compile.ts';
import type { ProfileState } from '../engine/state.ts';
import { formatInstant } from '../engine/time.ts';
import type { EngineSink, TraceEntry } from '../engine/types.ts';
import type { JourneyCountsOut, PersonaOut, SimulationOutput, SimulationStats } from './output.ts';

export type PersonaRecord = {
  id: string;
  state: ProfileState;
  /**
   * The persona's part of the output; null for cohort members in summary
   * mode. Null exactly when `state.tracing` is off: the sink then skips
   * finding the persona for what it would not keep.
   */
  out: PersonaOut | null;
  /** Output records of runs still going, by run id; null while `out` is null (nothing to keep). */
  openRuns: Map<number, PersonaOut['runs'][number]> | null;
  trace: TraceEntry[] | null;
};

export type Recorder = {
  sink: Omit<EngineSink, 'timer' | 'emitted'>;
  stats: SimulationStats;
  output: (
    personas: readonly PersonaRecord[],
    span: { start: number; end: number; seed: number },
  ) => SimulationOutput;
};

export function createRecorder(
  ws: CompiledWorkspace,
  personaOf: (state: ProfileState) => PersonaRecord,
  now: () => number,
): Recorder {
  const stats: SimulationStats = { personas: 0, nodeSteps: 0, events: 0, timers: 0, emails: 0 };
  const counts = ws.journeys.map(() => ({ entered: 0, conversions: 0 }));
  const reached = ws.journeys.map((j) => new Array<number>(j.nodes.length).fill(0));

  const sink: Recorder['sink'] = {
    trace(state, entry) {
      personaOf(state).trace?.push(entry);
    },
    step(state, s) {
      if (!state.tracing) return; // no output kept (PersonaRecord.out)
      const out = personaOf(state).out;
      if (!out) return;
      const step: PersonaOut['steps'][number] = {
        at: formatInstant(s.at),
        journey: s.journey,
        node: s.node,
        type: s.type,
      };
      if (s.port !== undefined) step.port = s.port;
      out.steps.push(step);
    },
    email(state, m) {
      stats.emails++;
      if (!state.tracing) return;
      const out = personaOf(state).out;
      if (!out) return;
      out.emails.push({
        at: formatInstant(m.at),
        journey: m.journey,
        node: m.node,
        template: m.template,
        subject: m.subject,
        to: m.to,
        ...(m.error !== undefined ? { error: m.error } : {}),
      });
    },
    suppressed(state, s) {
      if (!state.tracing) return;
      personaOf(state).out?.suppressed.push({
        at: formatInstant(s.at),
        journey: s.journey,
        node: s.node,
        reason: s.reason,
      });
    },
    entered(state, run) {
      const c = counts[run.journey.index];
      if (c) c.entered++;
      if (!state.tracing) return;
      const p = personaOf(state);
      if (!p.out) return;
      const record = {
        journey: run.journey.id,
        entered: formatInstant(run.entered),
        exited: null,
        reason: 'horizon' as const,
      };
      p.out.runs.push(record);
      if (p.openRuns === null) p.openRuns = new Map();
      p.openRuns.set(run.id, record);
    },
    exited(state, run, reason) {
      if (!state.tracing) return;
      const p = personaOf(state);
      const record = p.openRuns?.get(run.id);
      if (!record) return;
      p.openRuns?.delete(run.id);
      record.exited = formatInstant(now());
      record.reason = reason;
    },
    reached(_state, run, node) {
      stats.nodeSteps++;
      const list = reached[run.journey.index];
      if (list) list[node.index] = (list[node.index] ?? 0) + 1;
    },
    converted(_state, run) {
      const c = counts[run.journey.index];
      if (c) c.conversions++;
    },
  };

  function output(
    personas: readonly PersonaRecord[],
    span: { start: number; end: number; seed: number },
  ): SimulationOutput {
    const journeys: Record<string, JourneyCountsOut> = {};
    for (const j of [...ws.journeys].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const nodes: Record<string, { reached: number }> = {};
      j.nodes.forEach((n, i) => {
        nodes[n.node.id] = { reached: reached[j.index]?.[i] ?? 0 };
      });
      const c = counts[j.index] ?? { entered: 0, conversions: 0 };
      journeys[j.id] = { entered: c.entered, conversions: c.conversions, nodes };
    }
    const list: PersonaOut[] = [];
    for (const p of personas) {
      if (p.out) list.push({ ...p.out, profile: p.state.profile });
    }
    return {
      start: formatInstant(span.start),
      end: formatInstant(span.end),
      seed: span.seed,
      personas: list,
      journeys,
    };
  }

  return { sink, stats, output };
}
