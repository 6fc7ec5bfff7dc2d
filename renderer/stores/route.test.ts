import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';

describe('routes in the hash', () => {
  it('round-trip every kind of item', () => {
    for (const route of [
      { kind: 'journey', id: 'cart-abandonment' },
      { kind: 'template', id: 'cart-1' },
      { kind: 'segment', id: 'vips' },
      { kind: 'personas', id: 'starter set' },
    ] as const) {
      expect(parseHash(formatHash(route))).toEqual(route);
    }
  });

  it('opens the simulator at #/simulator', () => {
    expect(parseHash('#/simulator')).toEqual({ kind: 'simulator' });
    expect(formatHash({ kind: 'simulator' })).toBe('#/simulator');
  });

  it('opens the home view for anything else', () => {
    expect(parseHash('')).toEqual({ kind: 'home' });
    expect(parseHash('#/elsewhere/x')).toEqual({ kind: 'home' });
    expect(parseHash('#/journeys/')).toEqual({ kind: 'home' });
  });
});
