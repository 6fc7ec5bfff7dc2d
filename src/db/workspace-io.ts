// Workspace import and export in the folder format (spec/FORMAT.md). Import
// replaces the whole workspace in one transaction and stores each file's text
// as given, so export gives the same bytes back, unknown fields included.
import { existsSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { type FolderFiles, folderPaths, type Problem, toJsonText } from '../model/index.ts';
import { checkFolder } from './check-folder.ts';
import { readFolderFiles } from './folder-io.ts';
import type { WaymarkDb } from './open.ts';
import * as t from './schema.ts';

export type ImportCounts = {
  journeys: number;
  templates: number;
  segments: number;
  personaSets: number;
};

export class InvalidWorkspaceError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const lines = errors.map((p) => `  ${p.file} ${p.path}: ${p.message}`);
    super(
      `The workspace has ${errors.length} problem(s); nothing was changed:\n${lines.join('\n')}`,
    );
    this.name = 'InvalidWorkspaceError';
    this.problems = problems;
  }
}

/** Replaces the workspace with the files, or throws InvalidWorkspaceError and changes nothing. */
export function importWorkspace(db: WaymarkDb, files: FolderFiles): ImportCounts {
  const result = checkFolder(files);
  if (!result.ok) throw new InvalidWorkspaceError(result.problems);
  const { bundle } = result;
  const text = (path: string, fallback: unknown) => files.get(path) ?? toJsonText(fallback);
  const { orm } = db;
  db.sqlite.transaction(() => {
    // Revisions go with their journeys and templates (ON DELETE CASCADE).
    orm.delete(t.journeys).run();
    orm.delete(t.templates).run();
    orm.delete(t.segments).run();
    orm.delete(t.personaSets).run();
    orm.delete(t.workspace).run();
    orm
      .insert(t.workspace)
      .values({ id: 1, json: text(folderPaths.settings, bundle.settings) })
      .run();
    for (const j of bundle.journeys) {
      const json = text(folderPaths.journey(j.id), j);
      orm
        .insert(t.journeys)
        .values({ id: j.id, name: j.name, status: j.status, json, revision: 1 })
        .run();
      orm
        .insert(t.journeyRevisions)
        .values({ journeyId: j.id, revision: 1, json, summary: 'Imported' })
        .run();
    }
    for (const tpl of bundle.templates) {
      orm.insert(t.templates).values({ id: tpl.id, mjml: tpl.mjml, revision: 1 }).run();
      orm
        .insert(t.templateRevisions)
        .values({ templateId: tpl.id, revision: 1, mjml: tpl.mjml, summary: 'Imported' })
        .run();
    }
    for (const s of bundle.segments) {
      orm
        .insert(t.segments)
        .values({ id: s.id, name: s.name, json: text(folderPaths.segment(s.id), s) })
        .run();
    }
    for (const p of bundle.personaSets) {
      orm
        .insert(t.personaSets)
        .values({ name: p.name, json: text(folderPaths.personaSet(p.name), p.file) })
        .run();
    }
  })();
  return {
    journeys: bundle.journeys.length,
    templates: bundle.templates.length,
    segments: bundle.segments.length,
    personaSets: bundle.personaSets.length,
  };
}

/** The workspace as the folder format's files, each as stored, in a stable order. */
export function exportWorkspace(db: WaymarkDb): FolderFiles {
  const { orm } = db;
  const files: FolderFiles = new Map();
  const settings = orm.select().from(t.workspace).where(eq(t.workspace.id, 1)).get();
  if (settings) files.set(folderPaths.settings, settings.json);
  for (const j of orm.select().from(t.journeys).orderBy(t.journeys.id).all()) {
    files.set(folderPaths.journey(j.id), j.json);
  }
  for (const tpl of orm.select().from(t.templates).orderBy(t.templates.id).all()) {
    files.set(folderPaths.template(tpl.id), tpl.mjml);
  }
  for (const s of orm.select().from(t.segments).orderBy(t.segments.id).all()) {
    files.set(folderPaths.segment(s.id), s.json);
  }
  for (const p of orm.select().from(t.personaSets).orderBy(t.personaSets.name).all()) {
    files.set(folderPaths.personaSet(p.name), p.json);
  }
  return files;
}

export function hasWorkspace(db: WaymarkDb): boolean {
  return db.orm.select({ id: t.workspace.id }).from(t.workspace).get() !== undefined;
}

/** What an empty database starts with when no starter folder ships beside the app. */
export const emptyWorkspaceSettings = {
  format: 'workspace/v1',
  name: 'My workspace',
  timezone: 'UTC',
  sender: { name: 'Me', email: 'me@example.com' },
  frequencyCap: null,
};

/**
 * First start: an empty database gets the starter workspace (a folder in the
 * format). Returns what was loaded, or undefined when the database had one.
 */
export async function loadStarterIfEmpty(
  db: WaymarkDb,
  starterDir: string,
): Promise<ImportCounts | undefined> {
  if (hasWorkspace(db)) return undefined;
  const files: FolderFiles = existsSync(starterDir)
    ? await readFolderFiles(starterDir)
    : new Map([[folderPaths.settings, toJsonText(emptyWorkspaceSettings)]]);
  // Another window may have seeded it while the folder was being read.
  if (hasWorkspace(db)) return undefined;
  return importWorkspace(db, files);
}
