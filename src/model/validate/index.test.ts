import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problem.ts';
import { validateFolder } from './index.ts';
import { bundle, filesOf, validJourney } from './test-bundle.ts';

describe('validateFolder', () => {
  it('returns the bundle of a valid folder', () => {
    const result = validateFolder(filesOf(bundle()));
    expect(result.problems).toEqual([]);
    expect(result.bundle?.journeys.map((j) => j.id)).toEqual(['welcome']);
  });

  it('keeps the bundle when there are only warnings', () => {
    const j = validJourney();
    j.nodes.push({ id: 'lost', type: 'exit' });
    const result = validateFolder(filesOf(bundle({ journeys: [j] })));
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(result.bundle).toBeDefined();
  });

  it('reports schema and semantic problems of different files at once, without a bundle', () => {
    const broken = validJourney();
    broken.id = 'broken';
    const files = filesOf(bundle({ journeys: [validJourney(), broken], templates: [] }));
    files.set(
      'journeys/broken.journey.json',
      (files.get('journeys/broken.journey.json') ?? '').replace('"PT1H"', '"1 hour"'),
    );
    const result = validateFolder(files);
    expect(result.bundle).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual([
      'error: journeys/broken.journey.json $.nodes[1].for (1 hour): must be an ISO 8601 duration such as PT1H, P2D or P1DT12H.',
      'error: journeys/welcome.journey.json $.nodes[2].template (welcome-1): names no template: add templates/welcome-1.mjml or pick an existing template.',
    ]);
    expect(result.problems[0]).toMatchObject({ journey: 'broken', node: 'w1' });
  });

  it('does not call a segment missing when its file exists but is broken', () => {
    const j = validJourney();
    j.nodes[0] = { id: 'start', type: 'trigger', on: 'segment', segment: 'vips' };
    const files = filesOf(bundle({ journeys: [j] }));
    files.set('segments/vips.segment.json', '{ "format": "segment/v1" ');
    const result = validateFolder(files);
    expect(result.problems.map((p) => p.file)).toEqual(['segments/vips.segment.json']);
  });

  it('points a condition problem at the nested field, not at the whole union', () => {
    const j = validJourney();
    const files = filesOf(bundle({ journeys: [j] }));
    const text = JSON.parse(files.get('journeys/welcome.journey.json') ?? '{}');
    text.nodes.push({
      id: 'c1',
      type: 'condition',
      if: { all: [{ property: 'tier', op: 'equals', value: 'gold' }] },
    });
    files.set('journeys/welcome.journey.json', JSON.stringify(text));
    const [problem] = validateFolder(files).problems;
    expect(problem).toMatchObject({ path: '$.nodes[3].if.all[0].op', value: 'equals', node: 'c1' });
    expect(problem?.message).toMatch(/^must be one of "eq", "ne"/);
  });

  it('points an unknown node type or trigger kind at its field', () => {
    const files = filesOf(bundle());
    const text = JSON.parse(files.get('journeys/welcome.journey.json') ?? '{}');
    text.nodes[0].on = 'webhook';
    text.nodes[1].type = 'pause';
    files.set('journeys/welcome.journey.json', JSON.stringify(text));
    expect(validateFolder(files).problems.map((p) => [p.path, p.value])).toEqual([
      ['$.nodes[0].on', 'webhook'],
      ['$.nodes[1].type', 'pause'],
    ]);
  });

  it('refuses a template file whose name is not an id', () => {
    const files = filesOf(bundle());
    files.set('templates/Welcome Back.mjml', '<mjml></mjml>');
    expect(validateFolder(files).problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'templates/Welcome Back.mjml',
        message: expect.stringContaining('not a valid template id'),
      }),
    ]);
  });

  it('reports bad durations, clock times and timezones at their exact path', () => {
    const b = bundle();
    const files = filesOf(b);
    files.set(
      'workspace.json',
      JSON.stringify({
        ...b.settings,
        timezone: 'Mars/Olympus',
        frequencyCap: { max: 1, per: 'day' },
      }),
    );
    const j = JSON.parse(files.get('journeys/welcome.journey.json') ?? '{}');
    j.settings = { quietHours: { from: '21:00', to: '8am' }, reentry: { after: 'P' } };
    files.set('journeys/welcome.journey.json', JSON.stringify(j));
    expect(validateFolder(files).problems.map((p) => [p.file, p.path, p.value])).toEqual([
      ['workspace.json', '$.timezone', 'Mars/Olympus'],
      ['workspace.json', '$.frequencyCap.per', 'day'],
      ['journeys/welcome.journey.json', '$.settings.reentry.after', 'P'],
      ['journeys/welcome.journey.json', '$.settings.quietHours.to', '8am'],
    ]);
  });
});
