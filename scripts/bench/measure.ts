// One measurement, run in a child process of `npm run bench` so that each has
// its own peak memory (getrusage's maxRSS only ever grows within a process).
//   engine: the simulation itself, timed (`runToEnd`, as `waymark simulate
//           --summary` plays it: a block of personas at a time), with its
//           peak memory;
//   memory: the same simulation stepped with every persona together (as the
//           in-app step-by-step simulator plays it), for the state each
//           persona holds: bytes per persona at the horizon;
//   record: the same simulation, untimed, logging every push to and pop from
//           its agenda (the timer queue) to a file;
//   floor:  that log replayed through the same queue class with no node work:
//           the cost of the events alone, which the engine cannot go below.
import { readFileSync, writeFileSync } from 'node:fs';
import { tuneHeapForCohorts } from '../../src/simulate/heap-tuning.ts';
import { Agenda, type Keyed, TIMER } from '../../src/simulate/queue.ts';
import { createSimulation } from '../../src/simulate/simulation.ts';
import { loadWorkload } from './workload.ts';

export type EngineFigures = {
  mode: 'engine';
  personas: number;
  seconds: number;
  /** CPU time of the process over the same span (user + system, GC threads included). */
  cpuSeconds: number;
  nodeSteps: number;
  events: number;
  timers: number;
  emails: number;
  peakRss: number;
  heapBefore: number;
  heapAfter: number;
};
export type FloorFigures = {
  mode: 'floor';
  seconds: number;
  cpuSeconds: number;
  pushes: number;
  pops: number;
};

function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
export type Figures = EngineFigures | FloorFigures | { mode: 'record'; ops: number };

// Every child (engine and floor alike) runs with the heap as the command and
// the app's simulation worker set it (src/simulate/heap-tuning.ts).
tuneHeapForCohorts();

function collect(): void {
  // Run with --expose-gc; without it the heap figures include garbage.
  globalThis.gc?.();
}

export async function measureEngine(
  count: number,
  days: number,
  how: 'run' | 'step' = 'run',
): Promise<EngineFigures> {
  const { bundle, personas } = await loadWorkload(count, days);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = createSimulation({ bundle, personas, summary: true });
  // Stepping keeps every profile alive to the horizon; `runToEnd` keeps none of a summary's cohort.
  if (how === 'step') while (sim.step()) {}
  const { stats } = how === 'step' ? sim.result() : sim.runToEnd();
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSince(c0);
  collect();
  // `sim` is still alive here: what it holds at the horizon (every persona's state, when stepped).
  const heapAfter = process.memoryUsage().heapUsed;
  if (!sim.done()) throw new Error('the simulation did not finish');
  return {
    mode: 'engine',
    personas: stats.personas,
    seconds,
    cpuSeconds,
    nodeSteps: stats.nodeSteps,
    events: stats.events,
    timers: stats.timers,
    emails: stats.emails,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapBefore,
    heapAfter,
  };
}

/** Pops are logged as NaN; a push as its instant and class. */
export async function recordAgenda(count: number, days: number, logFile: string): Promise<number> {
  const { bundle, personas } = await loadWorkload(count, days);
  let log = new Float64Array(1 << 20);
  let n = 0;
  const put = (a: number, b: number) => {
    if (n + 2 > log.length) {
      const bigger = new Float64Array(log.length * 2);
      bigger.set(log);
      log = bigger;
    }
    log[n++] = a;
    log[n++] = b;
  };
  const push = Agenda.prototype.push;
  const pop = Agenda.prototype.pop;
  Agenda.prototype.push = function (this: Agenda<Keyed>, item: Keyed) {
    put(item.at, item.cls);
    push.call(this, item);
  };
  Agenda.prototype.pop = function (this: Agenda<Keyed>) {
    const item = pop.call(this);
    if (item) put(Number.NaN, 0);
    return item;
  };
  try {
    createSimulation({ bundle, personas, summary: true }).runToEnd();
  } finally {
    Agenda.prototype.push = push;
    Agenda.prototype.pop = pop;
  }
  writeFileSync(logFile, log.subarray(0, n));
  return n / 2;
}

type FloorItem = Keyed & { persona: number; type: 'timer'; timer: null };

export function measureFloor(logFile: string): FloorFigures {
  const bytes = readFileSync(logFile);
  const log = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  const agenda = new Agenda<FloorItem>();
  let seq = 0;
  let pushes = 0;
  let pops = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < log.length; i += 2) {
    const at = log[i] ?? Number.NaN;
    if (Number.isNaN(at)) {
      // The simulator peeks before it pops; so does the floor.
      agenda.peek();
      agenda.pop();
      pops++;
    } else {
      agenda.push({
        at,
        cls: log[i + 1] ?? TIMER,
        seq: seq++,
        persona: pushes,
        type: 'timer',
        timer: null,
      });
      pushes++;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  return { mode: 'floor', seconds, cpuSeconds: cpuSince(c0), pushes, pops };
}
