// The engine's state of one profile: the profile, its event history by
// event kind, its runs, and what its triggers are waiting for. Owned by the
// caller (the simulator keeps one per persona; execution would persist it);
// the engine updates it in place so a step costs no copy of the history.
import type { CompiledJourney, CompiledNode, CompiledWorkspace } from './compile.ts';
import { empty } from './run-lists.ts';
import { getZone, type Zone } from './time.ts';
import type { Json, JsonObject } from './values.ts';

export type StoredEvent = {
  name: string;
  at: number;
  /** Order in this profile's history: later events have larger numbers. */
  seq: number;
  properties: JsonObject;
  /**
   * The profile's kept event of the same kind before this one (null for the
   * first, and for an event not kept): the history is a chain per kind,
   * newest first, so keeping an event grows no list.
   */
  prev: StoredEvent | null;
};

export type RunStatus = 'active' | 'waiting' | 'waitingFor' | 'held' | 'ended';

export type EndReason = 'completed' | 'goal' | 'exit-condition' | 'unsubscribed' | 'horizon';

export type Run = {
  /** Unique within the profile, in order of entry. */
  id: number;
  journey: CompiledJourney;
  node: CompiledNode;
  entered: number;
  /** Events with a larger `seq` happened since entry (the triggering event excluded). */
  entrySeq: number;
  /** The event that started the run (the `event` of templates and `until.property`). */
  trigger: StoredEvent | null;
  status: RunStatus;
  /** What the run does next when advanced: enter its node, or resume it. */
  pending: 'enter' | 'timer' | 'event' | null;
  /** Bumped whenever the run's timer is replaced, so stale wake-ups are ignored. */
  token: number;
  /** History position when the run reached its current node (for waitFor). */
  arrivedSeq: number;
  /** When a held email was first due, and where the run last said it would go. */
  heldSince: number;
  heldUntil: number;
  converted: boolean;
  queued: boolean;
  /**
   * Whether the journey's exit conditions held false when last asked and
   * have no time window to change their answer: they hold false until an
   * event they read arrives or the profile changes (which clear this).
   */
  exitHeldFalse: boolean;
  /**
   * The trigger event as a Liquid `event`, built on first use (undefined
   * until then: set at creation, so every run has one shape).
   */
  eventScope: JsonObject | null | undefined;
};

export type ProfileState = {
  /** Persona id in simulation, profile id live. */
  key: string;
  profile: JsonObject;
  zone: Zone;
  /**
   * `profile.email`, read once per profile change: profiles have as many
   * shapes as there are cohorts, so reading it from the profile at every
   * email is a megamorphic load.
   */
  email: Json | undefined;
  /**
   * The latest kept event of each event kind (`CompiledWorkspace.eventKinds`),
   * the older ones reached through `prev`; null until the first (a cohort
   * member that keeps none costs no table). By kind, not name: a chain is
   * found by index, not hashing.
   */
  history: (StoredEvent | undefined)[] | null;
  seq: number;
  /** Active runs by journey index. */
  runs: (Run | undefined)[];
  /** The same active runs as a list in journey order (priority, then id): most events meet few. */
  active: Run[];
  nextRunId: number;
  /** Per journey index: how many times entered, and the last exit instant. */
  entries: number[];
  lastExit: number[];
  /** Per journey index: the token of the date timer. */
  dateToken: number[];
  /** Per journey index: 1 while an inactivity timer is outstanding, else 0. */
  inactivityToken: number[];
  /** Per journey index: when the current stretch of inactivity began (NaN once it fired). */
  inactivityFrom: number[];
  /**
   * Per segment index (`CompiledSegment.index`): whether the profile is in it;
   * null until it first is in one.
   */
  segments: boolean[] | null;
  /** Instants of emails that count toward the workspace cap, oldest first. */
  capSends: number[];
  unsubscribed: boolean;
  /** Runs touched at the current instant, still to advance. */
  touched: Run[];
  /** Whether to build trace entries (costly) for this profile. */
  tracing: boolean;
  /** The driver's own index for this profile (the simulator's persona slot). */
  slot: number;
  /** Node transitions made at instant `busyAt`: a guard against journeys feeding each other forever. */
  busyAt: number;
  busySteps: number;
};

