// Small builders for semantic tests: a workspace from a few journeys, a
// persona file from a few personas, and readable lines of the output.
import type { WorkspaceBundle } from '../model/bundle.ts';
import type { Journey, JourneySettings } from '../model/journey.ts';
import type { JourneyNode } from '../model/nodes.ts';
import type { Persona, PersonasFile } from '../model/personas.ts';
import type { Segment } from '../model/segment.ts';
import type { WorkspaceSettings } from '../model/workspace.ts';
import { simulateWorkspace } from './index.ts';
import type { PersonaOut, SimulationResult } from './output.ts';

export const START = '2026-03-02T09:00:00Z';

/** `[from, to]` or `[from, to, port]`. */
export type EdgeSpec = [string, string] | [string, string, string];

export function journey(
  id: string,
  nodes: JourneyNode[],
  edges: EdgeSpec[],
  settings: JourneySettings = {},
): Journey {
  return {
    format: 'journey/v1',
    id,
    name: id,
    status: 'live',
    settings,
    nodes,
    edges: edges.map(([from, to, port]) => (port ? { from, port, to } : { from, to })),
  };
}

/** A straight line of nodes joined by their `out` ports. */
export function line(id: string, nodes: JourneyNode[], settings: JourneySettings = {}): Journey {
  const edges: EdgeSpec[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const from = nodes[i - 1];
    const to = nodes[i];
    if (from && to) edges.push([from.id, to.id]);
  }
  return journey(id, nodes, edges, settings);
}

export function workspace(
  journeys: Journey[],
  more: { segments?: Segment[]; settings?: Partial<WorkspaceSettings> } = {},
): WorkspaceBundle {
  return {
    settings: {
      format: 'workspace/v1',
      name: 'Test',
      timezone: 'Europe/Lisbon',
      sender: { name: 'Test', email: 'hello@test.example' },
      ...more.settings,
    },
    journeys,
    // Every template an email node names, so the workspace is whole.
    templates: [
      ...new Set(
        journeys.flatMap((j) => j.nodes.flatMap((n) => (n.type === 'email' ? [n.template] : []))),
      ),
    ]
      .sort()
      .map((id) => ({
        id,
        mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>',
      })),
    segments: more.segments ?? [],
    personaSets: [],
  };
}

export function segment(id: string, condition: Segment['condition']): Segment {
  return { format: 'segment/v1', id, name: id, condition };
}

export function personasFile(personas: Persona[], more: Partial<PersonasFile> = {}): PersonasFile {
  return { format: 'personas/v1', start: START, horizon: 'P30D', seed: 42, personas, ...more };
}

export function persona(
  id: string,
  events: Persona['events'] = [],
  more: Partial<Persona> = {},
): Persona {
  return { id, profile: { email: `${id}@example.com`, first_name: id }, events, ...more };
}

export function play(bundle: WorkspaceBundle, file: PersonasFile, seed?: number): SimulationResult {
  return simulateWorkspace({ bundle, personas: file, ...(seed !== undefined ? { seed } : {}) });
}

export function personaOut(result: SimulationResult, id: string): PersonaOut {
  const p = result.output.personas.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p;
}

/** `<at> <journey>/<node> "<subject>"` per email. */
export const emails = (p: PersonaOut) =>
  p.emails.map((e) => `${e.at} ${e.journey}/${e.node} "${e.subject}"`);
/** `<journey> <entered> → <exited> <reason>` per run. */
export const runs = (p: PersonaOut) =>
  p.runs.map((r) => `${r.journey} ${r.entered} → ${r.exited ?? 'null'} ${r.reason}`);
/** `<at> <journey>/<node> <reason>` per suppression. */
export const suppressed = (p: PersonaOut) =>
  p.suppressed.map((s) => `${s.at} ${s.journey}/${s.node} ${s.reason}`);
/** `<journey>/<node>:<port>` per step. */
export const path = (p: PersonaOut) =>
  p.steps.map((s) => `${s.journey}/${s.node}${s.port ? `:${s.port}` : ''}`);
