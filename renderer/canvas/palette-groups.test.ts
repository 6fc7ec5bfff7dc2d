import { describe, expect, it } from 'vitest';
import type { NodeType } from '../../src/model';
import { paletteGroups } from './palette-groups';

// A record over NodeType: a kind left out here does not compile.
const every: Record<NodeType, true> = {
  trigger: true,
  wait: true,
  waitFor: true,
  condition: true,
  split: true,
  email: true,
  update: true,
  exit: true,
};

describe('palette', () => {
  it('offers every node kind exactly once', () => {
    const offered = paletteGroups.flatMap((g) => g.types);
    expect([...offered].sort()).toEqual(Object.keys(every).sort());
    expect(paletteGroups.map((g) => g.label)).toEqual(['Triggers', 'Timing', 'Logic', 'Actions']);
  });
});
