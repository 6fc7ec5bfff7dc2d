import { describe, expect, it } from 'vitest';
import { summarize } from './autosave';

describe('summarize', () => {
  it('names up to three edits, collapses repeats and counts the rest', () => {
    expect(summarize(['Added Wait'])).toBe('Added Wait');
    expect(summarize(['Added Wait', 'Added Email'])).toBe('Added Wait, Added Email');
    expect(summarize(Array(10).fill('Undo'))).toBe('Undo ×10');
    expect(summarize(['a', 'b', 'c', 'd', 'e'])).toBe('a, b and 3 more edits');
    expect(summarize([])).toBe('Edited');
  });
});
