// templates.*: the MJML templates of the workspace, with revisions.
import { z } from 'zod';
import * as repo from '../db/templates-repo.ts';
import { Id } from '../model/index.ts';
import { handler } from './handler.ts';
import { mutation, query } from './wrap.ts';

const Revision = z.number().int().positive();

export const templateHandlers = {
  'templates.list': query(
    handler({
      summary: 'Lists the templates, each with the name shown for it.',
      input: z.object({}),
      output: z.object({
        templates: z.array(
          z.object({ id: z.string(), name: z.string(), revision: Revision, updatedAt: z.string() }),
        ),
      }),
      run: (_input, { services }) => ({ templates: repo.listTemplates(services.db) }),
    }),
  ),

  'templates.get': query(
    handler({
      summary: 'Reads one template’s MJML.',
      input: z.object({ id: Id }),
      output: z.object({ id: Id, mjml: z.string(), revision: Revision, updatedAt: z.string() }),
      run: ({ id }, { services }) => repo.getTemplate(services.db, id),
    }),
  ),

  'templates.save': mutation(
    handler({
      summary: 'Saves a template’s MJML (creating it when new) as a new revision.',
      input: z.object({ id: Id, mjml: z.string(), summary: z.string().optional() }),
      output: z.object({ revision: Revision }),
      run: ({ id, mjml, summary }, { services, events }) => {
        const revision = repo.saveTemplate(services.db, id, mjml, summary);
        events('workspace.changed', { kind: 'template', id });
        return { revision };
      },
    }),
  ),

  'templates.delete': mutation(
    handler({
      summary: 'Deletes a template and its history (journeys that use it then fail validation).',
      input: z.object({ id: Id }),
      output: z.object({}),
      run: ({ id }, { services, events }) => {
        repo.deleteTemplate(services.db, id);
        events('workspace.changed', { kind: 'template', id });
        return {};
      },
    }),
  ),

  'templates.revisions': query(
    handler({
      summary: 'Lists the revisions of a template, newest first.',
      input: z.object({ id: Id }),
      output: z.object({
        revisions: z.array(
          z.object({ revision: Revision, summary: z.string(), createdAt: z.string() }),
        ),
      }),
      run: ({ id }, { services }) => ({ revisions: repo.listTemplateRevisions(services.db, id) }),
    }),
  ),

  'templates.revision': query(
    handler({
      summary: 'Reads a template’s MJML as it was at one revision.',
      input: z.object({ id: Id, revision: Revision }),
      output: z.object({ id: Id, revision: Revision, mjml: z.string() }),
      run: ({ id, revision }, { services }) => ({
        id,
        revision,
        mjml: repo.getTemplateRevision(services.db, id, revision),
      }),
    }),
  ),
};
