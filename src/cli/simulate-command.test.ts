import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFolderFiles } from '../db/folder-io.ts';
import { writeWorkspaceFolder } from '../model/folder.ts';
import { simulateWorkspace } from '../simulate/index.ts';
import { line, persona, personasFile, workspace } from '../simulate/test-kit.ts';
import { simulateCommand } from './simulate-command.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'waymark-simulate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await simulateCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join(''), err: err.join('\n') };
}

const bundle = workspace([
  line('welcome', [
    { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
    {
      id: 'e1',
      type: 'email',
      template: 'welcome-1',
      subject: 'Welcome, {{ profile.first_name }}',
    },
  ]),
]);
const file = personasFile([persona('ana', [{ at: '+PT0S', name: 'signed_up' }])], {
  cohorts: [{ id: 'c', count: 3, events: [{ at: '+PT1H', name: 'signed_up' }] }],
});

async function setUp(personas: string = JSON.stringify(file), ws = bundle) {
  const folder = join(dir, 'ws');
  await writeFolderFiles(folder, writeWorkspaceFolder(ws));
  const personasPath = join(dir, 'p.personas.json');
  await writeFile(personasPath, personas);
  return { folder, personasPath };
}

describe('waymark simulate', () => {
  it('--json prints exactly the output JSON, the same as simulateWorkspace', async () => {
    const { folder, personasPath } = await setUp();
    const r = await run(folder, '--personas', personasPath, '--json');
    expect(r.code).toBe(0);
    const expected = simulateWorkspace({ bundle, personas: file }).output;
    expect(r.out).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(r.out).personas.map((p: { id: string }) => p.id)).toEqual([
      'ana',
      'c-1',
      'c-2',
      'c-3',
    ]);
  });

  it('--summary leaves cohort members out; --seed overrides the file', async () => {
    const { folder, personasPath } = await setUp();
    const r = await run(folder, '--personas', personasPath, '--json', '--summary', '--seed', '7');
    const out = JSON.parse(r.out);
    expect(out.seed).toBe(7);
    expect(out.personas.map((p: { id: string }) => p.id)).toEqual(['ana']);
    expect(out.journeys.welcome.entered).toBe(4);
  });

  it('prints a readable report by default', async () => {
    const { folder, personasPath } = await setUp();
    const r = await run(folder, '--personas', personasPath);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Persona ana (1 email, 0 suppressed)');
    expect(r.out).toContain(
      '2026-03-02T09:00:00Z  email welcome/e1 welcome-1 to ana@example.com: "Welcome, ana"',
    );
    expect(r.out).toContain('welcome: 4 entered, 0 conversions');
  });

  it('the report lists entries, emails, suppressions and exits per persona, and nodes reached per journey', async () => {
    // A cap of one email a day suppresses ana's second email; bo reaches the
    // goal, cy meets the exit condition, dan is still inside at the end.
    const capped = workspace(
      [
        line(
          'welcome',
          [
            { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
            {
              id: 'e1',
              type: 'email',
              template: 'welcome-1',
              subject: 'Hi {{ profile.first_name }}',
            },
            { id: 'w', type: 'wait', for: 'PT1H' },
            { id: 'e2', type: 'email', template: 'welcome-2', subject: 'Still there?' },
          ],
          {
            goal: { event: 'order_placed' },
            exitWhen: [{ property: 'plan', op: 'eq', value: 'cancelled' }],
          },
        ),
      ],
      { settings: { frequencyCap: { max: 1, per: 'P1D' } } },
    );
    const signup = { at: '+PT0S', name: 'signed_up' };
    const people = personasFile(
      [
        persona('ana', [signup]),
        persona('bo', [signup, { at: '+PT30M', name: 'order_placed' }]),
        persona('cy', [
          signup,
          { at: '+PT40M', name: 'identify', properties: { plan: 'cancelled' } },
        ]),
        persona('dan', [{ at: '+P1D', name: 'signed_up' }]),
      ],
      { horizon: 'P1D' },
    );
    const { folder, personasPath } = await setUp(JSON.stringify(people), capped);
    const r = await run(folder, '--personas', personasPath);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        'Simulation from 2026-03-02T09:00:00Z to 2026-03-03T09:00:00Z, seed 42',
        '',
        'Persona ana (1 email, 1 suppressed)',
        '  2026-03-02T09:00:00Z  enters welcome',
        '  2026-03-02T09:00:00Z  email welcome/e1 welcome-1 to ana@example.com: "Hi ana"',
        '  2026-03-02T10:00:00Z  not sent welcome/e2: frequency cap',
        '  2026-03-02T10:00:00Z  exits welcome: completed',
        '',
        'Persona bo (1 email, 0 suppressed)',
        '  2026-03-02T09:00:00Z  enters welcome',
        '  2026-03-02T09:00:00Z  email welcome/e1 welcome-1 to bo@example.com: "Hi bo"',
        '  2026-03-02T09:30:00Z  exits welcome: reached the goal',
        '',
        'Persona cy (1 email, 0 suppressed)',
        '  2026-03-02T09:00:00Z  enters welcome',
        '  2026-03-02T09:00:00Z  email welcome/e1 welcome-1 to cy@example.com: "Hi cy"',
        '  2026-03-02T09:40:00Z  exits welcome: left by its exit condition',
        '',
        'Persona dan (1 email, 0 suppressed)',
        '  2026-03-03T09:00:00Z  enters welcome',
        '  2026-03-03T09:00:00Z  email welcome/e1 welcome-1 to dan@example.com: "Hi dan"',
        '  (still in at the end: welcome)',
        '',
        'Journeys',
        '  welcome: 4 entered, 1 conversion',
        '    start  reached 4',
        '    e1     reached 4',
        '    w      reached 4',
        '    e2     reached 1',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 with the validate lines for an invalid workspace', async () => {
    const { folder, personasPath } = await setUp();
    await writeFile(join(folder, 'journeys', 'welcome.journey.json'), '{"format": "journey/v1"}');
    const r = await run(folder, '--personas', personasPath);
    expect(r.code).toBe(1);
    expect(r.err).toContain('journeys/welcome.journey.json');
    expect(r.out).toBe('');
  });

  it('exits 2 for a persona file that is not JSON, located by line', async () => {
    const { folder, personasPath } = await setUp('{\n  "format": "personas/v1",\n  oops\n}');
    const r = await run(folder, '--personas', personasPath, '--json');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/p\.personas\.json \$: is not valid JSON at line 3/);
    expect(r.out).toBe('');
  });

  it('exits 2 for a schema break or an unknown journey, located by JSON path', async () => {
    const broken = {
      ...file,
      personas: [
        {
          id: 'ana',
          profile: { email: 'ana@example.com' },
          events: [{ at: 'tomorrow', name: 'x' }],
        },
      ],
    };
    const a = await setUp(JSON.stringify(broken));
    const r1 = await run(a.folder, '--personas', a.personasPath);
    expect(r1.code).toBe(2);
    expect(r1.err).toContain('$.personas[0].events[0].at');
    const unknown = {
      ...file,
      personas: [
        {
          id: 'ana',
          profile: { email: 'ana@example.com' },
          reactions: [
            {
              when: { event: 'email_sent', where: { journey: 'nope' } },
              then: 'email_opened',
              after: 'PT1H',
            },
          ],
        },
      ],
    };
    const b = await setUp(JSON.stringify(unknown));
    const r2 = await run(b.folder, '--personas', b.personasPath);
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('$.personas[0].reactions[0].when.where.journey (nope)');
    const early = {
      ...file,
      personas: [
        {
          id: 'ana',
          profile: { email: 'ana@example.com' },
          events: [{ at: '2026-03-01T00:00:00Z', name: 'x' }],
        },
      ],
    };
    const c = await setUp(JSON.stringify(early));
    expect((await run(c.folder, '--personas', c.personasPath)).code).toBe(2);
  });

  it('exits 2 for bad arguments and 0 for --help', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('ws')).code).toBe(2);
    const { folder, personasPath } = await setUp();
    expect((await run(folder, '--personas', personasPath, '--seed', 'x')).code).toBe(2);
    expect((await run(join(dir, 'missing'), '--personas', personasPath)).code).toBe(2);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--personas <file>');
  });
});
