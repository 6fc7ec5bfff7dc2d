// Personas, reactions and cohorts (spec: "Personas"), and determinism.
import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../model/nodes.ts';
import { createSimulation } from './simulation.ts';
import {
  emails,
  line,
  persona,
  personaOut,
  personasFile,
  play,
  START,
  workspace,
} from './test-kit.ts';

const start: JourneyNode = { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' };
const e1: JourneyNode = { id: 'e1', type: 'email', template: 'welcome-1', subject: 'hi' };
const welcome = line('welcome', [start, e1]);
const bought = line('thanks', [
  { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
  { id: 'e2', type: 'email', template: 'thanks', subject: 'thanks {{ event.value }}' },
]);

describe('reactions', () => {
  it('chain email_sent → email_opened → email_clicked → order, copying journey, node and template', () => {
    const p = persona('ana', [{ at: '+PT0S', name: 'signed_up' }], {
      reactions: [
        {
          when: { event: 'email_sent', where: { template: 'welcome-1' } },
          then: 'email_opened',
          after: 'PT2H',
        },
        {
          when: { event: 'email_opened', where: { journey: 'welcome', node: 'e1' } },
          then: 'email_clicked',
          after: 'PT1M',
        },
        {
          when: { event: 'email_clicked', where: { template: 'welcome-1' } },
          then: { name: 'order_placed', properties: { value: 80 } },
          after: 'PT1H',
        },
      ],
    });
    const r = play(workspace([welcome, bought]), personasFile([p]));
    expect(emails(personaOut(r, 'ana'))).toEqual([
      '2026-03-02T09:00:00Z welcome/e1 "hi"',
      '2026-03-02T12:01:00Z thanks/e2 "thanks 80"',
    ]);
    const events = r.trace.ana?.filter((t) => t.kind === 'event').map((t) => `${t.at} ${t.text}`);
    expect(events).toEqual([
      '2026-03-02T09:00:00Z did signed_up',
      '2026-03-02T11:00:00Z did email_opened',
      '2026-03-02T11:01:00Z did email_clicked',
      '2026-03-02T12:01:00Z did order_placed',
    ]);
  });

  it('chance 0 never fires, chance 1 always; draws depend on the seed, not on other personas', () => {
    const react = (chance: number) =>
      persona(`p${chance}`, [{ at: '+PT0S', name: 'signed_up' }], {
        reactions: [{ when: { event: 'email_sent' }, then: 'order_placed', after: 'PT1H', chance }],
      });
    const r = play(workspace([welcome, bought]), personasFile([react(0), react(1)]));
    expect(emails(personaOut(r, 'p0'))).toHaveLength(1);
    expect(emails(personaOut(r, 'p1'))).toHaveLength(2);
    const many = Array.from({ length: 40 }, (_, i) =>
      persona(`m${i}`, [{ at: '+PT0S', name: 'signed_up' }], {
        reactions: [
          { when: { event: 'email_sent' }, then: 'order_placed', after: 'PT1H', chance: 0.5 },
        ],
      }),
    );
    const alone = play(workspace([welcome, bought]), personasFile([many[7] ?? persona('x')]));
    const together = play(workspace([welcome, bought]), personasFile(many));
    expect(emails(personaOut(alone, 'm7'))).toEqual(emails(personaOut(together, 'm7')));
    const buyers = many.filter((m) => emails(personaOut(together, m.id)).length === 2).length;
    expect(buyers).toBeGreaterThan(8);
    expect(buyers).toBeLessThan(32);
  });
});

describe('cohorts', () => {
  it('members get ids <cohort>-<n> and addresses <cohort>-<n>@example.invalid unless given', () => {
    const file = personasFile([], {
      cohorts: [
        {
          id: 'shoppers',
          count: 2,
          profile: { timezone: 'America/New_York' },
          events: [{ at: '+PT0S', name: 'signed_up' }],
        },
        {
          id: 'vip',
          count: 1,
          profile: { email: 'shared@example.com' },
          events: [{ at: '+PT0S', name: 'signed_up' }],
        },
      ],
    });
    const r = play(workspace([welcome]), file);
    expect(r.output.personas.map((p) => `${p.id} ${p.emails[0]?.to}`)).toEqual([
      'shoppers-1 shoppers-1@example.invalid',
      'shoppers-2 shoppers-2@example.invalid',
      'vip-1 shared@example.com',
    ]);
    expect(r.output.journeys.welcome?.entered).toBe(3);
  });
});

describe('determinism and stepping', () => {
  const file = personasFile(
    [
      persona('ana', [{ at: '+PT0S', name: 'signed_up' }], {
        reactions: [
          { when: { event: 'email_sent' }, then: 'order_placed', after: 'PT1H', chance: 0.5 },
        ],
      }),
    ],
    {
      cohorts: [
        {
          id: 'c',
          count: 50,
          events: [{ at: '+PT0S', name: 'signed_up' }],
          reactions: [
            { when: { event: 'email_sent' }, then: 'order_placed', after: 'PT1H', chance: 0.5 },
          ],
        },
      ],
    },
  );

  it('the same input and seed give byte-identical output', () => {
    const a = JSON.stringify(play(workspace([welcome, bought]), file).output, null, 2);
    const b = JSON.stringify(play(workspace([welcome, bought]), file).output, null, 2);
    expect(a).toBe(b);
    expect(JSON.parse(a).start).toBe(START);
  });

  it('step by step reaches the same result as running to the end, with snapshots on the way', () => {
    const sim = createSimulation({ bundle: workspace([welcome, bought]), personas: file });
    let steps = 0;
    sim.runUntil((s) => s.now() === '2026-03-02T10:00:00Z');
    expect(sim.snapshot().now).toBe('2026-03-02T10:00:00Z');
    while (sim.step()) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(sim.done()).toBe(true);
    expect(JSON.stringify(sim.result().output)).toBe(
      JSON.stringify(play(workspace([welcome, bought]), file).output),
    );
  });

  it('snapshot says where each persona is: journey and node per run', () => {
    const wait = line('slow', [start, { id: 'w', type: 'wait', for: 'P2D' }, e1]);
    const sim = createSimulation({
      bundle: workspace([wait]),
      personas: personasFile([persona('ana', [{ at: '+PT0S', name: 'signed_up' }])]),
    });
    sim.runUntil((s) => s.now() > START);
    while (sim.snapshot().personas[0]?.runs.length === 0) sim.step();
    const snap = sim.snapshot();
    expect(snap.personas[0]?.runs).toEqual([
      { journey: 'slow', node: 'w', status: 'waiting', entered: START },
    ]);
  });
});
