import { describe, expect, it } from 'vitest';
import { durationWords, formatDuration } from './duration';

describe('durations in words', () => {
  it.each([
    ['PT1H', '1 hour'],
    ['P2D', '2 days'],
    ['P1DT12H', '1 day and 12 hours'],
    ['PT48H', '48 hours'],
    ['P1W', '1 week'],
    ['P1Y2M3D', '1 year, 2 months and 3 days'],
    ['PT90M', '90 minutes'],
  ])('%s reads "%s"', (iso, words) => {
    expect(formatDuration(iso)).toBe(words);
  });

  it('knows a negative offset and refuses what is not a duration', () => {
    expect(durationWords('-P3D')).toEqual({ words: '3 days', negative: true });
    expect(durationWords('P')).toBeUndefined();
    expect(durationWords('Pizza')).toBeUndefined();
    expect(formatDuration('soon')).toBe('soon');
  });
});
