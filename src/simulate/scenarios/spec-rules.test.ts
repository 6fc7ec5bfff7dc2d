// Rules of spec/FORMAT.md that the seed scenarios do not reach, each on a
// workspace built in place: a goal that does not end the run, the suppression
// list, cohort ids and addresses, reactions passing email properties along a
// chain, and `identify` changing an attribute that starts a journey.
import { describe, expect, it } from 'vitest';
import type { WorkspaceBundle } from '../../model/bundle.ts';
import type { Journey } from '../../model/journey.ts';
import type { PersonasFile } from '../../model/personas.ts';
import { simulateWorkspace } from '../index.ts';
import {
  emailLines,
  personaOf,
  runLines,
  SimulationOutputShape,
  suppressedLines,
} from './harness.ts';

const settings: WorkspaceBundle['settings'] = {
  format: 'workspace/v1',
  name: 'Rules',
  timezone: 'Etc/UTC',
  sender: { name: 'Rules', email: 'hello@rules.example' },
  frequencyCap: null,
};

function bundle(
  journeys: Journey[],
  extra: Partial<WorkspaceBundle['settings']> = {},
): WorkspaceBundle {
  return {
    settings: { ...settings, ...extra },
    journeys,
    templates: [{ id: 't', mjml: '<mjml><mj-body><mj-text>Hi</mj-text></mj-body></mjml>' }],
    segments: [],
    personaSets: [],
  };
}

function twoEmails(
  id: string,
  trigger: Journey['nodes'][number],
  settingsOf: Journey['settings'] = {},
): Journey {
  return {
    format: 'journey/v1',
    id,
    name: id,
    status: 'draft',
    settings: settingsOf,
    nodes: [
      trigger,
      { id: 'e1', type: 'email', template: 't', subject: 'one' },
      { id: 'w', type: 'wait', for: 'P1D' },
      { id: 'e2', type: 'email', template: 't', subject: 'two' },
    ],
    edges: [
      { from: 'start', to: 'e1' },
      { from: 'e1', to: 'w' },
      { from: 'w', to: 'e2' },
    ],
  };
}

type Inputs = {
  horizon: string;
  personas?: PersonasFile['personas'];
  cohorts?: PersonasFile['cohorts'];
};

function run(b: WorkspaceBundle, personas: Inputs) {
  const { output } = simulateWorkspace({
    bundle: b,
    personas: { format: 'personas/v1', start: '2026-03-02T09:00:00Z', ...personas },
  });
  return SimulationOutputShape.parse(JSON.parse(JSON.stringify(output)));
}

