// Rules of spec/FORMAT.md about sending that the seed scenarios do not reach,
// each on a workspace built in place: the suppression list, cohort ids and
// addresses, reactions passing email properties along a chain, and quiet
// hours and the cap meeting each other.
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../model/journey.ts';
import { emailLines, personaOf, suppressedLines } from './harness.ts';
import { bundle, onEvent, person, run, twoEmails } from './inline-workspace.ts';

describe('rules of sending beyond the seeds', () => {
  it('suppresses an address on the workspace suppression list, case-insensitively, and goes on', () => {
    const out = run(
      bundle([twoEmails('j', onEvent())], {
        suppressions: [{ email: 'bounced@x.io', reason: 'hard-bounce' }],
      }),
      {
        horizon: 'P5D',
        personas: [
          person('b', [{ at: '+PT0S', name: 'go' }], { profile: { email: 'Bounced@x.io' } }),
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
    const out = run(bundle([twoEmails('j', onEvent())]), {
      horizon: 'P5D',
      cohorts: [{ id: 'crowd', count: 3, events: [{ at: '+PT0S', name: 'go' }] }],
    });
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
    const out = run(bundle([twoEmails('j', onEvent()), clicked]), {
      horizon: 'P5D',
      personas: [
        person('c', [{ at: '+PT0S', name: 'go' }], {
          reactions: [
            {
              when: { event: 'email_sent', where: { node: 'e2' } },
              then: 'email_opened',
              after: 'PT1H',
            },
            { when: { event: 'email_opened' }, then: 'email_clicked', after: 'PT1M' },
          ],
        }),
      ],
    });
    expect(emailLines(personaOf(out, 'c'))).toEqual([
      '2026-03-02T09:00:00Z j/e1 t "one" c@x.io',
      '2026-03-03T09:00:00Z j/e2 t "two" c@x.io',
      '2026-03-03T10:01:00Z after-click/thanks t "thanks" c@x.io',
    ]);
  });

  it('quiet hours and a delay cap together: the first instant both allow', () => {
    const night: Journey = {
      ...twoEmails('night', onEvent(), {
        frequencyCap: 'delay',
        quietHours: { from: '21:00', to: '08:00' },
      }),
    };
    const day = twoEmails(
      'day',
      { id: 'start', type: 'trigger', on: 'event', event: 'day' },
      { priority: 5 },
    );
    const out = run(bundle([night, day], { frequencyCap: { max: 1, per: 'PT12H' } }), {
      horizon: 'P3D',
      personas: [
        // 10:00: `day` sends and takes the cap until 22:00; `night`'s e1 is due
        // at 12:00, held by the cap to 22:00, then by quiet hours to 08:00.
        person('q', [
          { at: '+PT1H', name: 'day' },
          { at: '+PT3H', name: 'go' },
        ]),
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
          person('d', [
            { at: '+PT0S', name: 'a' },
            { at: '+P1D', name: 'b' },
          ]),
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
    const j = twoEmails('j', onEvent(), {
      quietHours: { from: '08:00', to: '08:00' },
    });
    const out = run(bundle([j]), {
      horizon: 'P3D',
      personas: [person('n', [{ at: '2026-03-02T23:30:00Z', name: 'go' }])],
    });
    expect(emailLines(personaOf(out, 'n'))[0]).toBe('2026-03-02T23:30:00Z j/e1 t "one" n@x.io');
  });
});
