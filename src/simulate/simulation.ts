// The virtual-clock driver: plays personas' scripted events and reactions
// through the engine, instant by instant, and records what happened. It is
// steppable (one input applied, or one node transition, per `step`) for the
// in-app simulator; `simulateWorkspace` runs it to the end.
import { compileWorkspace } from '../engine/compile.ts';
import { createEngine, type FullEngine } from '../engine/engine.ts';
import type { EmailRenderer } from '../engine/render.ts';
import { type QuickPrefix, quickFractionFrom, quickPrefix } from '../engine/sha256.ts';
import { createProfileState, type ProfileState, type StoredEvent } from '../engine/state.ts';
import { formatInstant, plusDuration } from '../engine/time.ts';
import type { EngineSink, TimerPayload, TraceEntry } from '../engine/types.ts';
import { type JsonObject, matchesWhere } from '../engine/values.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { PersonasFile } from '../model/personas.ts';
import { formatProblem } from '../model/problem.ts';
import { createTemplateRenderer, engineSubjectRenderer } from '../template/index.ts';
import type { SimulationResult } from './output.ts';
import {
  checkPersonas,
  memberProfile,
  type PersonaGroup,
  personaGroups,
  simulationEnd,
} from './personas.ts';
import { Agenda, type Keyed, REACTION, SCRIPTED, TIMER } from './queue.ts';
import { createRecorder, type PersonaRecord } from './recorder.ts';

export type SimulationInput = {
  bundle: WorkspaceBundle;
  personas: PersonasFile;
  /** Overrides the persona file's seed. */
  seed?: number;
  renderer?: EmailRenderer;
  /** Leave cohort members out of `personas` (they still count in `journeys`). */
  summary?: boolean;
  /** Simulated time done and in all, in milliseconds: called at most once per percent. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the simulation (it throws the signal's reason) between two steps. */
  signal?: AbortSignal;
};

export type RunPosition = { journey: string; node: string; status: string; entered: string };
export type SimulationSnapshot = { now: string; personas: { id: string; runs: RunPosition[] }[] };

export type Simulation = {
  /** Applies one input, or makes one node transition. False once the simulation is over. */
  step: () => boolean;
  runUntil: (predicate: (sim: Simulation) => boolean) => void;
  runToEnd: () => SimulationResult;
  /** The virtual clock. */
  now: () => string;
  done: () => boolean;
  snapshot: () => SimulationSnapshot;
  trace: () => Record<string, TraceEntry[]>;
  result: () => SimulationResult;
};

/** The persona file cannot be played against this workspace. */
export class SimulationInputError extends Error {
  readonly problems: ReturnType<typeof checkPersonas>;
  constructor(problems: ReturnType<typeof checkPersonas>) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SimulationInputError';
    this.problems = problems;
  }
}

type Persona = PersonaRecord & {
  group: PersonaGroup;
  nextScript: number;
  inTouched: boolean;
  /** The reaction draws' hash state after `<seed>:<id>:`, made on the first draw. */
  drawPrefix: QuickPrefix | null;
};

// One shape for every agenda item (unused fields null), so the heap's
// comparisons and the dispatch stay monomorphic.
type Item = Keyed & {
  persona: Persona;
  type: 'script' | 'reaction' | 'timer';
  name: string | null;
  properties: JsonObject | null;
  timer: TimerPayload | null;
};

/** What an `email_*` event made by a reaction copies from the event it reacts to. */
const EMAIL_KEYS = ['journey', 'node', 'template'] as const;

