import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors.ts';
import { openDatabase } from './open.ts';

const migrationsDir = resolve(import.meta.dirname, '../../drizzle');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function refusal(path: string): DatabaseOpenError {
  try {
    openDatabase(path, { migrationsDir }).close();
  } catch (err) {
    if (err instanceof DatabaseOpenError) return err;
    throw err;
  }
  throw new Error('expected openDatabase to refuse the file');
}

/** A real Waymark database, closed, so that its bytes are stable. */
function makeDatabase(path: string): void {
  const db = openDatabase(path, { migrationsDir });
  db.sqlite.pragma('journal_mode = DELETE');
  db.close();
}

describe('openDatabase', () => {
  it('creates a new database with the migrations applied, WAL and foreign keys on', () => {
    const db = openDatabase(join(dir, 'sub', 'new.db'), { migrationsDir });
    const tables = db.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        '__drizzle_migrations',
        'app_settings',
        'events',
        'journey_revisions',
        'journeys',
        'persona_sets',
        'profiles',
        'segments',
        'template_revisions',
        'templates',
        'workspace',
      ]),
    );
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('opens its own database again without migrating twice', () => {
    const path = join(dir, 'w.db');
    makeDatabase(path);
    const db = openDatabase(path, { migrationsDir });
    expect(db.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(100));
    const before = hash(path);
    const err = refusal(path);
    expect(err.kind).toBe('not-sqlite');
    expect(err.message).toContain(path);
    expect(err.message).toContain('untouched');
    expect(hash(path)).toBe(before);
  });

  it('refuses a corrupt database and leaves it untouched', () => {
    const path = join(dir, 'corrupt.db');
    makeDatabase(path);
    const raw = new Database(path);
    raw.exec('CREATE TABLE filler (x TEXT)');
    const insert = raw.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run('x'.repeat(200));
    raw.close();
    const bytes = readFileSync(path);
    // Scribble over every page after the first: the header stays, the b-trees break.
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5;
    writeFileSync(path, bytes);
    const before = hash(path);
    const err = refusal(path);
    expect(err.kind).toBe('corrupt');
    expect(err.message).toContain(path);
    expect(hash(path)).toBe(before);
  });

  it('refuses a database migrated by a newer app and leaves it untouched', () => {
    const path = join(dir, 'newer.db');
    makeDatabase(path);
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', Date.parse('2100-01-01T00:00:00Z'));
    raw.close();
    const before = hash(path);
    const err = refusal(path);
    expect(err.kind).toBe('newer-schema');
    expect(err.message).toContain('newer version');
    expect(hash(path)).toBe(before);
  });

  it("refuses another program's SQLite database and leaves it untouched", () => {
    const path = join(dir, 'other.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY); INSERT INTO invoices VALUES (1)');
    raw.close();
    const before = hash(path);
    const err = refusal(path);
    expect(err.kind).toBe('not-sqlite');
    expect(err.message).toContain('another program');
    expect(hash(path)).toBe(before);
  });

  it('reports a folder given as the database as unreadable', () => {
    expect(refusal(dir).kind).toBe('unreadable');
  });
});
