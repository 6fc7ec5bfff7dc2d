import { describe, expect, it } from 'vitest';
import { countDecorations, journeysTouched, personaNode, sessionDecorations } from './decorations';
import type { JourneyAggregate, Snapshot } from './types';

const snapshot: Snapshot = {
  now: '2026-03-03T09:00:00Z',
  done: false,
  personas: [
    {
      id: 'hugo',
      runs: [{ journey: 'cart', node: 'w3', status: 'waiting', entered: '2026-03-02T09:00:00Z' }],
      path: {
        nodes: [
          { journey: 'cart', node: 'start' },
          { journey: 'cart', node: 'ab' },
          { journey: 'cart', node: 'e1a' },
          { journey: 'welcome', node: 'start' },
        ],
        edges: [
          { journey: 'cart', from: 'start', port: 'out', to: 'ab' },
          { journey: 'cart', from: 'ab', port: 'a', to: 'e1a' },
        ],
      },
      emails: 1,
    },
    {
      id: 'filipa',
      runs: [{ journey: 'cart', node: 'w3', status: 'waiting', entered: '2026-03-02T09:00:00Z' }],
      path: { nodes: [{ journey: 'cart', node: 'e1b' }], edges: [] },
      emails: 1,
    },
  ],
};

describe('session decorations', () => {
  it("puts every persona on its node and highlights only the selected one's path", () => {
    const d = sessionDecorations('cart', snapshot, 'hugo');
    expect(d.readOnly).toBe(true);
    expect(d.nodes?.w3?.personas?.map((p) => p.id)).toEqual(['hugo', 'filipa']);
    expect(d.nodes?.ab?.highlighted).toBe(true);
    expect(d.nodes?.e1a?.highlighted).toBe(true);
    expect(d.nodes?.e1b?.highlighted).toBeUndefined();
    expect(d.edges?.['ab:a']).toEqual({ highlighted: true });
    expect(d.edges?.['start:out']).toEqual({ highlighted: true });
  });

  it('lists the journeys a session touched', () => {
    expect(journeysTouched(snapshot)).toEqual(['cart', 'welcome']);
    expect(journeysTouched(null)).toEqual([]);
  });
});

describe('count decorations', () => {
  it('shows reached counts and shares, and mutes nodes nobody reached', () => {
    const aggregate: JourneyAggregate = {
      journey: 'cart',
      name: 'Cart',
      entered: 5000,
      conversions: 0,
      conversionRate: 0,
      nodes: [
        { node: 'start', type: 'trigger', reached: 5000, share: 1 },
        { node: 'e1b', type: 'email', reached: 0, share: 0 },
      ],
      exits: { completed: 0, goal: 0, 'exit-condition': 0, unsubscribed: 0, horizon: 0 },
      funnel: [],
    };
    const d = countDecorations(aggregate);
    expect(d.nodes?.start).toEqual({ count: '5,000', share: 1 });
    expect(d.nodes?.e1b).toEqual({ count: '0', share: 0, muted: true });
    expect(countDecorations(aggregate, 'start').nodes?.start?.highlighted).toBe(true);
  });
});

describe('personaNode', () => {
  it('is the node of the open run, else the last node reached in the journey', () => {
    expect(personaNode('cart', snapshot, 'hugo')).toBe('w3');
    expect(personaNode('welcome', snapshot, 'hugo')).toBe('start');
    expect(personaNode('birthday', snapshot, 'hugo')).toBeNull();
    expect(personaNode('cart', snapshot, 'nobody')).toBeNull();
    expect(personaNode('cart', null, 'hugo')).toBeNull();
  });
});
