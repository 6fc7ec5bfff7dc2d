// Rules of spec/FORMAT.md about runs that the seed scenarios do not reach,
// each on a workspace built in place: goals with and without exit and at the
// window's edge, attribute triggers from `identify`, the horizon,
// unsubscribes, inactivity stretches and segment re-entry.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../model/journey.ts';
import { emailLines, personaOf, runLines, suppressedLines } from './harness.ts';
import { bundle, onEvent, person, run, twoEmails } from './inline-workspace.ts';

describe('rules of runs beyond the seeds', () => {
  it('a goal with "exit": false counts a conversion and the run goes on', () => {
    const out = run(
      bundle([twoEmails('j', onEvent(), { goal: { event: 'buy', within: 'PT12H', exit: false } })]),
      {
        horizon: 'P5D',
        personas: [
          person('a', [
            { at: '+PT0S', name: 'go' },
            { at: '+PT12H', name: 'buy' },
          ]),
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
      bundle([twoEmails('j', onEvent(), { goal: { event: 'buy', within: 'PT12H' } })]),
      {
        horizon: 'P5D',
        personas: [
          person('a', [
            { at: '+PT0S', name: 'go' },
            { at: '+PT12H1S', name: 'buy' },
          ]),
        ],
      },
    );
    expect(out.journeys.j?.conversions).toBe(0);
    expect(runLines(personaOf(out, 'a'))).toEqual([
      'j 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z completed',
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
        person(
          'g',
          [
            { at: '+PT1H', name: 'identify', properties: { tier: 'gold' } },
            // The same value again is no change: no second run.
            { at: '+P3D', name: 'identify', properties: { tier: 'gold' } },
          ],
          { profile: { tier: 'silver' } },
        ),
      ],
    });
    const g = personaOf(out, 'g');
    expect(runLines(g)).toEqual(['gold 2026-03-02T10:00:00Z → 2026-03-03T10:00:00Z completed']);
    expect(g.profile.tier).toBe('gold');
  });

  it('a run still inside at the horizon ends as `horizon` with `exited` null', () => {
    const out = run(bundle([twoEmails('j', onEvent())]), {
      horizon: 'PT12H',
      personas: [person('h', [{ at: '+PT0S', name: 'go' }])],
    });
    expect(out.end).toBe('2026-03-02T21:00:00Z');
    expect(runLines(personaOf(out, 'h'))).toEqual(['j 2026-03-02T09:00:00Z → null horizon']);
  });

  it('unsubscribed ends every run; a later run records its emails as suppressed and goes on', () => {
    const out = run(bundle([twoEmails('j', onEvent(), { reentry: 'always' })]), {
      horizon: 'P5D',
      personas: [
        person('u', [
          { at: '+PT0S', name: 'go' },
          { at: '+PT2H', name: 'unsubscribed' },
          { at: '+PT3H', name: 'go' },
        ]),
      ],
    });
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
        person('i', [
          { at: '+PT0S', name: 'login' },
          { at: '+P5D', name: 'login' },
        ]),
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
        // In at 09:00 on the 2nd, out at 10:00 on the 3rd (the later add leaves the window), in again on the 6th.
        person('s', [
          { at: '+PT0S', name: 'cart_added' },
          { at: '+PT1H', name: 'cart_added' },
          { at: '+P4D', name: 'cart_added' },
        ]),
      ],
    });
    expect(runLines(personaOf(out, 's'))).toEqual([
      'seg 2026-03-02T09:00:00Z → 2026-03-03T09:00:00Z completed',
      'seg 2026-03-06T09:00:00Z → 2026-03-07T09:00:00Z completed',
    ]);
  });

  // ENGINE-NOTES.md, note 1: an event property called `name` (or `at`,
  // `properties`) must not hide the event's own in the engine's Liquid scope,
  // so a subject's `{{ event.name }}` and the body's (src/template) agree.
  it('the subject reads event.name as the body does: the event name, not a property', () => {
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
        person('v', [{ at: '+PT0S', name: 'product_viewed', properties: { name: 'Runner' } }]),
      ],
    });
    expect(personaOf(out, 'v').emails[0]?.subject).toBe('product_viewed: Runner');
  });
});
