// Seed 002: "a single welcome email with a link to a getting-started guide,
// then ... a second email only if the user didn't open the guide within 48
// hours". A waitFor on the guide's `email_opened` with a PT48H timeout.
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('onboarding that adapts to an open', () => {
  const out = simulateFixture('onboarding');

  it('stops after the guide for the person who opens it', () => {
    const p = personaOf(out, 'opener');
    expect(emailLines(p)).toEqual([
      '2026-03-02T09:00:00Z onboarding/guide getting-started "Welcome, Olga: your getting-started guide" opener@example.com',
    ]);
    // The open at +2 h leaves by the `event` port, which has no edge: the run completes then.
    expect(runLines(p)).toEqual([
      'onboarding 2026-03-02T09:00:00Z → 2026-03-02T11:00:00Z completed',
    ]);
    expect(p.steps.some((s) => s.node === 'opened' && s.port === 'event')).toBe(true);
  });

  it('sends the second email 48 h later to the person who does not open', () => {
    const p = personaOf(out, 'ignorer');
    expect(emailLines(p)).toEqual([
      '2026-03-02T09:00:00Z onboarding/guide getting-started "Welcome, Igor: your getting-started guide" ignorer@example.com',
      '2026-03-04T09:00:00Z onboarding/nudge need-a-hand "Need a hand getting started, Igor?" ignorer@example.com',
    ]);
    expect(runLines(p)).toEqual([
      'onboarding 2026-03-02T09:00:00Z → 2026-03-04T09:00:00Z completed',
    ]);
    expect(p.steps.some((s) => s.node === 'opened' && s.port === 'timeout')).toBe(true);
  });

  it('counts the nudge once', () => {
    expect(out.journeys.onboarding?.nodes.guide?.reached).toBe(2);
    expect(out.journeys.onboarding?.nodes.nudge?.reached).toBe(1);
  });
});
