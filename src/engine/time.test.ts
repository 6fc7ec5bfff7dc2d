// The time rules of spec/FORMAT.md ("Time"), each edge its own test: wall
// times a clock change skips or repeats, P1D against PT24H across a change,
// quiet hours on both clock-change nights, the next clock time, dates.
// New York 2026: clocks go 02:00 → 03:00 on 8 March, 02:00 → 01:00 on 1 November.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { nextClockTime, nextDateFire, quietEnd } from './calendar.ts';
import {
  clockMinutes,
  formatInstant,
  fromWall,
  getZone,
  minusDuration,
  offsetAt,
  parseDuration,
  plusDuration,
  Question,
  toWall,
  type Zone,
} from './time.ts';

const ny = getZone('America/New_York');
const lisbon = getZone('Europe/Lisbon');
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => formatInstant(ms);
const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('wall times', () => {
  it('a time skipped by the spring change is the first instant after the gap', () => {
    expect(iso(fromWall(ny, wall(2026, 3, 8, 2, 30)))).toBe('2026-03-08T07:00:00Z');
    expect(iso(fromWall(lisbon, wall(2026, 3, 29, 1, 30)))).toBe('2026-03-29T01:00:00Z');
  });

  it('a time repeated by the autumn change is its first occurrence', () => {
    expect(iso(fromWall(ny, wall(2026, 11, 1, 1, 30)))).toBe('2026-11-01T05:30:00Z');
    expect(iso(fromWall(lisbon, wall(2026, 10, 25, 1, 30)))).toBe('2026-10-25T00:30:00Z');
  });

  it('ordinary times convert both sides of a change', () => {
    expect(iso(fromWall(ny, wall(2026, 3, 8, 1, 59)))).toBe('2026-03-08T06:59:00Z');
    expect(iso(fromWall(ny, wall(2026, 3, 8, 3, 0)))).toBe('2026-03-08T07:00:00Z');
    expect(iso(fromWall(ny, wall(2026, 11, 1, 2, 0)))).toBe('2026-11-01T07:00:00Z');
  });
});

describe('durations', () => {
  const P1D = parseDuration('P1D');
  const PT24H = parseDuration('PT24H');

  it('P1D keeps the wall time across the spring change; PT24H is 24 hours', () => {
    const tenAm = at('2026-03-07T15:00:00Z'); // 10:00 EST
    expect(iso(plusDuration(ny, tenAm, P1D))).toBe('2026-03-08T14:00:00Z'); // 10:00 EDT
    expect(iso(plusDuration(ny, tenAm, PT24H))).toBe('2026-03-08T15:00:00Z'); // 11:00 EDT
  });

  it('P1D keeps the wall time across the autumn change; PT24H is 24 hours', () => {
    const tenAm = at('2026-10-31T14:00:00Z'); // 10:00 EDT
    expect(iso(plusDuration(ny, tenAm, P1D))).toBe('2026-11-01T15:00:00Z'); // 10:00 EST
    expect(iso(plusDuration(ny, tenAm, PT24H))).toBe('2026-11-01T14:00:00Z'); // 09:00 EST
  });

  it('P1D onto a skipped wall time lands on the first instant after the gap', () => {
    expect(iso(plusDuration(ny, at('2026-03-07T07:30:00Z'), P1D))).toBe('2026-03-08T07:00:00Z');
  });

  it('date parts, then time parts: P1DT12H; and the inverse for windows', () => {
    const d = parseDuration('P1DT12H');
    expect(iso(plusDuration(ny, at('2026-03-07T15:00:00Z'), d))).toBe('2026-03-09T02:00:00Z');
    expect(iso(minusDuration(ny, at('2026-03-08T14:00:00Z'), P1D))).toBe('2026-03-07T15:00:00Z');
  });

  it('months clamp to the end of the month; negative offsets go back', () => {
    expect(iso(plusDuration(lisbon, at('2026-01-31T10:00:00Z'), parseDuration('P1M')))).toBe(
      '2026-02-28T10:00:00Z',
    );
    expect(iso(plusDuration(lisbon, at('2026-03-10T10:00:00Z'), parseDuration('-P3D')))).toBe(
      '2026-03-07T10:00:00Z',
    );
  });
});

