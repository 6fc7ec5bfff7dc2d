import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../nodes.ts';
import { validateWorkspace } from './index.ts';
import { bundle, journey } from './test-bundle.ts';

function loopThrough(middle: JourneyNode) {
  return journey(
    [
      { id: 'start', type: 'trigger', on: 'event', event: 'x' },
      { id: 'c1', type: 'condition', if: { tag: 'done' } },
      middle,
      { id: 'u1', type: 'update', addTags: ['seen'] },
    ],
    [
      { from: 'start', to: 'c1' },
      { from: 'c1', port: 'no', to: middle.id },
      { from: middle.id, ...(middle.type === 'waitFor' ? { port: 'timeout' } : {}), to: 'u1' },
      { from: 'u1', to: 'c1' },
    ],
  );
}

const cycles = (middle: JourneyNode) =>
  validateWorkspace(bundle({ journeys: [loopThrough(middle)] })).filter((p) =>
    p.message.includes('cycle'),
  );

describe('cycles that take no time', () => {
  it('refuses a loop through nodes that take no time, naming them in order', () => {
    expect(cycles({ id: 'm', type: 'update', addTags: ['x'] })).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '$.nodes[1]',
        node: 'c1',
        value: 'c1 → m → u1 → c1',
        message: expect.stringContaining('cycle that takes no time (c1 → m → u1 → c1)'),
      }),
    ]);
  });

  it('refuses a loop whose wait lasts zero or waits on a property', () => {
    expect(cycles({ id: 'm', type: 'wait', for: 'PT0S' })).toHaveLength(1);
    expect(cycles({ id: 'm', type: 'wait', until: { property: 'profile.next' } })).toHaveLength(1);
  });

  it('accepts a loop through a positive wait, a clock-time wait or a wait for an event', () => {
    expect(cycles({ id: 'm', type: 'wait', for: 'P1D' })).toEqual([]);
    expect(cycles({ id: 'm', type: 'wait', for: 'PT0.5S' })).toEqual([]);
    expect(cycles({ id: 'm', type: 'wait', until: { time: '09:00' } })).toEqual([]);
    expect(cycles({ id: 'm', type: 'waitFor', event: 'clicked', timeout: 'P1D' })).toEqual([]);
  });

  it('refuses a node that leads to itself', () => {
    const j = journey(
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        { id: 'c1', type: 'condition', if: { tag: 'done' } },
      ],
      [
        { from: 'start', to: 'c1' },
        { from: 'c1', port: 'no', to: 'c1' },
      ],
    );
    const problems = validateWorkspace(bundle({ journeys: [j] }));
    expect(problems).toEqual([expect.objectContaining({ value: 'c1 → c1', node: 'c1' })]);
  });
});
