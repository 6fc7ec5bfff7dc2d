// Every decision carries its reason into the trace: the entry's `kind`, its
// `reason` as data and the same reason as a sentence. A condition names the
// sub-condition that decided; a split its variant and hash draw; an email
// held by the cap says until when, and says so again when it goes; each kind
// of suppression, and each way a run ends early, says which it was.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TraceEntry, TraceKind } from '../engine/types.ts';
import type { JourneySettings } from '../model/journey.ts';
import type { JourneyNode } from '../model/nodes.ts';
import type { SimulationResult } from './output.ts';
import { journey, line, persona, personasFile, play, workspace } from './test-kit.ts';

const on = (event: string): JourneyNode => ({ id: 'start', type: 'trigger', on: 'event', event });
const email = (id = 'e'): JourneyNode => ({ id, type: 'email', template: 't', subject: id });
const ev = (at: string, name: string) => ({ at, name });

/** The persona's trace entries of one kind, optionally at one node. */
function traced(r: SimulationResult, id: string, kind: TraceKind, node?: string): TraceEntry[] {
  const all = r.trace[id];
  if (!all) throw new Error(`no trace for ${id}`);
  return all.filter((t) => t.kind === kind && (node === undefined || t.node === node));
}

describe('a condition names the sub-condition that decided', () => {
  // vip AND (gold OR NOT ordered)
  const cond: JourneyNode = {
    id: 'c',
    type: 'condition',
    if: {
      all: [
        { tag: 'vip' },
        {
          any: [{ property: 'tier', op: 'eq', value: 'gold' }, { not: { event: 'order_placed' } }],
        },
      ],
    },
  };
  const j = journey(
    'j',
    [on('go'), cond, email('yes'), email('no')],
    [
      ['start', 'c'],
      ['c', 'yes', 'yes'],
      ['c', 'no', 'no'],
    ],
  );
  const buyer = (id: string, profile: Record<string, unknown>) =>
    persona(id, [ev('+PT0S', 'order_placed'), ev('+PT1H', 'go')], {
      profile: { email: `${id}@example.com`, ...profile },
    });
  const r = play(
    workspace([j]),
    personasFile([
      buyer('gold', { tags: ['vip'], tier: 'gold' }),
      buyer('silver', { tags: ['vip'], tier: 'silver' }),
      persona('plain', [ev('+PT1H', 'go')]),
    ]),
  );
  const ordered = {
    kind: 'event',
    ok: true,
    event: 'order_placed',
    seen: 1,
    count: { op: 'gte', value: 1 },
  };

  it('yes: every part of the all, and the alternative of the any that held', () => {
    expect(traced(r, 'gold', 'step', 'c')).toEqual([
      {
        at: '2026-03-02T10:00:00Z',
        persona: 'gold',
        journey: 'j',
        node: 'c',
        kind: 'step',
        reason: {
          code: 'condition',
          port: 'yes',
          explanation: {
            kind: 'all',
            ok: true,
            items: [
              { kind: 'tag', ok: true, tag: 'vip' },
              {
                kind: 'any',
                ok: true,
                items: [
                  {
                    kind: 'property',
                    ok: true,
                    property: 'tier',
                    op: 'eq',
                    value: 'gold',
                    actual: 'gold',
                  },
                  { kind: 'not', ok: false, item: ordered },
                ],
              },
            ],
          },
        },
        text: 'took Yes: has the tag "vip"; and tier is "gold" holds (it is "gold")',
      },
    ]);
  });

  it('no: the part of the all that failed, here the any with each alternative that failed', () => {
    const [step] = traced(r, 'silver', 'step', 'c');
    expect(step?.reason).toMatchObject({
      code: 'condition',
      port: 'no',
      explanation: {
        kind: 'all',
        ok: false,
        items: [
          { kind: 'tag', ok: true },
          {
            kind: 'any',
            ok: false,
            items: [
              { kind: 'property', ok: false, actual: 'silver' },
              { kind: 'not', ok: false, item: ordered },
            ],
          },
        ],
      },
    });
    expect(step?.text).toBe(
      'took No: tier is "gold" does not hold (it is "silver"); nor not so: did order_placed 1 time, needed at least 1',
    );
  });

  it('no: only the failing first part when it alone decided', () => {
    const [step] = traced(r, 'plain', 'step', 'c');
    expect(step?.reason).toMatchObject({
      code: 'condition',
      port: 'no',
      explanation: {
        kind: 'all',
        ok: false,
        items: [
          { kind: 'tag', ok: false, tag: 'vip' },
          { kind: 'any', ok: true },
        ],
      },
    });
    expect(step?.text).toBe('took No: does not have the tag "vip"');
  });
});

