// The workspace cap (1 email per P1D) shared by journeys due at the same
// instant: they meet the cap in priority order (highest first, then journey
// id), whatever order the events that started them came in. `skip` records a
// suppression and goes on, `delay` sends as soon as the cap allows (the window
// is now - per < t <= now, so exactly one day later), `ignore` is neither
// blocked nor counted.
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture, suppressedLines } from './harness.ts';

describe('frequency cap with priorities', () => {
  const out = simulateFixture('frequency-cap');

  it('lets the highest priority through, skips, delays and ignores', () => {
    const ana = personaOf(out, 'ana');
    expect(emailLines(ana)).toEqual([
      '2026-03-02T09:00:00Z welcome/e1 welcome "Welcome!" ana@example.com',
      '2026-03-02T09:00:00Z alerts/e1 alerts "New sign-in to your account" ana@example.com',
      '2026-03-03T09:00:00Z digest/e1 digest "Your digest" ana@example.com',
    ]);
    expect(suppressedLines(ana)).toEqual(['2026-03-02T09:00:00Z promo/e1 frequency-cap']);
    // A skipped email does not stop its run; a delayed one holds it until it is sent.
    expect(runLines(ana, 'promo')).toEqual([
      'promo 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed',
    ]);
    expect(runLines(ana, 'digest')).toEqual([
      'digest 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z completed',
    ]);
  });

  it('orders by priority, not by the order of the events', () => {
    // bo's sale_started (flash-sale, priority 3) comes before signed_up in the same instant.
    const bo = personaOf(out, 'bo');
    expect(emailLines(bo)).toEqual([
      '2026-03-02T09:00:00Z welcome/e1 welcome "Welcome!" bo@example.com',
      '2026-03-02T09:00:00Z alerts/e1 alerts "New sign-in to your account" bo@example.com',
      '2026-03-03T09:00:00Z digest/e1 digest "Your digest" bo@example.com',
    ]);
    expect(suppressedLines(bo)).toEqual([
      '2026-03-02T09:00:00Z promo/e1 frequency-cap',
      '2026-03-02T09:00:00Z flash-sale/e1 frequency-cap',
    ]);
  });

  it('measures the P1D window on the local calendar across a clock change', () => {
    // Lisbon moves to summer time on 29 March: 09:00 WET on the 28th plus P1D is
    // 09:00 WEST, 08:00Z, a day of 23 hours.
    const cy = personaOf(out, 'cy');
    expect(emailLines(cy)).toEqual([
      '2026-03-28T09:00:00Z welcome/e1 welcome "Welcome!" cy@example.com',
      '2026-03-28T09:00:00Z alerts/e1 alerts "New sign-in to your account" cy@example.com',
      '2026-03-29T08:00:00Z digest/e1 digest "Your digest" cy@example.com',
    ]);
    expect(suppressedLines(cy)).toEqual(['2026-03-28T09:00:00Z promo/e1 frequency-cap']);
  });
});
