// The five trigger kinds as spec/FORMAT.md's "Triggers" settles them.
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../model/nodes.ts';
import {
  emails,
  line,
  persona,
  personaOut,
  personasFile,
  play,
  runs,
  segment,
  workspace,
} from './test-kit.ts';

const email: JourneyNode = { id: 'e', type: 'email', template: 't', subject: 'hi' };

describe('event trigger', () => {
  it('fires on the event when `where` matches', () => {
    const start: JourneyNode = {
      id: 'start',
      type: 'trigger',
      on: 'event',
      event: 'viewed',
      where: { category: 'shoes' },
    };
    const p = persona('ana', [
      { at: '+PT1H', name: 'viewed', properties: { category: 'bags' } },
      { at: '+PT2H', name: 'viewed', properties: { category: 'shoes' } },
    ]);
    const r = play(workspace([line('j', [start, email])]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T11:00:00Z j/e "hi"']);
  });
});

describe('segment trigger', () => {
  const start: JourneyNode = { id: 'start', type: 'trigger', on: 'segment', segment: 'gold' };
  const gold = segment('gold', { property: 'tier', op: 'eq', value: 'gold' });

  it('a profile that matches at the start enters at the start', () => {
    const p = persona('g', [], { profile: { email: 'g@example.com', tier: 'gold' } });
    const r = play(workspace([line('j', [start, email])], { segments: [gold] }), personasFile([p]));
    expect(emails(personaOut(r, 'g'))).toEqual(['2026-03-02T09:00:00Z j/e "hi"']);
  });

  it('entering later (identify) fires; leaving and entering again fires again', () => {
    const p = persona('s', [
      { at: '+P1D', name: 'identify', properties: { tier: 'gold' } },
      { at: '+P2D', name: 'identify', properties: { tier: 'silver' } },
      { at: '+P3D', name: 'identify', properties: { tier: 'gold' } },
    ]);
    const r = play(
      workspace([line('j', [start, email], { reentry: 'always' })], { segments: [gold] }),
      personasFile([p]),
    );
    expect(emails(personaOut(r, 's'))).toEqual([
      '2026-03-03T09:00:00Z j/e "hi"',
      '2026-03-05T09:00:00Z j/e "hi"',
    ]);
  });

  it('a time window passing moves a profile into a segment (no login for 7 days: lapsed)', () => {
    const lapsed = segment('lapsed', { not: { event: 'login', within: 'P7D' } });
    const s: JourneyNode = { id: 'start', type: 'trigger', on: 'segment', segment: 'lapsed' };
    const p = persona('ana', [
      { at: '+PT0S', name: 'login' },
      { at: '+P3D', name: 'login' },
    ]);
    const r = play(workspace([line('j', [s, email])], { segments: [lapsed] }), personasFile([p]));
    // Logged in at the start, so not lapsed then; lapsed exactly 7 days after the last login.
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-12T09:00:00Z j/e "hi"']);
  });
});

describe('date trigger', () => {
  const birthday = (more: Partial<Extract<JourneyNode, { on: 'date' }>> = {}): JourneyNode => ({
    id: 'start',
    type: 'trigger',
    on: 'date',
    property: 'birthday',
    at: '09:00',
    ...more,
  });
  const withBirthday = (id: string, birthday: unknown, timezone?: string) =>
    persona(id, [], {
      profile: { email: `${id}@example.com`, birthday, ...(timezone ? { timezone } : {}) },
    });

  it('fires on the date plus offset, at the clock time in the profile timezone', () => {
    const j = line('j', [birthday({ offset: '-P3D', yearly: true }), email]);
    const r = play(
      workspace([j]),
      personasFile([
        withBirthday('lis', '1990-03-10'),
        withBirthday('ny', '1990-03-10', 'America/New_York'),
      ]),
    );
    expect(emails(personaOut(r, 'lis'))).toEqual(['2026-03-07T09:00:00Z j/e "hi"']);
    expect(emails(personaOut(r, 'ny'))).toEqual(['2026-03-07T14:00:00Z j/e "hi"']);
  });

  it('a one-off date in the past never fires; a missing or bad date makes no run', () => {
    const j = line('j', [birthday(), email]);
    const r = play(
      workspace([j]),
      personasFile([
        withBirthday('past', '2026-03-01'),
        withBirthday('future', '2026-03-04'),
        withBirthday('bad', 'soon'),
        persona('none'),
      ]),
    );
    expect(emails(personaOut(r, 'past'))).toEqual([]);
    expect(emails(personaOut(r, 'future'))).toEqual(['2026-03-04T09:00:00Z j/e "hi"']);
    expect(emails(personaOut(r, 'bad'))).toEqual([]);
    expect(emails(personaOut(r, 'none'))).toEqual([]);
  });

  it('yearly runs every year even with reentry "never"; 29 February becomes 28 February', () => {
    const j = line('j', [birthday({ yearly: true }), email], { reentry: 'never' });
    const file = personasFile([withBirthday('leap', '1992-02-29')], {
      start: '2026-01-01T00:00:00Z',
      horizon: 'P3Y',
    });
    const r = play(workspace([j]), file);
    expect(emails(personaOut(r, 'leap'))).toEqual([
      '2026-02-28T09:00:00Z j/e "hi"',
      '2027-02-28T09:00:00Z j/e "hi"',
      '2028-02-29T09:00:00Z j/e "hi"',
    ]);
  });

  it('moves when identify changes the date', () => {
    const j = line('j', [birthday(), email]);
    const p = persona(
      'ana',
      [{ at: '+P1D', name: 'identify', properties: { birthday: '2026-03-20' } }],
      {
        profile: { email: 'ana@example.com', birthday: '2026-03-10' },
      },
    );
    const r = play(workspace([j]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-20T09:00:00Z j/e "hi"']);
  });
});

describe('inactivity trigger', () => {
  const start: JourneyNode = {
    id: 'start',
    type: 'trigger',
    on: 'inactivity',
    event: 'login',
    for: 'P7D',
  };

  it('counts from the last such event, once per stretch, again after a new event', () => {
    const p = persona('ana', [
      { at: '+P1D', name: 'login' },
      { at: '+P10D', name: 'login' },
    ]);
    const r = play(
      workspace([line('j', [start, email], { reentry: 'always' })]),
      personasFile([p], { horizon: 'P40D' }),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-10T09:00:00Z j/e "hi"',
      '2026-03-19T09:00:00Z j/e "hi"',
    ]);
  });

  it('counts from created_at, else from the start; a stretch already over fires at the start', () => {
    const old = persona('old', [], {
      profile: { email: 'old@example.com', created_at: '2026-01-01T00:00:00Z' },
    });
    const recent = persona('recent', [], {
      profile: { email: 'recent@example.com', created_at: '2026-02-28T12:00:00Z' },
    });
    const r = play(
      workspace([line('j', [start, email])]),
      personasFile([old, recent, persona('none')]),
    );
    expect(emails(personaOut(r, 'old'))).toEqual(['2026-03-02T09:00:00Z j/e "hi"']);
    expect(emails(personaOut(r, 'recent'))).toEqual(['2026-03-07T12:00:00Z j/e "hi"']);
    expect(emails(personaOut(r, 'none'))).toEqual(['2026-03-09T09:00:00Z j/e "hi"']);
  });
});

describe('attribute trigger', () => {
  it('fires on a real change; a write of the same value is no change', () => {
    const start: JourneyNode = { id: 'start', type: 'trigger', on: 'attribute', property: 'plan' };
    const p = persona(
      'ana',
      [
        { at: '+PT1H', name: 'identify', properties: { plan: 'free' } },
        { at: '+PT2H', name: 'identify', properties: { plan: 'pro' } },
        { at: '+PT3H', name: 'identify', properties: { plan: 'pro' } },
      ],
      { profile: { email: 'ana@example.com', plan: 'free' } },
    );
    const r = play(
      workspace([line('j', [start, email], { reentry: 'always' })]),
      personasFile([p]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T11:00:00Z j/e "hi"']);
  });

  it('with `to`, only a change to that value; an update node counts as a change', () => {
    const start: JourneyNode = {
      id: 'start',
      type: 'trigger',
      on: 'attribute',
      property: 'tier',
      to: 'gold',
    };
    const promote: JourneyNode[] = [
      { id: 's2', type: 'trigger', on: 'event', event: 'big_order' },
      { id: 'u', type: 'update', set: { tier: 'gold' } },
    ];
    const p = persona('ana', [
      { at: '+PT1H', name: 'identify', properties: { tier: 'silver' } },
      { at: '+PT2H', name: 'big_order' },
    ]);
    const r = play(
      workspace([line('j', [start, email]), line('promote', promote)]),
      personasFile([p]),
    );
    expect(emails(personaOut(r, 'ana'))).toEqual(['2026-03-02T11:00:00Z j/e "hi"']);
    expect(runs(personaOut(r, 'ana'))).toContain(
      'j 2026-03-02T11:00:00Z → 2026-03-02T11:00:00Z completed',
    );
  });
});
