import { describe, expect, it } from 'vitest';
import type { Condition } from '../condition.ts';
import type { Segment } from '../segment.ts';
import { validateWorkspace } from './index.ts';
import { bundle, journey, validJourney } from './test-bundle.ts';

const segment = (id: string, condition: Condition): Segment => ({
  format: 'segment/v1',
  id,
  name: id,
  condition,
});

describe('references', () => {
  it('names an email whose template is missing', () => {
    const j = validJourney();
    const problems = validateWorkspace(bundle({ journeys: [j], templates: [] }));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '$.nodes[2].template',
        value: 'welcome-1',
        node: 'e1',
        message: expect.stringContaining('templates/welcome-1.mjml'),
      }),
    ]);
  });

  it('names a segment trigger whose segment is missing', () => {
    const j = validJourney();
    j.nodes[0] = { id: 'start', type: 'trigger', on: 'segment', segment: 'lapsed' };
    expect(validateWorkspace(bundle({ journeys: [j] }))).toEqual([
      expect.objectContaining({ path: '$.nodes[0].segment', value: 'lapsed', node: 'start' }),
    ]);
  });

  it('checks segments and email nodes named by conditions, however deep', () => {
    const j = journey(
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'x' },
        {
          id: 'c1',
          type: 'condition',
          if: {
            all: [
              { segment: 'vips' },
              { not: { any: [{ segment: 'nobody' }, { email: 'opened', node: 'e1' }] } },
              { email: 'clicked', node: 'c1' },
              { email: 'clicked', node: 'ghost' },
            ],
          },
        },
        { id: 'e1', type: 'email', template: 'welcome-1', subject: 'Hi' },
      ],
      [
        { from: 'start', to: 'c1' },
        { from: 'c1', port: 'yes', to: 'e1' },
      ],
    );
    j.settings = { exitWhen: [{ any: [{ segment: 'gone' }] }, { email: 'opened', node: 'nope' }] };
    const problems = validateWorkspace(bundle({ journeys: [j] }));
    expect(problems.map((p) => [p.path, p.value, p.node])).toEqual([
      ['$.nodes[1].if.all[1].not.any[0].segment', 'nobody', 'c1'],
      ['$.nodes[1].if.all[2].node', 'c1', 'c1'],
      ['$.nodes[1].if.all[3].node', 'ghost', 'c1'],
      ['$.settings.exitWhen[0].any[0].segment', 'gone', undefined],
      ['$.settings.exitWhen[1].node', 'nope', undefined],
    ]);
    expect(problems[1]?.message).toContain('is a condition node, not an email node');
  });

  it('checks segments named by segments, and refuses segments that name each other in a cycle', () => {
    const segments = [
      segment('a', { all: [{ segment: 'b' }, { segment: 'missing' }] }),
      segment('b', { not: { segment: 'a' } }),
      segment('c', { email: 'opened', node: 'e1' }),
    ];
    const problems = validateWorkspace(bundle({ segments }));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'segments/a.segment.json',
        path: '$.condition.all[1].segment',
        value: 'missing',
      }),
      expect.objectContaining({
        severity: 'warning',
        file: 'segments/c.segment.json',
        path: '$.condition.node',
      }),
      expect.objectContaining({
        severity: 'error',
        file: 'segments/a.segment.json',
        path: '$.condition',
        value: 'a → b → a',
        message: expect.stringContaining('cycle'),
      }),
    ]);
  });
});
