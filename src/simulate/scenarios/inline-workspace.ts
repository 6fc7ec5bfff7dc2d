// Workspaces built in place for the rule tests: one settings object, a
// two-email journey shape, and a runner that checks the output's shape.
import type { WorkspaceBundle } from '../../model/bundle.ts';
import type { Journey } from '../../model/journey.ts';
import type { Persona, PersonasFile, ScriptedEvent } from '../../model/personas.ts';
import { simulateWorkspace } from '../index.ts';
import { type CheckedOutput, SimulationOutputShape } from './harness.ts';

const settings: WorkspaceBundle['settings'] = {
  format: 'workspace/v1',
  name: 'Rules',
  timezone: 'Etc/UTC',
  sender: { name: 'Rules', email: 'hello@rules.example' },
  frequencyCap: null,
};

export function bundle(
  journeys: Journey[],
  extra: Partial<WorkspaceBundle['settings']> = {},
): WorkspaceBundle {
  return {
    settings: { ...settings, ...extra },
    journeys,
    templates: [{ id: 't', mjml: '<mjml><mj-body><mj-text>Hi</mj-text></mj-body></mjml>' }],
    segments: [],
    personaSets: [],
  };
}

/** The trigger most rules start from: the event `event` (`go` unless named). */
export function onEvent(event = 'go'): Journey['nodes'][number] {
  return { id: 'start', type: 'trigger', on: 'event', event };
}

/** A persona addressed `<id>@x.io`, with more of its profile and its reactions in `more`. */
export function person(
  id: string,
  events: ScriptedEvent[],
  more: { profile?: Partial<Persona['profile']>; reactions?: Persona['reactions'] } = {},
): Persona {
  return { ...more, id, profile: { email: `${id}@x.io`, ...more.profile }, events };
}

export function twoEmails(
  id: string,
  trigger: Journey['nodes'][number],
  settingsOf: Journey['settings'] = {},
): Journey {
  return {
    format: 'journey/v1',
    id,
    name: id,
    status: 'draft',
    settings: settingsOf,
    nodes: [
      trigger,
      { id: 'e1', type: 'email', template: 't', subject: 'one' },
      { id: 'w', type: 'wait', for: 'P1D' },
      { id: 'e2', type: 'email', template: 't', subject: 'two' },
    ],
    edges: [
      { from: 'start', to: 'e1' },
      { from: 'e1', to: 'w' },
      { from: 'w', to: 'e2' },
    ],
  };
}

export type Inputs = {
  horizon: string;
  personas?: PersonasFile['personas'];
  cohorts?: PersonasFile['cohorts'];
};

export function run(b: WorkspaceBundle, personas: Inputs): CheckedOutput {
  const { output } = simulateWorkspace({
    bundle: b,
    personas: { format: 'personas/v1', start: '2026-03-02T09:00:00Z', ...personas },
  });
  return SimulationOutputShape.parse(JSON.parse(JSON.stringify(output)));
}
