// library.*: the starter library ("New journey from template"): the journeys
// of the starter workspace that ships in resources/starter, and a copy of one
// into this workspace with the templates and segments it needs.
import { resolve } from 'node:path';
import { z } from 'zod';
import { listSegments, saveSegment } from '../db/content-repo.ts';
import { readFolderFiles } from '../db/folder-io.ts';
import { uniqueId } from '../db/ids.ts';
import * as repo from '../db/journeys-repo.ts';
import { listTemplates, saveTemplate } from '../db/templates-repo.ts';
import { Id, type Journey, readWorkspaceFolder, type WorkspaceBundle } from '../model/index.ts';
import { ApiError } from './errors.ts';
import { handler } from './handler.ts';
import type { WaymarkDb } from './services.ts';
import { query } from './wrap.ts';

declare module './handler.ts' {
  interface AppServices {
    /** The starter workspace folder; default: resources/starter of this repository. */
    starterDir?: string;
  }
}

const defaultStarterDir = resolve(import.meta.dirname, '../../resources/starter');

const LibraryItem = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  nodeCount: z.number().int(),
  emailCount: z.number().int(),
});

async function readLibrary(dir: string | undefined): Promise<WorkspaceBundle | undefined> {
  const files = await readFolderFiles(dir ?? defaultStarterDir).catch(() => undefined);
  if (!files) return undefined;
  const read = readWorkspaceFolder(files);
  return read.ok ? read.bundle : undefined;
}

export const libraryHandlers = {
  'library.list': query(
    handler({
      summary: 'The journeys of the starter library, with what each does.',
      input: z.object({}),
      output: z.object({ journeys: z.array(LibraryItem) }),
      run: async (_input, { services }) => {
        const bundle = await readLibrary(services.starterDir);
        return {
          journeys: (bundle?.journeys ?? []).map((j) => ({
            id: j.id,
            name: j.name,
            description: typeof j.description === 'string' ? j.description : '',
            nodeCount: j.nodes.length,
            emailCount: j.nodes.filter((n) => n.type === 'email').length,
          })),
        };
      },
    }),
  ),

  // A query wrapper: the library is read from disk first (async), then the
  // writes happen in one synchronous transaction.
  'journeys.createFromLibrary': query(
    handler({
      summary:
        'Copies a starter journey into the workspace as a draft (a fresh id when taken), adding the templates and segments it uses that the workspace lacks.',
      input: z.object({ id: Id }),
      output: z.object({ id: Id, revision: z.number().int() }),
      run: async ({ id }, { services, events }) => {
        const bundle = await readLibrary(services.starterDir);
        const source = bundle?.journeys.find((j) => j.id === id);
        if (!bundle || !source) throw new ApiError('not-found', `No starter journey ${id}.`);
        const { db } = services;
        const newId = db.sqlite.transaction(() => copyIn(db, bundle, source))();
        events('workspace.changed', { kind: 'journey', id: newId.id });
        return newId;
      },
    }),
  ),
};

function copyIn(
  db: WaymarkDb,
  bundle: WorkspaceBundle,
  source: Journey,
): { id: string; revision: number } {
  const newId = uniqueId(source.id, (x) => repo.journeyExists(db, x));
  const templates = new Set(listTemplates(db).map((t) => t.id));
  const used = new Set(source.nodes.flatMap((n) => (n.type === 'email' ? [n.template] : [])));
  for (const t of bundle.templates) {
    if (used.has(t.id) && !templates.has(t.id)) saveTemplate(db, t.id, t.mjml, 'From the library');
  }
  const segments = new Set(listSegments(db).map((s) => s.id));
  for (const s of bundle.segments) if (!segments.has(s.id)) saveSegment(db, s);
  const revision = repo.saveJourney(
    db,
    { ...source, id: newId, status: 'draft' },
    `Created from the library (${source.name})`,
  );
  return { id: newId, revision };
}
