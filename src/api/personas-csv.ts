// personas.importCsv: profiles from a CSV file into a persona set, new or
// appended. All or nothing: any bad row and nothing is saved; the error lists
// every bad row with its line number and the reason.
import { z } from 'zod';
import * as repo from '../db/content-repo.ts';
import { folderPaths, type PersonasFile, PersonasFile as PersonasSchema } from '../model/index.ts';
import { personasFromCsv } from './csv-personas.ts';
import { checked } from './documents.ts';
import { ApiError } from './errors.ts';
import { handler } from './handler.ts';
import { PersonaSetName } from './simulation-shapes.ts';
import { mutation } from './wrap.ts';

/** A new set starts today at 09:00 UTC and plays 30 days, like the starter's sets. */
function newSet(): PersonasFile {
  const day = new Date().toISOString().slice(0, 10);
  return {
    format: 'personas/v1',
    start: `${day}T09:00:00Z`,
    horizon: 'P30D',
    seed: 42,
    personas: [],
    cohorts: [],
  };
}

export const personaCsvHandlers = {
  'personas.importCsv': mutation(
    handler({
      summary:
        'Imports profiles from CSV (header row: email, id, first_name, timezone, created_at, tags, any other field) into a new persona set or appends them; any bad row and nothing is saved.',
      input: z.object({
        name: PersonaSetName,
        csv: z.string(),
        mode: z.enum(['new', 'append']).optional(),
      }),
      output: z.object({ name: z.string(), imported: z.number().int(), total: z.number().int() }),
      run: ({ name, csv, mode = 'new' }, { services, events }) => {
        const exists = repo.listPersonaSets(services.db).some((s) => s.name === name);
        if (mode === 'new' && exists) {
          throw new ApiError(
            'conflict',
            `A persona set "${name}" exists already: append to it, or choose another name.`,
          );
        }
        // Throws not-found (mapped by the wrapper) when appending to a set that is not there.
        const base = mode === 'append' ? repo.getPersonaSet(services.db, name).file : newSet();
        const taken = new Set((base.personas ?? []).map((p) => p.id));
        const { personas, problems } = personasFromCsv(csv, `${name}.csv`, taken);
        if (problems.length > 0) {
          const lines = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
          throw new ApiError(
            'bad-input',
            `${name}.csv has ${problems.length} bad row(s); nothing was imported: ${lines}`,
            problems,
          );
        }
        const file = checked(
          PersonasSchema,
          { ...base, personas: [...(base.personas ?? []), ...personas] },
          folderPaths.personaSet(name),
        );
        repo.savePersonaSet(services.db, name, file);
        events('workspace.changed', { kind: 'personas', id: name });
        return { name, imported: personas.length, total: (file.personas ?? []).length };
      },
    }),
  ),
};
