// Journeys and their revision history. Every change (save, rename, status,
// restore) writes the full journey as a new revision, so any state can be
// brought back. The stored text is the file's text, exactly.
import { and, desc, eq } from 'drizzle-orm';
import { Journey, type JourneyStatus, nodeKinds, toJsonText } from '../model/index.ts';
import { RecordNotFoundError } from './errors.ts';
import { slugOf, uniqueId } from './ids.ts';
import type { WaymarkDb } from './open.ts';
import { journeyRevisions, journeys } from './schema.ts';
import { parseStored } from './stored.ts';

export type JourneyListItem = {
  id: string;
  name: string;
  status: JourneyStatus;
  nodeCount: number;
  revision: number;
  updatedAt: string;
};

export type StoredJourney = { journey: Journey; revision: number; updatedAt: string };

export type RevisionInfo = { revision: number; summary: string; createdAt: string };

export function listJourneys(db: WaymarkDb): JourneyListItem[] {
  return db.orm
    .select()
    .from(journeys)
    .orderBy(journeys.name, journeys.id)
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      nodeCount: parseJourney(row.json).nodes.length,
      revision: row.revision,
      updatedAt: row.updatedAt,
    }));
}

export function getJourney(db: WaymarkDb, id: string): StoredJourney {
  const row = db.orm.select().from(journeys).where(eq(journeys.id, id)).get();
  if (!row) throw new RecordNotFoundError('journey', id);
  return { journey: parseJourney(row.json), revision: row.revision, updatedAt: row.updatedAt };
}

export function journeyExists(db: WaymarkDb, id: string): boolean {
  return (
    db.orm.select({ id: journeys.id }).from(journeys).where(eq(journeys.id, id)).get() !== undefined
  );
}

/** The journey's stored revision; 0 when there is none. */
export function journeyRevision(db: WaymarkDb, id: string): number {
  const row = db.orm
    .select({ revision: journeys.revision })
    .from(journeys)
    .where(eq(journeys.id, id))
    .get();
  return row?.revision ?? 0;
}

/** Stores the journey as a new revision (creating it when new); returns the revision. */
export function saveJourney(db: WaymarkDb, journey: Journey, summary = ''): number {
  const json = toJsonText(journey);
  return db.sqlite.transaction(() => {
    const row = db.orm
      .select({ revision: journeys.revision })
      .from(journeys)
      .where(eq(journeys.id, journey.id))
      .get();
    const revision = (row?.revision ?? 0) + 1;
    const updatedAt = new Date().toISOString();
    const values = { name: journey.name, status: journey.status, json, revision, updatedAt };
    if (row) db.orm.update(journeys).set(values).where(eq(journeys.id, journey.id)).run();
    else
      db.orm
        .insert(journeys)
        .values({ id: journey.id, ...values })
        .run();
    db.orm
      .insert(journeyRevisions)
      .values({ journeyId: journey.id, revision, json, summary, createdAt: updatedAt })
      .run();
    return revision;
  })();
}

/** A new journey named `name`: a copy of `from` when given, else a lone trigger. */
export function createJourney(db: WaymarkDb, name: string, from?: string): string {
  const id = uniqueId(slugOf(name, 'journey'), (x) => journeyExists(db, x));
  const base: Journey = from
    ? { ...getJourney(db, from).journey, status: 'draft' }
    : {
        format: 'journey/v1',
        id,
        name,
        status: 'draft',
        nodes: [nodeKinds.trigger.defaults('start')],
        edges: [],
        layout: { start: { x: 0, y: 0 } },
      };
  saveJourney(db, { ...base, id, name }, from ? `Created from ${from}` : 'Created');
  return id;
}

export function duplicateJourney(db: WaymarkDb, id: string, name?: string): string {
  const source = getJourney(db, id).journey;
  return createJourney(db, name ?? `${source.name} (copy)`, id);
}

export function renameJourney(db: WaymarkDb, id: string, name: string): number {
  const { journey } = getJourney(db, id);
  return saveJourney(db, { ...journey, name }, `Renamed to ${name}`);
}

export function setJourneyStatus(db: WaymarkDb, id: string, status: JourneyStatus): number {
  const { journey } = getJourney(db, id);
  return saveJourney(db, { ...journey, status }, `Status set to ${status}`);
}

export function deleteJourney(db: WaymarkDb, id: string): void {
  const result = db.orm.delete(journeys).where(eq(journeys.id, id)).run();
  if (result.changes === 0) throw new RecordNotFoundError('journey', id);
}

export function listJourneyRevisions(db: WaymarkDb, id: string): RevisionInfo[] {
  if (!journeyExists(db, id)) throw new RecordNotFoundError('journey', id);
  return db.orm
    .select({
      revision: journeyRevisions.revision,
      summary: journeyRevisions.summary,
      createdAt: journeyRevisions.createdAt,
    })
    .from(journeyRevisions)
    .where(eq(journeyRevisions.journeyId, id))
    .orderBy(desc(journeyRevisions.revision))
    .all();
}

export function getJourneyRevision(
  db: WaymarkDb,
  id: string,
  revision: number,
): { journey: Journey; revision: number; summary: string; createdAt: string } {
  const row = db.orm
    .select()
    .from(journeyRevisions)
    .where(and(eq(journeyRevisions.journeyId, id), eq(journeyRevisions.revision, revision)))
    .get();
  if (!row) throw new RecordNotFoundError('journey', id, `at revision ${revision}`);
  return {
    journey: parseJourney(row.json),
    revision: row.revision,
    summary: row.summary,
    createdAt: row.createdAt,
  };
}

/** Brings back an old revision as the newest one; history is never rewritten. */
export function restoreJourneyRevision(db: WaymarkDb, id: string, revision: number): number {
  const old = getJourneyRevision(db, id, revision).journey;
  return saveJourney(db, { ...old, id }, `Restored revision ${revision}`);
}

function parseJourney(json: string): Journey {
  return parseStored(Journey, json, 'journey');
}
