import { describe, expect, it } from 'vitest';
import { describePersonaSet } from './words';

describe('describePersonaSet', () => {
  it('names only what the set holds', () => {
    expect(describePersonaSet({ personaCount: 2, cohortCount: 1 })).toBe('2 personas, 1 cohort');
    expect(describePersonaSet({ personaCount: 0, cohortCount: 3 })).toBe('3 cohorts');
    expect(describePersonaSet({ personaCount: 1, cohortCount: 0 })).toBe('1 persona');
    expect(describePersonaSet({ personaCount: 0, cohortCount: 0 })).toBe('empty');
  });
});
