// The conditions evaluator: every form, window boundaries to the second, and
// the explanation a person reads ("did product_viewed 1 time …, needed 2").
import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { Condition } from '../model/condition.ts';
import { compileWorkspace, internEventKind } from './compile.ts';
import { type ConditionEnv, compileCondition, falseAtEntry } from './conditions.ts';
import { describeExplanation } from './describe.ts';
import { createProfileState, keepEvent, type Run } from './state.ts';
import type { JsonObject } from './values.ts';

const bundle: WorkspaceBundle = {
  settings: {
    format: 'workspace/v1',
    name: 'Test',
    timezone: 'Europe/Lisbon',
    sender: { name: 'Test', email: 'hello@test.example' },
  },
  journeys: [],
  templates: [],
  segments: [
    { format: 'segment/v1', id: 'buyers', name: 'Buyers', condition: { event: 'order_placed' } },
    {
      format: 'segment/v1',
      id: 'vip-buyers',
      name: 'VIP buyers',
      condition: { all: [{ segment: 'buyers' }, { tag: 'vip' }] },
    },
  ],
  personaSets: [],
};
const ws = compileWorkspace(bundle);
const NOW = Date.parse('2026-03-10T12:00:00Z');

function envWith(
  profile: JsonObject,
  events: [string, string, JsonObject?][],
  run: Partial<Run> | null = null,
): ConditionEnv {
  const state = createProfileState(ws, 'p', profile, true);
  for (const [name, at, properties] of events) {
    const ev = {
      name,
      at: Date.parse(at),
      seq: ++state.seq,
      properties: properties ?? {},
      prev: null,
    };
    keepEvent(state, internEventKind(ws, name), ev);
  }
  return { ws, state, now: NOW, run: run as Run | null };
}

const holds = (c: Condition, env: ConditionEnv) => {
  const compiled = compileCondition(c);
  const ok = compiled.test(env);
  expect(compiled.explain(env).ok).toBe(ok); // the fast path and the explanation agree
  return ok;
};

describe('property conditions', () => {
  const env = envWith(
    {
      email: 'a@x.example',
      tier: 'gold',
      spend: 120,
      name: 'Ana Lima',
      tags: ['vip'],
      address: { city: 'Porto' },
      empty: null,
    },
    [],
  );
  it.each<[Condition, boolean]>([
    [{ property: 'tier', op: 'eq', value: 'gold' }, true],
    [{ property: 'tier', op: 'ne', value: 'gold' }, false],
    [{ property: 'spend', op: 'gt', value: 100 }, true],
    [{ property: 'spend', op: 'gte', value: 120 }, true],
    [{ property: 'spend', op: 'lt', value: 120 }, false],
    [{ property: 'spend', op: 'lte', value: 120 }, true],
    [{ property: 'spend', op: 'gt', value: '100' }, false],
    [{ property: 'tier', op: 'in', value: ['gold', 'silver'] }, true],
    [{ property: 'name', op: 'contains', value: 'Lim' }, true],
    [{ property: 'tags', op: 'contains', value: 'vip' }, true],
    [{ property: 'name', op: 'startsWith', value: 'Ana' }, true],
    [{ property: 'address.city', op: 'eq', value: 'Porto' }, true],
    [{ property: 'tier', op: 'exists' }, true],
    [{ property: 'empty', op: 'exists' }, false],
    [{ property: 'missing', op: 'notExists' }, true],
    [{ property: 'missing', op: 'eq', value: 'x' }, false],
  ])('%j → %s', (c, expected) => {
    expect(holds(c, env)).toBe(expected);
  });
});

describe('event conditions', () => {
  const events: [string, string, JsonObject?][] = [
    ['product_viewed', '2026-03-08T12:00:00Z', { category: 'shoes' }], // exactly 48 h before now
    ['product_viewed', '2026-03-08T12:00:01Z', { category: 'shoes' }], // 1 s inside
    ['product_viewed', '2026-03-10T11:00:00Z', { category: 'bags' }],
  ];
  const env = envWith({ email: 'a@x.example' }, events);

  it('within: now - within < at <= now (an event exactly at the edge is outside)', () => {
    expect(
      holds(
        {
          event: 'product_viewed',
          where: { category: 'shoes' },
          count: { op: 'eq', value: 1 },
          within: 'PT48H',
        },
        env,
      ),
    ).toBe(true);
    expect(
      holds(
        {
          event: 'product_viewed',
          where: { category: 'shoes' },
          count: { op: 'eq', value: 2 },
          within: 'PT48H1S',
        },
        env,
      ),
    ).toBe(true);
  });

  it('counts with every operator; default is at least once, ever', () => {
    expect(holds({ event: 'product_viewed' }, env)).toBe(true);
    expect(holds({ event: 'order_placed' }, env)).toBe(false);
    expect(holds({ event: 'product_viewed', count: { op: 'gte', value: 3 } }, env)).toBe(true);
    expect(holds({ event: 'product_viewed', count: { op: 'lt', value: 3 } }, env)).toBe(false);
    expect(holds({ event: 'order_placed', count: { op: 'eq', value: 0 } }, env)).toBe(true);
  });

  it('since entry counts events after the one that started the run', () => {
    const run = { entrySeq: 2, journey: { id: 'j' } } as Partial<Run>;
    const inRun = envWith({ email: 'a@x.example' }, events, run);
    expect(
      holds({ event: 'product_viewed', since: 'entry', count: { op: 'eq', value: 1 } }, inRun),
    ).toBe(true);
  });

  it('explains with counts seen and needed', () => {
    const c = compileCondition({
      event: 'product_viewed',
      where: { category: 'shoes' },
      count: { op: 'gte', value: 2 },
      within: 'PT48H',
    });
    const text = describeExplanation(c.explain(env));
    expect(text).toBe(
      'did product_viewed (category = "shoes") 1 time in the last 48 hours, needed at least 2',
    );
  });
});

