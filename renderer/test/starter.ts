// The starter workspace from resources/, read as the core stores it, so
// component tests use real data shapes rather than invented ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Journey, PersonasFile, Segment } from '../../src/model';

const root = resolve(import.meta.dirname, '../../resources/starter');

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(root, path), 'utf8'));
}

function ids(folder: string, suffix: string): string[] {
  return readdirSync(join(root, folder))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

// The starter files pass `waymark validate` (the core's tests say so), so
// they are taken here as the types they are.
export const starter = {
  workspace: readJson('workspace.json') as { name: string; timezone: string },
  journeyIds: ids('journeys', '.journey.json'),
  templateIds: ids('templates', '.mjml'),
  segmentIds: ids('segments', '.segment.json'),
  personaNames: ids('personas', '.personas.json'),
  journey: (id: string) => readJson(`journeys/${id}.journey.json`) as Journey,
  template: (id: string) => readFileSync(join(root, `templates/${id}.mjml`), 'utf8'),
  segment: (id: string) => readJson(`segments/${id}.segment.json`) as Segment,
  personas: (name: string) => readJson(`personas/${name}.personas.json`) as PersonasFile,
};
