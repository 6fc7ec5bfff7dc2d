// A step-by-step session of the in-app simulator: the steppable simulation
// of simulation.ts, moved by the person (one step, to the next email, to a
// breakpoint, to the end) and read back as positions, paths and the trace.
// Kept in the host process: sessions are for small persona sets.
import type { TraceEntry } from '../engine/types.ts';
import type { SimulationSource } from './app-input.ts';
import { createSimulation, type RunPosition, type Simulation } from './simulation.ts';

export type StepMode = 'step' | 'nextEmail' | 'breakpoint' | 'end';
/** A node of a journey. */
export type NodeRef = { journey: string; node: string };
export type Breakpoint = NodeRef;

export type PathEdge = { journey: string; from: string; port: string; to: string };

export type PersonaPosition = {
  id: string;
  /** Where the persona is: one entry per open run. */
  runs: RunPosition[];
  /** Nodes and edges its runs passed, each once, for highlighting. */
  path: { nodes: NodeRef[]; edges: PathEdge[] };
  emails: number;
};

export type SessionSnapshot = { now: string; done: boolean; personas: PersonaPosition[] };

export type Advance = {
  now: string;
  done: boolean;
  snapshot: SessionSnapshot;
  /** Trace entries made by this move (of `persona` only, when one was named). */
  newTrace: TraceEntry[];
};

export type Session = {
  snapshot: () => SessionSnapshot;
  advance: (mode: StepMode, options?: { breakpoints?: Breakpoint[]; persona?: string }) => Advance;
  trace: (persona?: string) => TraceEntry[];
  reset: () => SessionSnapshot;
};

export function createSession(source: SimulationSource): Session {
  const start = () =>
    createSimulation({
      bundle: source.bundle,
      personas: source.personas,
      ...(source.seed !== undefined ? { seed: source.seed } : {}),
    });
  let sim: Simulation = start();
  // Where each port of each node leads, to turn steps into edges.
  const targets = new Map<string, string>();
  for (const j of source.bundle.journeys) {
    for (const e of j.edges) targets.set(`${j.id}\u0000${e.from}\u0000${e.port ?? 'out'}`, e.to);
  }

  const traceOf = (persona?: string): TraceEntry[] => {
    const all = sim.trace();
    if (persona !== undefined) return [...(all[persona] ?? [])];
    return byTime(Object.values(all).flat());
  };

  /** Trace entries made since `before` (lengths per persona), of one persona or all. */
  const newSince = (before: Map<string, number>, persona?: string): TraceEntry[] => {
    const out: TraceEntry[] = [];
    for (const [id, entries] of Object.entries(sim.trace())) {
      if (persona !== undefined && id !== persona) continue;
      for (let i = before.get(id) ?? 0; i < entries.length; i++) {
        const t = entries[i];
        if (t) out.push(t);
      }
    }
    return byTime(out);
  };

  const lengths = () =>
    new Map(Object.entries(sim.trace()).map(([id, entries]) => [id, entries.length]));

  function snapshot(): SessionSnapshot {
    const positions = sim.snapshot();
    const outputs = new Map(sim.result().output.personas.map((p) => [p.id, p]));
    return {
      now: positions.now,
      done: sim.done(),
      personas: positions.personas.map((p) => {
        const out = outputs.get(p.id);
        const nodes = new Map<string, NodeRef>();
        const edges = new Map<string, PathEdge>();
        for (const s of out?.steps ?? []) {
          nodes.set(`${s.journey}\u0000${s.node}`, { journey: s.journey, node: s.node });
          if (s.port === undefined) continue;
          const to = targets.get(`${s.journey}\u0000${s.node}\u0000${s.port}`);
          if (to === undefined) continue;
          const edge = { journey: s.journey, from: s.node, port: s.port, to };
          edges.set(`${s.journey}\u0000${s.node}\u0000${s.port}`, edge);
          nodes.set(`${s.journey}\u0000${to}`, { journey: s.journey, node: to });
        }
        for (const r of p.runs) {
          nodes.set(`${r.journey}\u0000${r.node}`, { journey: r.journey, node: r.node });
        }
        return {
          id: p.id,
          runs: p.runs,
          path: { nodes: [...nodes.values()], edges: [...edges.values()] },
          emails: out?.emails.length ?? 0,
        };
      }),
    };
  }

  /** Positions as keys (persona, journey, node, entry), to see a run arrive somewhere. */
  function positions(persona: string | undefined): Set<string> {
    const keys = new Set<string>();
    for (const p of sim.snapshot().personas) {
      if (persona !== undefined && p.id !== persona) continue;
      for (const r of p.runs)
        keys.add(`${p.id}\u0000${r.journey}\u0000${r.node}\u0000${r.entered}`);
    }
    return keys;
  }

  function advance(
    mode: StepMode,
    options: { breakpoints?: Breakpoint[]; persona?: string } = {},
  ): Advance {
    const { persona } = options;
    const before = lengths();
    const grown = () => newSince(before, persona);
    if (mode === 'end') {
      sim.runToEnd();
    } else if (mode === 'step') {
      // One step the person can see: until the trace says something.
      while (sim.step() && grown().length === 0) {}
    } else if (mode === 'nextEmail') {
      while (sim.step() && !grown().some((t) => t.kind === 'email')) {}
    } else {
      const wanted = new Set((options.breakpoints ?? []).map((b) => `${b.journey}\u0000${b.node}`));
      let last = positions(persona);
      while (sim.step()) {
        const now = positions(persona);
        const arrived = [...now].some((key) => {
          if (last.has(key)) return false;
          const [, journey, node] = key.split('\u0000');
          return wanted.has(`${journey}\u0000${node}`);
        });
        if (arrived) break;
        last = now;
      }
    }
    const snap = snapshot();
    return { now: snap.now, done: snap.done, snapshot: snap, newTrace: grown() };
  }

  return {
    snapshot,
    advance,
    trace: traceOf,
    reset() {
      sim = start();
      return snapshot();
    },
  };
}

/** Entries in time order; entries of one instant keep their order (sort is stable). */
function byTime(entries: TraceEntry[]): TraceEntry[] {
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