describe('a split records its variant and its hash draw', () => {
  it('the draw is SHA-256 of seed:journey:node:profile id, first 8 bytes over 2^64', () => {
    const split: JourneyNode = {
      id: 'ab',
      type: 'split',
      variants: [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
        { key: 'c', weight: 2 },
      ],
    };
    const j = journey(
      'j',
      [on('go'), split, email('ea'), email('eb'), email('ec')],
      [
        ['start', 'ab'],
        ['ab', 'ea', 'a'],
        ['ab', 'eb', 'b'],
        ['ab', 'ec', 'c'],
      ],
    );
    const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
    const r = play(workspace([j]), personasFile(ids.map((id) => persona(id, [ev('+PT0S', 'go')]))));
    const ports = new Set<string>();
    for (const id of ids) {
      const digest = createHash('sha256').update(`42:j:ab:${id}@example.com`).digest();
      const draw = Number(digest.readBigUInt64BE(0)) / 2 ** 64;
      const port = draw < 0.25 ? 'a' : draw < 0.5 ? 'b' : 'c';
      ports.add(port);
      expect(traced(r, id, 'step', 'ab')).toEqual([
        {
          at: '2026-03-02T09:00:00Z',
          persona: id,
          journey: 'j',
          node: 'ab',
          kind: 'step',
          reason: { code: 'split', port, draw },
          text: `took variant "${port}" (hash draw ${draw.toFixed(4)})`,
        },
      ]);
    }
    // The people chosen show more than one variant.
    expect(ports.size).toBeGreaterThan(1);
  });
});

describe('the frequency cap', () => {
  const cap = { frequencyCap: { max: 1, per: 'P1D' } };
  const two = (alpha: JourneySettings) => [
    line('alpha', [on('go'), email('ea')], alpha),
    line('beta', [on('go'), email('eb')], { priority: 5 }),
  ];

  it('delay: held until the instant the cap frees, then released there', () => {
    const r = play(
      workspace(two({ frequencyCap: 'delay' }), { settings: cap }),
      personasFile([persona('ana', [ev('+PT0S', 'go')])]),
    );
    const where = { persona: 'ana', journey: 'alpha', node: 'ea' };
    expect(traced(r, 'ana', 'held')).toEqual([
      {
        ...where,
        at: '2026-03-02T09:00:00Z',
        kind: 'held',
        reason: { code: 'held', by: 'frequency-cap', until: '2026-03-03T09:00:00Z' },
        text: 'held t by the frequency cap until 2026-03-03T09:00:00Z',
      },
    ]);
    expect(traced(r, 'ana', 'released')).toEqual([
      {
        ...where,
        at: '2026-03-03T09:00:00Z',
        kind: 'released',
        reason: { code: 'released', heldSince: '2026-03-02T09:00:00Z' },
        text: 'released t, held since 2026-03-02T09:00:00Z',
      },
    ]);
    expect(traced(r, 'ana', 'email', 'ea').map((t) => t.at)).toEqual(['2026-03-03T09:00:00Z']);
  });

  it('skip: a suppression with reason frequency-cap', () => {
    const r = play(
      workspace(two({}), { settings: cap }),
      personasFile([persona('ana', [ev('+PT0S', 'go')])]),
    );
    expect(traced(r, 'ana', 'suppressed')).toEqual([
      {
        at: '2026-03-02T09:00:00Z',
        persona: 'ana',
        journey: 'alpha',
        node: 'ea',
        kind: 'suppressed',
        reason: { code: 'suppressed', reason: 'frequency-cap', template: 't' },
        text: 'did not send t: the frequency cap was reached',
      },
    ]);
    expect(traced(r, 'ana', 'held')).toEqual([]);
  });
});

