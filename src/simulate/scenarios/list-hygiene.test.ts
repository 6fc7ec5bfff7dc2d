// Seed 002: "move unengaged subscribers to a re-engagement sequence after 90
// days of no opens, and then suppress them if they don't respond after three
// re-engagement emails". An inactivity trigger on `email_opened` (counted from
// the last open, else `created_at`, else the start of the simulation), three
// emails each followed by a waitFor, then a `suppressed` tag.
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('list hygiene', () => {
  const out = simulateFixture('list-hygiene');

  it('re-engages three times, then tags a profile that never opens (counted from created_at)', () => {
    const p = personaOf(out, 'dormant');
    // created_at 2026-02-01T09:00Z + P90D = 2026-05-02T09:00Z.
    expect(emailLines(p)).toEqual([
      '2026-05-02T09:00:00Z sunset/r1 reengage-1 "We miss you, friend" dormant@example.com',
      '2026-05-05T09:00:00Z sunset/r2 reengage-2 "Still want our emails?" dormant@example.com',
      '2026-05-08T09:00:00Z sunset/r3 reengage-3 "Last email unless you tell us otherwise" dormant@example.com',
    ]);
    expect(runLines(p)).toEqual(['sunset 2026-05-02T09:00:00Z → 2026-05-12T09:00:00Z completed']);
    expect(p.profile.tags).toEqual(['newsletter', 'suppressed']);
  });

  it('leaves a regular reader alone', () => {
    const p = personaOf(out, 'reader');
    // Last open 2026-05-01: 90 days later is after the horizon (2026-06-30).
    expect(emailLines(p)).toEqual([]);
    expect(p.runs).toEqual([]);
  });

  it('stops at the first email for a profile that opens it, and does not tag it', () => {
    const p = personaOf(out, 'wakes-up');
    // No created_at: counted from the start of the simulation, 2026-03-02T09:00Z + P90D.
    expect(emailLines(p)).toEqual([
      '2026-05-31T09:00:00Z sunset/r1 reengage-1 "We miss you, Wanda" wakes@example.com',
    ]);
    expect(runLines(p)).toEqual(['sunset 2026-05-31T09:00:00Z → 2026-06-01T09:00:00Z completed']);
    expect(p.profile.tags ?? []).not.toContain('suppressed');
  });

  it('counts entries and the suppression step', () => {
    expect(out.journeys.sunset?.entered).toBe(2);
    expect(out.journeys.sunset?.nodes.suppress?.reached).toBe(1);
  });
});
