// Seed 001: an "Engaged Shoppers" segment of "users who viewed a product page
// within the last 48 hours and added items to their cart but haven't
// purchased", used "to trigger highly targeted cart-abandonment emails".
import { describe, expect, it } from 'vitest';
import { emailLines, personaOf, runLines, simulateFixture } from './harness.ts';

describe('Engaged Shoppers segment triggers a journey', () => {
  const out = simulateFixture('engaged-shoppers');

  it('enters the person who viewed and then added to cart', () => {
    const eve = personaOf(out, 'eve');
    expect(emailLines(eve)).toEqual([
      '2026-03-02T11:00:00Z engaged-cart/picks picks "Your picks are waiting, Eve" eve@example.com',
    ]);
    expect(runLines(eve)).toEqual([
      'engaged-cart 2026-03-02T11:00:00Z → 2026-03-02T11:00:00Z completed',
    ]);
  });

  it('leaves out the person who already bought', () => {
    const max = personaOf(out, 'max');
    expect(emailLines(max)).toEqual([]);
    expect(max.runs).toEqual([]);
  });

  it('waits for a view inside the 48 h window', () => {
    const old = personaOf(out, 'old');
    // Added to cart 72 h after the only view: not engaged; the next view makes them so.
    expect(emailLines(old)).toEqual([
      '2026-03-06T09:00:00Z engaged-cart/picks picks "Your picks are waiting, friend" old@example.com',
    ]);
  });

  it('counts two entries', () => {
    expect(out.journeys['engaged-cart']?.entered).toBe(2);
  });
});
