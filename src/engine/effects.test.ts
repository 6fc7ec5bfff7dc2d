// The engine driven directly, one input at a time, as live execution will:
// effects come back as data, timers included, with no simulator around it.
import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../model/bundle.ts';
import { compileWorkspace } from './compile.ts';
import { createEffectEngine } from './effects.ts';
import { createProfileState } from './state.ts';

const bundle: WorkspaceBundle = {
  settings: {
    format: 'workspace/v1',
    name: 'Test',
    timezone: 'UTC',
    sender: { name: 'Test', email: 'hello@test.example' },
    frequencyCap: { max: 1, per: 'P1D' },
  },
  journeys: [
    {
      format: 'journey/v1',
      id: 'welcome',
      name: 'Welcome',
      status: 'live',
      settings: { goal: { event: 'order_placed' } },
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'e1', type: 'email', template: 'w1', subject: 'Hi {{ profile.first_name }}' },
        { id: 'w', type: 'wait', for: 'P1D' },
        { id: 'e2', type: 'email', template: 'w2', subject: 'Day two' },
      ],
      edges: [
        { from: 'start', to: 'e1' },
        { from: 'e1', to: 'w' },
        { from: 'w', to: 'e2' },
      ],
    },
  ],
  templates: [],
  segments: [],
  personaSets: [],
};

const T0 = Date.parse('2026-03-02T09:00:00Z');
const DAY = 86_400_000;

describe('the engine as a function of one input', () => {
  const ws = compileWorkspace(bundle, { mode: 'live' });

  it('an event: an email now, a timer for later; the timer: the next email', () => {
    const { apply } = createEffectEngine({ ws, seed: 0, origin: T0 });
    const state = createProfileState(
      ws,
      'ana',
      { email: 'ana@example.com', first_name: 'Ana' },
      true,
    );
    const first = apply(state, T0, { event: { name: 'signed_up' } });
    expect(first.entered).toEqual([{ journey: 'welcome', run: 1, at: T0 }]);
    expect(first.emails.map((m) => [m.node, m.subject, m.to])).toEqual([
      ['e1', 'Hi Ana', 'ana@example.com'],
    ]);
    expect(first.emitted.map((e) => [e.name, e.properties.template])).toEqual([
      ['email_sent', 'w1'],
    ]);
    expect(first.timers).toHaveLength(1);
    const timer = first.timers[0];
    if (!timer) throw new Error('no timer');
    expect(timer.at).toBe(T0 + DAY);
    expect(first.trace.map((t) => t.kind)).toEqual([
      'event',
      'enter',
      'step',
      'email',
      'step',
      'wait',
    ]);
    expect(first.steps.map((s) => `${s.node}:${s.port}`)).toEqual(['start:out', 'e1:out']);

    const second = apply(state, timer.at, { timer: timer.timer });
    expect(second.emails.map((m) => m.node)).toEqual(['e2']);
    expect(second.exited).toEqual([
      { journey: 'welcome', run: 1, at: T0 + DAY, reason: 'completed' },
    ]);
  });

  it('a stale timer does nothing once the run has ended (here by its goal)', () => {
    const { apply } = createEffectEngine({ ws, seed: 0, origin: T0 });
    const state = createProfileState(ws, 'ben', { email: 'ben@example.com' }, true);
    const first = apply(state, T0, { event: { name: 'signed_up' } });
    const bought = apply(state, T0 + 1000, { event: { name: 'order_placed' } });
    expect(bought.conversions).toEqual([{ journey: 'welcome', run: 1 }]);
    expect(bought.exited.map((x) => x.reason)).toEqual(['goal']);
    const timer = first.timers[0];
    if (!timer) throw new Error('no timer');
    const late = apply(state, timer.at, { timer: timer.timer });
    expect(late.emails).toEqual([]);
    expect(late.steps).toEqual([]);
  });
});
