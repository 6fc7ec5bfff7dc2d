// The virtual-clock driver: plays personas' scripted events and reactions
// through the engine, instant by instant, and records what happened. It is
// steppable (one input applied, or one node transition, per `step`) for the
// in-app simulator; `simulateWorkspace` runs it to the end, in blocks of
// personas. (One closure over the driver's state, the agenda, the personas
// being played and the touched list, which its hot loop reads at every
// step: hence its length.)
import { compileWorkspace, internEventKind } from '../engine/compile.ts';
import { createEngine, type FullEngine } from '../engine/engine.ts';
import type { EmailRenderer } from '../engine/render.ts';
import { empty } from '../engine/run-lists.ts';
import { workspaceReadsSentSubject } from '../engine/sent-subject.ts';
import {
  type QuickPrefix,
  quickFractionOfPair,
  quickPrefix,
  quickPrefixThen,
  quickPrefixThenNumber,
} from '../engine/sha256.ts';
import {
  createProfileState,
  type ProfileState,
  reuseProfileState,
  type StoredEvent,
} from '../engine/state.ts';
import { formatInstant, plusDuration } from '../engine/time.ts';
import type { EngineSink, TraceEntry } from '../engine/types.ts';
import { type JsonObject, matchesWhere } from '../engine/values.ts';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { PersonasFile } from '../model/personas.ts';
import { formatProblem } from '../model/problem.ts';
import { createTemplateRenderer, engineSubjectRenderer } from '../template/index.ts';
import { type AgendaItem, ItemPool } from './agenda-items.ts';
import type { SimulationResult } from './output.ts';
import {
  checkPersonas,
  memberProfile,
  namesMembers,
  type PersonaGroup,
  personaGroups,
  reactionsReadSentSubject,
  simulationEnd,
} from './personas.ts';
import { fileOrder, type MemberRange, tour } from './play-order.ts';
import { Agenda, REACTION, SCRIPTED, TIMER } from './queue.ts';
import { createRecorder, type PersonaRecord } from './recorder.ts';

export type SimulationInput = {
  bundle: WorkspaceBundle;
  personas: PersonasFile;
  /** Overrides the persona file's seed. */
  seed?: number;
  renderer?: EmailRenderer;
  /**
   * Leave cohort members out of `personas` (they still count in `journeys`);
   * `runToEnd` then keeps nothing of them, nor does `snapshot` list them.
   */
  summary?: boolean;
  /**
   * Work done and in all, in milliseconds of simulated time: the clock when
   * stepping, the share of personas played (times the span) when run to the
   * end in blocks. Called at most once per percent.
   */
  onProgress?: (done: number, total: number) => void;
  /** Stops the simulation (it throws the signal's reason) between two steps. */
  signal?: AbortSignal;
  /** Personas played together by `runToEnd` (tests set a small one to cross block edges). */
  blockSize?: number;
};

/**
 * Personas per block in `runToEnd`: few enough that a block's profiles stay in
 * the processor's cache and its objects die young (measured: 8 to 256 play
 * alike; 1,024 and more are slower).
 */
export const BLOCK_SIZE = 64;

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
  setup: GroupSetup;
  /** Place in file order (the result's order, whatever order the personas were played in). */
  order: number;
  nextScript: number;
  inTouched: boolean;
  /** The member's number in its cohort; -1 for a persona of its own. */
  member: number;
  /** The reaction draws' hash state after `<seed>:<id>:`, made on the first draw. */
  drawPrefix: QuickPrefix | null;
};

type Item = AgendaItem;

/** A group's part of making its members, the same for each. */
type GroupSetup = {
  group: PersonaGroup;
  /** `<cohort>-`: a member's id is this and its number. */
  idPrefix: string;
  /** `namesMembers`: whether the template gives an id or address. */
  named: boolean;
  /** Whether its members' output and trace are kept. */
  detailed: boolean;
  /** Its members' reaction-draw prefix as far as the group goes (see `drawPrefixOf`). */
  drawBase: QuickPrefix;
};

/**
 * The properties of an `email_*` event made by a reaction: its own, then
 * `journey`, `node` and `template` copied from the event it reacts to.
 * Named, not looped over a list of keys: a cohort makes hundreds of
 * thousands of them.
 */
