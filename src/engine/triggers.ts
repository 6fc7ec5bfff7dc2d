// The triggers that are not a plain event (spec: "Triggers"): `date` and
// `inactivity` through timers, `attribute` on a real change of the value.
// (`event` triggers and `segment` entries are wired in the engine core.)
import { type DateRule, nextDateFire } from './calendar.ts';
import type { CompiledJourney } from './compile.ts';
import type { FullEngine } from './engine.ts';
import { latestKept, type ProfileState, type StoredEvent } from './state.ts';
import {
  clockMinutes,
  formatInstant,
  parseDuration,
  parseInstant,
  plusDuration,
  type Zone,
} from './time.ts';
import { NO_WHY, TIMER_DATE, TIMER_INACTIVITY, type Why } from './types.ts';
import { deepEqual, getPath } from './values.ts';

/**
 * A date trigger's rule, and its last answer: a cohort's members share their
 * date and zone, and are set up one after another. Kept on the journey
 * (`CompiledJourney.dateMemo`), made at its first ask.
 */
export type DateMemo = {
  rule: DateRule;
  zone: Zone | null;
  value: string | number | undefined;
  bound: number;
  at: number | null;
};

function nextFire(j: CompiledJourney, zone: Zone, value: unknown, bound: number): number | null {
  const t = j.triggerNode;
  if (t.on !== 'date') return null;
  let memo = j.dateMemo;
  if (memo === null) {
    const rule: DateRule = {
      minutes: clockMinutes(t.at),
      offset: t.offset ? parseDuration(t.offset) : null,
      yearly: t.yearly === true,
    };
    memo = { rule, zone: null, value: undefined, bound: Number.NaN, at: null };
    j.dateMemo = memo;
  }
  // Only plain values: an object could have changed in place since.
  const plain = typeof value === 'string' || typeof value === 'number' || value === undefined;
  if (plain && memo.zone === zone && memo.value === value && memo.bound === bound) return memo.at;
  const at = nextDateFire(zone, value, memo.rule, bound);
  if (plain) {
    memo.zone = zone;
    memo.value = value;
    memo.bound = bound;
    memo.at = at;
  }
  return at;
}

/** (Re)schedules a journey's date trigger for a profile: the first firing at or after `bound`. */
export function scheduleDate(
  e: FullEngine,
  state: ProfileState,
  j: CompiledJourney,
  bound: number,
): void {
  const t = j.triggerNode;
  if (t.on !== 'date') return;
  const token = (state.dateToken[j.index] ?? 0) + 1;
  state.dateToken[j.index] = token;
  const at = nextFire(j, state.zone, getPath(state.profile, t.property), bound);
  if (at !== null) e.sink.timer(state, at, TIMER_DATE, j.index, 0, token);
}

function inactivityDue(state: ProfileState, j: CompiledJourney): number {
  const duration = j.inactivityFor;
  const from = state.inactivityFrom[j.index] ?? Number.NaN;
  if (duration === null || Number.isNaN(from)) return Number.NaN;
  return plusDuration(state.zone, from, duration);
}

/**
 * A new stretch of inactivity starts at `from`. One timer per journey is
 * outstanding at a time: a later event only moves the stretch's start, and
 * the timer, when it comes, re-arms itself for the moved end instead of
 * firing, so frequent events do not fill the agenda with stale timers.
 */
function startStretch(e: FullEngine, state: ProfileState, j: CompiledJourney, from: number): void {
  state.inactivityFrom[j.index] = from;
  if (state.inactivityToken[j.index] === 1) return;
  state.inactivityToken[j.index] = 1;
  // A stretch already longer than `for` when counting starts fires at once.
  const at = Math.max(e.now, inactivityDue(state, j));
  e.sink.timer(state, at, TIMER_INACTIVITY, j.index, 0, 1);
}

/**
 * At the start: each inactivity stretch counts from the profile's last such
 * event, else its `created_at`, else `origin` (the simulation's start, or
 * when the journey went live).
 */
export function scheduleInactivityAtStart(
  e: FullEngine,
  state: ProfileState,
  origin: number,
): void {
  const list = e.ws.inactivityByEvent;
  if (list.length === 0) return;
  const created = state.profile.created_at;
  const createdAt = typeof created === 'string' ? parseInstant(created) : Number.NaN;
  for (const { kind, journeys } of list) {
    const last = latestKept(state, kind)?.at;
    const from = last ?? (Number.isNaN(createdAt) ? origin : createdAt);
    for (const j of journeys) startStretch(e, state, j, from);
  }
}

type DateTrigger = Extract<CompiledJourney['triggerNode'], { on: 'date' }>;
type AttributeTrigger = Extract<CompiledJourney['triggerNode'], { on: 'attribute' }>;
type InactivityTrigger = Extract<CompiledJourney['triggerNode'], { on: 'inactivity' }>;

// Why a timer started a run, for the trace. Functions of their own: a closure
// inside the timer's handler would make V8 allocate its variables in a
// context at every timer, traced or not.
function dateWhy(
  e: FullEngine,
  state: ProfileState,
  j: CompiledJourney,
  t: DateTrigger,
): () => Why {
  return () => {
    return {
      reason: {
        code: 'trigger',
        on: 'date',
        property: t.property,
        value: getPath(state.profile, t.property),
      },
      text: `entered ${j.id}: the date in ${t.property}${t.offset ? ` ${t.offset}` : ''} at ${t.at} came (${formatInstant(e.now)})`,
    };
  };
}

