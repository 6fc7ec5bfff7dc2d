// segments.*: the workspace's dynamic segments.
import { z } from 'zod';
import * as repo from '../db/content-repo.ts';
import { folderPaths, Id, Segment } from '../model/index.ts';
import { checked, document } from './documents.ts';
import { handler } from './handler.ts';
import { mutation, query } from './wrap.ts';

export const segmentHandlers = {
  'segments.list': query(
    handler({
      summary: 'Lists the segments.',
      input: z.object({}),
      output: z.object({
        segments: z.array(z.object({ id: z.string(), name: z.string(), updatedAt: z.string() })),
      }),
      run: (_input, { services }) => ({ segments: repo.listSegments(services.db) }),
    }),
  ),

  'segments.get': query(
    handler({
      summary: 'Reads one segment as stored.',
      input: z.object({ id: Id }),
      output: z.object({ segment: document<Segment>(), updatedAt: z.string() }),
      run: ({ id }, { services }) => repo.getSegment(services.db, id),
    }),
  ),

  'segments.save': mutation(
    handler({
      summary: 'Saves a segment (creating it when new).',
      input: z.object({ segment: document<Segment>() }),
      output: z.object({}),
      run: ({ segment }, { services, events }) => {
        const id = typeof segment.id === 'string' ? segment.id : 'unknown';
        const valid = checked(Segment, segment, folderPaths.segment(id));
        repo.saveSegment(services.db, valid);
        events('workspace.changed', { kind: 'segment', id: valid.id });
        return {};
      },
    }),
  ),

  'segments.delete': mutation(
    handler({
      summary: 'Deletes a segment (journeys and segments that use it then fail validation).',
      input: z.object({ id: Id }),
      output: z.object({}),
      run: ({ id }, { services, events }) => {
        repo.deleteSegment(services.db, id);
        events('workspace.changed', { kind: 'segment', id });
        return {};
      },
    }),
  ),
};
