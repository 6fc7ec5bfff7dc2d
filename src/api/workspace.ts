// workspace.*: the sidebar's summary, workspace.json, and import/export in
// the folder format (as a map of files, or to and from a folder on disk).
import { z } from 'zod';
import * as content from '../db/content-repo.ts';
import { readFolderFiles, writeFolderFiles } from '../db/folder-io.ts';
import { listJourneys } from '../db/journeys-repo.ts';
import { listTemplates } from '../db/templates-repo.ts';
import { exportWorkspace, importWorkspace } from '../db/workspace-io.ts';
import { folderPaths, JourneyStatus, WorkspaceSettings } from '../model/index.ts';
import { checked, document } from './documents.ts';
import { handler } from './handler.ts';
import { inTransaction, mutation, query } from './wrap.ts';

const Files = z.record(z.string(), z.string());
const Counts = z.object({
  journeys: z.number().int(),
  templates: z.number().int(),
  segments: z.number().int(),
  personaSets: z.number().int(),
});
const FolderPath = z.object({ path: z.string().min(1) });

export const workspaceHandlers = {
  'workspace.summary': query(
    inTransaction(
      handler({
        summary: 'Everything the sidebar lists: journeys, templates, segments, persona sets.',
        input: z.object({}),
        output: z.object({
          name: z.string(),
          timezone: z.string(),
          journeys: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              status: JourneyStatus,
              nodeCount: z.number().int(),
              updatedAt: z.string(),
            }),
          ),
          templates: z.array(z.object({ id: z.string(), name: z.string(), updatedAt: z.string() })),
          segments: z.array(z.object({ id: z.string(), name: z.string() })),
          personaSets: z.array(
            z.object({
              name: z.string(),
              personaCount: z.number().int(),
              cohortCount: z.number().int(),
            }),
          ),
        }),
        // One read transaction, so the lists agree with each other.
        run: (_input, { services: { db } }) => {
          const { settings } = content.getWorkspaceSettings(db);
          return {
            name: settings.name,
            timezone: settings.timezone,
            journeys: listJourneys(db).map(({ id, name, status, nodeCount, updatedAt }) => ({
              id,
              name,
              status,
              nodeCount,
              updatedAt,
            })),
            templates: listTemplates(db).map(({ id, name, updatedAt }) => ({
              id,
              name,
              updatedAt,
            })),
            segments: content.listSegments(db).map(({ id, name }) => ({ id, name })),
            personaSets: content
              .listPersonaSets(db)
              .map(({ name, personaCount, cohortCount }) => ({ name, personaCount, cohortCount })),
          };
        },
      }),
    ),
  ),

  'workspace.settings.get': query(
    handler({
      summary: 'Reads workspace.json as stored.',
      input: z.object({}),
      output: z.object({ settings: document<WorkspaceSettings>(), updatedAt: z.string() }),
      run: (_input, { services }) => content.getWorkspaceSettings(services.db),
    }),
  ),

  'workspace.settings.save': mutation(
    handler({
      summary: 'Saves workspace.json (name, timezone, sender, frequency cap, ...).',
      input: z.object({ settings: document<WorkspaceSettings>() }),
      output: z.object({}),
      run: ({ settings }, { services, events }) => {
        content.saveWorkspaceSettings(
          services.db,
          checked(WorkspaceSettings, settings, folderPaths.settings),
        );
        events('workspace.changed', { kind: 'workspace' });
        return {};
      },
    }),
  ),

  'workspace.export': query(
    handler({
      summary: 'The workspace as the folder format’s files (relative path → text).',
      input: z.object({}),
      output: z.object({ files: Files }),
      run: (_input, { services }) => ({
        files: Object.fromEntries(exportWorkspace(services.db)),
      }),
    }),
  ),

  'workspace.import': mutation(
    handler({
      summary: 'Replaces the workspace with the given files; an invalid set changes nothing.',
      input: z.object({ files: Files }),
      output: Counts,
      run: ({ files }, { services, events }) => {
        const counts = importWorkspace(services.db, new Map(Object.entries(files)));
        events('workspace.changed', { kind: 'workspace' });
        return counts;
      },
    }),
  ),

  'workspace.exportToFolder': query(
    handler({
      summary: 'Writes the workspace as a folder on disk (replacing its format files).',
      input: FolderPath,
      output: z.object({ path: z.string(), files: z.number().int() }),
      run: async ({ path }, { services }) => {
        const files = exportWorkspace(services.db);
        await writeFolderFiles(path, files);
        return { path, files: files.size };
      },
    }),
  ),

  'workspace.importFromFolder': query(
    handler({
      summary: 'Replaces the workspace with a folder on disk; an invalid folder changes nothing.',
      input: FolderPath,
      output: Counts,
      run: async ({ path }, { services, events }) => {
        const counts = importWorkspace(services.db, await readFolderFiles(path));
        events('workspace.changed', { kind: 'workspace' });
        return counts;
      },
    }),
  ),
};
