// Seed 003's table of segment moves, each a dynamic segment whose entry
// triggers a journey: a purchase puts the person into "customers" and out of
// "prospects" (the journey swaps the tags); no login for 30 days makes them
// "lapsed" (a time window passing, to the second: the login leaves the window
// when now - P30D = its instant); a view without a purchase makes them "interested".
import { describe, expect, it } from 'vitest';
import { simulateWorkspace } from '../index.ts';
import { emailLines, loadFixture, personaOf, runLines, simulateFixture } from './harness.ts';

describe('segment moves of seed 003', () => {
  const out = simulateFixture('segment-moves');
  // Membership itself is not in the output: the trace records each move.
  const { trace } = simulateWorkspace(loadFixture('segment-moves'));
  /** `<at> <entered|left> <segment>` per segment move of the persona. */
  const moves = (id: string) =>
    (trace[id] ?? [])
      .filter((t) => t.kind === 'segment')
      .map(
        (t) =>
          `${t.at} ${t.reason.code === 'segment-left' ? 'left' : 'entered'} ${t.reason.segment}`,
      );

  it('enters everyone who already matches "prospects" at the start', () => {
    expect(out.journeys['mark-prospect']?.entered).toBe(3);
    for (const id of ['pat', 'lou', 'ivy']) {
      expect(runLines(personaOf(out, id), 'mark-prospect')).toEqual([
        'mark-prospect 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed',
      ]);
    }
  });

  it('purchase: into customers, out of prospects', () => {
    const pat = personaOf(out, 'pat');
    expect(emailLines(pat)).toEqual([
      '2026-03-02T10:00:00Z nudge/still-thinking still-thinking "Still thinking about it?" pat@example.com',
      '2026-03-03T09:00:00Z new-customer/thanks thanks "Welcome to the club, Pat" pat@example.com',
    ]);
    expect(pat.profile.tags).toEqual(['customer']);
    // The tag is gone whatever the engine did (new-customer removes it): the
    // person must also have left the segment, at the instant of the purchase.
    expect(moves('pat')).toEqual([
      '2026-03-02T09:00:00Z entered prospects',
      '2026-03-02T10:00:00Z entered interested',
      '2026-03-03T09:00:00Z entered customers',
      '2026-03-03T09:00:00Z left interested',
      '2026-03-03T09:00:00Z left prospects',
    ]);
    const left = trace.pat?.find(
      (t) =>
        t.kind === 'segment' &&
        t.reason.segment === 'prospects' &&
        t.reason.code === 'segment-left',
    );
    expect(left?.text).toBe(
      'left the segment prospects: not so: did order_placed 1 time, needed at least 1',
    );
  });

  it('no login for 30 days: lapsed, exactly when the last login leaves the window', () => {
    const lou = personaOf(out, 'lou');
    expect(emailLines(lou)).toEqual([
      '2026-04-01T09:00:00Z win-back/miss-you miss-you "We miss you" lou@example.com',
    ]);
    expect(lou.profile.tags).toEqual(['prospect']);
    expect(moves('lou')).toEqual([
      '2026-03-02T09:00:00Z entered prospects',
      '2026-04-01T09:00:00Z entered lapsed',
    ]);
  });

  it('viewed but did not buy: interested', () => {
    const ivy = personaOf(out, 'ivy');
    expect(emailLines(ivy)).toEqual([
      '2026-03-04T09:00:00Z nudge/still-thinking still-thinking "Still thinking about it?" ivy@example.com',
    ]);
    expect(ivy.profile.tags).toEqual(['prospect']);
    expect(moves('ivy')).toEqual([
      '2026-03-02T09:00:00Z entered prospects',
      '2026-03-04T09:00:00Z entered interested',
    ]);
  });

  it('counts each move once', () => {
    expect(out.journeys['new-customer']?.entered).toBe(1);
    expect(out.journeys['win-back']?.entered).toBe(1);
    expect(out.journeys.nudge?.entered).toBe(2);
  });
});
