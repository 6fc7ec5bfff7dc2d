// Journey settings and workspace rules: reentry, goal before exitWhen,
// priority with the cap (skip, delay, ignore), quiet hours, unsubscribes,
// the suppression list, a missing address, the horizon, the order of an instant.
import { describe, expect, it } from 'vitest';
import type { Json } from '../engine/values.ts';
import type { JourneySettings } from '../model/journey.ts';
import type { JourneyNode } from '../model/nodes.ts';
import type { Segment } from '../model/segment.ts';
import { simulateWorkspace } from './index.ts';
import {
  emails,
  line,
  persona,
  personaOut,
  personasFile,
  play,
  runs,
  suppressed,
  workspace,
} from './test-kit.ts';

const on = (event: string): JourneyNode => ({ id: 'start', type: 'trigger', on: 'event', event });
const email = (id = 'e'): JourneyNode => ({ id, type: 'email', template: 't', subject: id });
const wait = (d: string, id = 'w'): JourneyNode => ({ id, type: 'wait', for: d });
const ev = (at: string, name: string, properties?: Record<string, Json>) =>
  properties ? { at, name, properties } : { at, name };

describe('reentry', () => {
  const journeyWith = (reentry: JourneySettings['reentry']) =>
    line('j', [on('go'), wait('PT1H'), email()], { reentry });
  const twice = persona('ana', [ev('+PT0S', 'go'), ev('+PT30M', 'go'), ev('+PT2H', 'go')]);

  it('never: once ever; always: again after leaving, never twice at once', () => {
    const never = play(workspace([journeyWith('never')]), personasFile([twice]));
    expect(runs(personaOut(never, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T10:00:00Z completed',
    ]);
    const always = play(workspace([journeyWith('always')]), personasFile([twice]));
    expect(runs(personaOut(always, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T10:00:00Z completed',
      'j 2026-03-02T11:00:00Z → 2026-03-02T12:00:00Z completed',
    ]);
    const refused = always.trace.ana?.find((t) => t.kind === 'not-entered');
    expect(refused?.reason).toMatchObject({ why: 'already-in' });
  });

  it('after: allowed when now - last exit >= after, to the second', () => {
    const p = persona('ana', [ev('+PT0S', 'go'), ev('+P1DT1H', 'go'), ev('+P1DT1H1S', 'go')]);
    const r = play(
      workspace([line('j', [on('go'), wait('PT1H1S'), email()], { reentry: { after: 'P1D' } })]),
      personasFile([p]),
    );
    // First exit 10:00:01; 1 day later is 10:00:01 the next day: 10:00:00 is refused, 10:00:01 enters.
    expect(runs(personaOut(r, 'ana')).map((x) => x.split(' ')[1])).toEqual([
      '2026-03-02T09:00:00Z',
      '2026-03-03T10:00:01Z',
    ]);
  });
});

describe('goal and exitWhen', () => {
  const settings: JourneySettings = {
    goal: { event: 'order_placed', within: 'P1D' },
    exitWhen: [{ event: 'order_placed', since: 'entry' }],
  };
  const j = line('j', [on('cart'), wait('P3D'), email()], settings);

  it('an event meeting both ends the run as goal and counts a conversion', () => {
    const r = play(
      workspace([j]),
      personasFile([persona('ana', [ev('+PT0S', 'cart'), ev('+P1D', 'order_placed')])]),
    );
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z goal',
    ]);
    expect(r.output.journeys.j?.conversions).toBe(1);
  });

  it('after `within` it is no conversion, and exitWhen ends the run', () => {
    const r = play(
      workspace([j]),
      personasFile([persona('ana', [ev('+PT0S', 'cart'), ev('+P1DT1S', 'order_placed')])]),
    );
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-03T09:00:01Z exit-condition',
    ]);
    expect(r.output.journeys.j?.conversions).toBe(0);
  });

  it('since entry excludes the event that started the run; "exit": false counts and goes on', () => {
    const k = line('k', [on('order_placed'), wait('P2D'), email()], {
      exitWhen: [{ event: 'order_placed', since: 'entry' }],
      goal: { event: 'review', exit: false },
    });
    const r = play(
      workspace([k]),
      personasFile([
        persona('ana', [
          ev('+PT0S', 'order_placed'),
          ev('+P1D', 'review'),
          ev('+P1DT1H', 'review'),
        ]),
      ]),
    );
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'k 2026-03-02T09:00:00Z → 2026-03-04T09:00:00Z completed',
    ]);
    expect(r.output.journeys.k?.conversions).toBe(1);
  });
});

