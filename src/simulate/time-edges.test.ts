// The time edges of spec/FORMAT.md played end to end, in New York, whose
// clocks go 02:00 → 03:00 on 8 March 2026 and 02:00 → 01:00 on 1 November.
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../model/nodes.ts';
import type { Persona } from '../model/personas.ts';
import { emails, line, personaOut, personasFile, play, workspace } from './test-kit.ts';

const on: JourneyNode = { id: 'start', type: 'trigger', on: 'event', event: 'go' };
const email: JourneyNode = { id: 'e', type: 'email', template: 't', subject: 'e' };
const ny = (id: string, at: string): Persona => ({
  id,
  profile: { email: `${id}@example.com`, timezone: 'America/New_York' },
  events: [{ at, name: 'go' }],
});
const file = (personas: Persona[]) =>
  personasFile(personas, { start: '2026-03-01T00:00:00Z', horizon: 'P270D' });

describe('clock changes, end to end', () => {
  it('quiet hours on the spring-forward night release at 08:00 EDT', () => {
    const j = line('j', [on, email], { quietHours: { from: '21:00', to: '08:00' } });
    const r = play(
      workspace([j]),
      file([ny('spring', '2026-03-08T03:00:00Z'), ny('autumn', '2026-11-01T02:00:00Z')]),
    );
    expect(emails(personaOut(r, 'spring'))).toEqual(['2026-03-08T12:00:00Z j/e "e"']);
    expect(emails(personaOut(r, 'autumn'))).toEqual(['2026-11-01T13:00:00Z j/e "e"']);
  });

  it('P1D keeps 10:00 across the change, PT24H does not', () => {
    const day = line('day', [on, { id: 'w', type: 'wait', for: 'P1D' }, email]);
    const hours = line('hours', [on, { id: 'w', type: 'wait', for: 'PT24H' }, email]);
    const r = play(workspace([day, hours]), file([ny('ana', '2026-03-07T15:00:00Z')]));
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-08T14:00:00Z day/e "e"',
      '2026-03-08T15:00:00Z hours/e "e"',
    ]);
  });

  it('until.time skipped by the change goes at the first instant after the gap; a repeated one at its first occurrence', () => {
    const skipped = line('skipped', [
      on,
      { id: 'w', type: 'wait', until: { time: '02:30' } },
      email,
    ]);
    const r1 = play(workspace([skipped]), file([ny('ana', '2026-03-07T12:00:00Z')]));
    expect(emails(personaOut(r1, 'ana'))).toEqual(['2026-03-08T07:00:00Z skipped/e "e"']);
    const repeated = line('repeated', [
      on,
      { id: 'w', type: 'wait', until: { time: '01:30' } },
      email,
    ]);
    const r2 = play(workspace([repeated]), file([ny('ana', '2026-10-31T12:00:00Z')]));
    expect(emails(personaOut(r2, 'ana'))).toEqual(['2026-11-01T05:30:00Z repeated/e "e"']);
  });

  it('the cap’s per P1D counts calendar days across the change', () => {
    const j = line('j', [on, email], { reentry: 'always' });
    const p: Persona = {
      id: 'ana',
      profile: { email: 'ana@example.com', timezone: 'America/New_York' },
      events: [
        { at: '2026-03-07T15:00:00Z', name: 'go' }, // 10:00 EST
        { at: '2026-03-08T14:00:00Z', name: 'go' }, // 10:00 EDT: one calendar day later, 23 hours
      ],
    };
    const r = play(
      workspace([j], { settings: { frequencyCap: { max: 1, per: 'P1D' } } }),
      file([p]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-07T15:00:00Z j/e "e"',
      '2026-03-08T14:00:00Z j/e "e"',
    ]);
  });
});

describe('scripted times', () => {
  it('+P7D is seven days on the persona’s calendar, across its clock change', () => {
    const j = line('j', [on, email]);
    const p: Persona = {
      id: 'ana',
      profile: { email: 'ana@example.com', timezone: 'America/New_York' },
      events: [{ at: '+P7D', name: 'go' }],
    };
    // Start 04:00 EST on 2 March; seven days later is 04:00 EDT on 9 March.
    const r = play(
      workspace([j]),
      personasFile([p], { start: '2026-03-02T09:00:00Z', horizon: 'P30D' }),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-09T08:00:00Z j/e "e"']);
  });
});
