import { describe, expect, it } from 'vitest';
import { readJourneyLeniently, readSegmentLeniently } from './lenient-read.ts';

describe('reading a file that fails its schema', () => {
  it('keeps every node and edge at its index, and of a broken one only what is valid', () => {
    const journey = readJourneyLeniently('welcome', {
      id: 'Not the file name',
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        { id: 'w1', type: 'wait', for: '1 hour' },
        { id: 'Bad Id', type: 'pause' },
        'not a node',
      ],
      edges: [{ from: 'start', to: 'w1' }, { from: 'w1' }],
    });
    expect(journey).toEqual({
      id: 'welcome',
      settings: undefined,
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        { id: 'w1', kind: 'wait' },
        {},
        {},
      ],
      edges: [{ from: 'start', to: 'w1' }, null],
    });
  });

  it('keeps the settings that parse; the broken ones fall back to their defaults', () => {
    const journey = readJourneyLeniently('welcome', {
      settings: { reentry: { after: 'P' }, priority: 'high', exitWhen: [{ tag: 'vip' }] },
      nodes: [],
      edges: [],
    });
    expect(journey?.settings).toEqual({ exitWhen: [{ tag: 'vip' }] });
    const notAnObject = readJourneyLeniently('welcome', { settings: [], nodes: [], edges: [] });
    expect(notAnObject?.settings).toBeUndefined();
  });

  it('reads no journey without its lists of nodes and edges: there is no graph to check', () => {
    expect(readJourneyLeniently('welcome', { nodes: [] })).toBeUndefined();
    expect(readJourneyLeniently('welcome', { nodes: {}, edges: [] })).toBeUndefined();
    expect(readJourneyLeniently('welcome', 'a journey')).toBeUndefined();
  });

  it('keeps a segment whose condition parses, under the id in its file name', () => {
    expect(readSegmentLeniently('vips', { id: 'VIPs', condition: { tag: 'vip' } })).toEqual({
      id: 'vips',
      condition: { tag: 'vip' },
    });
    expect(readSegmentLeniently('vips', { condition: { tag: 5 } })).toBeUndefined();
  });
});
