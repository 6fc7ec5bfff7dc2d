import { describe, expect, it } from 'vitest';
import type { Journey } from '../../src/model';
import { starter } from '../test/starter';
import { autoLayout } from './auto-layout';
import {
  edgeId,
  flowToJourney,
  inferDirection,
  journeyToFlow,
  missingPositions,
} from './journey-to-flow';

const small: Journey = {
  format: 'journey/v1',
  id: 'vip-check',
  name: 'VIP check',
  status: 'draft',
  nodes: [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    { id: 'gold', type: 'condition', if: { property: 'tier', op: 'eq', value: 'gold' } },
    { id: 'e1', type: 'email', template: 'vip', subject: 'Welcome, VIP', note: 'kept' },
    { id: 'done', type: 'exit' },
  ],
  edges: [
    { from: 'start', to: 'gold' },
    { from: 'gold', port: 'yes', to: 'e1', label: 'an unknown field' },
    { from: 'gold', port: 'no', to: 'done' },
  ],
};

describe('journeyToFlow', () => {
  it('makes one canvas node per journey node, typed by kind, with its ports', () => {
    const { nodes } = journeyToFlow(small);
    expect(nodes.map((n) => [n.id, n.type, n.data.ports])).toEqual([
      ['start', 'trigger', ['out']],
      ['gold', 'condition', ['yes', 'no']],
      ['e1', 'email', ['out']],
      ['done', 'exit', []],
    ]);
  });

  it('connects edges to the handle of their port, "out" when the port is left out', () => {
    const { edges } = journeyToFlow(small);
    expect(edges.map((e) => [e.source, e.sourceHandle, e.target, e.targetHandle])).toEqual([
      ['start', 'out', 'gold', 'in'],
      ['gold', 'yes', 'e1', 'in'],
      ['gold', 'no', 'done', 'in'],
    ]);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    expect(edgeId({ from: 'gold', port: 'no', to: 'done' })).toBe('gold:no->done');
  });

  it('places nodes where the journey layout says, else where the given positions say', () => {
    const placed = { ...small, layout: { start: { x: 10, y: 20 } } };
    const { nodes } = journeyToFlow(placed, { positions: { gold: { x: 5, y: 300 } } });
    expect(nodes.find((n) => n.id === 'start')?.position).toEqual({ x: 10, y: 20 });
    expect(nodes.find((n) => n.id === 'gold')?.position).toEqual({ x: 5, y: 300 });
    expect(missingPositions(placed)).toEqual(['gold', 'e1', 'done']);
  });

  it('reads the direction of a stored layout', () => {
    const wide = {
      ...small,
      layout: { start: { x: 0, y: 0 }, gold: { x: 280, y: 0 }, e1: { x: 560, y: -80 } },
    };
    const tall = {
      ...small,
      layout: { start: { x: 0, y: 0 }, gold: { x: 0, y: 160 }, e1: { x: -80, y: 320 } },
    };
    expect(inferDirection(wide)).toBe('LR');
    expect(inferDirection(tall)).toBe('TB');
  });
});

describe('flowToJourney', () => {
  it('gives back the stored journey, unknown fields included', () => {
    const layout = {
      start: { x: 0, y: 0 },
      gold: { x: 0, y: 150 },
      e1: { x: -120, y: 300 },
      done: { x: 120, y: 300 },
    };
    const journey = { ...small, layout };
    const { nodes, edges } = journeyToFlow(journey);
    expect(flowToJourney(journey, nodes, edges)).toEqual(journey);
  });

  it.each(starter.journeyIds)('round-trips the starter journey %s', (id) => {
    const journey = starter.journey(id);
    const { nodes, edges } = journeyToFlow(journey);
    expect(flowToJourney(journey, nodes, edges)).toEqual(journey);
  });

  it('stores moved positions in layout and nothing else of the canvas', () => {
    const { nodes, edges } = journeyToFlow(small, { positions: {} });
    const moved = nodes.map((n) => ({ ...n, position: { x: 1, y: 2 }, selected: true }));
    const back = flowToJourney(small, moved, edges);
    expect(back.layout?.gold).toEqual({ x: 1, y: 2 });
    expect(back.nodes).toEqual(small.nodes);
    expect(back.edges).toEqual(small.edges);
  });
});

describe('autoLayout', () => {
  it('places every node, top to bottom from the trigger, without overlaps', async () => {
    const { positions, routes } = await autoLayout(small, 'TB');
    expect(Object.keys(routes).sort()).toEqual(
      ['gold:no->done', 'gold:yes->e1', 'start:out->gold'].sort(),
    );
    expect(Object.keys(positions).sort()).toEqual(['done', 'e1', 'gold', 'start']);
    const y = (id: string) => positions[id]?.y ?? Number.NaN;
    expect(y('start')).toBeLessThan(y('gold'));
    expect(y('gold')).toBeLessThan(y('e1'));
    // The yes branch goes left of the no branch, in port order.
    expect(positions.e1?.x).toBeLessThan(positions.done?.x ?? Number.NaN);
  });
});
