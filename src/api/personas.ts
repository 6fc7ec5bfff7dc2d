// personas.*: persona sets, the simulator's inputs (personas/<name>.personas.json).
import { z } from 'zod';
import * as repo from '../db/content-repo.ts';
import { folderPaths, PersonasFile } from '../model/index.ts';
import { checked, document } from './documents.ts';
import { handler } from './handler.ts';
import { mutation, query } from './wrap.ts';

/** A persona set's name is its file name: personas/<name>.personas.json. */
const SetName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be a file name: letters, digits, . _ -');

export const personaHandlers = {
  'personas.list': query(
    handler({
      summary: 'Lists the persona sets with how many personas and cohorts each has.',
      input: z.object({}),
      output: z.object({
        personaSets: z.array(
          z.object({
            name: z.string(),
            personaCount: z.number().int(),
            cohortCount: z.number().int(),
            updatedAt: z.string(),
          }),
        ),
      }),
      run: (_input, { services }) => ({ personaSets: repo.listPersonaSets(services.db) }),
    }),
  ),

  'personas.get': query(
    handler({
      summary: 'Reads one persona set as stored.',
      input: z.object({ name: SetName }),
      output: z.object({ name: z.string(), file: document<PersonasFile>(), updatedAt: z.string() }),
      run: ({ name }, { services }) => ({ name, ...repo.getPersonaSet(services.db, name) }),
    }),
  ),

  'personas.save': mutation(
    handler({
      summary: 'Saves a persona set (creating it when new).',
      input: z.object({ name: SetName, file: document<PersonasFile>() }),
      output: z.object({}),
      run: ({ name, file }, { services, events }) => {
        repo.savePersonaSet(
          services.db,
          name,
          checked(PersonasFile, file, folderPaths.personaSet(name)),
        );
        events('workspace.changed', { kind: 'personas', id: name });
        return {};
      },
    }),
  ),

  'personas.delete': mutation(
    handler({
      summary: 'Deletes a persona set.',
      input: z.object({ name: SetName }),
      output: z.object({}),
      run: ({ name }, { services, events }) => {
        repo.deletePersonaSet(services.db, name);
        events('workspace.changed', { kind: 'personas', id: name });
        return {};
      },
    }),
  ),
};
