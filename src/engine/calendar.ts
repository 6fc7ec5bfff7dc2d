// Wall-clock questions the nodes and triggers ask: quiet hours, the next
// matching clock time, the instant a date trigger fires. All in the profile's
// zone through time.ts, memoised per zone because cohorts ask them in bulk.
import { DateTime } from 'luxon';
import type { Weekday } from '../model/primitives.ts';
import {
  atClock,
  fromWall,
  isoWeekday,
  type ParsedDuration,
  plusDuration,
  Question,
  shiftDate,
  toWall,
  type Zone,
} from './time.ts';

// Questions by number, so finding one builds no string: quiet hours as
// from × 1440 + to, clock times as -1 - minute of the day - 1440 × weekdays.
const questions = new Map<number, Question>();
/** The question numbered `n`, answered by `compute` with two numbers of its own (no object made once it exists). */
function question(
  n: number,
  compute: (zone: Zone, t: number, a: number, b: number) => number,
  a: number,
  b: number,
): Question {
  let q = questions.get(n);
  if (q === undefined) {
    q = new Question((zone, t) => compute(zone, t, a, b));
    questions.set(n, q);
  }
  return q;
}

/**
 * When quiet hours `[from, to)` (minutes after midnight) that contain `t` end;
 * `t` itself when it is outside them. Each night is the interval between the
 * instants of its two wall times, so a `to` skipped by a clock change ends the
 * night at the first instant after the gap, and a repeated one at its first
 * occurrence.
 */
export function quietEnd(zone: Zone, t: number, from: number, to: number): number {
  return quietEndQuestion(from, to).ask(zone, t);
}

/** `quietEnd` as its question, for a caller that keeps it (a journey's quiet hours: no lookup per email). */
export function quietEndQuestion(from: number, to: number): Question {
  return question(from * 1440 + to, computeQuietEnd, from, to);
}

function computeQuietEnd(zone: Zone, t: number, from: number, to: number): number {
  const wall = toWall(zone, t);
  for (const k of [-1, 0]) {
    const start = atClock(zone, wall, from, k);
    const end = atClock(zone, wall, to, from > to ? k + 1 : k);
    if (start <= t && t < end) return end;
  }
  return t;
}

const weekdayNumbers: Record<Weekday, number> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** The next instant strictly after `now` at that clock time (on one of the weekdays, if given). */
export function nextClockTime(
  zone: Zone,
  now: number,
  minutes: number,
  weekdays: readonly Weekday[] | undefined,
): number {
  return clockTimeQuestion(minutes, weekdays).ask(zone, now);
}

/** `nextClockTime` as its question, for a caller that keeps it (a wait node: no lookup per entry). */
export function clockTimeQuestion(
  minutes: number,
  weekdays: readonly Weekday[] | undefined,
): Question {
  // The weekdays as bits 1 (Monday) to 7, so the question is a number: no list or text per call.
  let mask = 0;
  if (weekdays) for (const d of weekdays) mask |= 1 << weekdayNumbers[d];
  return question(-1 - minutes - 1440 * mask, computeNextClock, minutes, mask);
}

function computeNextClock(zone: Zone, now: number, minutes: number, mask: number): number {
  const wall = toWall(zone, now);
  for (let k = 0; k <= 8; k++) {
    const t = atClock(zone, wall, minutes, k);
    if (t > now && (mask === 0 || (mask >> isoWeekday(shiftDate(wall, k))) & 1)) return t;
  }
  return Number.NaN; // unreachable: every weekday comes within eight days
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The calendar date a profile property holds (`1990-02-28`, or an ISO instant's written date). */
export function dateParts(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  const known = dates.get(value);
  if (known !== undefined) return known;
  const dt = DateTime.fromISO(value, { setZone: true });
  const parts = dt.isValid ? { year: dt.year, month: dt.month, day: dt.day } : null;
  if (dates.size >= 100_000) dates.clear();
  dates.set(value, parts);
  return parts;
}

// Cohort members share their dates: parse each text once.
const dates = new Map<string, { year: number; month: number; day: number } | null>();

export type DateRule = {
  minutes: number;
  offset: ParsedDuration | null;
  yearly: boolean;
};

/**
 * The first instant at or after `bound` when a date trigger fires: the date,
 * at the clock time in the zone, plus the offset. Yearly rules repeat from the
 * date's own year on, 29 February becoming 28 February in other years. Null
 * when it never fires (no date, or a one-off date already past).
 */
export function nextDateFire(
  zone: Zone,
  value: unknown,
  rule: DateRule,
  bound: number,
): number | null {
  const date = dateParts(value);
  if (!date) return null;
  const occurrence = (year: number): number => {
    const day = date.month === 2 && date.day === 29 && !isLeap(year) ? 28 : date.day;
    const base = fromWall(zone, {
      year,
      month: date.month,
      day,
      hour: Math.floor(rule.minutes / 60),
      minute: rule.minutes % 60,
      second: 0,
      millisecond: 0,
    });
    return rule.offset ? plusDuration(zone, base, rule.offset) : base;
  };
  if (!rule.yearly) {
    const t = occurrence(date.year);
    return t >= bound ? t : null;
  }
  const boundYear = toWall(zone, bound).year;
  // Offsets of a year or more could move an earlier year's date past the bound.
  const slack = rule.offset ? Math.abs(rule.offset.years) + 1 : 1;
  for (let year = Math.max(date.year, boundYear - slack); year <= boundYear + slack + 1; year++) {
    const t = occurrence(year);
    if (t >= bound) return t;
  }
  return null;
}
