// Opens the workspace database: checks the file before touching it, then sets
// WAL, foreign keys and a busy timeout and applies drizzle's migrations.
// A file that is not SQLite, is corrupt or is newer than this app is refused
// with a DatabaseOpenError and left byte for byte as it was.
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseOpenError } from './errors.ts';
import * as schema from './schema.ts';

export type Orm = BetterSQLite3Database<typeof schema>;

export type WaymarkDb = {
  path: string;
  sqlite: Database.Database;
  orm: Orm;
  close: () => void;
};

export type OpenOptions = {
  /** The drizzle/ folder of generated migrations. */
  migrationsDir: string;
};

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
const migrationsTable = '__drizzle_migrations';

export function openDatabase(file: string, options: OpenOptions): WaymarkDb {
  const path = resolve(file);
  const known = readMigrationFiles({ migrationsFolder: options.migrationsDir });
  const newestKnown = Math.max(0, ...known.map((m) => m.folderMillis));
  if (existsSync(path)) checkExisting(path, newestKnown);
  else mkdirSync(dirname(path), { recursive: true });

  let sqlite: Database.Database;
  try {
    sqlite = new Database(path);
  } catch (err) {
    throw new DatabaseOpenError('unreadable', path, messageOf(err));
  }
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const orm = drizzle({ client: sqlite, schema });
    migrate(orm, { migrationsFolder: options.migrationsDir });
    return { path, sqlite, orm, close: () => sqlite.close() };
  } catch (err) {
    sqlite.close();
    throw new DatabaseOpenError('unreadable', path, `setting it up failed: ${messageOf(err)}`);
  }
}

/** Reads the header, then runs quick_check and the migration check read-only. */
function checkExisting(path: string, newestKnown: number): void {
  let size: number;
  const header = Buffer.alloc(16);
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new Error('it is not a file');
    size = info.size;
    const fd = openSync(path, 'r');
    try {
      readSync(fd, header, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw new DatabaseOpenError('unreadable', path, messageOf(err));
  }
  // SQLite treats an empty file as a new database: nothing to protect.
  if (size === 0) return;
  if (size < 16 || !header.equals(sqliteHeader)) {
    throw new DatabaseOpenError('not-sqlite', path, 'it does not start with the SQLite header');
  }

  let probe: Database.Database;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new DatabaseOpenError('unreadable', path, messageOf(err));
  }
  try {
    const result = probe.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new DatabaseOpenError('corrupt', path, `quick_check: ${result}`);
    const hasTable = probe
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(migrationsTable);
    if (!hasTable) refuseForeign(probe, path);
    if (hasTable) {
      const row: unknown = probe
        .prepare(`SELECT max(created_at) AS newest FROM "${migrationsTable}"`)
        .get();
      const newest = Number(
        typeof row === 'object' && row !== null && 'newest' in row ? row.newest : 0,
      );
      if (newest > newestKnown) {
        throw new DatabaseOpenError(
          'newer-schema',
          path,
          `its newest migration dates from ${new Date(newest).toISOString()}, this app knows migrations up to ${new Date(newestKnown).toISOString()}`,
        );
      }
    }
  } catch (err) {
    if (err instanceof DatabaseOpenError) throw err;
    const code = err instanceof Database.SqliteError ? err.code : '';
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) {
      throw new DatabaseOpenError('corrupt', path, messageOf(err));
    }
    throw new DatabaseOpenError('unreadable', path, messageOf(err));
  } finally {
    probe.close();
  }
}

/** An SQLite file with tables but none of Waymark's belongs to another program: leave it be. */
function refuseForeign(probe: Database.Database, path: string): void {
  const tables = probe
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 3",
    )
    .pluck()
    .all()
    .map(String);
  if (tables.length > 0) {
    throw new DatabaseOpenError(
      'not-sqlite',
      path,
      `it is an SQLite database of another program (tables ${tables.join(', ')}), not one Waymark made`,
    );
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
