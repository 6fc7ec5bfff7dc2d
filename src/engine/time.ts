// Time arithmetic of spec/FORMAT.md ("Exact semantics", "Time"). Instants are
// epoch milliseconds. Zone rules come from luxon's IANA zones; this module
// adds what luxon does not offer: the spec's disambiguation of wall times
// (a skipped time means the first instant after the gap, a repeated one its
// first occurrence) and memoised offsets, because luxon objects cost tens of
// microseconds and a cohort simulation asks the same questions many times.
import { DateTime, IANAZone, Duration as LuxonDuration } from 'luxon';

export type Zone = {
  name: string;
  /** Its number among the zones met so far: where a `Question` keeps its answers for it. */
  index: number;
  iana: IANAZone;
  /** Offset (minutes) per UTC day, or NaN when it changes that day. */
  days: Map<number, number>;
  /** Offset per 15-minute bucket of the days it changes, or NaN for the bucket of the change. */
  buckets: Map<number, number>;
};

/**
 * One question's answers in one zone by instant, and the latest ones again in
 * a small table indexed by a hash of the instant: a cohort's members ask the
 * same questions at the same instants, and a table slot is read without
 * hashing an instant (a double) for the map.
 */
type Answers = { byInstant: Map<number, number>; at: Float64Array; value: Float64Array };

const RECENT = 256;

/** A slot of the recent answers for an instant: its whole seconds, hashed (Fibonacci). */
function recentSlot(ms: number): number {
  return Math.imul((ms / 1000) >>> 0, 0x9e3779b1) >>> 24;
}

/**
 * A question asked of instants in a zone (what is P1D after this instant?
 * when do these quiet hours end?), each answer computed once: cohort members
 * share their scripts, so the same questions come at the same instants. The
 * answers are kept per zone in a list by the zone's number, so asking builds
 * no key and no closure.
 */
export class Question {
  readonly #compute: (zone: Zone, ms: number) => number;
  readonly #byZone: (Answers | undefined)[] = [];

  constructor(compute: (zone: Zone, ms: number) => number) {
    this.#compute = compute;
  }

  ask(zone: Zone, ms: number): number {
    let answers = this.#byZone[zone.index];
    if (answers === undefined) {
      answers = {
        byInstant: new Map(),
        at: new Float64Array(RECENT).fill(Number.NaN),
        value: new Float64Array(RECENT),
      };
      this.#byZone[zone.index] = answers;
    }
    const slot = recentSlot(ms);
    const recent = answers.value[slot];
    if (answers.at[slot] === ms && recent !== undefined) return recent;
    let value = answers.byInstant.get(ms);
    if (value === undefined) {
      value = this.#compute(zone, ms);
      if (answers.byInstant.size >= MAX_MEMO) answers.byInstant.clear();
      answers.byInstant.set(ms, value);
    }
    answers.at[slot] = ms;
    answers.value[slot] = value;
    return value;
  }
}

export type Wall = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

/** A parsed ISO 8601 duration: calendar parts and the exact time part. */
export type ParsedDuration = {
  iso: string;
  years: number;
  months: number;
  weeks: number;
  days: number;
  /** Hours, minutes and seconds as exact milliseconds. */
  timeMs: number;
  hasDate: boolean;
  /** Adding and subtracting it when it has date parts, answered once per zone and instant. */
  plus: Question;
  minus: Question;
};

const zones = new Map<string, Zone>();
/** The zone `getZone` last found by name. */
let lastZone: Zone | undefined;
const BUCKET = 15 * 60_000;
const DAY = 86_400_000;
const MAX_MEMO = 200_000;

/** The zone of that IANA name; an invalid name falls back to `fallback` (or UTC). */
export function getZone(name: string | undefined, fallback?: Zone): Zone {
  if (name !== undefined) {
    // A cohort's members, made one after another, name the same zone.
    if (lastZone !== undefined && name === lastZone.name) return lastZone;
    const known = zones.get(name);
    if (known) {
      lastZone = known;
      return known;
    }
    if (IANAZone.isValidZone(name)) {
      const zone: Zone = {
        name,
        index: zones.size,
        iana: IANAZone.create(name),
        days: new Map(),
        buckets: new Map(),
      };
      zones.set(name, zone);
      return zone;
    }
  }
  return fallback ?? getZone('UTC');
}

