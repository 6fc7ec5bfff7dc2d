// A profile's state made fresh for another profile (a summary's cohort
// members take over the states of a finished block): nothing of the first
// profile may carry over to the second.
import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../model/bundle.ts';
import { compileWorkspace } from './compile.ts';
import {
  createProfileState,
  keepEvent,
  latestKept,
  type Run,
  reuseProfileState,
  type StoredEvent,
} from './state.ts';

const bundle: WorkspaceBundle = {
  settings: {
    format: 'workspace/v1',
    name: 'Test',
    timezone: 'Europe/Lisbon',
    sender: { name: 'Test', email: 'hello@test.example' },
  },
  journeys: ['one', 'two'].map((id) => ({
    format: 'journey/v1',
    id,
    name: id,
    status: 'live',
    settings: {},
    nodes: [{ id: 'start', type: 'trigger', on: 'event', event: 'go' }],
    edges: [],
  })),
  templates: [],
  segments: [
    { format: 'segment/v1', id: 'buyers', name: 'Buyers', condition: { event: 'order_placed' } },
  ],
  personaSets: [],
};
const ws = compileWorkspace(bundle);

describe('reuseProfileState', () => {
  it('leaves a used state equal to a new one for the next profile, on the same lists', () => {
    const state = createProfileState(ws, 'ana', { email: 'ana@example.com' }, false);
    const lists = [state.runs, state.active, state.entries, state.capSends, state.touched];
    // Everything a profile's play can change.
    const run = { id: 1 } as unknown as Run;
    state.runs[1] = run;
    state.active.push(run);
    state.touched.push(run);
    state.nextRunId = 2;
    state.entries[0] = 3;
    state.lastExit[0] = 1000;
    state.dateToken[1] = 2;
    state.inactivityToken[0] = 1;
    state.inactivityFrom[1] = 5000;
    keepEvent(state, 0, { name: 'go', at: 0, seq: 1, properties: {}, prev: null });
    state.seq = 1;
    state.segments = [true];
    state.capSends.push(1000, 2000);
    state.unsubscribed = true;
    state.slot = 7;
    state.busyAt = 1000;
    state.busySteps = 4;

    const bo = { email: 'bo@example.com', timezone: 'Asia/Tokyo' };
    reuseProfileState(state, ws, 'bo', bo);
    expect(state).toEqual(createProfileState(ws, 'bo', bo, false));
    expect(state.profile).toBe(bo);
    expect(state.zone.name).toBe('Asia/Tokyo');
    const after = [state.runs, state.active, state.entries, state.capSends, state.touched];
    for (const [i, list] of after.entries()) expect(list).toBe(lists[i]);
  });
});

describe('keepEvent', () => {
  const event = (name: string, seq: number): StoredEvent => ({
    name,
    at: seq * 1000,
    seq,
    properties: {},
    prev: null,
  });

  it('chains each kind newest first, the kinds apart', () => {
    const state = createProfileState(ws, 'ana', {}, false);
    const [a, b, c] = [event('go', 1), event('order_placed', 2), event('go', 3)];
    keepEvent(state, 3, a);
    keepEvent(state, 4, b);
    keepEvent(state, 3, c);
    expect(latestKept(state, 3)).toBe(c);
    expect(c.prev).toBe(a);
    expect(a.prev).toBeNull();
    expect(latestKept(state, 4)).toBe(b);
    expect(b.prev).toBeNull();
  });

  it('finds nothing for a kind never kept, nor for no kind', () => {
    const state = createProfileState(ws, 'ana', {}, false);
    expect(latestKept(state, 3)).toBeUndefined();
    keepEvent(state, 3, event('go', 1));
    expect(latestKept(state, 5)).toBeUndefined();
    expect(latestKept(state, -1)).toBeUndefined();
  });
});