function withEmailKeys(own: JsonObject, from: JsonObject, ownEmpty: boolean): JsonObject {
  const { journey, node, template } = from;
  // A reaction without properties of its own (most): one literal, one
  // shape, no copy of an empty object.
  if (ownEmpty && journey !== undefined && node !== undefined && template !== undefined) {
    return { journey, node, template };
  }
  const out: JsonObject = { ...own };
  if (journey !== undefined) out.journey = journey;
  if (node !== undefined) out.node = node;
  if (template !== undefined) out.template = template;
  return out;
}

export function createSimulation(input: SimulationInput): Simulation {
  const { bundle, personas: file } = input;
  const problems = checkPersonas(bundle, file, 'personas').filter((p) => p.severity === 'error');
  if (problems.length > 0) throw new SimulationInputError(problems);
  const seed = input.seed ?? file.seed ?? 0;
  const ws = compileWorkspace(bundle, { mode: 'simulate' });
  const { start, end } = simulationEnd(bundle, file);
  const agenda = new Agenda<Item>();
  // Every event name the personas use gets a kind: reactions match by kind.
  const groups = personaGroups(bundle, file, (name) => internEventKind(ws, name));
  const seedPrefix = quickPrefix(`${seed}:`);

  /** `<seed>:<id>:` hashed, from the group's part: the member's id is not read again. */
  function drawPrefixOf(p: Persona): QuickPrefix {
    return p.member < 0 ? p.setup.drawBase : quickPrefixThenNumber(p.setup.drawBase, p.member, ':');
  }
  // The personas being played (every one when stepping, one block's when run
  // to the end); each profile state carries its persona's index here.
  let all: Persona[] = [];
  // Personas of finished blocks that the result lists.
  const kept: Persona[] = [];
  // Personas of finished blocks that it does not (summary cohort members),
  // whose objects and lists the next block's members take over.
  const spare: Persona[] = [];
  const personaOf = (state: ProfileState): Persona => {
    const p = all[state.slot];
    if (!p) throw new Error(`unknown profile ${state.key}`);
    return p;
  };
  const recorder = createRecorder(ws, personaOf, () => engine.now);
  const stats = recorder.stats;

  const items = new ItemPool();

  // Whether an input may be due at the current instant: set when the clock
  // moves or an item is scheduled for now, cleared when none is. Most work is
  // node steps, which then skip looking at the agenda.
  let maybeDue = true;
  function schedule(it: Item): void {
    if (it.at === engine.now) maybeDue = true;
    agenda.push(it);
  }

  const sink: EngineSink = {
    timer(state, at, kind, target, run, token) {
      if (at > end) return;
      const it = items.take(at, TIMER, state.slot);
      it.kind = kind;
      it.target = target;
      it.run = run;
      it.token = token;
      schedule(it);
    },
    emitted(state, event, kind) {
      react(personaOf(state), event, kind);
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
    // Only a traced profile's emails are kept: the others' subjects are
    // rendered only when something can read them.
    subjects:
      workspaceReadsSentSubject(bundle) || reactionsReadSentSubject(groups) ? 'always' : 'traced',
    // The template module's renderer by default, so a simulated subject is the sent one.
    renderer: input.renderer ?? engineSubjectRenderer(createTemplateRenderer(bundle)),
  });

  /** A persona's reactions to an event it just did (scripted, reacted or engine-made), of that kind. */
  function react(p: Persona, ev: StoredEvent, kind: number): void {
    for (const r of p.group.reactions) {
      if (r.on !== kind || !matchesWhere(ev.properties, r.where)) continue;
      // Drawn from a hash of the entities (seed, persona, reaction, event), never a stream.
      if (r.chance < 1) {
        // quickFraction(`${seed}:${p.id}:${r.index}:${ev.seq}`), its fixed start
        // hashed once (the seed's part once for all), without joining texts.
        if (p.drawPrefix === null) p.drawPrefix = drawPrefixOf(p);
        if (quickFractionOfPair(p.drawPrefix, r.index, ev.seq) >= r.chance) continue;
      }
      const at = plusDuration(p.state.zone, ev.at, r.after);
      if (at > end) continue;
      const it = items.take(at, REACTION, p.state.slot);
      it.name = r.name;
      // A reaction's item has no timer numbers: `target` carries its event's kind.
      it.target = r.kind;
      it.properties = r.copiesEmail
        ? withEmailKeys(r.properties, ev.properties, r.ownEmpty)
        : r.properties;
      schedule(it);
    }
  }

  function scheduleScript(p: Persona): void {
    const next = p.group.script[p.nextScript];
    if (!next || next.at > end) return;
    schedule(items.take(Math.max(next.at, start), SCRIPTED, p.state.slot));
  }

  // Each group's members are made when first needed: all at once, in file
  // order, when stepping; block by block, touring the groups first, when run
  // to the end (play-order.ts).
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  let ranges: MemberRange[] = [];
  let nextRange = 0;
  let nextMember = 0;

  function playIn(order: MemberRange[]): void {
    ranges = order;
    nextRange = 0;
    nextMember = order[0]?.from ?? 0;
  }

  // What is the same for every member of a group, worked out when its first is made.
  const setups = new Map<PersonaGroup, GroupSetup>();
  let setup: GroupSetup | null = null;
  function setupOf(group: PersonaGroup): GroupSetup {
    let s = setups.get(group);
    if (!s) {
      s = {
        group,
        idPrefix: `${group.id}-`,
        named: namesMembers(group),
        detailed: !(group.cohort && input.summary === true),
        // `<seed>:<cohort>-` (the member's number follows), or `<seed>:<id>:`.
        drawBase: quickPrefixThen(seedPrefix, group.cohort ? `${group.id}-` : `${group.id}:`),
      };
      setups.set(group, s);
    }
    return s;
  }

  function makePersona(): Persona | undefined {
    let range = ranges[nextRange];
    while (range && nextMember > range.to) {
      range = ranges[++nextRange];
      nextMember = range?.from ?? 0;
    }
    if (!range) return undefined;
    const group = range.group;
    if (setup === null || setup.group !== group) setup = setupOf(group);
    const n = nextMember++;
    let id = group.id;
    let profile: JsonObject;
    if (group.cohort) {
      id = `${setup.idPrefix}${n}`;
      profile = memberProfile(group, n, id, setup.named);
    } else profile = { ...group.profile };
    const detailed = setup.detailed;
    const order = range.order + (n - range.from);
    const member = group.cohort ? n : -1;
    let p = detailed ? undefined : spare.pop();
    if (p === undefined) {
      const state = createProfileState(ws, id, profile, detailed);
      p = {
        id,
        group,
        setup,
        order,
        state,
        nextScript: 0,
        out: detailed ? { id, emails: [], suppressed: [], runs: [], steps: [], profile } : null,
        openRuns: null,
        trace: detailed ? [] : null,
        inTouched: false,
        member,
        drawPrefix: null,
      };
    } else {
      // A persona of a finished block that nothing kept: made into this one.
      reuseProfileState(p.state, ws, id, profile);
      p.id = id;
      p.group = group;
      p.setup = setup;
      p.order = order;
      p.nextScript = 0;
      p.openRuns = null;
      p.inTouched = false;
      p.member = member;
      p.drawPrefix = null;
    }
    const state = p.state;
    state.slot = all.length;
    all.push(p);
    scheduleScript(p);
    return p;
  }

  stats.personas = total;
  // Work of the current instant: personas whose runs still need advancing,
  // consumed from `head` (an index, so a cohort-sized list costs no shifting).
  const touched: Persona[] = [];
  let head = 0;
  let initialised = 0;
  let started = false;
  let finished = false;
  let lastProgress = -1;

  function markTouched(p: Persona): void {
    if (p.inTouched || p.state.touched.length === 0) return;
    p.inTouched = true;
    touched.push(p);
  }

  function apply(it: Item): void {
    const p = all[it.slot];
    const cls = it.cls;
    let name = it.name;
    let eventKind = it.target; // a reaction's (see `react`)
    let properties = it.properties;
    // Read, then free for the pushes the work below makes (the timer's numbers stay).
    items.release(it);
    if (p === undefined) return;
    if (cls === TIMER) {
      stats.timers++;
      engine.applyTimer(p.state, it.kind, it.target, it.run, it.token);
    } else {
      stats.events++;
      if (cls === SCRIPTED) {
        const ev = p.group.script[p.nextScript++];
        scheduleScript(p);
        if (!ev) return;
        name = ev.name;
        eventKind = ev.kind;
        properties = ev.properties;
      }
      const stored = engine.applyEventOfKind(p.state, eventKind, name ?? '', properties ?? {});
      react(p, stored, eventKind);
    }
    markTouched(p);
  }

  /** Reports `done / whole` of the work as that share of the simulated span. */
  function progress(done: number, whole: number): void {
    const span = end - start;
    if (!input.onProgress || span <= 0 || whole <= 0) return;
    const percent = Math.floor((done / whole) * 100);
    if (percent > lastProgress) {
      lastProgress = percent;
      input.onProgress(Math.round((done / whole) * span), span);
    }
  }

  let sinceAbortCheck = 0;
  /** Set by `runInBlocks`: no caller looks between two transitions. */
  let inBlocks = false;

  /**
   * One piece of the agenda's work: an input applied or a node transition
   * made; false once the agenda is empty and every run waits or has ended.
   */
  function work(): boolean {
    // Checked every few thousand steps too: one instant of a large cohort is long.
    if (++sinceAbortCheck >= 4096) {
      sinceAbortCheck = 0;
      input.signal?.throwIfAborted();
    }
    // (1) Every input due at this instant is applied before any run advances.
    if (maybeDue) {
      const due = agenda.peek();
      if (due && due.at === engine.now) {
        const item = agenda.pop();
        if (item) apply(item);
        return true;
      }
      maybeDue = false;
    }
    // (2) Then the touched runs advance, each profile's in priority order.
    // Run to the end, a profile's steps go one after another in one call,
    // until an input comes due at this instant (a timer set for now), which
    // goes first; stepping, one transition is one step.
    while (head < touched.length) {
      const p = touched[head];
      if (p) {
        if (engine.advanceOne(p.state)) {
          if (inBlocks) while (!maybeDue && engine.advanceOne(p.state)) {}
          return true;
        }
        p.inTouched = false;
      }
      head++;
    }
    // Emptied in place, keeping its storage for the next instant.
    empty(touched);
    head = 0;
    const next = agenda.peek();
    if (!next) return false;
    engine.now = next.at;
    maybeDue = true;
    const item = agenda.pop();
    if (item) apply(item);
    return true;
  }

  function finish(): void {
    finished = true;
    items.clear();
    engine.now = end;
    input.onProgress?.(end - start, end - start);
  }

  /** Stepping plays every persona together: all are made before the first step. */
  function startAll(): void {
    if (started) return;
    started = true;
    playIn(fileOrder(groups));
    engine.now = start;
    maybeDue = true;
    while (makePersona()) {}
  }

  function step(): boolean {
    if (finished) return false;
    // Every persona starts at `start`: date and inactivity timers, segments it already matches.
    startAll();
    if (initialised < all.length) {
      // Setting up one persona at the start counts as one step.
      const p = all[initialised++];
      if (p) {
        engine.init(p.state);
        markTouched(p);
      }
      return true;
    }
    const before = engine.now;
    if (work()) {
      if (engine.now !== before) {
        input.signal?.throwIfAborted();
        progress(engine.now - start, end - start);
      }
      return true;
    }
    finish();
    return false;
  }

  /**
   * The whole simulation, a block of personas at a time, each block from the
   * start to the end. Profiles never share state (each has its own runs,
   * history and cap), so a persona's output does not depend on which others
   * play beside it: the result is the one `step` gives, byte for byte (a
   * property test checks it). A small block keeps the profiles being worked
   * on in the processor's cache and lets their short-lived objects die young.
   */
  function runInBlocks(size: number): void {
    started = true;
    inBlocks = true;
    playIn(tour(groups, size));
    let played = 0;
    // One list for every block, emptied in place: its storage is kept.
    const block: Persona[] = [];
    all = block;
    for (;;) {
      engine.now = start;
      maybeDue = true;
      empty(block);
      for (let k = 0; k < size && makePersona(); k++) {}
      if (all.length === 0) break;
      for (const p of all) {
        engine.init(p.state);
        markTouched(p);
      }
      while (work()) {}
      // A cohort member left out of the output (`summary`) is not kept: a
      // cohort of any size then runs in the memory of one block.
      for (const p of all) (p.out !== null ? kept : spare).push(p);
      played += all.length;
      input.signal?.throwIfAborted();
      progress(played, total);
    }
    empty(spare);
    all = kept.sort((a, b) => a.order - b.order);
    initialised = all.length;
    finish();
  }

  const sim: Simulation = {
    step,
    runUntil(predicate) {
      while (!predicate(sim) && step()) {}
    },
    runToEnd() {
      if (!started) runInBlocks(input.blockSize ?? BLOCK_SIZE);
      else while (step()) {}
      return sim.result();
    },
    now: () => formatInstant(engine.now),
    done: () => finished,
    snapshot() {
      startAll();
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
      startAll();
      const out: Record<string, TraceEntry[]> = {};
      for (const p of all) if (p.trace) out[p.id] = p.trace;
      return out;
    },
    result() {
      startAll();
      return {
        output: recorder.output(all, { start, end, seed }),
        trace: sim.trace(),
        stats: { ...stats },
      };
    },
  };
  return sim;
}