describe('rules beyond the seeds', () => {
  it('a goal with "exit": false counts a conversion and the run goes on', () => {
    const out = run(
      bundle([
        twoEmails(
          'j',
          { id: 'start', type: 'trigger', on: 'event', event: 'go' },
          { goal: { event: 'buy', within: 'PT12H', exit: false } },
        ),
      ]),
      {
        horizon: 'P5D',
        personas: [
          {
            id: 'a',
            profile: { email: 'a@x.io' },
            events: [
              { at: '+PT0S', name: 'go' },
              { at: '+PT12H', name: 'buy' },
            ],
          },
        ],
      },
    );
    expect(out.journeys.j?.conversions).toBe(1);
    expect(runLines(personaOf(out, 'a'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z completed',
    ]);
    expect(emailLines(personaOf(out, 'a'))).toHaveLength(2);
  });

  it('a goal reached after `within` is no conversion (at - entry <= within)', () => {
    const out = run(
      bundle([
        twoEmails(
          'j',
          { id: 'start', type: 'trigger', on: 'event', event: 'go' },
          { goal: { event: 'buy', within: 'PT12H' } },
        ),
      ]),
      {
        horizon: 'P5D',
        personas: [
          {
            id: 'a',
            profile: { email: 'a@x.io' },
            events: [
              { at: '+PT0S', name: 'go' },
              { at: '+PT12H1S', name: 'buy' },
            ],
          },
        ],
      },
    );
    expect(out.journeys.j?.conversions).toBe(0);
    expect(runLines(personaOf(out, 'a'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z completed',
    ]);
  });

  it('suppresses an address on the workspace suppression list, case-insensitively, and goes on', () => {
    const out = run(
      bundle([twoEmails('j', { id: 'start', type: 'trigger', on: 'event', event: 'go' })], {
        suppressions: [{ email: 'bounced@x.io', reason: 'hard-bounce' }],
      }),
      {
        horizon: 'P5D',
        personas: [
          { id: 'b', profile: { email: 'Bounced@x.io' }, events: [{ at: '+PT0S', name: 'go' }] },
        ],
      },
    );
    const b = personaOf(out, 'b');
    expect(emailLines(b)).toEqual([]);
    expect(suppressedLines(b)).toEqual([
      '2026-03-02T09:00:00Z j/e1 suppressed-address',
      '2026-03-03T09:00:00Z j/e2 suppressed-address',
    ]);
  });

  it('names cohort members <cohort>-<n> with addresses under .invalid, and counts them', () => {
    const out = run(
      bundle([twoEmails('j', { id: 'start', type: 'trigger', on: 'event', event: 'go' })]),
      {
        horizon: 'P5D',
        cohorts: [{ id: 'crowd', count: 3, events: [{ at: '+PT0S', name: 'go' }] }],
      },
    );
    expect(out.personas.map((p) => p.id)).toEqual(['crowd-1', 'crowd-2', 'crowd-3']);
    expect(personaOf(out, 'crowd-2').emails[0]?.to).toBe('crowd-2@example.invalid');
    expect(out.journeys.j?.entered).toBe(3);
    expect(out.journeys.j?.nodes.e2?.reached).toBe(3);
  });

  it('passes journey, node and template along a chain of email reactions', () => {
    const clicked: Journey = {
      format: 'journey/v1',
      id: 'after-click',
      name: 'After a click',
      status: 'draft',
      nodes: [
        {
          id: 'start',
          type: 'trigger',
          on: 'event',
          event: 'email_clicked',
          where: { journey: 'j', node: 'e2', template: 't' },
        },
        { id: 'thanks', type: 'email', template: 't', subject: 'thanks' },
      ],
      edges: [{ from: 'start', to: 'thanks' }],
    };
    const out = run(
      bundle([twoEmails('j', { id: 'start', type: 'trigger', on: 'event', event: 'go' }), clicked]),
      {
        horizon: 'P5D',
        personas: [
          {
            id: 'c',
            profile: { email: 'c@x.io' },
            events: [{ at: '+PT0S', name: 'go' }],
            reactions: [
              {
                when: { event: 'email_sent', where: { node: 'e2' } },
                then: 'email_opened',
                after: 'PT1H',
              },
              { when: { event: 'email_opened' }, then: 'email_clicked', after: 'PT1M' },
            ],
          },
        ],
      },
    );
    expect(emailLines(personaOf(out, 'c'))).toEqual([
      '2026-03-02T09:00:00Z j/e1 t "one" c@x.io',
      '2026-03-03T09:00:00Z j/e2 t "two" c@x.io',
      '2026-03-03T10:01:00Z after-click/thanks t "thanks" c@x.io',
    ]);
  });

  it('an identify event changes an attribute, which starts an attribute journey once per change', () => {
    const gold = twoEmails(
      'gold',
      { id: 'start', type: 'trigger', on: 'attribute', property: 'tier', to: 'gold' },
      { reentry: 'always' },
    );
    const out = run(bundle([gold]), {
      horizon: 'P10D',
      personas: [
        {
          id: 'g',
          profile: { email: 'g@x.io', tier: 'silver' },
          events: [
            { at: '+PT1H', name: 'identify', properties: { tier: 'gold' } },
            // The same value again is no change: no second run.
            { at: '+P3D', name: 'identify', properties: { tier: 'gold' } },
          ],
        },
      ],
    });
    const g = personaOf(out, 'g');
    expect(runLines(g)).toEqual(['gold 2026-03-02T10:00:00Z → 2026-03-03T10:00:00Z completed']);
    expect(g.profile.tier).toBe('gold');
  });

  it('a run still inside at the horizon ends as `horizon` with `exited` null', () => {
    const out = run(
      bundle([twoEmails('j', { id: 'start', type: 'trigger', on: 'event', event: 'go' })]),
      {
        horizon: 'PT12H',
        personas: [
          { id: 'h', profile: { email: 'h@x.io' }, events: [{ at: '+PT0S', name: 'go' }] },
        ],
      },
    );
    expect(out.end).toBe('2026-03-02T21:00:00Z');
    expect(runLines(personaOf(out, 'h'))).toEqual(['j 2026-03-02T09:00:00Z → null horizon']);
  });

  it('quiet hours and a delay cap together: the first instant both allow', () => {
    const night: Journey = {
      ...twoEmails(
        'night',
        { id: 'start', type: 'trigger', on: 'event', event: 'go' },
        {
          frequencyCap: 'delay',
          quietHours: { from: '21:00', to: '08:00' },
        },
      ),
    };
    const day = twoEmails(
      'day',
      { id: 'start', type: 'trigger', on: 'event', event: 'day' },
      { priority: 5 },
    );
    const out = run(bundle([night, day], { frequencyCap: { max: 1, per: 'PT12H' } }), {
      horizon: 'P3D',
      personas: [
        {
          id: 'q',
          profile: { email: 'q@x.io' },
          // 10:00: `day` sends and takes the cap until 22:00; `night`'s e1 is due
          // at 12:00, held by the cap to 22:00, then by quiet hours to 08:00.
          events: [
            { at: '+PT1H', name: 'day' },
            { at: '+PT3H', name: 'go' },
          ],
        },
      ],
    });
    expect(emailLines(personaOf(out, 'q')).slice(0, 2)).toEqual([
      '2026-03-02T10:00:00Z day/e1 t "one" q@x.io',
      '2026-03-03T08:00:00Z night/e1 t "one" q@x.io',
    ]);
    // Held emails are not suppressions; `day`'s second email (skip) then meets
    // the cap taken by `night`'s at 08:00.
    expect(suppressedLines(personaOf(out, 'q'))).toEqual([
      '2026-03-03T10:00:00Z day/e2 frequency-cap',
    ]);
  });

  it('a released email meets the cap in priority order with new ones of its instant', () => {
    const one = (id: string, event: string, s: Journey['settings']): Journey => ({
      format: 'journey/v1',
      id,
      name: id,
      status: 'draft',
      settings: s,
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event },
        { id: 'e1', type: 'email', template: 't', subject: id },
      ],
      edges: [{ from: 'start', to: 'e1' }],
    });
    const out = run(
      bundle(
        [
          one('first', 'a', { priority: 9 }),
          one('digest', 'a', { priority: 1, frequencyCap: 'delay' }),
          one('promo', 'b', { priority: 5 }),
        ],
        { frequencyCap: { max: 1, per: 'P1D' } },
      ),
      {
        horizon: 'P5D',
        // The digest is held to 03-03 09:00, when `promo` (higher priority) is due too.
        personas: [
          {
            id: 'd',
            profile: { email: 'd@x.io' },
            events: [
              { at: '+PT0S', name: 'a' },
              { at: '+P1D', name: 'b' },
            ],
          },
        ],
      },
    );
    expect(emailLines(personaOf(out, 'd'))).toEqual([
      '2026-03-02T09:00:00Z first/e1 t "first" d@x.io',
      '2026-03-03T09:00:00Z promo/e1 t "promo" d@x.io',
      '2026-03-04T09:00:00Z digest/e1 t "digest" d@x.io',
    ]);
    expect(personaOf(out, 'd').suppressed).toEqual([]);
  });

  it('quiet hours with `from` equal to `to` are none', () => {
    const j = twoEmails(
      'j',
      { id: 'start', type: 'trigger', on: 'event', event: 'go' },
      {
        quietHours: { from: '08:00', to: '08:00' },
      },
    );
    const out = run(bundle([j]), {
      horizon: 'P3D',
      personas: [
        {
          id: 'n',
          profile: { email: 'n@x.io' },
          events: [{ at: '2026-03-02T23:30:00Z', name: 'go' }],
        },
      ],
    });
    expect(emailLines(personaOf(out, 'n'))[0]).toBe('2026-03-02T23:30:00Z j/e1 t "one" n@x.io');
  });

  it('unsubscribed ends every run; a later run records its emails as suppressed and goes on', () => {
    const out = run(
      bundle([
        twoEmails(
          'j',
          { id: 'start', type: 'trigger', on: 'event', event: 'go' },
          { reentry: 'always' },
        ),
      ]),
      {
        horizon: 'P5D',
        personas: [
          {
            id: 'u',
            profile: { email: 'u@x.io' },
            events: [
              { at: '+PT0S', name: 'go' },
              { at: '+PT2H', name: 'unsubscribed' },
              { at: '+PT3H', name: 'go' },
            ],
          },
        ],
      },
    );
    const u = personaOf(out, 'u');
    expect(runLines(u)).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-02T11:00:00Z unsubscribed',
      'j 2026-03-02T12:00:00Z → 2026-03-03T12:00:00Z completed',
    ]);
    expect(emailLines(u)).toEqual(['2026-03-02T09:00:00Z j/e1 t "one" u@x.io']);
    expect(suppressedLines(u)).toEqual([
      '2026-03-02T12:00:00Z j/e1 unsubscribed',
      '2026-03-03T12:00:00Z j/e2 unsubscribed',
    ]);
  });

  it('inactivity fires once per stretch, and again after a new such event', () => {
    const j = twoEmails(
      'idle',
      { id: 'start', type: 'trigger', on: 'inactivity', event: 'login', for: 'P3D' },
      { reentry: 'always' },
    );
    const out = run(bundle([j]), {
      horizon: 'P12D',
      personas: [
        {
          id: 'i',
          profile: { email: 'i@x.io' },
          events: [
            { at: '+PT0S', name: 'login' },
            { at: '+P5D', name: 'login' },
          ],
        },
      ],
    });
    expect(runLines(personaOf(out, 'i'))).toEqual([
      'idle 2026-03-05T09:00:00Z → 2026-03-06T09:00:00Z completed',
      'idle 2026-03-10T09:00:00Z → 2026-03-11T09:00:00Z completed',
    ]);
  });

  it('a segment trigger fires again on a new entry when re-entry allows it', () => {
    const b = bundle([
      twoEmails(
        'seg',
        { id: 'start', type: 'trigger', on: 'segment', segment: 'carting' },
        { reentry: 'always' },
      ),
    ]);
    b.segments = [
      {
        format: 'segment/v1',
        id: 'carting',
        name: 'Carting',
        condition: { event: 'cart_added', within: 'P1D' },
      },
    ];
    const out = run(b, {
      horizon: 'P10D',
      personas: [
        {
          id: 's',
          profile: { email: 's@x.io' },
          // In at 09:00 on the 2nd, out at 10:00 on the 3rd (the later add leaves the window), in again on the 6th.
          events: [
            { at: '+PT0S', name: 'cart_added' },
            { at: '+PT1H', name: 'cart_added' },
            { at: '+P4D', name: 'cart_added' },
          ],
        },
      ],
    });
    expect(runLines(personaOf(out, 's'))).toEqual([
      'seg 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z completed',
      'seg 2026-03-06T09:00:00Z → 2026-03-07T09:00:00Z completed',
    ]);
  });

  // ENGINE-NOTES.md, note 1: the engine's Liquid scope lets an event property
  // called `name` (or `at`, `properties`) hide the event's own, so a subject's
  // `{{ event.name }}` and the body's (rendered by src/template) disagree.
  // Marked `fails` until src/engine/render.ts puts the properties first.
  it.fails('the subject reads event.name as the body does: the event name, not a property', () => {
    const viewed: Journey = {
      format: 'journey/v1',
      id: 'viewed',
      name: 'Viewed',
      status: 'draft',
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: 'product_viewed' },
        {
          id: 'e1',
          type: 'email',
          template: 't',
          subject: '{{ event.name }}: {{ event.properties.name }}',
        },
      ],
      edges: [{ from: 'start', to: 'e1' }],
    };
    const out = run(bundle([viewed]), {
      horizon: 'P1D',
      personas: [
        {
          id: 'v',
          profile: { email: 'v@x.io' },
          events: [{ at: '+PT0S', name: 'product_viewed', properties: { name: 'Runner' } }],
        },
      ],
    });
    expect(personaOf(out, 'v').emails[0]?.subject).toBe('product_viewed: Runner');
  });
});
