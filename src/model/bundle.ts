// The whole workspace in memory: what the folder format holds, parsed and
// validated. Values keep the exact objects read from the files (unknown fields
// and key order included), so that export → import → export is byte-identical.
import type { Journey } from './journey.ts';
import type { PersonasFile } from './personas.ts';
import type { Segment } from './segment.ts';
import type { WorkspaceSettings } from './workspace.ts';

export type TemplateSource = { id: string; mjml: string };
export type PersonaSet = { name: string; file: PersonasFile };

export type WorkspaceBundle = {
  settings: WorkspaceSettings;
  journeys: Journey[];
  templates: TemplateSource[];
  segments: Segment[];
  personaSets: PersonaSet[];
};

/** The folder format's file names, one place for all of them. */
export const folderPaths = {
  settings: 'workspace.json',
  journey: (id: string) => `journeys/${id}.journey.json`,
  template: (id: string) => `templates/${id}.mjml`,
  segment: (id: string) => `segments/${id}.segment.json`,
  personaSet: (name: string) => `personas/${name}.personas.json`,
} as const;

/** The other way: the id (a persona set's name) a file's path gives, or undefined for another kind of file. */
export const folderIds = {
  journey: (path: string) => /^journeys\/([^/]+)\.journey\.json$/.exec(path)?.[1],
  template: (path: string) => /^templates\/([^/]+)\.mjml$/.exec(path)?.[1],
  segment: (path: string) => /^segments\/([^/]+)\.segment\.json$/.exec(path)?.[1],
  personaSet: (path: string) => /^personas\/([^/]+)\.personas\.json$/.exec(path)?.[1],
} as const;
