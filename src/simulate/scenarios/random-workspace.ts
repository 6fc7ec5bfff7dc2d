// fast-check arbitraries of small workspaces and personas, valid by
// construction: every edge points forward (so no cycle exists, let alone one
// that takes no time), every port belongs to its node, every node id and
// template exists. Used by the engine's property tests.
import fc from 'fast-check';
import type { WorkspaceBundle } from '../../model/bundle.ts';
import type { Condition } from '../../model/condition.ts';
import type { Journey, Reentry } from '../../model/journey.ts';
import type { JourneyNode } from '../../model/nodes.ts';
import type { Persona, PersonasFile } from '../../model/personas.ts';

export const START = '2026-03-02T09:00:00Z';
export const HORIZON_DAYS = 8;
const zones = ['Etc/UTC', 'Europe/Lisbon', 'Asia/Tokyo', 'America/New_York'] as const;
const eventNames = ['a', 'b', 'order_placed', 'email_opened'] as const;

type NodeSpec =
  | { kind: 'email' }
  | { kind: 'wait'; minutes: number }
  | { kind: 'waitFor'; event: string; minutes: number }
  | { kind: 'condition'; test: 'tag' | 'event' | 'opened' | 'segment' }
  | { kind: 'split'; weight: number }
  | { kind: 'update'; tag: string }
  | { kind: 'exit' };

