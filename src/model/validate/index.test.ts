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
      'error: journeys/broken.journey.json $.nodes[2].template (welcome-1): names no template: add templates/welcome-1.mjml or pick an existing template.',
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

  it('checks a journey that fails its schema for everything else, each problem once', () => {
    const files = filesOf(bundle());
    const broken = {
      format: 'journey/v1',
      id: 'welcome',
      name: 'Welcome',
      status: 'draft',
      settings: {
        reentry: { after: 'P' },
        quietHours: { from: '21:00', to: '8am' },
        exitWhen: [{ segment: 'nope' }],
      },
      nodes: [
        { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
        { id: 'w1', type: 'wait', for: '1 hour' },
        { id: 'e1', type: 'email', template: 'nope', subject: 'Hi {{ profile.first_name' },
        { id: 'again', type: 'trigger', on: 'event', event: 'x' },
        { id: 'e1', type: 'exit' },
        { id: 'c1', type: 'condition', if: { segment: 'ghosts' } },
        { id: 'u1', type: 'update', addTags: ['a'] },
        { id: 'u2', type: 'update', addTags: ['b'] },
        { id: 'lost', type: 'exit' },
        { id: 'w2', type: 'wait', until: { time: '9am' } },
      ],
      edges: [
        { from: 'start', to: 'w1' },
        { from: 'w1', to: 'e1' },
        { from: 'e1', to: 'w2' },
        { from: 'w2', to: 'c1' },
        { from: 'c1', port: 'yes', to: 'u1' },
        { from: 'u1', to: 'u2' },
        { from: 'u2', to: 'u1' },
        { from: 'c1', port: 'maybe', to: 'u2' },
        { from: 'c1', port: 'no', to: 'ghost' },
        { from: 'again', to: 'w1' },
        { from: 'start', to: 'c1' },
      ],
    };
    files.set('journeys/welcome.journey.json', JSON.stringify(broken));
    const result = validateFolder(files);
    expect(result.bundle).toBeUndefined();
    expect(result.problems.map((p) => [p.severity, p.path, p.value ?? ''])).toEqual([
      // The schema's problems first,
      ['error', '$.settings.reentry.after', 'P'],
      ['error', '$.settings.quietHours.to', '8am'],
      ['error', '$.nodes[1].for', '1 hour'],
      ['error', '$.nodes[9].until.time', '9am'],
      // then the rules', on everything the broken parts do not touch.
      ['error', '$.nodes[3]', 'again'],
      ['error', '$.nodes[4].id', 'e1'],
      ['error', '$.edges[7].port', 'maybe'],
      ['error', '$.edges[8].to', 'ghost'],
      ['error', '$.edges[10]', 'start → c1'],
      ['warning', '$.nodes[8]', 'lost'],
      ['error', '$.nodes[6]', 'u1 → u2 → u1'],
      ['error', '$.nodes[2].template', 'nope'],
      ['error', '$.nodes[5].if.segment', 'ghosts'],
      ['error', '$.settings.exitWhen[0].segment', 'nope'],
      ['error', '$.nodes[2].subject', 'Hi {{ profile.first_name'],
    ]);
    for (const p of result.problems) {
      expect(p).toMatchObject({ file: 'journeys/welcome.journey.json', journey: 'welcome' });
    }
    // Each once: no rule repeats a problem at a path the schema already reported.
    const paths = result.problems.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('does not report what follows only from the broken parts of a journey', () => {
    const files = filesOf(bundle());
    const broken = {
      format: 'journey/v1',
      id: 'welcome',
      name: 'Welcome',
      status: 'draft',
      settings: { exitWhen: [{ email: 'opened', node: 'e2' }] },
      nodes: [
        // The trigger may be this node whose type is misspelled: no "has no trigger".
        { id: 'start', type: 'triger', on: 'event', event: 'signed_up' },
        // A wait whose duration is broken may take time: no cycle through it.
        { id: 'w1', type: 'wait', for: 'soon' },
        { id: 'u1', type: 'update', addTags: ['a'] },
        // A split whose variants are broken: its ports cannot be known.
        { id: 's1', type: 'split', variants: [{ key: 'A', weight: 1 }] },
        // A node whose id is broken may be what "e2" meant: no "names no node".
        { id: 'E 2', type: 'email', template: 'welcome-1', subject: 'Hi' },
        { id: 'e3', type: 'email', template: 'gone', subject: 'Hi' },
      ],
      edges: [
        { from: 'start', to: 'w1' },
        { from: 'w1', to: 'u1' },
        { from: 'u1', to: 'w1' },
        { from: 's1', port: 'A', to: 'e2' },
        { from: 'u1', to: 'Not an id' },
      ],
    };
    files.set('journeys/welcome.journey.json', JSON.stringify(broken));
    // Only the schema's problems and the one the broken parts cannot explain
    // (a missing template); no unreachable node either, since a broken edge
    // may be the missing link.
    expect(validateFolder(files).problems.map((p) => [p.path, p.value])).toEqual([
      ['$.nodes[0].type', 'triger'],
      ['$.nodes[1].for', 'soon'],
      ['$.nodes[3].variants[0].key', 'A'],
      ['$.nodes[4].id', 'E 2'],
      ['$.edges[4].to', 'Not an id'],
      ['$.nodes[5].template', 'gone'],
    ]);
  });

  it('still checks a journey whose id does not match its file name', () => {
    const j = validJourney();
    j.id = 'hello';
    const files = filesOf(bundle({ templates: [] }));
    files.set('journeys/welcome.journey.json', JSON.stringify(j));
    expect(validateFolder(files).problems.map((p) => [p.file, p.path, p.value])).toEqual([
      ['journeys/welcome.journey.json', '$.id', 'hello'],
      ['journeys/welcome.journey.json', '$.nodes[2].template', 'welcome-1'],
    ]);
  });

  it('checks the condition of a segment and the unsubscribe URL of settings that fail their schema', () => {
    const b = bundle();
    const files = filesOf(b);
    files.set(
      'workspace.json',
      JSON.stringify({ ...b.settings, timezone: 'Mars/Olympus', unsubscribeUrl: '{{ x' }),
    );
    files.set(
      'segments/vips.segment.json',
      JSON.stringify({ format: 'segment/v1', id: 'vips', condition: { segment: 'ghosts' } }),
    );
    expect(validateFolder(files).problems.map((p) => [p.file, p.path, p.value])).toEqual([
      ['workspace.json', '$.timezone', 'Mars/Olympus'],
      ['workspace.json', '$.unsubscribeUrl', '{{ x'],
      ['segments/vips.segment.json', '$.name', undefined],
      ['segments/vips.segment.json', '$.condition.segment', 'ghosts'],
    ]);
  });
});
