import { describe, expect, it } from 'vitest';
import { aggregate, pathOrder } from './aggregates.ts';
import { compareOutputs } from './compare.ts';
import { lonePersonaFile } from './preview.ts';
import { journey, persona, personasFile, play, workspace } from './test-kit.ts';

// A condition sends buyers one way and everyone else through two emails.
const shop = journey(
  'shop',
  [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'late', type: 'email', template: 'late', subject: 'Late' },
    { id: 'w', type: 'wait', for: 'P1D' },
    { id: 'bought', type: 'condition', if: { event: 'order_placed' } },
    { id: 'first', type: 'email', template: 'first', subject: 'First, {{ profile.first_name }}' },
    { id: 'end', type: 'exit' },
  ],
  [
    ['start', 'w'],
    ['w', 'bought'],
    ['bought', 'end', 'yes'],
    ['bought', 'first', 'no'],
    ['first', 'late'],
  ],
  { goal: { event: 'order_placed' } },
);

describe('pathOrder', () => {
  it('lists nodes breadth-first from the trigger, whatever their order in the file', () => {
    expect(pathOrder(shop).map((n) => n.id)).toEqual([
      'start',
      'w',
      'bought',
      'end',
      'first',
      'late',
    ]);
  });
});

describe('aggregate', () => {
  it('counts reached, shares, exits, conversions and the email funnel', () => {
    const bundle = workspace([shop]);
    const file = personasFile([
      persona('ana', [{ at: '+PT0S', name: 'signed_up' }]),
      persona('bo', [
        { at: '+PT0S', name: 'signed_up' },
        { at: '+PT1H', name: 'order_placed' },
      ]),
    ]);
    const { output } = play(bundle, file);
    const [shopCounts] = aggregate(bundle, output, true).journeys;
    expect(shopCounts).toMatchObject({
      journey: 'shop',
      entered: 2,
      conversions: 1,
      conversionRate: 0.5,
      exits: { completed: 1, goal: 1, 'exit-condition': 0, unsubscribed: 0, horizon: 0 },
    });
    expect(shopCounts?.nodes.find((n) => n.node === 'w')).toEqual({
      node: 'w',
      type: 'wait',
      reached: 2,
      share: 1,
    });
    expect(shopCounts?.funnel.map((f) => [f.node, f.reached, f.sent, f.share])).toEqual([
      ['first', 1, 1, 0.5],
      ['late', 1, 1, 0.5],
    ]);
  });
});

describe('compareOutputs', () => {
  it('lists reached, sent and per-persona differences between two revisions', () => {
    const longer = {
      ...shop,
      nodes: shop.nodes.map((n) => (n.id === 'w' && n.type === 'wait' ? { ...n, for: 'P2D' } : n)),
    };
    const file = personasFile([
      persona('ana', [{ at: '+PT0S', name: 'signed_up' }]),
      persona('cy', [
        { at: '+PT0S', name: 'signed_up' },
        { at: '+P1DT1H', name: 'order_placed' },
      ]),
    ]);
    const a = play(workspace([shop]), file).output;
    const b = play(workspace([longer]), file).output;
    const diff = compareOutputs([shop], [longer], a, b);
    // cy buys between one day and two: revision B no longer writes to cy.
    expect(diff.nodes).toContainEqual({ journey: 'shop', node: 'first', a: 2, b: 1, diff: -1 });
    expect(diff.emails).toContainEqual({
      journey: 'shop',
      node: 'first',
      template: 'first',
      subject: 'First, {{ profile.first_name }}',
      a: 2,
      b: 1,
      diff: -1,
    });
    const cy = diff.personas.find((p) => p.persona === 'cy');
    expect(cy?.onlyA.map((e) => e.node)).toEqual(['first', 'late']);
    expect(cy?.onlyB).toEqual([]);
    expect(diff.personasChanged).toBe(2);
  });
});

describe('lonePersonaFile', () => {
  it('makes a cohort member a lone persona with the same emails as in the whole cohort', () => {
    const bundle = workspace([shop]);
    const file = personasFile([], {
      cohorts: [
        {
          id: 'c',
          count: 5,
          profile: { first_name: 'C' },
          events: [{ at: '+PT0S', name: 'signed_up' }],
          reactions: [
            { when: { event: 'signed_up' }, then: 'order_placed', after: 'PT2H', chance: 0.5 },
          ],
        },
      ],
    });
    const whole = play(bundle, file).output.personas;
    for (const member of whole) {
      const lone = lonePersonaFile(bundle, file, member.id);
      expect(lone?.personas?.[0]?.id).toBe(member.id);
      const alone = lone ? play(bundle, lone).output.personas[0] : undefined;
      expect(alone?.emails).toEqual(member.emails);
    }
    expect(lonePersonaFile(bundle, file, 'c-6')).toBeUndefined();
  });
});
