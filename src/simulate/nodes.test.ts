// Every node kind through the simulator (spec: "Node types", "Waits and nodes").
// The workspace zone is Europe/Lisbon, which is UTC until 29 March 2026.
import { describe, expect, it } from 'vitest';
import { hashFraction, pickWeighted } from '../engine/sha256.ts';
import type { JourneyNode } from '../model/nodes.ts';
import type { ScriptedEvent } from '../model/personas.ts';
import {
  emails,
  journey,
  line,
  path,
  persona,
  personaOut,
  personasFile,
  play,
  runs,
  workspace,
} from './test-kit.ts';

const start: JourneyNode = { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' };
const email = (id: string, subject = id): JourneyNode => ({
  id,
  type: 'email',
  template: 't',
  subject,
});
const signup = [{ at: '+PT0S', name: 'signed_up' }];

describe('wait', () => {
  it('for a duration', () => {
    const r = play(
      workspace([line('j', [start, { id: 'w', type: 'wait', for: 'PT1H' }, email('e')])]),
      personasFile([persona('ana', signup)]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T10:00:00Z j/e "e"']);
  });

  it('until the next clock time on a listed weekday (2 March 2026 is a Monday)', () => {
    const wait: JourneyNode = {
      id: 'w',
      type: 'wait',
      until: { time: '09:00', weekdays: ['fri'] },
    };
    const r = play(
      workspace([line('j', [start, wait, email('e')])]),
      personasFile([persona('ana', signup)]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-06T09:00:00Z j/e "e"']);
  });

  it('until a clock time: strictly after now, in the profile timezone', () => {
    const wait: JourneyNode = { id: 'w', type: 'wait', until: { time: '09:00' } };
    const ny = persona('ny', signup, {
      profile: { email: 'ny@example.com', timezone: 'America/New_York' },
    });
    const r = play(
      workspace([line('j', [start, wait, email('e')])]),
      personasFile([persona('ana', signup), ny]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-03T09:00:00Z j/e "e"']);
    expect(emails(personaOut(r, 'ny'))).toEqual(['2026-03-02T14:00:00Z j/e "e"']);
  });

  it('until an event property plus offset; at once when passed, missing or not an instant', () => {
    const wait: JourneyNode = {
      id: 'w',
      type: 'wait',
      until: { property: 'event.starts_at', offset: '-P1D' },
    };
    const j = line('j', [start, wait, email('e')], { reentry: 'always' });
    const at = (starts_at: string | number | undefined): ScriptedEvent[] => [
      {
        at: '+PT0S',
        name: 'signed_up',
        properties: starts_at === undefined ? {} : { starts_at },
      },
    ];
    const r = play(
      workspace([j]),
      personasFile([
        persona('later', at('2026-03-05T18:00:00Z')),
        persona('passed', at('2026-03-02T18:00:00Z')),
        persona('missing', at(undefined)),
        persona('junk', at('next week')),
        // The node keeps the last text it read: the same one again, then an earlier one.
        persona('junk-again', at('next week')),
        persona('number', at(1772470800000)),
        persona('later-again', at('2026-03-05T18:00:00Z')),
      ]),
    );
    for (const id of ['later', 'later-again'])
      expect(emails(personaOut(r, id))).toEqual(['2026-03-04T18:00:00Z j/e "e"']);
    for (const id of ['passed', 'missing', 'junk', 'junk-again', 'number']) {
      expect(emails(personaOut(r, id))).toEqual(['2026-03-02T09:00:00Z j/e "e"']);
    }
  });

  it('until a profile property', () => {
    const wait: JourneyNode = {
      id: 'w',
      type: 'wait',
      until: { property: 'profile.trial_ends_at' },
    };
    const p = persona('ana', signup, {
      profile: { email: 'ana@example.com', trial_ends_at: '2026-03-09T12:00:00Z' },
    });
    const r = play(workspace([line('j', [start, wait, email('e')])]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-09T12:00:00Z j/e "e"']);
  });
});

describe('waitFor', () => {
  const waitFor: JourneyNode = {
    id: 'wf',
    type: 'waitFor',
    event: 'email_opened',
    where: { template: 't' },
    timeout: 'P2D',
  };
  const j = journey(
    'j',
    [start, email('e1'), waitFor, email('yes'), email('no')],
    [
      ['start', 'e1'],
      ['e1', 'wf'],
      ['wf', 'yes', 'event'],
      ['wf', 'no', 'timeout'],
    ],
  );

  it('leaves by "event" when the event comes, by "timeout" otherwise', () => {
    const opener = persona('opener', signup, {
      reactions: [{ when: { event: 'email_sent' }, then: 'email_opened', after: 'PT3H' }],
    });
    const r = play(workspace([j]), personasFile([opener, persona('silent', signup)]));
    expect(emails(personaOut(r, 'opener'))).toEqual([
      '2026-03-02T09:00:00Z j/e1 "e1"',
      '2026-03-02T12:00:00Z j/yes "yes"',
    ]);
    expect(emails(personaOut(r, 'silent'))).toEqual([
      '2026-03-02T09:00:00Z j/e1 "e1"',
      '2026-03-04T09:00:00Z j/no "no"',
    ]);
  });

  it('an event at the very instant of the timeout wins (events come before timers)', () => {
    const p = persona('edge', [
      ...signup,
      { at: '+P2D', name: 'email_opened', properties: { template: 't' } },
    ]);
    const r = play(workspace([j]), personasFile([p]));
    expect(path(personaOut(r, 'edge'))).toContain('j/wf:event');
  });

  it('ignores events from before the run reached it, and events that fail `where`', () => {
    const p = persona('early', [
      { at: '+PT0S', name: 'email_opened', properties: { template: 't' } },
      { at: '+PT0S', name: 'signed_up' },
      { at: '+PT1H', name: 'email_opened', properties: { template: 'other' } },
    ]);
    const r = play(workspace([j]), personasFile([p]));
    expect(path(personaOut(r, 'early'))).toContain('j/wf:timeout');
  });
});

describe('condition, split, update, exit', () => {
  it('condition takes yes or no and the trace says why', () => {
    const cond: JourneyNode = {
      id: 'c',
      type: 'condition',
      if: { property: 'tier', op: 'eq', value: 'gold' },
    };
    const j = journey(
      'j',
      [start, cond, email('gold'), email('other')],
      [
        ['start', 'c'],
        ['c', 'gold', 'yes'],
        ['c', 'other', 'no'],
      ],
    );
    const gold = persona('g', signup, { profile: { email: 'g@example.com', tier: 'gold' } });
    const r = play(workspace([j]), personasFile([gold, persona('s', signup)]));
    expect(path(personaOut(r, 'g'))).toEqual(['j/start:out', 'j/c:yes', 'j/gold:out']);
    expect(path(personaOut(r, 's'))).toEqual(['j/start:out', 'j/c:no', 'j/other:out']);
    const step = r.trace.s?.find((t) => t.kind === 'step' && t.node === 'c');
    expect(step?.text).toBe('took No: tier is "gold" does not hold (it is missing)');
  });

  it('split picks by SHA-256 of seed:journey:node:profile id over the cumulative weights', () => {
    const split: JourneyNode = {
      id: 'ab',
      type: 'split',
      variants: [
        { key: 'a', weight: 30 },
        { key: 'b', weight: 70 },
      ],
    };
    const j = journey(
      'j',
      [start, split, email('ea'), email('eb')],
      [
        ['start', 'ab'],
        ['ab', 'ea', 'a'],
        ['ab', 'eb', 'b'],
      ],
    );
    const people = Array.from({ length: 12 }, (_, i) => persona(`p${i}`, signup));
    for (const seed of [42, 7]) {
      const r = play(workspace([j]), personasFile(people), seed);
      for (const p of people) {
        const u = hashFraction(`${seed}:j:ab:${p.id}@example.com`);
        const expected = pickWeighted(u, [30, 70]) === 0 ? 'j/ab:a' : 'j/ab:b';
        expect(path(personaOut(r, p.id))).toContain(expected);
      }
    }
  });

  it('update sets, unsets and tags; exit ends the run as completed', () => {
    const update: JourneyNode = {
      id: 'u',
      type: 'update',
      set: { tier: 'gold', 'address.city': 'Porto' },
      unset: ['old'],
      addTags: ['vip', 'a'],
      removeTags: ['b'],
    };
    const p = persona('ana', signup, {
      profile: { email: 'ana@example.com', old: 1, tags: ['a', 'b'], address: { zip: '1000' } },
    });
    const r = play(
      workspace([line('j', [start, update, { id: 'x', type: 'exit' }, email('never')])]),
      personasFile([p]),
    );
    const out = personaOut(r, 'ana');
    expect(out.profile).toEqual({
      email: 'ana@example.com',
      tags: ['a', 'vip'],
      address: { zip: '1000', city: 'Porto' },
      tier: 'gold',
    });
    expect(path(out)).toEqual(['j/start:out', 'j/u:out', 'j/x']);
    expect(runs(out)).toEqual(['j 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed']);
    expect(r.output.journeys.j?.nodes.never?.reached).toBe(0);
  });

  it('a port with no edge ends the run as completed', () => {
    const cond: JourneyNode = { id: 'c', type: 'condition', if: { tag: 'vip' } };
    const j = journey(
      'j',
      [start, cond, email('vip')],
      [
        ['start', 'c'],
        ['c', 'vip', 'yes'],
      ],
    );
    const r = play(workspace([j]), personasFile([persona('ana', signup)]));
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed',
    ]);
  });

  it('subjects render Liquid with profile and event; a missing variable renders empty', () => {
    const e = email('e', '{{ profile.first_name }}, {{ event.sku }}{{ profile.nope }}!');
    const p = persona('ana', [{ at: '+PT0S', name: 'signed_up', properties: { sku: 'A1' } }]);
    const r = play(workspace([line('j', [start, e])]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T09:00:00Z j/e "ana, A1!"']);
  });
});