describe('quiet hours', () => {
  const night = { from: clockMinutes('21:00'), to: clockMinutes('08:00') };

  it('hold until 08:00 local on the night clocks go forward (10 hours, not 11)', () => {
    const t = at('2026-03-08T03:00:00Z'); // 22:00 EST on 7 March
    expect(iso(quietEnd(ny, t, night.from, night.to))).toBe('2026-03-08T12:00:00Z'); // 08:00 EDT
  });

  it('hold until 08:00 local on the night clocks go back (11 hours, not 10)', () => {
    const t = at('2026-11-01T02:00:00Z'); // 22:00 EDT on 31 October
    expect(iso(quietEnd(ny, t, night.from, night.to))).toBe('2026-11-01T13:00:00Z'); // 08:00 EST
  });

  it('an end skipped by the change ends the night at the first instant after the gap', () => {
    const q = { from: clockMinutes('22:00'), to: clockMinutes('02:30') };
    const t = at('2026-03-08T06:00:00Z'); // 01:00 EST
    expect(iso(quietEnd(ny, t, q.from, q.to))).toBe('2026-03-08T07:00:00Z'); // 03:00 EDT
  });

  it('a repeated end ends the night at its first occurrence', () => {
    const q = { from: clockMinutes('22:00'), to: clockMinutes('01:30') };
    expect(iso(quietEnd(ny, at('2026-11-01T05:15:00Z'), q.from, q.to))).toBe(
      '2026-11-01T05:30:00Z',
    );
    // 01:15 the second time round: the night already ended at the first 01:30.
    const again = at('2026-11-01T06:15:00Z');
    expect(quietEnd(ny, again, q.from, q.to)).toBe(again);
  });

  it('[from, to): from is inside, to is outside; a daytime window works too', () => {
    expect(iso(quietEnd(lisbon, at('2026-03-02T21:00:00Z'), night.from, night.to))).toBe(
      '2026-03-03T08:00:00Z',
    );
    const eight = at('2026-03-03T08:00:00Z');
    expect(quietEnd(lisbon, eight, night.from, night.to)).toBe(eight);
    const lunch = { from: clockMinutes('12:00'), to: clockMinutes('14:00') };
    expect(iso(quietEnd(lisbon, at('2026-03-03T13:00:00Z'), lunch.from, lunch.to))).toBe(
      '2026-03-03T14:00:00Z',
    );
  });
});

describe('clock times and dates', () => {
  it('until.time is the next match strictly after now', () => {
    const nine = at('2026-03-02T09:00:00Z'); // 09:00 in Lisbon (WET)
    expect(iso(nextClockTime(lisbon, nine, clockMinutes('09:00'), undefined))).toBe(
      '2026-03-03T09:00:00Z',
    );
    expect(iso(nextClockTime(lisbon, nine - 1000, clockMinutes('09:00'), undefined))).toBe(
      '2026-03-02T09:00:00Z',
    );
  });

  it('until.time with weekdays skips to the next listed day (2 March 2026 is a Monday)', () => {
    const t = at('2026-03-02T10:00:00Z');
    expect(iso(nextClockTime(lisbon, t, clockMinutes('09:00'), ['fri']))).toBe(
      '2026-03-06T09:00:00Z',
    );
    expect(iso(nextClockTime(lisbon, t, clockMinutes('09:00'), ['mon']))).toBe(
      '2026-03-09T09:00:00Z',
    );
  });

  it('a 29 February birthday fires on 28 February in other years, on 29 February in leap years', () => {
    const rule = { minutes: clockMinutes('09:00'), offset: null, yearly: true };
    expect(iso(nextDateFire(lisbon, '1992-02-29', rule, at('2027-01-01T00:00:00Z')) ?? 0)).toBe(
      '2027-02-28T09:00:00Z',
    );
    expect(iso(nextDateFire(lisbon, '1992-02-29', rule, at('2028-01-01T00:00:00Z')) ?? 0)).toBe(
      '2028-02-29T09:00:00Z',
    );
  });

  it('offsets move the day; a one-off date in the past never fires; junk is no date', () => {
    const rule = { minutes: clockMinutes('10:00'), offset: parseDuration('-P3D'), yearly: false };
    expect(iso(nextDateFire(lisbon, '2026-03-20', rule, at('2026-03-02T00:00:00Z')) ?? 0)).toBe(
      '2026-03-17T10:00:00Z',
    );
    expect(nextDateFire(lisbon, '2026-03-01', rule, at('2026-03-02T00:00:00Z'))).toBeNull();
    expect(nextDateFire(lisbon, 'soon', rule, 0)).toBeNull();
    expect(nextDateFire(lisbon, 19900101, rule, 0)).toBeNull();
  });

  it('an instant fires on the date as written, not shifted into the zone', () => {
    const rule = { minutes: clockMinutes('09:00'), offset: null, yearly: true };
    expect(
      iso(nextDateFire(ny, '1990-05-03T00:00:00Z', rule, at('2026-01-01T00:00:00Z')) ?? 0),
    ).toBe('2026-05-03T13:00:00Z');
  });

  it('formats instants without milliseconds unless there are some', () => {
    expect(formatInstant(at('2026-03-02T09:00:00Z'))).toBe('2026-03-02T09:00:00Z');
    expect(formatInstant(at('2026-03-02T09:00:00.250Z'))).toBe('2026-03-02T09:00:00.250Z');
  });
});

