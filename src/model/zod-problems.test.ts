import { describe, expect, it } from 'vitest';
import { Journey } from './journey.ts';
import { PersonasFile } from './personas.ts';
import { formatProblem } from './problem.ts';
import { zodProblems } from './zod-problems.ts';

function problems(value: unknown, schema: typeof Journey | typeof PersonasFile = Journey) {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return zodProblems('journeys/j.journey.json', result.error, value).map(formatProblem);
}

const journey = (nodes: unknown[]) => ({
  format: 'journey/v1',
  id: 'j',
  name: 'J',
  status: 'draft',
  nodes,
  edges: [],
});

describe('schema problems', () => {
  it('pick the form of a condition by its key and report the nested issue', () => {
    expect(
      problems(journey([{ id: 'c', type: 'condition', if: { not: { any: [{ tag: 5 }] } } }])),
    ).toEqual([
      'error: journeys/j.journey.json $.nodes[0].if.not.any[0].tag (5): expected string, received number: change it to a string.',
    ]);
  });

  it('say what a condition is when the value has no known key', () => {
    expect(problems(journey([{ id: 'c', type: 'condition', if: { foo: 1 } }]))[0]).toContain(
      '$.nodes[0].if ({"foo":1}): is not a condition: a condition is an object with one of the keys "all"',
    );
  });

  it('point an unknown or missing node type at the field', () => {
    expect(problems(journey([{ id: 'x', type: 'pause' }, { id: 'y' }]))).toEqual([
      'error: journeys/j.journey.json $.nodes[0].type (pause): is not a known kind: it must be one of "trigger", "wait", "waitFor", "condition", "split", "email", "update", "exit".',
      'error: journeys/j.journey.json $.nodes[1].type: is missing: add it, one of "trigger", "wait", "waitFor", "condition", "split", "email", "update", "exit", to say what kind of item this is.',
    ]);
  });

  it('follow the one form of other unions that fits the value', () => {
    expect(
      problems(
        journey([{ id: 'w', type: 'wait', until: { property: 'event.at', offset: '3 days' } }]),
      ),
    ).toEqual([
      'error: journeys/j.journey.json $.nodes[0].until.offset (3 days): must be an ISO 8601 duration such as P1D or -P3D.',
    ]);
  });

  it('carry the journey and node for badges', () => {
    const value = journey([{ id: 'e1', type: 'email', template: 'x', subject: '' }]);
    const result = Journey.safeParse(value);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(zodProblems('journeys/j.journey.json', result.error, value)).toEqual([
      {
        severity: 'error',
        file: 'journeys/j.journey.json',
        path: '$.nodes[0].subject',
        value: '',
        message: 'is empty: fill it in.',
        journey: 'j',
        node: 'e1',
      },
    ]);
  });

  it('put "an" before a type that starts with a vowel sound and "a" before the others', () => {
    const value = { ...journey([{ id: 's', type: 'split', variants: 'a, b' }]), settings: 5 };
    expect(problems(value)).toEqual([
      'error: journeys/j.journey.json $.settings (5): expected object, received number: change it to an object.',
      'error: journeys/j.journey.json $.nodes[0].variants (a, b): expected array, received string: change it to an array.',
    ]);
    expect(problems(journey([{ id: 't', type: 'trigger', on: 'event', event: 7 }]))).toEqual([
      'error: journeys/j.journey.json $.nodes[0].event (7): expected string, received number: change it to a string.',
    ]);
  });

  it('explain sizes plainly', () => {
    expect(problems(journey([{ id: 's', type: 'split', variants: [] }]))).toEqual([
      'error: journeys/j.journey.json $.nodes[0].variants ([]): needs at least 1 item.',
    ]);
    const personas = {
      format: 'personas/v1',
      start: '2026-03-02T09:00:00Z',
      horizon: 'P1D',
      cohorts: [{ id: 'c', count: 0 }],
    };
    expect(problems(personas, PersonasFile)).toEqual([
      'error: journeys/j.journey.json $.cohorts[0].count (0): must be more than 0.',
    ]);
  });
});