const nodeSpec: fc.Arbitrary<NodeSpec> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'email' as const }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      minutes: fc.integer({ min: 1, max: 3 * 24 * 60 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('waitFor' as const),
      event: fc.constantFrom(...eventNames),
      minutes: fc.integer({ min: 1, max: 2 * 24 * 60 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('condition' as const),
      test: fc.constantFrom(
        'tag' as const,
        'event' as const,
        'opened' as const,
        'segment' as const,
      ),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('split' as const),
      weight: fc.integer({ min: 1, max: 99 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('update' as const),
      tag: fc.constantFrom('t1', 't2'),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'exit' as const }), weight: 1 },
);

const portsOf = (spec: NodeSpec): string[] => {
  switch (spec.kind) {
    case 'waitFor':
      return ['event', 'timeout'];
    case 'condition':
      return ['yes', 'no'];
    case 'split':
      return ['a', 'b'];
    case 'exit':
      return [];
    default:
      return ['out'];
  }
};

function toNode(id: string, spec: NodeSpec, journeyId: string): JourneyNode {
  switch (spec.kind) {
    case 'email':
      return {
        id,
        type: 'email',
        template: 't',
        subject: `{{ profile.first_name | default: 'you' }} ${journeyId}/${id}`,
      };
    case 'wait':
      return { id, type: 'wait', for: `PT${spec.minutes}M` };
    case 'waitFor':
      return { id, type: 'waitFor', event: spec.event, timeout: `PT${spec.minutes}M` };
    case 'condition':
      return {
        id,
        type: 'condition',
        if:
          spec.test === 'tag'
            ? { tag: 't1' }
            : spec.test === 'event'
              ? { event: 'a', within: 'P1D' }
              : spec.test === 'segment'
                ? { segment: 'recent-a' }
                : { email: 'opened' },
      };
    case 'split':
      return {
        id,
        type: 'split',
        variants: [
          { key: 'a', weight: spec.weight },
          { key: 'b', weight: 100 - spec.weight },
        ],
      };
    case 'update':
      return { id, type: 'update', addTags: [spec.tag] };
    case 'exit':
      return { id, type: 'exit' };
  }
}

const settings = fc.record({
  reentry: fc.constantFrom<Reentry>('never', 'always', { after: 'PT12H' }),
  priority: fc.integer({ min: 0, max: 3 }),
  frequencyCap: fc.constantFrom('skip' as const, 'delay' as const, 'ignore' as const),
  quietHours: fc.option(fc.constant({ from: '21:00', to: '08:00' }), { nil: null }),
  goal: fc.option(fc.constant({ event: 'order_placed', within: 'P2D' }), { nil: null }),
  exitWhen: fc.constantFrom<Condition[]>([], [{ event: 'b', since: 'entry' }]),
});

/** Mostly event triggers; some inactivity and segment ones, whose timers and windows differ. */
const triggerSpec = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b'), weight: 4 },
  { arbitrary: fc.constant('inactivity' as const), weight: 1 },
  { arbitrary: fc.constant('segment' as const), weight: 1 },
);

function toTrigger(kind: string): JourneyNode {
  if (kind === 'inactivity')
    return { id: 'start', type: 'trigger', on: 'inactivity', event: 'a', for: 'P2D' };
  if (kind === 'segment')
    return { id: 'start', type: 'trigger', on: 'segment', segment: 'recent-a' };
  return { id: 'start', type: 'trigger', on: 'event', event: kind };
}

const journeySpec = fc.record({
  trigger: triggerSpec,
  nodes: fc.array(nodeSpec, { minLength: 1, maxLength: 7 }),
  wiring: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
  settings,
});
type JourneySpec = typeof journeySpec extends fc.Arbitrary<infer T> ? T : never;

function buildJourney(id: string, spec: JourneySpec): Journey {
  const nodes: JourneyNode[] = [
    toTrigger(spec.trigger),
    ...spec.nodes.map((n, i) => toNode(`n${i}`, n, id)),
  ];
  const edges: Journey['edges'] = [{ from: 'start', to: 'n0' }];
  const k = spec.nodes.length;
  spec.nodes.forEach((n, i) => {
    portsOf(n).forEach((port, q) => {
      const raw = spec.wiring[(i * 2 + q) % spec.wiring.length] ?? 0;
      // Forward edges only, and some ports left open (the run completes there).
      if (i === k - 1 || raw % 3 === 0) return;
      const to = `n${i + 1 + (raw % (k - i - 1))}`;
      edges.push(port === 'out' ? { from: `n${i}`, to } : { from: `n${i}`, port, to });
    });
  });
  return {
    format: 'journey/v1',
    id,
    name: `Journey ${id}`,
    status: 'live',
    settings: spec.settings,
    nodes,
    edges,
  };
}

const eventSpec = fc.record({
  minutes: fc.integer({ min: 0, max: HORIZON_DAYS * 24 * 60 }),
  name: fc.oneof(
    // Mostly the triggers' own events, so that most cases have runs to check.
    { arbitrary: fc.constantFrom('a', 'b'), weight: 6 },
    { arbitrary: fc.constantFrom(...eventNames), weight: 4 },
    { arbitrary: fc.constant('unsubscribed'), weight: 1 },
  ),
});

const personaSpec = fc.record({
  zone: fc.constantFrom(...zones),
  named: fc.boolean(),
  events: fc.array(eventSpec, { minLength: 1, maxLength: 8 }),
  opens: fc.boolean(),
  buys: fc.boolean(),
});

function buildPersona(
  i: number,
  spec: typeof personaSpec extends fc.Arbitrary<infer T> ? T : never,
): Persona {
  const reactions: NonNullable<Persona['reactions']> = [];
  if (spec.opens)
    reactions.push({
      when: { event: 'email_sent' },
      then: 'email_opened',
      after: 'PT1H',
      chance: 0.5,
    });
  if (spec.buys)
    reactions.push({
      when: { event: 'email_opened' },
      then: 'order_placed',
      after: 'PT30M',
      chance: 0.5,
    });
  return {
    id: `p${i}`,
    profile: {
      email: `p${i}@example.com`,
      timezone: spec.zone,
      ...(spec.named ? { first_name: `P${i}` } : {}),
    },
    events: [...spec.events]
      .sort((x, y) => x.minutes - y.minutes)
      .map((e) => ({ at: `+PT${e.minutes}M`, name: e.name })),
    reactions,
  };
}

export type RandomCase = { bundle: WorkspaceBundle; personas: PersonasFile };

export const randomCase: fc.Arbitrary<RandomCase> = fc
  .record({
    zone: fc.constantFrom(...zones),
    cap: fc.option(
      fc.record({ max: fc.integer({ min: 1, max: 2 }), per: fc.constantFrom('PT6H', 'P1D') }),
      { nil: null },
    ),
    journeys: fc.array(journeySpec, { minLength: 1, maxLength: 3 }),
    personas: fc.array(personaSpec, { minLength: 1, maxLength: 3 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((c) => ({
    bundle: {
      settings: {
        format: 'workspace/v1',
        name: 'Random',
        timezone: c.zone,
        sender: { name: 'Random', email: 'hello@random.example' },
        frequencyCap: c.cap,
        unsubscribeUrl: 'https://random.example/u?e={{ profile.email | url_encode }}',
      },
      journeys: c.journeys.map((j, i) => buildJourney(`j${i}`, j)),
      templates: [{ id: 't', mjml: '<mjml><mj-body><mj-text>Hi</mj-text></mj-body></mjml>' }],
      segments: [
        {
          format: 'segment/v1',
          id: 'recent-a',
          name: 'Did a lately',
          condition: { event: 'a', within: 'P1D' },
        },
      ],
      personaSets: [],
    },
    personas: {
      format: 'personas/v1',
      start: START,
      horizon: `P${HORIZON_DAYS}D`,
      seed: c.seed,
      personas: c.personas.map((p, i) => buildPersona(i, p)),
    },
  }));
