// Quiet hours 21:00-08:00 in each profile's own timezone (else the
// workspace's, Lisbon). The same instant, 22:00Z, is late evening in Lisbon,
// early morning in Tokyo and afternoon in New York. A held email goes at `to`.
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('quiet hours across timezones', () => {
  const out = simulateFixture('quiet-hours');

  it('Lisbon (the workspace timezone): 22:00 local is held until 08:00 the next day', () => {
    const p = personaOf(out, 'lisbon');
    expect(emailLines(p)).toEqual([
      '2026-03-03T08:00:00Z news/e1 news "News for you, Lia" lisbon@example.com',
    ]);
    expect(runLines(p)).toEqual(['news 2026-03-02T22:00:00Z → 2026-03-03T08:00:00Z completed']);
    expect(p.suppressed).toEqual([]);
  });

  it('Tokyo: 07:00 local is held until 08:00, one hour later', () => {
    expect(emailLines(personaOf(out, 'tokyo'))).toEqual([
      '2026-03-02T23:00:00Z news/e1 news "News for you, Toru" tokyo@example.com',
    ]);
  });

  it('New York: 17:00 local goes at once', () => {
    expect(emailLines(personaOf(out, 'new-york'))).toEqual([
      '2026-03-02T22:00:00Z news/e1 news "News for you, Nia" ny@example.com',
    ]);
  });

  it('New York on the night clocks go forward: 23:00 EST is held until 08:00 EDT', () => {
    expect(emailLines(personaOf(out, 'new-york-dst'))).toEqual([
      '2026-03-08T12:00:00Z news/e1 news "News for you, reader" nyd@example.com',
    ]);
  });
});