describe('frequency cap and priority', () => {
  const cap = { frequencyCap: { max: 1, per: 'P1D' } };
  const two = (a: JourneySettings, b: JourneySettings) => [
    line('alpha', [on('go'), email('ea')], a),
    line('beta', [on('go'), email('eb')], b),
  ];
  const go = persona('ana', [ev('+PT0S', 'go')]);

  it('skip: the higher-priority journey’s email goes, the other is suppressed', () => {
    const r = play(
      workspace(two({ priority: 1 }, { priority: 5 }), { settings: cap }),
      personasFile([go]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T09:00:00Z beta/eb "eb"']);
    expect(suppressed(personaOut(r, 'ana'))).toEqual([
      '2026-03-02T09:00:00Z alpha/ea frequency-cap',
    ]);
  });

  it('ties go to the journey id that sorts first', () => {
    const r = play(workspace(two({}, {}), { settings: cap }), personasFile([go]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T09:00:00Z alpha/ea "ea"']);
  });

  it('delay: sent as soon as the cap allows (the window is now - per < t <= now)', () => {
    const r = play(
      workspace(two({ frequencyCap: 'delay' }, { priority: 5 }), { settings: cap }),
      personasFile([go]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-02T09:00:00Z beta/eb "eb"',
      '2026-03-03T09:00:00Z alpha/ea "ea"',
    ]);
    expect(suppressed(personaOut(r, 'ana'))).toEqual([]);
  });

  it('ignore: neither blocked by nor counted against the cap', () => {
    const r = play(
      workspace(two({ frequencyCap: 'ignore', priority: 9 }, {}), { settings: cap }),
      personasFile([go]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-02T09:00:00Z alpha/ea "ea"',
      '2026-03-02T09:00:00Z beta/eb "eb"',
    ]);
  });

  it('the window slides: one day later to the second the next email may go', () => {
    const j = line('j', [on('go'), email()], { reentry: 'always' });
    const p = persona('ana', [ev('+PT0S', 'go'), ev('+P1D', 'go'), ev('+P1DT12H', 'go')]);
    const r = play(workspace([j], { settings: cap }), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-02T09:00:00Z j/e "e"',
      '2026-03-03T09:00:00Z j/e "e"',
    ]);
    expect(suppressed(personaOut(r, 'ana'))).toEqual(['2026-03-03T21:00:00Z j/e frequency-cap']);
  });
});

describe('quiet hours', () => {
  it('holds an email due inside [from, to) until `to` in the profile timezone', () => {
    const j = line('j', [on('go'), email()], { quietHours: { from: '21:00', to: '08:00' } });
    const lis = persona('lis', [ev('2026-03-02T22:00:00Z', 'go')]);
    const ny = persona('ny', [ev('2026-03-02T22:00:00Z', 'go')], {
      profile: { email: 'ny@example.com', timezone: 'America/New_York' },
    });
    const r = play(workspace([j]), personasFile([lis, ny]));
    expect(emails(personaOut(r, 'lis'))).toEqual(['2026-03-03T08:00:00Z j/e "e"']);
    expect(emails(personaOut(r, 'ny'))).toEqual(['2026-03-02T22:00:00Z j/e "e"']); // 17:00 in New York
    expect(r.trace.lis?.find((t) => t.kind === 'held')?.reason).toMatchObject({
      by: 'quiet-hours',
      until: '2026-03-03T08:00:00Z',
    });
  });

  it('the run waits at the email node while held: a goal reached meanwhile ends it', () => {
    const j = line(
      'j',
      [on('go'), email(), { id: 'after', type: 'email', template: 't', subject: 'after' }],
      {
        quietHours: { from: '21:00', to: '08:00' },
        goal: { event: 'bought' },
      },
    );
    const p = persona('ana', [
      ev('2026-03-02T22:00:00Z', 'go'),
      ev('2026-03-03T07:00:00Z', 'bought'),
    ]);
    const r = play(workspace([j]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual([]);
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T22:00:00Z → 2026-03-03T07:00:00Z goal',
    ]);
  });

  it('from equal to to means none', () => {
    const j = line('j', [on('go'), email()], { quietHours: { from: '08:00', to: '08:00' } });
    const r = play(
      workspace([j]),
      personasFile([persona('ana', [ev('2026-03-02T22:00:00Z', 'go')])]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T22:00:00Z j/e "e"']);
  });
});

describe('unsubscribes and suppression', () => {
  it('unsubscribed ends every run; later runs record suppressions and go on', () => {
    const a = line('a', [on('go'), wait('P1D'), email('ea')]);
    const b = line('b', [on('later'), email('eb'), email('eb2')]);
    const p = persona('ana', [
      ev('+PT0S', 'go'),
      ev('+PT1H', 'unsubscribed'),
      ev('+PT2H', 'later'),
    ]);
    const r = play(workspace([a, b]), personasFile([p]));
    const out = personaOut(r, 'ana');
    expect(runs(out)).toEqual([
      'a 2026-03-02T09:00:00Z → 2026-03-02T10:00:00Z unsubscribed',
      'b 2026-03-02T11:00:00Z → 2026-03-02T11:00:00Z completed',
    ]);
    expect(emails(out)).toEqual([]);
    expect(suppressed(out)).toEqual([
      '2026-03-02T11:00:00Z b/eb unsubscribed',
      '2026-03-02T11:00:00Z b/eb2 unsubscribed',
    ]);
  });

  it('an address on the suppression list, and a profile without an address', () => {
    const j = line('j', [on('go'), { id: 'u', type: 'update', unset: ['email'] }, email()]);
    const k = line('b', [on('go'), email('ek')]);
    const settings = {
      suppressions: [{ email: 'Bounced@Example.com', reason: 'hard-bounce' as const }],
    };
    const r = play(
      workspace([j, k], { settings }),
      personasFile([persona('bounced', [ev('+PT0S', 'go')]), persona('ana', [ev('+PT0S', 'go')])]),
    );
    expect(suppressed(personaOut(r, 'bounced'))).toEqual([
      '2026-03-02T09:00:00Z b/ek suppressed-address',
      '2026-03-02T09:00:00Z j/e missing-email',
    ]);
    expect(suppressed(personaOut(r, 'ana'))).toEqual(['2026-03-02T09:00:00Z j/e missing-email']);
  });

  it('an address changed by identify is the one the next email goes to', () => {
    const j = line('j', [on('go'), email()]);
    const p = persona('ana', [
      ev('+PT0S', 'identify', { email: 'ana@new.example' }),
      ev('+PT1H', 'go'),
    ]);
    const r = play(workspace([j]), personasFile([p]));
    expect(personaOut(r, 'ana').emails.map((m) => m.to)).toEqual(['ana@new.example']);
  });
});

describe('exitWhen is asked after every event', () => {
  // The engine skips asking again when nothing the conditions read changed
  // since they last held false; these pin what that must not change.
  it('a condition already true at entry ends the run at the next event, whatever it is', () => {
    const j = line('j', [on('go'), email('e1'), wait('P1D'), email('e2')], {
      exitWhen: [{ event: 'order_placed' }],
    });
    const p = persona('ana', [ev('+PT0S', 'order_placed'), ev('+PT1H', 'go')]);
    const r = play(workspace([j]), personasFile([p]));
    // The first email's email_sent is the first event after entry: it ends the run.
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T10:00:00Z j/e1 "e1"']);
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T10:00:00Z → 2026-03-02T10:00:00Z exit-condition',
    ]);
  });

  it('an event it reads, after one it does not, ends the run', () => {
    const j = line('j', [on('go'), wait('PT1H'), email('e1')], {
      exitWhen: [{ event: 'order_placed', since: 'entry' }],
    });
    const p = persona('ana', [
      ev('+PT0S', 'go'),
      ev('+PT10M', 'page_viewed'),
      ev('+PT20M', 'order_placed'),
    ]);
    const r = play(workspace([j]), personasFile([p]));
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T09:20:00Z exit-condition',
    ]);
    expect(emails(personaOut(r, 'ana'))).toEqual([]);
  });

  it('a profile change between two unrelated events is seen at the next check', () => {
    const j = line('j', [on('go'), wait('PT1H'), email('e1'), wait('PT1H', 'w2'), email('e2')], {
      exitWhen: [{ property: 'plan', op: 'eq', value: 'cancelled' }],
    });
    const p = persona('ana', [
      ev('+PT0S', 'go'),
      ev('+PT10M', 'page_viewed'),
      ev('+PT90M', 'identify', { plan: 'cancelled' }),
    ]);
    const r = play(workspace([j]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T10:00:00Z j/e1 "e1"']);
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T10:30:00Z exit-condition',
    ]);
  });

  it('a profile changed by an update in another journey ends the run', () => {
    const j = line('j', [on('go'), wait('PT1H'), email('e1')], {
      exitWhen: [{ property: 'plan', op: 'eq', value: 'cancelled' }],
    });
    const k = line('k', [on('cancel'), { id: 'u', type: 'update', set: { plan: 'cancelled' } }]);
    const p = persona('ana', [
      ev('+PT0S', 'go'),
      ev('+PT10M', 'page_viewed'),
      ev('+PT20M', 'cancel'),
    ]);
    const r = play(workspace([j, k]), personasFile([p]));
    expect(runs(personaOut(r, 'ana'))).toContain(
      'j 2026-03-02T09:00:00Z → 2026-03-02T09:20:00Z exit-condition',
    );
    expect(emails(personaOut(r, 'ana'))).toEqual([]);
  });

  it('an event read only through a segment in the exit condition ends the run', () => {
    const j = line('j', [on('go'), wait('PT1H'), email('e1')], {
      exitWhen: [{ segment: 'buyers' }],
    });
    const buyers: Segment = {
      format: 'segment/v1',
      id: 'buyers',
      name: 'Buyers',
      condition: { event: 'order_placed' },
    };
    const p = persona('ana', [
      ev('+PT0S', 'go'),
      ev('+PT10M', 'page_viewed'),
      ev('+PT20M', 'order_placed'),
    ]);
    const r = play(workspace([j], { segments: [buyers] }), personasFile([p]));
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T09:20:00Z exit-condition',
    ]);
  });

  it('a profile change read only through a segment in the exit condition ends the run', () => {
    const j = line('j', [on('go'), wait('PT1H'), email('e1')], {
      exitWhen: [{ segment: 'cancelled' }],
    });
    const k = line('k', [on('cancel'), { id: 'u', type: 'update', set: { plan: 'cancelled' } }]);
    const cancelled: Segment = {
      format: 'segment/v1',
      id: 'cancelled',
      name: 'Cancelled',
      condition: { property: 'plan', op: 'eq', value: 'cancelled' },
    };
    const p = persona('ana', [
      ev('+PT0S', 'go'),
      ev('+PT10M', 'page_viewed'),
      ev('+PT20M', 'cancel'),
    ]);
    const r = play(workspace([j, k], { segments: [cancelled] }), personasFile([p]));
    expect(runs(personaOut(r, 'ana'))).toContain(
      'j 2026-03-02T09:00:00Z → 2026-03-02T09:20:00Z exit-condition',
    );
    expect(emails(personaOut(r, 'ana'))).toEqual([]);
  });

  it('a time window is asked again at every event: it can come true as time passes', () => {
    const j = line('j', [on('go'), wait('P3D'), email('e1'), wait('P3D', 'w2'), email('e2')], {
      exitWhen: [{ not: { event: 'logged_in', within: 'P2D' } }],
    });
    const p = persona('ana', [
      ev('+PT0S', 'logged_in'),
      ev('+PT0S', 'go'),
      ev('+P1D', 'page_viewed'),
      ev('+P2DT1H', 'page_viewed'),
    ]);
    const r = play(workspace([j]), personasFile([p]));
    // Nothing it reads changed by the second page view, but two days passed since the login.
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-04T10:00:00Z exit-condition',
    ]);
    expect(emails(personaOut(r, 'ana'))).toEqual([]);
  });
});

