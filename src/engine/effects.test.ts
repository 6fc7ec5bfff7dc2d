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

describe('profile changes come back as effects', () => {
  const vip: WorkspaceBundle = {
    ...bundle,
    journeys: [
      {
        format: 'journey/v1',
        id: 'vip',
        name: 'VIP',
        status: 'live',
        settings: {},
        nodes: [
          { id: 'start', type: 'trigger', on: 'attribute', property: 'tier', to: 'gold' },
          { id: 'tag', type: 'update', addTags: ['vip'], set: { perks: true } },
        ],
        edges: [{ from: 'start', to: 'tag' }],
      },
    ],
  };
  const ws = compileWorkspace(vip, { mode: 'live' });

  it('by identify and by the update node it set off, field by field, on the state passed in', () => {
    const { apply } = createEffectEngine({ ws, seed: 0, origin: T0 });
    const state = createProfileState(ws, 'cy', { email: 'cy@example.com', tier: 'silver' }, true);
    const fx = apply(state, T0, { event: { name: 'identify', properties: { tier: 'gold' } } });
    expect(fx.state).toBe(state);
    expect(fx.profileChanges).toEqual([
      { key: 'perks', from: undefined, to: true },
      { key: 'tags', from: undefined, to: ['vip'] },
      { key: 'tier', from: 'silver', to: 'gold' },
    ]);
    // The trace says which input or node made each change.
    expect(fx.trace.filter((t) => t.kind === 'profile').map((t) => t.text)).toEqual([
      'profile updated by identify: tier',
      'profile updated by vip/tag',
    ]);
    expect(
      apply(state, T0 + 1000, { event: { name: 'identify', properties: { tier: 'gold' } } })
        .profileChanges,
    ).toEqual([]);
  });
});

describe('the inputs of one instant', () => {
  // Two journeys on one event, each sending at once, under a cap of one a day:
  // the higher priority's email must go, whichever input came first.
  const twoJourneys: WorkspaceBundle = {
    ...bundle,
    journeys: ['low', 'high'].map((id) => ({
      format: 'journey/v1' as const,
      id,
      name: id,
      status: 'live' as const,
      settings: { priority: id === 'high' ? 9 : 1 },
      nodes: [
        { id: 'start', type: 'trigger' as const, on: 'event' as const, event: `${id}_event` },
        { id: 'e', type: 'email' as const, template: id, subject: id },
      ],
      edges: [{ from: 'start', to: 'e' }],
    })),
  };
  const ws = compileWorkspace(twoJourneys, { mode: 'live' });

  it('are all applied before any run advances, so the cap meets emails in priority order', () => {
    const { apply } = createEffectEngine({ ws, seed: 0, origin: T0 });
    const state = createProfileState(ws, 'di', { email: 'di@example.com' }, false);
    const fx = apply(state, T0, [
      { event: { name: 'low_event' } },
      { event: { name: 'high_event' } },
    ]);
    expect(fx.emails.map((m) => m.journey)).toEqual(['high']);
    expect(fx.suppressed.map((s) => [s.journey, s.reason])).toEqual([['low', 'frequency-cap']]);
  });
});