export function profileZone(ws: CompiledWorkspace, profile: JsonObject): Zone {
  const tz = profile.timezone;
  return getZone(typeof tz === 'string' ? tz : undefined, ws.zone);
}

// Per-journey arrays of a fresh profile, copied (a fast copy of a packed array)
// instead of filled for each of a cohort's members.
type Blank = { zeros: number[]; nans: number[]; none: (Run | undefined)[] };
const blanks = new Map<number, Blank>();
// The last one asked for: every profile of a simulation asks for the same size.
let last: Blank | null = null;
function blank(n: number): Blank {
  if (last !== null && last.zeros.length === n) return last;
  let b = blanks.get(n);
  if (!b) {
    b = {
      zeros: new Array<number>(n).fill(0),
      nans: new Array<number>(n).fill(Number.NaN),
      none: new Array<Run | undefined>(n).fill(undefined),
    };
    blanks.set(n, b);
  }
  last = b;
  return b;
}

export function createProfileState(
  ws: CompiledWorkspace,
  key: string,
  profile: JsonObject,
  tracing: boolean,
): ProfileState {
  const b = blank(ws.journeys.length);
  return {
    key,
    profile,
    zone: profileZone(ws, profile),
    email: profile.email,
    history: null,
    seq: 0,
    runs: b.none.slice(),
    active: [],
    nextRunId: 1,
    entries: b.zeros.slice(),
    lastExit: b.nans.slice(),
    dateToken: b.zeros.slice(),
    inactivityToken: b.zeros.slice(),
    inactivityFrom: b.nans.slice(),
    segments: null,
    capSends: [],
    unsubscribed: false,
    touched: [],
    tracing,
    slot: -1,
    busyAt: Number.NaN,
    busySteps: 0,
  };
}

/**
 * Makes a finished profile's state a fresh one for another profile, keeping
 * its lists' storage: a cohort played in blocks sets up as many states as it
 * has members, and a block's states are let go all together. The caller must
 * hold no other reference to the old profile's state or runs. `tracing` is
 * kept as it was (the simulator makes over only untraced states).
 */
export function reuseProfileState(
  state: ProfileState,
  ws: CompiledWorkspace,
  key: string,
  profile: JsonObject,
): void {
  state.key = key;
  state.profile = profile;
  state.zone = profileZone(ws, profile);
  state.email = profile.email;
  state.history = null;
  state.seq = 0;
  // Per journey, by a loop compiled inline (`fill` is a call to a builtin, five times a member).
  const { runs, entries, lastExit, dateToken, inactivityToken, inactivityFrom } = state;
  for (let i = 0; i < runs.length; i++) {
    runs[i] = undefined;
    entries[i] = 0;
    lastExit[i] = Number.NaN;
    dateToken[i] = 0;
    inactivityToken[i] = 0;
    inactivityFrom[i] = Number.NaN;
  }
  empty(state.active);
  state.nextRunId = 1;
  state.segments = null;
  empty(state.capSends);
  state.unsubscribed = false;
  empty(state.touched);
  state.slot = -1;
  state.busyAt = Number.NaN;
  state.busySteps = 0;
}

/** Keeps an event (the profile's latest: events are kept in the order they happen) under its kind. */
export function keepEvent(state: ProfileState, kind: number, ev: StoredEvent): void {
  const history = state.history ?? [];
  state.history = history;
  ev.prev = history[kind] ?? null;
  history[kind] = ev;
}

/**
 * The latest kept event of a kind (undefined for none, or for `NO_KIND`);
 * `prev` leads back through the older ones.
 */
export function latestKept(state: ProfileState, kind: number): StoredEvent | undefined {
  return kind < 0 ? undefined : state.history?.[kind];
}

/** The profile's id as the spec defines it: `id`, else `email`. */
export function profileId(profile: JsonObject): string {
  const id = profile.id ?? profile.email;
  return typeof id === 'string' ? id : String(id ?? '');
}

/** The active runs of a profile, in order of journey priority (highest first), then id. */
export function activeRuns(state: ProfileState): Run[] {
  return [...state.active];
}