// The same conversions checked against luxon itself, over random instants of
// 1990-2040 in zones with odd rules: Lord Howe moves its clocks by 30 minutes,
// Apia skipped all of 30 December 2011 (the date line), Casablanca suspends
// summer time for Ramadan, Troll moves by two hours, St John's changes at
// 00:01 local (not on a quarter hour), Kathmandu sits at +05:45.
describe('time zones against luxon', () => {
  const ZONES = [
    'Australia/Lord_Howe',
    'Pacific/Apia',
    'Africa/Casablanca',
    'Antarctica/Troll',
    'America/St_Johns',
    'Asia/Kathmandu',
    'Europe/Lisbon',
    'America/New_York',
    'Asia/Tokyo',
    'Pacific/Chatham',
    'America/Sao_Paulo',
    'UTC',
  ];
  const FROM = Date.UTC(1990, 0, 1);
  const TO = Date.UTC(2041, 0, 1);
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const RUNS = { seed: 42, numRuns: 300 };

  const luxonOffset = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

  type Transition = { zone: string; at: number; before: number; after: number };
  /**
   * Every offset change of the zone in 1990-2040, by luxon: scanned a week at
   * a time (no zone changes twice within a week), then the first instant of
   * the new offset found to the millisecond.
   */
  function transitionsOf(zone: string): Transition[] {
    const found: Transition[] = [];
    let before = luxonOffset(zone, FROM);
    for (let t = FROM; t < TO; t += 7 * DAY) {
      const after = luxonOffset(zone, t + 7 * DAY);
      if (after === before) continue;
      let lo = t;
      let hi = t + 7 * DAY;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (luxonOffset(zone, mid) === before) lo = mid;
        else hi = mid;
      }
      found.push({ zone, at: hi, before, after });
      before = after;
    }
    return found;
  }
  const transitions = ZONES.flatMap(transitionsOf);
  const forward = transitions.filter((t) => t.after > t.before);
  const backward = transitions.filter((t) => t.after < t.before);
  const apia = forward.find((t) => t.zone === 'Pacific/Apia' && t.after - t.before === 24 * 60);

  it('finds the transitions the other properties draw from, the date-line change among them', () => {
    expect(apia && iso(apia.at)).toBe('2011-12-30T10:00:00Z');
    expect(forward.some((t) => t.zone === 'Australia/Lord_Howe' && t.after - t.before === 30)).toBe(
      true,
    );
    expect(backward.some((t) => t.zone === 'Antarctica/Troll' && t.before - t.after === 120)).toBe(
      true,
    );
  });

  // An instant anywhere in 1990-2040, or close to (and right at) a transition.
  const anywhere = fc.record({
    zone: fc.constantFrom(...ZONES),
    ms: fc.integer({ min: FROM, max: TO - 1 }),
  });
  const nearChange = fc
    .record({
      t: fc.constantFrom(...transitions),
      delta: fc.oneof(
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
        fc.integer({ min: -36 * HOUR, max: 36 * HOUR }),
        fc.constantFrom(-1, 0, 1),
      ),
    })
    .map(({ t, delta }) => ({ zone: t.zone, ms: t.at + delta }));
  const instant = fc.oneof(anywhere, nearChange);

  /** Every instant whose wall clock in the zone is `local` (a wall time read as UTC), by luxon. */
  function occurrences(zone: string, local: number): number[] {
    const offsets = new Set<number>();
    for (let h = -26; h <= 26; h++) offsets.add(luxonOffset(zone, local + h * HOUR));
    const found = [...offsets]
      .map((o) => local - o * 60_000)
      .filter((ms) => {
        const dt = DateTime.fromMillis(ms, { zone });
        return local - ms === dt.offset * 60_000;
      });
    return [...new Set(found)].sort((a, b) => a - b);
  }

  // A local clock reading (wall time written as if it were UTC) as fields, by luxon.
  const wallOfLocal = (local: number) => {
    const { year, month, day, hour, minute, second, millisecond } = DateTime.fromMillis(local, {
      zone: 'utc',
    });
    return { year, month, day, hour, minute, second, millisecond };
  };

  it('offsetAt is luxon’s offset and toWall luxon’s wall clock', () => {
    fc.assert(
      fc.property(instant, ({ zone, ms }) => {
        const z = getZone(zone);
        const dt = DateTime.fromMillis(ms, { zone });
        expect(offsetAt(z, ms)).toBe(dt.offset);
        expect(toWall(z, ms)).toEqual({
          year: dt.year,
          month: dt.month,
          day: dt.day,
          hour: dt.hour,
          minute: dt.minute,
          second: dt.second,
          millisecond: dt.millisecond,
        });
      }),
      {
        ...RUNS,
        examples: apia
          ? [[{ zone: apia.zone, ms: apia.at - 1 }], [{ zone: apia.zone, ms: apia.at }]]
          : [],
      },
    );
  });

  it('fromWall(toWall(ms)) is ms for a wall time that happens once, its first occurrence for one that happens twice', () => {
    let twice = 0;
    fc.assert(
      fc.property(instant, ({ zone, ms }) => {
        const dt = DateTime.fromMillis(ms, { zone });
        const local = ms + dt.offset * 60_000;
        const all = occurrences(zone, local);
        expect(all).toContain(ms);
        if (all.length > 1) twice++;
        expect(fromWall(getZone(zone), toWall(getZone(zone), ms))).toBe(all[0]);
      }),
      RUNS,
    );
    // The draw near transitions does meet repeated wall times.
    expect(twice).toBeGreaterThan(5);
  });

  it('a repeated wall time is its first occurrence, under the earlier offset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...backward),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, f) => {
          // Walls in [at + after, at + before) happen before the change and again after it.
          const span = (t.before - t.after) * 60_000;
          const local = t.at + t.after * 60_000 + Math.min(span - 1, Math.floor(f * span));
          const first = local - t.before * 60_000;
          const second = local - t.after * 60_000;
          expect(first).toBeLessThan(t.at);
          expect(luxonOffset(t.zone, first)).toBe(t.before);
          expect(luxonOffset(t.zone, second)).toBe(t.after);
          expect(fromWall(getZone(t.zone), wallOfLocal(local))).toBe(first);
        },
      ),
      RUNS,
    );
  });

  it('a skipped wall time is the first instant after the gap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...forward),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, f) => {
          // Walls in [at + before, at + after) never happen: the clock jumps over them.
          const span = (t.after - t.before) * 60_000;
          const local = t.at + t.before * 60_000 + Math.min(span - 1, Math.floor(f * span));
          expect(occurrences(t.zone, local)).toEqual([]);
          expect(luxonOffset(t.zone, t.at - 1)).toBe(t.before);
          expect(luxonOffset(t.zone, t.at)).toBe(t.after);
          expect(fromWall(getZone(t.zone), wallOfLocal(local))).toBe(t.at);
        },
      ),
      {
        ...RUNS,
        examples: apia
          ? [
              [apia, 0],
              [apia, 0.5],
              [apia, 1],
            ]
          : [],
      },
    );
  });
});

describe('Question', () => {
  it('answers as the computation does, whatever the order and however instants share a slot', () => {
    const utc = getZone('UTC');
    let computed = 0;
    const compute = (zone: Zone, ms: number) => {
      computed++;
      return ms * 2 + zone.index;
    };
    const q = new Question(compute);
    // Instants a whole number of seconds apart from a start, many in the same
    // slot of the recent answers (there are fewer slots than instants).
    const instant = fc.integer({ min: 0, max: 5_000 }).map((s) => 1_772_442_000_000 + s * 1000);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), instant), { maxLength: 400 }), (asks) => {
        for (const [inLisbon, ms] of asks) {
          const zone = inLisbon ? lisbon : utc;
          expect(q.ask(zone, ms)).toBe(ms * 2 + zone.index);
        }
      }),
    );
    // Each (zone, instant) is computed once: the answers are kept.
    const before = computed;
    q.ask(lisbon, 1_772_442_000_000);
    q.ask(lisbon, 1_772_442_000_000);
    expect(computed - before).toBeLessThanOrEqual(1);
  });
});