function attributeWhy(
  j: CompiledJourney,
  t: AttributeTrigger,
  from: unknown,
  to: unknown,
): () => Why {
  return () => ({
    reason: { code: 'trigger', on: 'attribute', property: t.property, from, to },
    text: `entered ${j.id}: ${t.property} changed from ${JSON.stringify(from) ?? 'nothing'} to ${JSON.stringify(to) ?? 'nothing'}`,
  });
}

function inactivityWhy(j: CompiledJourney, t: InactivityTrigger): () => Why {
  return () => {
    return {
      reason: { code: 'trigger', on: 'inactivity', event: t.event, for: t.for },
      text: `entered ${j.id}: no ${t.event} for ${t.for}`,
    };
  };
}

export const triggerHooks = {
  /** Values of the watched profile paths before a change, to detect real changes after it. */
  snapshot(e: FullEngine, state: ProfileState): unknown[] {
    const attrs = e.ws.attributeTriggers;
    const dates = e.ws.dateTriggers;
    // Made at its size and filled by index: a push of values of any type
    // onto a fresh list is a call out of compiled code.
    const out = new Array<unknown>(attrs.length + dates.length);
    for (let i = 0; i < attrs.length; i++) {
      const t = (attrs[i] as CompiledJourney).triggerNode;
      out[i] = t.on === 'attribute' ? getPath(state.profile, t.property) : undefined;
    }
    for (let i = 0; i < dates.length; i++) {
      const t = (dates[i] as CompiledJourney).triggerNode;
      out[attrs.length + i] = t.on === 'date' ? getPath(state.profile, t.property) : undefined;
    }
    return out;
  },

  /** Attribute triggers fire on a change of the value (to `to`, when given); dates move with their property. */
  afterChange(e: FullEngine, state: ProfileState, before: unknown[], zoneChanged: boolean): void {
    // Plain loops, the trace's reason made elsewhere: no closure per change.
    const attrs = e.ws.attributeTriggers;
    for (let i = 0; i < attrs.length; i++) {
      const j = attrs[i] as CompiledJourney;
      const t = j.triggerNode;
      if (t.on !== 'attribute') continue;
      const now = getPath(state.profile, t.property);
      if (deepEqual(before[i], now)) continue;
      if (t.to !== undefined && !deepEqual(now, t.to)) continue;
      e.tryStart(state, j, null, state.tracing ? attributeWhy(j, t, before[i], now) : NO_WHY);
    }
    const dates = e.ws.dateTriggers;
    for (let i = 0; i < dates.length; i++) {
      const j = dates[i] as CompiledJourney;
      const t = j.triggerNode;
      if (t.on !== 'date') continue;
      if (zoneChanged || !deepEqual(before[attrs.length + i], getPath(state.profile, t.property))) {
        scheduleDate(e, state, j, e.now);
      }
    }
  },

  dateTimer(e: FullEngine, state: ProfileState, journeyIndex: number, token: number): void {
    const j = e.ws.journeys[journeyIndex];
    if (!j || state.dateToken[journeyIndex] !== token) return;
    const t = j.triggerNode;
    if (t.on !== 'date') return;
    const yearly = t.yearly === true;
    // A yearly date's run each year is not stopped by `reentry`.
    e.tryStart(state, j, null, state.tracing ? dateWhy(e, state, j, t) : NO_WHY, yearly);
    if (yearly) scheduleDate(e, state, j, e.now + 1);
  },

  inactivityTimer(e: FullEngine, state: ProfileState, journeyIndex: number, _token: number): void {
    const j = e.ws.journeys[journeyIndex];
    if (!j) return;
    const t = j.triggerNode;
    if (t.on !== 'inactivity') return;
    state.inactivityToken[journeyIndex] = 0;
    const due = inactivityDue(state, j);
    if (Number.isNaN(due)) return; // this stretch already fired
    if (due > e.now) {
      // An event moved the stretch's start since this timer was set.
      state.inactivityToken[journeyIndex] = 1;
      e.sink.timer(state, due, TIMER_INACTIVITY, journeyIndex, 0, 1);
      return;
    }
    // Once per stretch: the next such event starts the next one.
    state.inactivityFrom[journeyIndex] = Number.NaN;
    e.tryStart(state, j, null, state.tracing ? inactivityWhy(j, t) : NO_WHY);
  },

  inactivityEvent(e: FullEngine, state: ProfileState, ev: StoredEvent): void {
    const journeys = e.ws.inactivityTriggers.get(ev.name);
    if (journeys) for (const j of journeys) startStretch(e, state, j, ev.at);
  },

  /** The same, for the journeys already looked up (`EventHooks.inactivity`). */
  inactivityStretches(
    e: FullEngine,
    state: ProfileState,
    journeys: readonly CompiledJourney[],
    at: number,
  ): void {
    for (const j of journeys) startStretch(e, state, j, at);
  },
};