export function createSimulation(input: SimulationInput): Simulation {
  const { bundle, personas: file } = input;
  const problems = checkPersonas(bundle, file, 'personas').filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new SimulationInputError(problems);
  const seed = input.seed ?? file.seed ?? 0;
  const ws = compileWorkspace(bundle, { mode: 'simulate' });
  const { start, end } = simulationEnd(bundle, file);
  const agenda = new Agenda<Item>();
  let seq = 0;
  const all: Persona[] = [];
  // Each profile state carries its persona's index in `all`.
  const personaOf = (state: ProfileState): Persona => {
    const p = all[state.slot];
    if (!p) throw new Error(`unknown profile ${state.key}`);
    return p;
  };
  const recorder = createRecorder(ws, personaOf, () => engine.now);
  const stats = recorder.stats;

  const sink: EngineSink = {
    timer(state, at, timer) {
      if (at > end) return;
      agenda.push({
        at,
        cls: TIMER,
        seq: seq++,
        persona: personaOf(state),
        type: 'timer',
        name: null,
        properties: null,
        timer,
      });
    },
    emitted(state, event) {
      react(personaOf(state), event);
    },
    ...recorder.sink,
  };

  const engine: FullEngine = createEngine({
    ws,
    sink,
    seed,
    origin: start,
    // Events no condition reads (`email_sent`, mostly) are not kept: memory.
    history: 'read',
    // The template module's renderer by default, so a simulated subject is the sent one.
    renderer: input.renderer ?? engineSubjectRenderer(createTemplateRenderer(bundle)),
  });

  /** A persona's reactions to an event it just did (scripted, reacted or engine-made). */
  function react(p: Persona, ev: StoredEvent): void {
    for (const r of p.group.reactions) {
      if (r.event !== ev.name || !matchesWhere(ev.properties, r.where)) continue;
      // Drawn from a hash of the entities (seed, persona, reaction, event), never a stream.
      if (r.chance < 1) {
        // quickFraction(`${seed}:${p.id}:${r.index}:${ev.seq}`), its fixed start hashed once.
        if (p.drawPrefix === null) p.drawPrefix = quickPrefix(`${seed}:${p.id}:`);
        if (quickFractionFrom(p.drawPrefix, `${r.index}:${ev.seq}`) >= r.chance) continue;
      }
      let properties = r.properties;
      if (r.copiesEmail) {
        properties = { ...properties };
        for (const key of EMAIL_KEYS) {
          const v = ev.properties[key];
          if (v !== undefined) properties[key] = v;
        }
      }
      const at = plusDuration(p.state.zone, ev.at, r.after);
      if (at > end) continue;
      agenda.push({
        at,
        cls: REACTION,
        seq: seq++,
        persona: p,
        type: 'reaction',
        name: r.name,
        properties,
        timer: null,
      });
    }
  }

  function scheduleScript(p: Persona): void {
    const next = p.group.script[p.nextScript];
    if (!next || next.at > end) return;
    agenda.push({
      at: Math.max(next.at, start),
      cls: SCRIPTED,
      seq: seq++,
      persona: p,
      type: 'script',
      name: null,
      properties: null,
      timer: null,
    });
  }

  // Every persona starts at `start`: date and inactivity timers, segments it already matches.
  engine.now = start;
  for (const group of personaGroups(bundle, file)) {
    for (let n = 1; n <= group.count; n++) {
      const id = group.cohort ? `${group.id}-${n}` : group.id;
      const profile = group.cohort ? memberProfile(group, n) : { ...group.profile };
      const detailed = !(group.cohort && input.summary === true);
      const state = createProfileState(ws, id, profile, detailed);
      const p: Persona = {
        id,
        group,
        state,
        nextScript: 0,
        out: detailed ? { id, emails: [], suppressed: [], runs: [], steps: [], profile } : null,
        openRuns: null,
        trace: detailed ? [] : null,
        inTouched: false,
        drawPrefix: null,
      };
      state.slot = all.length;
      all.push(p);
      scheduleScript(p);
    }
  }
  stats.personas = all.length;
  // Work of the current instant: personas whose runs still need advancing,
  // consumed from `head` (an index, so a cohort-sized list costs no shifting).
  let touched: Persona[] = [];
  let head = 0;
  let initialised = 0;
  let finished = false;
  let lastProgress = -1;

  function markTouched(p: Persona): void {
    if (p.inTouched || p.state.touched.length === 0) return;
    p.inTouched = true;
    touched.push(p);
  }

  function apply(item: Item): void {
    const p = item.persona;
    if (item.timer !== null) {
      stats.timers++;
      engine.applyTimer(p.state, item.timer);
    } else {
      stats.events++;
      let name: string;
      let properties: JsonObject;
      if (item.type === 'script') {
        const ev = p.group.script[p.nextScript++];
        scheduleScript(p);
        if (!ev) return;
        name = ev.name;
        properties = ev.properties;
      } else {
        name = item.name ?? '';
        properties = item.properties ?? {};
      }
      react(p, engine.applyEvent(p.state, name, properties));
    }
    markTouched(p);
  }

  function progress(at: number): void {
    const total = end - start;
    if (!input.onProgress || total <= 0) return;
    const percent = Math.floor(((at - start) / total) * 100);
    if (percent > lastProgress) {
      lastProgress = percent;
      input.onProgress(at - start, total);
    }
  }

  let sinceAbortCheck = 0;

  function step(): boolean {
    if (finished) return false;
    // Checked every few thousand steps too: one instant of a large cohort is long.
    if (++sinceAbortCheck >= 4096) {
      sinceAbortCheck = 0;
      input.signal?.throwIfAborted();
    }
    if (initialised < all.length) {
      // Setting up one persona at the start counts as one step.
      const p = all[initialised++];
      if (p) {
        engine.init(p.state);
        markTouched(p);
      }
      return true;
    }
    const next = agenda.peek();
    // (1) Every input due at this instant is applied before any run advances.
    if (next && next.at === engine.now) {
      const item = agenda.pop();
      if (item) apply(item);
      return true;
    }
    // (2) Then the touched runs advance, each profile's in priority order.
    while (head < touched.length) {
      const p = touched[head];
      if (p && engine.advanceOne(p.state)) return true;
      if (p) p.inTouched = false;
      head++;
    }
    touched = [];
    head = 0;
    if (!next) {
      finished = true;
      engine.now = end;
      input.onProgress?.(end - start, end - start);
      return false;
    }
    input.signal?.throwIfAborted();
    engine.now = next.at;
    progress(next.at);
    const item = agenda.pop();
    if (item) apply(item);
    return true;
  }

  const sim: Simulation = {
    step,
    runUntil(predicate) {
      while (!predicate(sim) && step()) {}
    },
    runToEnd() {
      while (step()) {}
      return sim.result();
    },
    now: () => formatInstant(engine.now),
    done: () => finished,
    snapshot() {
      return {
        now: formatInstant(engine.now),
        personas: all.map((p) => ({
          id: p.id,
          runs: p.state.runs.flatMap((r) =>
            r
              ? [
                  {
                    journey: r.journey.id,
                    node: r.node.node.id,
                    status: r.status,
                    entered: formatInstant(r.entered),
                  },
                ]
              : [],
          ),
        })),
      };
    },
    trace() {
      const out: Record<string, TraceEntry[]> = {};
      for (const p of all) if (p.trace) out[p.id] = p.trace;
      return out;
    },
    result: () => ({
      output: recorder.output(all, { start, end, seed }),
      trace: sim.trace(),
      stats: { ...stats },
    }),
  };
  return sim;
}