describe('tags, segments, email, combinators', () => {
  const env = envWith({ email: 'a@x.example', tags: ['vip'] }, [
    ['order_placed', '2026-03-09T10:00:00Z'],
    ['email_opened', '2026-03-09T11:00:00Z', { journey: 'j', node: 'e1', template: 't1' }],
  ]);

  it('tags and nested segments', () => {
    expect(holds({ tag: 'vip' }, env)).toBe(true);
    expect(holds({ tag: 'gold' }, env)).toBe(false);
    expect(holds({ segment: 'vip-buyers' }, env)).toBe(true);
    expect(holds({ segment: 'no-such-segment' }, env)).toBe(false);
  });

  it('email opened/clicked: of this journey (and node), since the run entered', () => {
    const inRun = { ...env, run: { entrySeq: 0, journey: { id: 'j' } } as Run };
    expect(holds({ email: 'opened' }, inRun)).toBe(true);
    expect(holds({ email: 'opened', node: 'e1' }, inRun)).toBe(true);
    expect(holds({ email: 'opened', node: 'e2' }, inRun)).toBe(false);
    expect(holds({ email: 'clicked' }, inRun)).toBe(false);
    const other = { ...env, run: { entrySeq: 0, journey: { id: 'k' } } as Run };
    expect(holds({ email: 'opened' }, other)).toBe(false);
    const later = { ...env, run: { entrySeq: 2, journey: { id: 'j' } } as Run };
    expect(holds({ email: 'opened' }, later)).toBe(false);
  });

  it('all / any / not, and the deciding part in the explanation', () => {
    expect(holds({ all: [{ tag: 'vip' }, { event: 'order_placed' }] }, env)).toBe(true);
    expect(holds({ all: [] }, env)).toBe(true);
    expect(holds({ any: [] }, env)).toBe(false);
    expect(holds({ any: [{ tag: 'gold' }, { tag: 'vip' }] }, env)).toBe(true);
    expect(holds({ not: { tag: 'vip' } }, env)).toBe(false);
    const c = compileCondition({ all: [{ tag: 'vip' }, { tag: 'gold' }] });
    expect(describeExplanation(c.explain(env))).toBe('does not have the tag "gold"');
  });
});

describe('falseAtEntry', () => {
  // A profile with a full history before the run entered: only what counts
  // since entry can be known false by the condition's form.
  const before = envWith({ tags: ['vip'] }, [
    ['order_placed', '2026-03-09T10:00:00Z'],
    ['email_opened', '2026-03-09T11:00:00Z', { journey: 'j', node: 'e1' }],
  ]);
  const atEntry = {
    ...before,
    run: { entrySeq: before.state.seq, journey: { id: 'j' } } as Run,
  };

  it('holds for counts since entry, a run’s own opens and clicks, and all/any of them', () => {
    const known: Condition[] = [
      { event: 'order_placed', since: 'entry' },
      { event: 'order_placed', since: 'entry', count: { op: 'gte', value: 2 } },
      { email: 'opened' },
      { all: [{ tag: 'vip' }, { event: 'order_placed', since: 'entry' }] },
      { any: [{ email: 'clicked' }, { event: 'order_placed', since: 'entry' }] },
    ];
    for (const c of known) {
      expect(falseAtEntry(c)).toBe(true);
      expect(holds(c, atEntry)).toBe(false);
    }
  });

  it('does not claim what the profile or the history before entry decides', () => {
    const unknown: Condition[] = [
      { event: 'order_placed' },
      { event: 'order_placed', since: 'entry', count: { op: 'lt', value: 1 } },
      { tag: 'vip' },
      { not: { event: 'order_placed', since: 'entry' } },
      { any: [] },
      { any: [{ tag: 'vip' }, { email: 'opened' }] },
    ];
    for (const c of unknown) expect(falseAtEntry(c)).toBe(false);
    expect(holds({ not: { event: 'order_placed', since: 'entry' } }, atEntry)).toBe(true);
  });
});
