// Seed 002: "send the first reminder within an hour, a second after 24 hours,
// and a third after 72 hours", and seed 000: a purchase moves the person out.
// The purchase is both the goal and an exit condition: the goal is checked
// first, so the run ends as `goal` and counts a conversion.
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('cart abandonment', () => {
  const out = simulateFixture('cart-abandonment');

  it('sends at 1 h, 24 h and 72 h to the person who never buys', () => {
    const p = personaOf(out, 'browser');
    expect(emailLines(p)).toEqual([
      '2026-03-02T10:00:00Z cart-abandonment/e1 cart-1 "Hi, you left something" browser@example.com',
      '2026-03-03T09:00:00Z cart-abandonment/e2 cart-2 "Your Trail runners is still in your cart" browser@example.com',
      '2026-03-05T09:00:00Z cart-abandonment/e3 cart-3 "Last call: 10% off your Trail runners" browser@example.com',
    ]);
    expect(runLines(p)).toEqual([
      'cart-abandonment 2026-03-02T09:00:00Z → 2026-03-05T09:00:00Z completed',
    ]);
  });

  it('stops when the person buys after the first email', () => {
    const p = personaOf(out, 'buyer');
    expect(emailLines(p)).toEqual([
      '2026-03-02T10:00:00Z cart-abandonment/e1 cart-1 "Bea, you left something" buyer@example.com',
    ]);
    expect(runLines(p)).toEqual([
      'cart-abandonment 2026-03-02T09:00:00Z → 2026-03-02T12:00:00Z goal',
    ]);
  });

  it('sends nothing to the person who buys before the first hour', () => {
    const p = personaOf(out, 'quick');
    expect(emailLines(p)).toEqual([]);
    expect(runLines(p)).toEqual([
      'cart-abandonment 2026-03-02T09:00:00Z → 2026-03-02T09:30:00Z goal',
    ]);
  });

  it('counts three entries and two conversions', () => {
    const j = out.journeys['cart-abandonment'];
    expect(j?.entered).toBe(3);
    expect(j?.conversions).toBe(2);
    expect(j?.nodes.e1?.reached).toBe(2);
    expect(j?.nodes.e2?.reached).toBe(1);
    expect(j?.nodes.e3?.reached).toBe(1);
  });
});