describe('the instant and the horizon', () => {
  it('events at one instant apply before any run advances (an exit condition met at the same instant)', () => {
    const j = line('j', [on('go'), email()], { exitWhen: [{ tag: 'stop' }] });
    const p = persona('ana', [ev('+PT0S', 'go'), ev('+PT0S', 'identify', { tags: ['stop'] })]);
    const r = play(workspace([j]), personasFile([p]));
    // The run started at "go"; identify (same instant, before it advanced) met the exit condition.
    expect(runs(personaOut(r, 'ana'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z exit-condition',
    ]);
    expect(emails(personaOut(r, 'ana'))).toEqual([]);
  });

  it('work due exactly at the end happens; a run still inside ends as horizon', () => {
    const j = line('j', [on('go'), wait('P1D'), email(), wait('P30D', 'w2'), email('e2')]);
    const r = play(
      workspace([j]),
      personasFile([persona('ana', [ev('+PT0S', 'go')])], { horizon: 'P1D' }),
    );
    const out = personaOut(r, 'ana');
    expect(emails(out)).toEqual(['2026-03-03T09:00:00Z j/e "e"']);
    expect(runs(out)).toEqual(['j 2026-03-02T09:00:00Z → null horizon']);
    expect(r.output.end).toBe('2026-03-03T09:00:00Z');
  });

  it('identify sets the profile and is kept as an event', () => {
    const j = line('j', [on('identify'), email()]);
    const r = play(
      workspace([j]),
      personasFile([persona('ana', [ev('+PT0S', 'identify', { plan: 'pro' })])]),
    );
    expect(personaOut(r, 'ana').profile).toMatchObject({ plan: 'pro' });
    expect(emails(personaOut(r, 'ana'))).toHaveLength(1);
  });
});

describe('what runs, and render problems', () => {
  it('paused journeys are not simulated and are left out of the counts', () => {
    const paused = { ...line('paused', [on('go'), email()]), status: 'paused' as const };
    const draft = { ...line('draft', [on('go'), email()]), status: 'draft' as const };
    const r = play(workspace([paused, draft]), personasFile([persona('ana', [ev('+PT0S', 'go')])]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T09:00:00Z draft/e "e"']);
    expect(Object.keys(r.output.journeys)).toEqual(['draft']);
  });

  it('a subject that fails to render still sends, records the error, and the run goes on', () => {
    const j = line('j', [
      on('go'),
      { id: 'e', type: 'email', template: 't', subject: '{{ oops' },
      email('e2'),
    ]);
    const failing = {
      renderSubject: (subject: string) => {
        if (subject.includes('oops')) throw new Error('unclosed output');
        return subject;
      },
    };
    const r = simulateWorkspace({
      bundle: workspace([j]),
      personas: personasFile([persona('ana', [ev('+PT0S', 'go')])]),
      renderer: failing,
    });
    const out = personaOut(r, 'ana');
    expect(out.emails.map((m) => [m.node, m.subject, m.error])).toEqual([
      ['e', '{{ oops', 'unclosed output'],
      ['e2', 'e2', undefined],
    ]);
    expect(runs(out)).toEqual(['j 2026-03-02T09:00:00Z → 2026-03-02T09:00:00Z completed']);
  });
});

describe('runaway loops', () => {
  it('journeys that restart each other without time passing stop with an error, not a hang', () => {
    const up = line(
      'up',
      [
        { id: 'start', type: 'trigger', on: 'attribute', property: 'x', to: 1 },
        { id: 'u', type: 'update', set: { x: 0 } },
      ],
      { reentry: 'always' },
    );
    const down = line(
      'down',
      [
        { id: 'start', type: 'trigger', on: 'attribute', property: 'x', to: 0 },
        { id: 'u', type: 'update', set: { x: 1 } },
      ],
      { reentry: 'always' },
    );
    const p = persona('ana', [ev('+PT0S', 'identify', { x: 1 })]);
    expect(() => play(workspace([up, down]), personasFile([p]))).toThrow(
      /without any time passing/,
    );
  });
});
