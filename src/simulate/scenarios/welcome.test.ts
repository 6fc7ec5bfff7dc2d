// Seed 002: "send the first email immediately, then wait 2-3 days for the
// second, and 5-7 days for the third". Here: P2D then the next 10:00 in the
// person's timezone (so 2-3 days), then P3D and the next 10:00 (5-7 days).
// `until.time` is the next match strictly after now; P2D keeps the wall time.
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

const hours = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 3_600_000;

describe('welcome series', () => {
  const out = simulateFixture('welcome');

  it('sends at 10:00 Lisbon time after 2-3 and 5-7 days (workspace timezone)', () => {
    const p = personaOf(out, 'lisbon');
    expect(emailLines(p)).toEqual([
      '2026-03-02T09:00:00Z welcome/e1 welcome-1 "Welcome to Acme, Rui" rui@example.com',
      '2026-03-04T10:00:00Z welcome/e2 welcome-2 "Our best sellers" rui@example.com',
      '2026-03-08T10:00:00Z welcome/e3 welcome-3 "How are your new shoes, Rui?" rui@example.com',
    ]);
    expect(runLines(p)).toEqual(['welcome 2026-03-02T09:00:00Z → 2026-03-08T10:00:00Z completed']);
  });

  it('sends at 10:00 Tokyo time to a profile in Tokyo', () => {
    const p = personaOf(out, 'tokyo');
    // Signed up at 18:00 JST: P2D is 18:00 JST on the 4th, the next 10:00 JST is the 5th.
    expect(emailLines(p)).toEqual([
      '2026-03-02T09:00:00Z welcome/e1 welcome-1 "Welcome to Acme, Ken" ken@example.com',
      '2026-03-05T01:00:00Z welcome/e2 welcome-2 "Our best sellers" ken@example.com',
      '2026-03-09T01:00:00Z welcome/e3 welcome-3 "How are your new shoes, Ken?" ken@example.com',
    ]);
  });

  it('keeps every second email within 2-3 days and every third within 5-7', () => {
    for (const p of out.personas) {
      const [first, second, third] = p.emails.map((e) => e.at);
      if (!first || !second || !third) throw new Error(`${p.id}: fewer than three emails`);
      expect(hours(first, second)).toBeGreaterThanOrEqual(48);
      expect(hours(first, second)).toBeLessThanOrEqual(72);
      expect(hours(first, third)).toBeGreaterThanOrEqual(120);
      expect(hours(first, third)).toBeLessThanOrEqual(168);
    }
  });
});
