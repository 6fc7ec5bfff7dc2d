// The folder format (spec/FORMAT.md, "Layout of a workspace folder") as pure
// functions over a map of relative path → text. Reading and writing the disk
// is the caller's job (db import/export, the CLI), so this runs anywhere.
import type { z } from 'zod';
import {
  folderIds,
  folderPaths,
  type PersonaSet,
  type TemplateSource,
  type WorkspaceBundle,
} from './bundle.ts';
import { Journey } from './journey.ts';
import { PersonasFile } from './personas.ts';
import { Id } from './primitives.ts';
import type { Problem } from './problem.ts';
import { Segment } from './segment.ts';
import { WorkspaceSettings } from './workspace.ts';
import { zodProblems } from './zod-problems.ts';

export type FolderFiles = Map<string, string>;

/** What was read despite errors: every file that passed its schema. */
export type PartialBundle = Omit<WorkspaceBundle, 'settings'> & { settings?: WorkspaceSettings };

export type ReadResult =
  | { ok: true; bundle: WorkspaceBundle; problems: Problem[] }
  | { ok: false; problems: Problem[]; partial?: PartialBundle };

/** Text of a JSON file as the folder format writes it: two spaces, final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Parses JSON, turning a syntax error into a problem with its line and column. */
export function parseJsonText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos?.[1]) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = Number(pos[1]) - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    return {
      ok: false,
      problem: {
        severity: 'error',
        file,
        path: '$',
        message: `is not valid JSON${where} (${message.replace(/ in JSON at position.*$/, '')}): fix the syntax and try again.`,
      },
    };
  }
}

function readJson<T>(
  files: FolderFiles,
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  const text = files.get(file);
  if (text === undefined) return undefined;
  const parsed = parseJsonText(file, text);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, parsed.value));
    return undefined;
  }
  // Keep the object as written (key order, unknown fields): it passed the schema.
  return parsed.value as T;
}

function idMismatch(file: string, expected: string, actual: string): Problem {
  return {
    severity: 'error',
    file,
    path: '$.id',
    value: actual,
    message: `does not match the file name ("${expected}"): rename the file or change the id.`,
  };
}

function badTemplateName(file: string, id: string): Problem {
  return {
    severity: 'error',
    file,
    path: '$',
    value: id,
    message:
      'is not a valid template id: rename the file to 1 to 64 characters of a-z, 0-9 and "-", then .mjml.',
  };
}

/**
 * Reads every file of a workspace folder. Returns all the problems at once;
 * `ok` is false when any is an error, and then nothing should be stored.
 */
export function readWorkspaceFolder(files: FolderFiles): ReadResult {
  const problems: Problem[] = [];
  const settings = readJson(files, folderPaths.settings, WorkspaceSettings, problems);
  if (!files.has(folderPaths.settings)) {
    problems.push({
      severity: 'error',
      file: folderPaths.settings,
      path: '$',
      message: 'is missing: a workspace folder needs a workspace.json at its top.',
    });
  }
  const journeys: Journey[] = [];
  const templates: TemplateSource[] = [];
  const segments: Segment[] = [];
  const personaSets: PersonaSet[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const journeyId = folderIds.journey(file);
    const templateId = folderIds.template(file);
    const segmentId = folderIds.segment(file);
    const personaSetName = folderIds.personaSet(file);
    if (journeyId !== undefined) {
      const journey = readJson(files, file, Journey, problems);
      if (journey && journey.id !== journeyId)
        problems.push(idMismatch(file, journeyId, journey.id));
      else if (journey) journeys.push(journey);
    } else if (templateId !== undefined) {
      if (Id.safeParse(templateId).success) templates.push({ id: templateId, mjml: text });
      else problems.push(badTemplateName(file, templateId));
    } else if (segmentId !== undefined) {
      const segment = readJson(files, file, Segment, problems);
      if (segment && segment.id !== segmentId)
        problems.push(idMismatch(file, segmentId, segment.id));
      else if (segment) segments.push(segment);
    } else if (personaSetName !== undefined) {
      const set = readJson(files, file, PersonasFile, problems);
      if (set) personaSets.push({ name: personaSetName, file: set });
    } else if (file !== folderPaths.settings && /\.(json|mjml)$/.test(file)) {
      problems.push({
        severity: 'warning',
        file,
        path: '$',
        message:
          'is not part of the workspace format and was ignored: move it into journeys/, templates/, segments/ or personas/ with the matching file ending.',
      });
    }
  }
  if (problems.some((p) => p.severity === 'error') || !settings) {
    const partial: PartialBundle = { journeys, templates, segments, personaSets };
    if (settings) partial.settings = settings;
    return { ok: false, problems, partial };
  }
  return { ok: true, bundle: { settings, journeys, templates, segments, personaSets }, problems };
}

/** Writes a workspace as the folder format's files, in a stable order. */
export function writeWorkspaceFolder(bundle: WorkspaceBundle): FolderFiles {
  const files: FolderFiles = new Map();
  files.set(folderPaths.settings, toJsonText(bundle.settings));
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const j of byId(bundle.journeys)) files.set(folderPaths.journey(j.id), toJsonText(j));
  for (const t of byId(bundle.templates)) files.set(folderPaths.template(t.id), t.mjml);
  for (const s of byId(bundle.segments)) files.set(folderPaths.segment(s.id), toJsonText(s));
  for (const p of [...bundle.personaSets].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    files.set(folderPaths.personaSet(p.name), toJsonText(p.file));
  }
  return files;
}
