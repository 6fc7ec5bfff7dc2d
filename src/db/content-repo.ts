// Segments, persona sets, workspace settings and the app's own settings:
// each a JSON document stored as text.
import { eq } from 'drizzle-orm';
import { PersonasFile, Segment, toJsonText, WorkspaceSettings } from '../model/index.ts';
import { RecordNotFoundError } from './errors.ts';
import type { WaymarkDb } from './open.ts';
import { appSettings, personaSets, segments, workspace } from './schema.ts';
import { parseStored } from './stored.ts';

export function getWorkspaceSettings(db: WaymarkDb): {
  settings: WorkspaceSettings;
  updatedAt: string;
} {
  const row = db.orm.select().from(workspace).where(eq(workspace.id, 1)).get();
  if (!row) throw new RecordNotFoundError('workspace', 'workspace.json');
  return {
    settings: parseStored(WorkspaceSettings, row.json, 'workspace.json'),
    updatedAt: row.updatedAt,
  };
}

export function saveWorkspaceSettings(db: WaymarkDb, settings: WorkspaceSettings): void {
  const json = toJsonText(settings);
  const updatedAt = new Date().toISOString();
  db.orm
    .insert(workspace)
    .values({ id: 1, json, updatedAt })
    .onConflictDoUpdate({ target: workspace.id, set: { json, updatedAt } })
    .run();
}

export function listSegments(db: WaymarkDb): { id: string; name: string; updatedAt: string }[] {
  return db.orm
    .select({ id: segments.id, name: segments.name, updatedAt: segments.updatedAt })
    .from(segments)
    .orderBy(segments.name, segments.id)
    .all();
}

export function getSegment(db: WaymarkDb, id: string): { segment: Segment; updatedAt: string } {
  const row = db.orm.select().from(segments).where(eq(segments.id, id)).get();
  if (!row) throw new RecordNotFoundError('segment', id);
  return { segment: parseStored(Segment, row.json, `segment ${id}`), updatedAt: row.updatedAt };
}

export function saveSegment(db: WaymarkDb, segment: Segment): void {
  const json = toJsonText(segment);
  const updatedAt = new Date().toISOString();
  db.orm
    .insert(segments)
    .values({ id: segment.id, name: segment.name, json, updatedAt })
    .onConflictDoUpdate({ target: segments.id, set: { name: segment.name, json, updatedAt } })
    .run();
}

export function deleteSegment(db: WaymarkDb, id: string): void {
  if (db.orm.delete(segments).where(eq(segments.id, id)).run().changes === 0) {
    throw new RecordNotFoundError('segment', id);
  }
}

export type PersonaSetListItem = {
  name: string;
  personaCount: number;
  cohortCount: number;
  updatedAt: string;
};

export function listPersonaSets(db: WaymarkDb): PersonaSetListItem[] {
  return db.orm
    .select()
    .from(personaSets)
    .orderBy(personaSets.name)
    .all()
    .map((row) => {
      const file: unknown = JSON.parse(row.json);
      return {
        name: row.name,
        personaCount: arrayLength(file, 'personas'),
        cohortCount: arrayLength(file, 'cohorts'),
        updatedAt: row.updatedAt,
      };
    });
}

export function getPersonaSet(
  db: WaymarkDb,
  name: string,
): { file: PersonasFile; updatedAt: string } {
  const row = db.orm.select().from(personaSets).where(eq(personaSets.name, name)).get();
  if (!row) throw new RecordNotFoundError('persona set', name);
  return {
    file: parseStored(PersonasFile, row.json, `persona set ${name}`),
    updatedAt: row.updatedAt,
  };
}

export function savePersonaSet(db: WaymarkDb, name: string, file: PersonasFile): void {
  const json = toJsonText(file);
  const updatedAt = new Date().toISOString();
  db.orm
    .insert(personaSets)
    .values({ name, json, updatedAt })
    .onConflictDoUpdate({ target: personaSets.name, set: { json, updatedAt } })
    .run();
}

export function deletePersonaSet(db: WaymarkDb, name: string): void {
  if (db.orm.delete(personaSets).where(eq(personaSets.name, name)).run().changes === 0) {
    throw new RecordNotFoundError('persona set', name);
  }
}

/** The app's own settings (not part of the workspace): key → JSON value. */
export function getAppSetting(db: WaymarkDb, key: string): unknown {
  const row = db.orm.select().from(appSettings).where(eq(appSettings.key, key)).get();
  return row ? JSON.parse(row.value) : null;
}

export function setAppSetting(db: WaymarkDb, key: string, value: unknown): void {
  const text = JSON.stringify(value ?? null);
  db.orm
    .insert(appSettings)
    .values({ key, value: text })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: text } })
    .run();
}

function arrayLength(value: unknown, key: string): number {
  if (typeof value !== 'object' || value === null || !(key in value)) return 0;
  const list: unknown = Reflect.get(value, key);
  return Array.isArray(list) ? list.length : 0;
}
