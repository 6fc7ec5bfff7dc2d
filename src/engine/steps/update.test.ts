import { describe, expect, it } from 'vitest';
import { planUpdate } from './update.ts';

describe('an update node, planned once', () => {
  it('lists its changes in the order the node gives them', () => {
    const plan = planUpdate({
      id: 'u',
      type: 'update',
      set: { tier: 'gold', 'address.city': 'Porto' },
      unset: ['trial'],
      addTags: ['vip'],
      removeTags: ['lead'],
    });
    expect(plan).toEqual({
      set: [
        { path: 'tier', value: 'gold' },
        { path: 'address.city', value: 'Porto' },
      ],
      unset: ['trial'],
      addTags: ['vip'],
      removeTags: ['lead'],
    });
  });

  it('gives every update the same fields, null for a list the node has none of', () => {
    const plan = planUpdate({ id: 'u', type: 'update', addTags: ['vip'] });
    expect(plan && Object.keys(plan)).toEqual(['set', 'unset', 'addTags', 'removeTags']);
    expect(plan).toEqual({ set: [], unset: null, addTags: ['vip'], removeTags: null });
    expect(planUpdate({ id: 'e', type: 'update', unset: [] })?.unset).toBeNull();
    expect(planUpdate({ id: 'x', type: 'exit' })).toBeNull();
  });
});
