// Re-entry rules for one profile visiting five times: `never` enters once;
// `always` enters on every visit except while a run of it is still going (a
// profile is never twice in one journey at once); `{ after: P30D }` enters
// again only when now - last exit >= P30D, checked here to the second, and
// across a clock change (the date part of a duration is counted in local days).
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('re-entry rules', () => {
  const out = simulateFixture('reentry');
  const vic = personaOf(out, 'vic');

  it('never: one run, ever', () => {
    expect(runLines(vic, 'once')).toEqual([
      'once 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed',
    ]);
  });

  it('always: every visit, but never twice at once', () => {
    expect(runLines(vic, 'every')).toEqual([
      'every 2026-03-02T09:00:00Z → 2026-03-02T10:00:00Z completed',
      'every 2026-03-02T11:00:00Z → 2026-03-02T12:00:00Z completed',
      'every 2026-04-01T08:59:59Z → 2026-04-01T09:59:59Z completed',
    ]);
  });

  it('after P30D: refused one second early, allowed at exactly 30 days', () => {
    expect(runLines(vic, 'monthly')).toEqual([
      'monthly 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed',
      'monthly 2026-04-01T09:00:00Z → 2026-04-01T09:00:00Z completed',
    ]);
  });

  it('sends in time order, same-instant ties by journey id', () => {
    expect(emailLines(vic)).toEqual([
      '2026-03-02T09:00:00Z monthly/e1 note "monthly a" vic@example.com',
      '2026-03-02T09:00:00Z once/e1 note "once a" vic@example.com',
      '2026-03-02T10:00:00Z every/e1 note "every a" vic@example.com',
      '2026-03-02T12:00:00Z every/e1 note "every c" vic@example.com',
      '2026-04-01T09:00:00Z monthly/e1 note "monthly e" vic@example.com',
      '2026-04-01T09:59:59Z every/e1 note "every d" vic@example.com',
    ]);
  });

  it('after P30D across a clock change: 30 days on the local calendar, to the second', () => {
    // Lisbon moves to summer time on 29 March: 09:00 WET on 2 March plus P30D is
    // 09:00 WEST on 1 April, 08:00Z; 07:59:59Z is one second short.
    const lia = personaOf(out, 'lia');
    expect(runLines(lia, 'monthly')).toEqual([
      'monthly 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed',
      'monthly 2026-04-01T08:00:00Z → 2026-04-01T08:00:00Z completed',
    ]);
    expect(runLines(lia, 'every')).toEqual([
      'every 2026-03-02T09:00:00Z → 2026-03-02T10:00:00Z completed',
      'every 2026-04-01T07:59:59Z → 2026-04-01T08:59:59Z completed',
    ]);
  });

  it('counts entries', () => {
    expect(out.journeys.once?.entered).toBe(2);
    expect(out.journeys.every?.entered).toBe(5);
    expect(out.journeys.monthly?.entered).toBe(4);
  });
});
