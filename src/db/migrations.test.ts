import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as schema from './schema.ts';
import { migrationsDir } from './testing.ts';

type Journal = { entries: { tag: string }[] };

describe('migrations', () => {
  it('drizzle/ holds a migration for every change of src/db/schema.ts', async () => {
    // drizzle-kit's API compares the last snapshot with the schema as written:
    // any SQL it would generate means `npm run db:generate` was forgotten.
    const { generateSQLiteDrizzleJson, generateSQLiteMigration } = await import('drizzle-kit/api');
    const journal: Journal = JSON.parse(
      readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8'),
    );
    const last = journal.entries.length - 1;
    const snapshotFile = join(
      migrationsDir,
      'meta',
      `${String(last).padStart(4, '0')}_snapshot.json`,
    );
    const previous = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    const current = await generateSQLiteDrizzleJson({ ...schema });
    expect(await generateSQLiteMigration(previous, current)).toEqual([]);
  });
});
