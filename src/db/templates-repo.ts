// MJML templates and their revision history.
import { and, desc, eq } from 'drizzle-orm';
import { RecordNotFoundError } from './errors.ts';
import type { WaymarkDb } from './open.ts';
import { templateRevisions, templates } from './schema.ts';

export type TemplateListItem = { id: string; name: string; revision: number; updatedAt: string };
export type StoredTemplate = { id: string; mjml: string; revision: number; updatedAt: string };

/** What a person calls a template: its mj-title, else its mj-preview, else its id. */
export function templateName(id: string, mjml: string): string {
  for (const tag of ['mj-title', 'mj-preview']) {
    const text = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(mjml)?.[1]?.trim();
    if (text) return text;
  }
  return id;
}

export function listTemplates(db: WaymarkDb): TemplateListItem[] {
  return db.orm
    .select()
    .from(templates)
    .orderBy(templates.id)
    .all()
    .map((row) => ({
      id: row.id,
      name: templateName(row.id, row.mjml),
      revision: row.revision,
      updatedAt: row.updatedAt,
    }));
}

export function getTemplate(db: WaymarkDb, id: string): StoredTemplate {
  const row = db.orm.select().from(templates).where(eq(templates.id, id)).get();
  if (!row) throw new RecordNotFoundError('template', id);
  return row;
}

/** Stores the MJML as a new revision (creating the template when new). */
export function saveTemplate(db: WaymarkDb, id: string, mjml: string, summary = ''): number {
  return db.sqlite.transaction(() => {
    const row = db.orm
      .select({ revision: templates.revision })
      .from(templates)
      .where(eq(templates.id, id))
      .get();
    const revision = (row?.revision ?? 0) + 1;
    const updatedAt = new Date().toISOString();
    if (row)
      db.orm.update(templates).set({ mjml, revision, updatedAt }).where(eq(templates.id, id)).run();
    else db.orm.insert(templates).values({ id, mjml, revision, updatedAt }).run();
    db.orm
      .insert(templateRevisions)
      .values({ templateId: id, revision, mjml, summary, createdAt: updatedAt })
      .run();
    return revision;
  })();
}

export function deleteTemplate(db: WaymarkDb, id: string): void {
  if (db.orm.delete(templates).where(eq(templates.id, id)).run().changes === 0) {
    throw new RecordNotFoundError('template', id);
  }
}

export function listTemplateRevisions(
  db: WaymarkDb,
  id: string,
): { revision: number; summary: string; createdAt: string }[] {
  getTemplate(db, id);
  return db.orm
    .select({
      revision: templateRevisions.revision,
      summary: templateRevisions.summary,
      createdAt: templateRevisions.createdAt,
    })
    .from(templateRevisions)
    .where(eq(templateRevisions.templateId, id))
    .orderBy(desc(templateRevisions.revision))
    .all();
}

export function getTemplateRevision(db: WaymarkDb, id: string, revision: number): string {
  const row = db.orm
    .select({ mjml: templateRevisions.mjml })
    .from(templateRevisions)
    .where(and(eq(templateRevisions.templateId, id), eq(templateRevisions.revision, revision)))
    .get();
  if (!row) throw new RecordNotFoundError('template', id, `at revision ${revision}`);
  return row.mjml;
}