describe('suppressions say why', () => {
  it('unsubscribed, a missing address, an address on the suppression list', () => {
    const j = line('j', [on('go'), email()]);
    // A profile loses its address through an update (a persona file cannot leave it out).
    const drop = line('drop', [on('drop'), { id: 'u', type: 'update', unset: ['email'] }]);
    const settings = {
      suppressions: [{ email: 'bounced@example.com', reason: 'hard-bounce' as const }],
    };
    const r = play(
      workspace([j, drop], { settings }),
      personasFile([
        persona('gone', [ev('+PT0S', 'unsubscribed'), ev('+PT1H', 'go')]),
        persona('nobody', [ev('+PT0S', 'drop'), ev('+PT1H', 'go')]),
        persona('bounced', [ev('+PT0S', 'go')]),
      ]),
    );
    const one = (id: string) => {
      const [s] = traced(r, id, 'suppressed');
      return s && { journey: s.journey, node: s.node, reason: s.reason, text: s.text };
    };
    const where = { journey: 'j', node: 'e' };
    expect(one('gone')).toEqual({
      ...where,
      reason: { code: 'suppressed', reason: 'unsubscribed', template: 't' },
      text: 'did not send t: the profile unsubscribed',
    });
    expect(one('nobody')).toEqual({
      ...where,
      reason: { code: 'suppressed', reason: 'missing-email', template: 't' },
      text: 'did not send t: the profile has no email address',
    });
    expect(one('bounced')).toEqual({
      ...where,
      reason: { code: 'suppressed', reason: 'suppressed-address', template: 't' },
      text: 'did not send t: the address is on the suppression list',
    });
  });
});

describe('a run ended early says how', () => {
  const settings: JourneySettings = {
    goal: { event: 'order_placed', within: 'P1D' },
    exitWhen: [{ tag: 'stop' }, { event: 'order_placed', since: 'entry' }],
  };
  const j = line('j', [on('go'), { id: 'w', type: 'wait', for: 'P3D' }, email()], settings);
  const r = play(
    workspace([j]),
    personasFile([
      persona('buyer', [ev('+PT0S', 'go'), ev('+P1D', 'order_placed')]),
      persona('late', [ev('+PT0S', 'go'), ev('+P2D', 'order_placed')]),
      persona('gone', [ev('+PT0S', 'go'), ev('+P2D', 'unsubscribed')]),
    ]),
  );
  const exit = (id: string) => traced(r, id, 'exit');
  const where = { journey: 'j', node: 'w', kind: 'exit' };

  it('by its goal', () => {
    expect(exit('buyer')).toEqual([
      {
        ...where,
        at: '2026-03-03T09:00:00Z',
        persona: 'buyer',
        reason: { code: 'goal', event: 'order_placed' },
        text: 'reached the goal of j: did order_placed',
      },
    ]);
  });

  it('by an exit condition, naming the one that held', () => {
    expect(exit('late')).toEqual([
      {
        ...where,
        at: '2026-03-04T09:00:00Z',
        persona: 'late',
        reason: { code: 'exit-condition', condition: { event: 'order_placed', since: 'entry' } },
        text: 'left j by its exit condition: did order_placed 1 time since entering the journey, needed at least 1',
      },
    ]);
  });

  it('by unsubscribing', () => {
    expect(exit('gone')).toEqual([
      {
        ...where,
        at: '2026-03-04T09:00:00Z',
        persona: 'gone',
        reason: { code: 'unsubscribed' },
        text: 'left: the profile unsubscribed',
      },
    ]);
  });

  it('a goal that does not end the run is its own entry', () => {
    const k = line('k', [on('go'), { id: 'w', type: 'wait', for: 'P3D' }, email()], {
      goal: { event: 'order_placed', exit: false },
    });
    const q = play(
      workspace([k]),
      personasFile([persona('ana', [ev('+PT0S', 'go'), ev('+P1D', 'order_placed')])]),
    );
    expect(traced(q, 'ana', 'goal')).toEqual([
      {
        at: '2026-03-03T09:00:00Z',
        persona: 'ana',
        journey: 'k',
        node: 'w',
        kind: 'goal',
        reason: { code: 'goal', event: 'order_placed' },
        text: 'reached the goal of k: did order_placed',
      },
    ]);
    expect(traced(q, 'ana', 'exit').map((t) => t.reason.code)).toEqual(['completed']);
  });
});
