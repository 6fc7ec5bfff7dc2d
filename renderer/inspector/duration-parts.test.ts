import { describe, expect, it } from 'vitest';
import { fromParts, switchUnit, toParts } from './duration-parts';
import { parseParts } from './fields/DurationField';

describe('durations as a number and a unit', () => {
  it.each([
    ['PT30M', '30', 'minutes'],
    ['PT1H', '1', 'hours'],
    ['P2D', '2', 'days'],
    ['P1W', '1', 'weeks'],
  ] as const)('%s is %s %s and back', (iso, amount, unit) => {
    expect(toParts(iso)).toEqual({ amount, unit, iso });
    expect(fromParts(Number(amount), unit)).toBe(iso);
  });

  it('edits what has no single unit as ISO text, and keeps the number across units', () => {
    expect(toParts('P1DT12H').unit).toBe('iso');
    expect(parseParts({ amount: '', unit: 'iso', iso: 'P1DT12H' })).toEqual({
      ok: true,
      value: 'P1DT12H',
    });
    expect(switchUnit(toParts('PT2H'), 'days')).toMatchObject({ amount: '2', unit: 'days' });
    expect(switchUnit(toParts('PT2H'), 'iso')).toMatchObject({ unit: 'iso', iso: 'PT2H' });
  });

  it('refuses what is not a whole number or not a duration', () => {
    expect(parseParts({ amount: '1.5', unit: 'hours', iso: '' }).ok).toBe(false);
    expect(parseParts({ amount: '', unit: 'days', iso: '' }).ok).toBe(false);
    expect(parseParts({ amount: '', unit: 'iso', iso: 'P' }).ok).toBe(false);
    expect(parseParts({ amount: '', unit: 'iso', iso: '2 days' }).ok).toBe(false);
  });
});