function exactOffset(zone: Zone, ms: number): number {
  return zone.iana.offset(ms);
}

/**
 * The zone's offset from UTC in minutes at that instant. Asking luxon costs
 * microseconds, so answers are kept per day: equal offsets at both ends of a
 * day mean none changed inside it (real zones change at most once a day);
 * a day with a change is answered per 15 minutes, and inside the quarter hour
 * of the change itself exactly.
 */
export function offsetAt(zone: Zone, ms: number): number {
  const day = Math.floor(ms / DAY);
  let daily = zone.days.get(day);
  if (daily === undefined) {
    const start = exactOffset(zone, day * DAY);
    daily = start === exactOffset(zone, (day + 1) * DAY - 1) ? start : Number.NaN;
    zone.days.set(day, daily);
  }
  if (!Number.isNaN(daily)) return daily;
  const b = Math.floor(ms / BUCKET);
  let cached = zone.buckets.get(b);
  if (cached === undefined) {
    const start = exactOffset(zone, b * BUCKET);
    cached = start === exactOffset(zone, (b + 1) * BUCKET - 1) ? start : Number.NaN;
    zone.buckets.set(b, cached);
  }
  return Number.isNaN(cached) ? exactOffset(zone, ms) : cached;
}

/** The wall clock of that instant in the zone. */
export function toWall(zone: Zone, ms: number): Wall {
  const d = new Date(ms + offsetAt(zone, ms) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Day of the week of the local date, 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(wall: Wall): number {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
  return d === 0 ? 7 : d;
}

function wallAsUtc(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
}

/**
 * The instant of a wall time in the zone. A time that happens twice is its
 * first occurrence; a time a clock change skips is the first instant after
 * the gap (spec: "Wall-clock times").
 */
export function fromWall(zone: Zone, wall: Wall): number {
  const local = wallAsUtc(wall);
  const before = offsetAt(zone, local - 86_400_000);
  const after = offsetAt(zone, local + 86_400_000);
  let best = Number.POSITIVE_INFINITY;
  for (const o of before === after ? [before] : [before, after]) {
    const candidate = local - o * 60_000;
    if (offsetAt(zone, candidate) === o && candidate < best) best = candidate;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // In a gap: find the transition, the first instant with the later offset.
  let lo = local - Math.max(before, after) * 60_000; // still the earlier offset
  let hi = local - Math.min(before, after) * 60_000; // already the later one
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

const durations = new Map<string, ParsedDuration>();

/** Parses an ISO 8601 duration, signed (`-P3D`) or not. Throws on a malformed one. */
export function parseDuration(iso: string): ParsedDuration {
  const known = durations.get(iso);
  if (known) return known;
  const d = LuxonDuration.fromISO(iso.startsWith('-') ? iso.slice(1) : iso);
  if (!d.isValid) throw new Error(`not an ISO 8601 duration: ${iso}`);
  const sign = iso.startsWith('-') ? -1 : 1;
  // `+ 0` turns the -0 of a negative duration's empty parts into 0: a -0
  // field would give this object a map of its own (a double field), and
  // optimised code meeting it would be thrown away.
  const signed = (n: number | undefined) => sign * (n ?? 0) + 0;
  const o = d.toObject();
  const parsed: ParsedDuration = {
    iso,
    years: signed(o.years),
    months: signed(o.months),
    weeks: signed(o.weeks),
    days: signed(o.days),
    timeMs: signed(
      Math.round(
        ((o.hours ?? 0) * 3600 + (o.minutes ?? 0) * 60 + (o.seconds ?? 0)) * 1000 +
          (o.milliseconds ?? 0),
      ),
    ),
    hasDate: false,
    plus: new Question(
      (zone, ms) => fromWall(zone, addCalendar(toWall(zone, ms), parsed, 1)) + parsed.timeMs,
    ),
    minus: new Question((zone, ms) =>
      fromWall(zone, addCalendar(toWall(zone, ms - parsed.timeMs), parsed, -1)),
    ),
  };
  parsed.hasDate =
    parsed.years !== 0 || parsed.months !== 0 || parsed.weeks !== 0 || parsed.days !== 0;
  durations.set(iso, parsed);
  return parsed;
}

/**
 * Adds calendar parts to a wall date. Days and weeks are plain day counts on
 * the proleptic calendar; months and years go through luxon, which clamps
 * 31 January + P1M to 28 February.
 */
function addCalendar(wall: Wall, d: ParsedDuration, sign: 1 | -1): Wall {
  let { year, month, day } = wall;
  if (d.years !== 0 || d.months !== 0) {
    const moved = DateTime.fromObject({ year, month, day }, { zone: 'utc' }).plus({
      years: sign * d.years,
      months: sign * d.months,
    });
    year = moved.year;
    month = moved.month;
    day = moved.day;
  }
  const days = sign * (d.weeks * 7 + d.days);
  if (days !== 0) {
    const date = new Date(Date.UTC(year, month - 1, day + days));
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  return {
    year,
    month,
    day,
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
    millisecond: wall.millisecond,
  };
}

/**
 * `ms + d`: date parts on the zone's calendar keeping the wall time (resolved
 * like any wall time), then time parts as exact elapsed time. `P1D` after 10:00
 * is 10:00 the next day even across a clock change; `PT24H` is 24 hours.
 */
export function plusDuration(zone: Zone, ms: number, d: ParsedDuration): number {
  if (!d.hasDate) return ms + d.timeMs;
  return d.plus.ask(zone, ms);
}

/** `ms - d`: the inverse order of `plusDuration` (time parts first, then dates). */
export function minusDuration(zone: Zone, ms: number, d: ParsedDuration): number {
  if (!d.hasDate) return ms - d.timeMs;
  return d.minus.ask(zone, ms);
}

/** `HH:MM` as minutes after midnight. */
export function clockMinutes(clock: string): number {
  // `HH:MM`, validated by the schema: digits at fixed places.
  return (
    (clock.charCodeAt(0) - 48) * 600 +
    (clock.charCodeAt(1) - 48) * 60 +
    (clock.charCodeAt(3) - 48) * 10 +
    (clock.charCodeAt(4) - 48)
  );
}

/** The instant of clock time `minutes` on the local date of `wall`, plus `dayShift` days. */
export function atClock(zone: Zone, wall: Wall, minutes: number, dayShift = 0): number {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + dayShift));
  return fromWall(zone, {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: 0,
    millisecond: 0,
  });
}

/** The local date of a wall, shifted by days, as a wall at midnight. */
export function shiftDate(wall: Wall, days: number): Wall {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
}

/** An instant as the format writes it: ISO 8601 UTC, milliseconds only when there are some. */
export function formatInstant(ms: number): string {
  const known = formatted.get(ms);
  if (known !== undefined) return known;
  const iso = new Date(ms).toISOString();
  const text = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
  // Cohorts share their instants: format each once.
  if (formatted.size >= MAX_MEMO) formatted.clear();
  formatted.set(ms, text);
  return text;
}

const formatted = new Map<number, string>();

/** Parses an ISO instant (any offset); NaN when it is not one. */
export function parseInstant(text: string): number {
  const known = instants.get(text);
  if (known !== undefined) return known;
  const dt = DateTime.fromISO(text, { setZone: true });
  const ms = dt.isValid ? dt.toMillis() : Number.NaN;
  if (instants.size >= MAX_MEMO) instants.clear();
  instants.set(text, ms);
  return ms;
}

// Cohort members share their profile's texts: parse each once.
const instants = new Map<string, number>();

/** "48 hours", "2 days", "1 day 12 hours": a duration for people. */
export function describeDuration(iso: string): string {
  const d = parseDuration(iso);
  const parts: string[] = [];
  const add = (n: number, unit: string) => {
    if (n !== 0) parts.push(`${Math.abs(n)} ${unit}${Math.abs(n) === 1 ? '' : 's'}`);
  };
  add(d.years, 'year');
  add(d.months, 'month');
  add(d.weeks, 'week');
  add(d.days, 'day');
  const secs = Math.abs(d.timeMs) / 1000;
  add(Math.floor(secs / 3600), 'hour');
  add(Math.floor((secs % 3600) / 60), 'minute');
  add(secs % 60, 'second');
  return parts.length === 0 ? 'no time' : parts.join(' ');
}
