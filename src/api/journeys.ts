// journeys.*: list, read, save (autosave, one revision per save), create,
// rename, duplicate, delete, status, and the revision history.
import { z } from 'zod';
import * as repo from '../db/journeys-repo.ts';
import { exportWorkspace } from '../db/workspace-io.ts';
import {
  folderPaths,
  Id,
  Journey,
  JourneyStatus,
  type Problem,
  toJsonText,
} from '../model/index.ts';
import { validateFolder } from '../model/validate/index.ts';
import { checked, document } from './documents.ts';
import { ApiError } from './errors.ts';
import { handler } from './handler.ts';
import { mutation, query } from './wrap.ts';

const ById = z.object({ id: Id });
const Revision = z.number().int().positive();
const Saved = z.object({ revision: Revision });

export const JourneyListItem = z.object({
  id: z.string(),
  name: z.string(),
  status: JourneyStatus,
  nodeCount: z.number().int(),
  revision: z.number().int(),
  updatedAt: z.string(),
});

const RevisionInfo = z.object({ revision: Revision, summary: z.string(), createdAt: z.string() });

export const journeyHandlers = {
  'journeys.list': query(
    handler({
      summary: 'Lists the journeys of the workspace.',
      input: z.object({}),
      output: z.object({ journeys: z.array(JourneyListItem) }),
      run: (_input, { services }) => ({ journeys: repo.listJourneys(services.db) }),
    }),
  ),

  'journeys.get': query(
    handler({
      summary: 'Reads one journey as stored, with its revision.',
      input: ById,
      output: z.object({ journey: document<Journey>(), revision: Revision, updatedAt: z.string() }),
      run: ({ id }, { services }) => repo.getJourney(services.db, id),
    }),
  ),

  'journeys.save': mutation(
    handler({
      summary:
        'Saves a journey (creating it when new) as a new revision; with `baseRevision`, only if no newer revision was stored since.',
      input: z.object({
        journey: document<Journey>(),
        summary: z.string().optional(),
        /** The revision the edit started from: a newer stored one refuses the save (`conflict`). */
        baseRevision: z.number().int().nonnegative().optional(),
      }),
      output: Saved,
      run: ({ journey, summary, baseRevision }, { services, events }) => {
        const id = typeof journey.id === 'string' ? journey.id : 'unknown';
        const valid = checked(Journey, journey, folderPaths.journey(id));
        // Checked in the save's own transaction: nothing can be stored in between.
        const stored = repo.journeyRevision(services.db, valid.id);
        if (baseRevision !== undefined && stored > baseRevision) {
          throw new ApiError(
            'conflict',
            `Journey ${valid.id} was saved elsewhere (revision ${stored}, this edit started from ${baseRevision}): reload it, or save again from revision ${stored} to keep this version.`,
          );
        }
        const revision = repo.saveJourney(services.db, valid, summary);
        events('workspace.changed', { kind: 'journey', id: valid.id });
        return { revision };
      },
    }),
  ),

  'journeys.validate': query(
    handler({
      summary:
        'The problems of a journey as edited: the stored workspace with this journey in place, validated.',
      input: z.object({ journey: document<Journey>() }),
      output: z.object({ problems: z.array(document<Problem>()) }),
      run: ({ journey }, { services }) => ({ problems: problemsOfEdited(services.db, journey) }),
    }),
  ),

  'journeys.create': mutation(
    handler({
      summary: 'Creates a journey named `name`: a copy of `from` when given, else a lone trigger.',
      input: z.object({ name: z.string().trim().min(1), from: Id.optional() }),
      output: z.object({ id: Id, revision: Revision }),
      run: ({ name, from }, { services, events }) => {
        const id = repo.createJourney(services.db, name, from);
        events('workspace.changed', { kind: 'journey', id });
        return { id, revision: 1 };
      },
    }),
  ),

  'journeys.rename': mutation(
    handler({
      summary: 'Renames a journey (its id stays).',
      input: z.object({ id: Id, name: z.string().trim().min(1) }),
      output: Saved,
      run: ({ id, name }, { services, events }) => {
        const revision = repo.renameJourney(services.db, id, name);
        events('workspace.changed', { kind: 'journey', id });
        return { revision };
      },
    }),
  ),

  'journeys.duplicate': mutation(
    handler({
      summary: 'Copies a journey as a new draft; returns the new id.',
      input: z.object({ id: Id, name: z.string().trim().min(1).optional() }),
      output: z.object({ id: Id }),
      run: ({ id, name }, { services, events }) => {
        const copy = repo.duplicateJourney(services.db, id, name);
        events('workspace.changed', { kind: 'journey', id: copy });
        return { id: copy };
      },
    }),
  ),

  'journeys.delete': mutation(
    handler({
      summary: 'Deletes a journey and its history.',
      input: ById,
      output: z.object({}),
      run: ({ id }, { services, events }) => {
        repo.deleteJourney(services.db, id);
        events('workspace.changed', { kind: 'journey', id });
        return {};
      },
    }),
  ),

  'journeys.setStatus': mutation(
    handler({
      summary: 'Sets a journey draft, live or paused.',
      input: z.object({ id: Id, status: JourneyStatus }),
      output: Saved,
      run: ({ id, status }, { services, events }) => {
        const revision = repo.setJourneyStatus(services.db, id, status);
        events('workspace.changed', { kind: 'journey', id });
        return { revision };
      },
    }),
  ),

  'journeys.revisions': query(
    handler({
      summary: 'Lists the revisions of a journey, newest first.',
      input: ById,
      output: z.object({ revisions: z.array(RevisionInfo) }),
      run: ({ id }, { services }) => ({ revisions: repo.listJourneyRevisions(services.db, id) }),
    }),
  ),

  'journeys.revision': query(
    handler({
      summary: 'Reads a journey as it was at one revision.',
      input: z.object({ id: Id, revision: Revision }),
      output: z.object({
        journey: document<Journey>(),
        revision: Revision,
        summary: z.string(),
        createdAt: z.string(),
      }),
      run: ({ id, revision }, { services }) => repo.getJourneyRevision(services.db, id, revision),
    }),
  ),

  'journeys.restore': mutation(
    handler({
      summary: 'Makes an old revision of a journey the newest one.',
      input: z.object({ id: Id, revision: Revision }),
      output: Saved,
      run: ({ id, revision }, { services, events }) => {
        const restored = repo.restoreJourneyRevision(services.db, id, revision);
        events('workspace.changed', { kind: 'journey', id });
        return { revision: restored };
      },
    }),
  ),
};

/** The problems of one journey's file, each with the node it concerns when its path names one. */
function problemsOfEdited(db: Parameters<typeof exportWorkspace>[0], journey: Journey): Problem[] {
  const id = typeof journey.id === 'string' ? journey.id : 'unknown';
  const file = folderPaths.journey(id);
  const files = exportWorkspace(db);
  files.set(file, toJsonText(journey));
  const nodes = Array.isArray(journey.nodes) ? journey.nodes : [];
  return validateFolder(files)
    .problems.filter((p) => p.file === file)
    .map((p) => {
      if (p.node !== undefined) return p;
      const index = /^\$\.nodes\[(\d+)\]/.exec(p.path)?.[1];
      const node = index === undefined ? undefined : nodes[Number(index)];
      return node && typeof node.id === 'string' ? { ...p, journey: id, node: node.id } : p;
    });
}
