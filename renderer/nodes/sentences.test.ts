import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../src/model';
import { describeNode, portsOfNode } from './registry';

const cases: [JourneyNode, string][] = [
  [{ id: 't', type: 'trigger', on: 'event', event: 'cart_abandoned' }, 'When Cart abandoned'],
  [
    {
      id: 't',
      type: 'trigger',
      on: 'event',
      event: 'product_viewed',
      where: { category: 'shoes' },
    },
    'When Product viewed (category shoes)',
  ],
  [{ id: 't', type: 'trigger', on: 'segment', segment: 'vips' }, 'When entering segment vips'],
  [
    {
      id: 't',
      type: 'trigger',
      on: 'date',
      property: 'birthday',
      offset: '-P3D',
      at: '09:00',
      yearly: true,
    },
    '3 days before birthday at 09:00, every year',
  ],
  [
    { id: 't', type: 'trigger', on: 'inactivity', event: 'order_placed', for: 'P90D' },
    'When no order placed for 90 days',
  ],
  [
    { id: 't', type: 'trigger', on: 'attribute', property: 'tier', to: 'gold' },
    'When tier changes to gold',
  ],
  [{ id: 'w', type: 'wait', for: 'PT1H' }, 'Wait 1 hour'],
  [{ id: 'w', type: 'wait', for: 'P1DT12H' }, 'Wait 1 day and 12 hours'],
  [{ id: 'w', type: 'wait', until: { time: '09:00' } }, 'Wait until 09:00'],
  [
    { id: 'w', type: 'wait', until: { time: '10:00', weekdays: ['tue', 'wed'] } },
    'Wait until 10:00 on Tue or Wed',
  ],
  [
    { id: 'w', type: 'wait', until: { property: 'event.starts_at', offset: '-P1D' } },
    'Wait until 1 day before event.starts_at',
  ],
  [
    { id: 'f', type: 'waitFor', event: 'email_opened', timeout: 'P2D' },
    'Wait up to 2 days for Email opened',
  ],
  [
    { id: 'c', type: 'condition', if: { property: 'tier', op: 'eq', value: 'gold' } },
    'If tier is gold',
  ],
  [
    {
      id: 'c',
      type: 'condition',
      if: {
        all: [
          { event: 'product_viewed', count: { op: 'gte', value: 2 }, within: 'PT48H' },
          { not: { tag: 'vip' } },
        ],
      },
    },
    'If did Product viewed at least 2 times in the last 48 hours and not: has tag vip',
  ],
  [{ id: 'c', type: 'condition', if: { email: 'opened', node: 'e1' } }, 'If opened email e1'],
  [
    {
      id: 's',
      type: 'split',
      variants: [
        { key: 'a', weight: 50 },
        { key: 'b', weight: 50 },
      ],
    },
    'Split A 50% / B 50%',
  ],
  [
    {
      id: 'e',
      type: 'email',
      template: 'cart-1',
      subject: "{{ profile.first_name | default: 'Hi' }}, you left something",
    },
    'Email · cart-1 · {first_name}, you left something',
  ],
  [{ id: 'u', type: 'update', addTags: ['vip'] }, 'Update profile: add tag vip'],
  [
    { id: 'u', type: 'update', set: { plan: 'pro' }, removeTags: ['trial'] },
    'Update profile: set plan to pro, remove tag trial',
  ],
  [{ id: 'x', type: 'exit' }, 'Exit'],
];

describe('node sentences', () => {
  it.each(cases)('%j reads "%s"', (node, sentence) => {
    expect(describeNode(node)).toBe(sentence);
  });
});

describe('ports', () => {
  it('follow the format: yes/no, event/timeout, one per split key, none for exit', () => {
    expect(portsOfNode({ id: 'c', type: 'condition', if: { tag: 'x' } })).toEqual(['yes', 'no']);
    expect(portsOfNode({ id: 'f', type: 'waitFor', event: 'x', timeout: 'P1D' })).toEqual([
      'event',
      'timeout',
    ]);
    expect(
      portsOfNode({
        id: 's',
        type: 'split',
        variants: [
          { key: 'x', weight: 1 },
          { key: 'y', weight: 1 },
          { key: 'z', weight: 2 },
        ],
      }),
    ).toEqual(['x', 'y', 'z']);
    expect(portsOfNode({ id: 'x', type: 'exit' })).toEqual([]);
    expect(portsOfNode({ id: 'w', type: 'wait', for: 'PT1H' })).toEqual(['out']);
  });
});
