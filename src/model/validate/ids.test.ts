import { describe, expect, it } from 'vitest';
import type { PersonasFile } from '../personas.ts';
import { validateWorkspace } from './index.ts';
import { bundle, mjml, validJourney } from './test-bundle.ts';

describe('unique ids', () => {
  it('refuses two journeys, templates or segments with one id', () => {
    const b = bundle({
      journeys: [validJourney(), validJourney()],
      templates: [
        { id: 'welcome-1', mjml: mjml() },
        { id: 'welcome-1', mjml: mjml() },
      ],
    });
    b.segments.push({
      ...b.segments[0],
      format: 'segment/v1',
      id: 'vips',
      name: 'again',
      condition: { tag: 'x' },
    });
    const problems = validateWorkspace(b).map((p) => [p.file, p.path, p.value]);
    expect(problems).toEqual([
      ['journeys/welcome.journey.json', '$.id', 'welcome'],
      ['templates/welcome-1.mjml', '$', 'welcome-1'],
      ['segments/vips.segment.json', '$.id', 'vips'],
    ]);
  });

  it('refuses two nodes of a journey with one id', () => {
    const j = validJourney();
    j.nodes.push({ id: 'w1', type: 'exit' });
    const problems = validateWorkspace(bundle({ journeys: [j] }));
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.nodes[3].id', value: 'w1', journey: 'welcome' }),
    );
  });

  it('refuses repeated persona and cohort ids in a set, and personas named like cohort members', () => {
    const file: PersonasFile = {
      format: 'personas/v1',
      start: '2026-03-02T09:00:00Z',
      horizon: 'P30D',
      personas: [
        { id: 'ana', profile: { email: 'ana@example.com' } },
        { id: 'ana', profile: { email: 'ana2@example.com' } },
        { id: 'shoppers-3', profile: { email: 's@example.com' } },
        { id: 'shoppers-30', profile: { email: 's@example.com' } },
      ],
      cohorts: [
        { id: 'shoppers', count: 10 },
        { id: 'shoppers', count: 5 },
      ],
    };
    const b = bundle();
    b.personaSets.push({ name: 'default', file });
    expect(validateWorkspace(b).map((p) => [p.file, p.path, p.value])).toEqual([
      ['personas/default.personas.json', '$.personas[1].id', 'ana'],
      ['personas/default.personas.json', '$.cohorts[1].id', 'shoppers'],
      ['personas/default.personas.json', '$.personas[2].id', 'shoppers-3'],
    ]);
  });
});
