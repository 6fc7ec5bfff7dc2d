// Seed 002: "if a subscriber signs up for a webinar, send a confirmation
// immediately, then a reminder 24 hours before, and a follow-up with the
// recording after". The reminder waits until `event.starts_at` - PT24H; a
// registration later than that sends it at once (spec: wait until a property
// "going on at once if that instant has passed").
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('webinar sequence', () => {
  const out = simulateFixture('webinar');

  it('confirms now, reminds 24 h before the start, sends the recording 2 h after it', () => {
    const ana = personaOf(out, 'ana');
    expect(emailLines(ana)).toEqual([
      `2026-03-02T09:00:00Z webinar/confirm webinar-confirmation "You're in: Journeys 101" ana@example.com`,
      '2026-03-04T17:00:00Z webinar/remind webinar-reminder "Tomorrow: Journeys 101" ana@example.com',
      '2026-03-05T19:00:00Z webinar/recording webinar-recording "The recording of Journeys 101" ana@example.com',
    ]);
    expect(runLines(ana)).toEqual([
      'webinar 2026-03-02T09:00:00Z → 2026-03-05T19:00:00Z completed',
    ]);
  });

  it('sends the reminder at once when the person registers less than 24 h before', () => {
    const late = personaOf(out, 'late');
    expect(emailLines(late)).toEqual([
      `2026-03-05T10:00:00Z webinar/confirm webinar-confirmation "You're in: Journeys 101" late@example.com`,
      '2026-03-05T10:00:00Z webinar/remind webinar-reminder "Tomorrow: Journeys 101" late@example.com',
      '2026-03-05T19:00:00Z webinar/recording webinar-recording "The recording of Journeys 101" late@example.com',
    ]);
  });

  it('counts both entries and every email node', () => {
    const j = out.journeys.webinar;
    expect(j?.entered).toBe(2);
    expect(j?.conversions).toBe(0);
    expect(j?.nodes.confirm?.reached).toBe(2);
    expect(j?.nodes.remind?.reached).toBe(2);
    expect(j?.nodes.recording?.reached).toBe(2);
  });
});
