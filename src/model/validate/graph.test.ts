import { describe, expect, it } from 'vitest';
import type { CheckedJourney } from './checked.ts';
import { checkEdges } from './graph.ts';
import { validateWorkspace } from './index.ts';
import { bundle, journey, validJourney } from './test-bundle.ts';

const only = (j: ReturnType<typeof journey>) => validateWorkspace(bundle({ journeys: [j] }));

describe('the graph of a journey', () => {
  it('finds nothing wrong with a valid journey', () => {
    expect(only(validJourney())).toEqual([]);
  });

  it('needs a trigger', () => {
    const j = journey([{ id: 'e1', type: 'email', template: 'welcome-1', subject: 'Hi' }], []);
    const problems = only(j);
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        file: 'journeys/welcome.journey.json',
        path: '$.nodes',
        journey: 'welcome',
        message: expect.stringContaining('has no trigger'),
      }),
    );
  });

  it('refuses a second trigger, at the second', () => {
    const j = validJourney();
    j.nodes.push({ id: 'again', type: 'trigger', on: 'event', event: 'x' });
    j.edges.push({ from: 'again', to: 'w1' });
    expect(only(j)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '$.nodes[3]',
        value: 'again',
        node: 'again',
        message: expect.stringContaining('second trigger'),
      }),
    ]);
  });

  it('names an edge to or from a missing node', () => {
    const j = validJourney();
    j.edges.push({ from: 'ghost', to: 'e1' }, { from: 'e1', to: 'nowhere' });
    const problems = only(j);
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.edges[2].from', value: 'ghost' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.edges[3].to', value: 'nowhere', node: 'e1' }),
    );
  });

  it('refuses a port the node does not have, and a missing port on a branching node', () => {
    const j = journey(
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        { id: 'c1', type: 'condition', if: { tag: 'vip' } },
        { id: 'x1', type: 'exit' },
        { id: 'x2', type: 'exit' },
      ],
      [
        { from: 'start', to: 'c1' },
        { from: 'c1', port: 'maybe', to: 'x1' },
        { from: 'c1', to: 'x2' },
        { from: 'x1', to: 'x2' },
        { from: 'start', port: 'yes', to: 'x2' },
      ],
    );
    const problems = only(j);
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.edges[1].port',
        value: 'maybe',
        node: 'c1',
        message: 'is not a port of condition node "c1": use one of "yes" and "no".',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.edges[2]', message: expect.stringContaining('"port"') }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: '$.edges[3]',
        message: expect.stringContaining('no output'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.edges[4].port', value: 'yes', node: 'start' }),
    );
  });

  it('accepts split ports by variant key and refuses two edges on one port', () => {
    const j = journey(
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        {
          id: 's1',
          type: 'split',
          variants: [
            { key: 'a', weight: 1 },
            { key: 'b', weight: 1 },
          ],
        },
        { id: 'x1', type: 'exit' },
        { id: 'x2', type: 'exit' },
      ],
      [
        { from: 'start', to: 's1' },
        { from: 's1', port: 'a', to: 'x1' },
        { from: 's1', port: 'b', to: 'x2' },
        { from: 's1', port: 'a', to: 'x2' },
      ],
    );
    expect(only(j)).toEqual([
      expect.objectContaining({
        path: '$.edges[3]',
        node: 's1',
        message: expect.stringContaining('second edge on port "a"'),
      }),
    ]);
  });

  it('warns about a node no path reaches, and nothing else', () => {
    const j = validJourney();
    j.nodes.push({ id: 'lost', type: 'exit' });
    expect(only(j)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: '$.nodes[3]',
        value: 'lost',
        node: 'lost',
        message: expect.stringContaining('not reachable from the trigger'),
      }),
    ]);
  });

  it('checks the ports of a node that failed its schema by its type, unless they depend on it', () => {
    const j: CheckedJourney = {
      id: 'welcome',
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        { id: 'e1', kind: 'email' },
        { id: 's1', kind: 'split' },
        { id: 'x1', type: 'exit' },
      ],
      edges: [
        { from: 'start', to: 'e1' },
        { from: 'e1', port: 'yes', to: 's1' },
        { from: 's1', port: 'maybe', to: 'x1' },
      ],
    };
    expect(checkEdges(j)).toEqual([
      expect.objectContaining({
        path: '$.edges[1].port',
        value: 'yes',
        node: 'e1',
        message: 'is not a port of email node "e1": use one of "out".',
      }),
    ]);
  });
});
