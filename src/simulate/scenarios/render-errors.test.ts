// Spec, "Templates": a render problem is never an error at send time. A subject
// whose Liquid does not parse still sends (the email carries the error) and
// the run goes on to its next emails; a missing variable renders empty.
import { describe, expect, it } from 'vitest';
import { simulateWorkspace } from '../index.ts';
import { loadFixture, personaOf, SimulationOutputShape } from './harness.ts';

describe('render problems during a simulation', () => {
  const { bundle, personas } = loadFixture('webinar');
  const journey = bundle.journeys[0];
  if (!journey) throw new Error('the webinar fixture has no journey');
  const broken = {
    ...bundle,
    journeys: [
      {
        ...journey,
        nodes: journey.nodes.map((n) =>
          n.id === 'confirm' && n.type === 'email'
            ? { ...n, subject: "You're in: {{ event.title " }
            : n.id === 'remind' && n.type === 'email'
              ? { ...n, subject: 'Tomorrow{{ profile.no.such.thing }}: {{ event.title }}' }
              : n,
        ),
      },
    ],
  };
  const { output } = simulateWorkspace({ bundle: broken, personas });
  const raw = output.personas.find((p) => p.id === 'ana');
  const ana = personaOf(SimulationOutputShape.parse(JSON.parse(JSON.stringify(output))), 'ana');

  it('records the error on the email and goes on with the run', () => {
    expect(ana.emails.map((e) => e.node)).toEqual(['confirm', 'remind', 'recording']);
    expect(raw?.emails[0]?.error).toMatch(/Liquid/);
    expect(ana.runs.map((r) => r.reason)).toEqual(['completed']);
  });

  it('renders a missing variable empty, with no error', () => {
    expect(ana.emails[1]?.subject).toBe('Tomorrow: Journeys 101');
    expect(raw?.emails[1]?.error).toBeUndefined();
  });
});
