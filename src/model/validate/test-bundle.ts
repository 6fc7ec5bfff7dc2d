// Small workspaces for the validator's tests: a valid one, and a way to
// change one journey of it. Used by tests only.
import type { TemplateSource, WorkspaceBundle } from '../bundle.ts';
import { type FolderFiles, writeWorkspaceFolder } from '../folder.ts';
import type { Edge, Journey } from '../journey.ts';
import type { JourneyNode } from '../nodes.ts';
import type { Segment } from '../segment.ts';

export const mjml = (body = 'Hi {{ profile.first_name | default: "there" }}') =>
  `<mjml><mj-body><mj-section><mj-column><mj-text>${body}</mj-text></mj-column></mj-section></mj-body></mjml>\n`;

export function journey(nodes: JourneyNode[], edges: Edge[], id = 'welcome'): Journey {
  return { format: 'journey/v1', id, name: 'Welcome', status: 'draft', nodes, edges };
}

/** trigger → wait → email: valid. */
export const validJourney = (): Journey =>
  journey(
    [
      { id: 'start', type: 'trigger', on: 'event', event: 'signed_up' },
      { id: 'w1', type: 'wait', for: 'PT1H' },
      { id: 'e1', type: 'email', template: 'welcome-1', subject: 'Hi {{ profile.first_name }}' },
    ],
    [
      { from: 'start', to: 'w1' },
      { from: 'w1', to: 'e1' },
    ],
  );

export function bundle(
  parts: { journeys?: Journey[]; templates?: TemplateSource[]; segments?: Segment[] } = {},
): WorkspaceBundle {
  return {
    settings: {
      format: 'workspace/v1',
      name: 'Acme',
      timezone: 'Europe/Lisbon',
      sender: { name: 'Acme', email: 'hello@acme.example' },
    },
    journeys: parts.journeys ?? [validJourney()],
    templates: parts.templates ?? [{ id: 'welcome-1', mjml: mjml() }],
    segments: parts.segments ?? [
      {
        format: 'segment/v1',
        id: 'vips',
        name: 'VIPs',
        condition: { tag: 'vip' },
      },
    ],
    personaSets: [],
  };
}

/** The folder files of a bundle, for tests of the folder path and the command. */
export function filesOf(b: WorkspaceBundle): FolderFiles {
  return writeWorkspaceFolder(b);
}
