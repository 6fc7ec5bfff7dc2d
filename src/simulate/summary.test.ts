// Summary mode plays cohort members untraced and skips what only a trace or
// a kept record would show. These pin that it still does everything that
// can change a count: every journey counts as in full mode.
import { describe, expect, it } from 'vitest';
import type { PersonasFile } from '../model/personas.ts';
import { simulateWorkspace } from './index.ts';
import { journey, START, workspace } from './test-kit.ts';

const cohort = (
  more: Partial<NonNullable<PersonasFile['cohorts']>[number]> = {},
): PersonasFile => ({
  format: 'personas/v1',
  start: START,
  horizon: 'P2D',
  seed: 7,
  cohorts: [
    {
      id: 'fans',
      count: 3,
      profile: { first_name: 'Flo' },
      events: [{ at: '+PT0S', name: 'go' }],
      ...more,
    },
  ],
});

const counts = (bundle: ReturnType<typeof workspace>, personas: PersonasFile) => {
  const full = simulateWorkspace({ bundle, personas }).output.journeys;
  const summary = simulateWorkspace({ bundle, personas, summary: true }).output.journeys;
  return { full, summary };
};

describe('summary mode', () => {
  const welcome = journey(
    'welcome',
    [
      { id: 'start', type: 'trigger', on: 'event', event: 'go' },
      { id: 'e1', type: 'email', template: 't', subject: 'Hi {{ profile.first_name }}' },
      {
        id: 'c',
        type: 'condition',
        if: { event: 'email_sent', where: { subject: 'Hi Flo' } },
      },
      { id: 'e2', type: 'email', template: 't', subject: 'Again' },
    ],
    [
      ['start', 'e1'],
      ['e1', 'c'],
      ['c', 'e2', 'yes'],
    ],
  );

  it('renders the subjects a condition reads', () => {
    const { full, summary } = counts(workspace([welcome]), cohort());
    expect(full.welcome?.nodes.e2?.reached).toBe(3);
    expect(summary).toEqual(full);
  });

  it('renders the subjects a reaction reads', () => {
    const thanks = journey(
      'thanks',
      [
        { id: 'start', type: 'trigger', on: 'event', event: 'order_placed' },
        { id: 'e', type: 'email', template: 't', subject: 'Thanks' },
      ],
      [['start', 'e']],
    );
    const reacting = cohort({
      reactions: [
        {
          when: { event: 'email_sent', where: { subject: 'Hi Flo' } },
          then: 'order_placed',
          after: 'PT1H',
        },
      ],
    });
    const { full, summary } = counts(workspace([welcome, thanks]), reacting);
    expect(full.thanks?.entered).toBe(3);
    expect(summary).toEqual(full);
  });
});
