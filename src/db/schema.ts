// The SQLite schema (drizzle). Files of the folder format are kept as the text
// they were imported with, so an export gives them back byte for byte; the
// columns beside the text (name, status) are copies for listing without parsing.
import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** workspace.json: one row (id 1). */
export const workspace = sqliteTable('workspace', {
  id: integer('id').primaryKey(),
  json: text('json').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

export const journeys = sqliteTable('journeys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  status: text('status', { enum: ['draft', 'live', 'paused'] }).notNull(),
  /** The journey file's text, exactly as imported or last saved. */
  json: text('json').notNull(),
  revision: integer('revision').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

export const journeyRevisions = sqliteTable(
  'journey_revisions',
  {
    journeyId: text('journey_id')
      .notNull()
      .references(() => journeys.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    revision: integer('revision').notNull(),
    json: text('json').notNull(),
    summary: text('summary').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.journeyId, t.revision] })],
);

export const templates = sqliteTable('templates', {
  id: text('id').primaryKey(),
  mjml: text('mjml').notNull(),
  revision: integer('revision').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

export const templateRevisions = sqliteTable(
  'template_revisions',
  {
    templateId: text('template_id')
      .notNull()
      .references(() => templates.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
    revision: integer('revision').notNull(),
    mjml: text('mjml').notNull(),
    summary: text('summary').notNull().default(''),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.revision] })],
);

export const segments = sqliteTable('segments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  json: text('json').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

/** personas/<name>.personas.json files. */
export const personaSets = sqliteTable('persona_sets', {
  name: text('name').primaryKey(),
  json: text('json').notNull(),
  updatedAt: text('updated_at').notNull().default(now),
});

/** Live profiles (execution); a profile is a JSON object with at least `email`. */
export const profiles = sqliteTable('profiles', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  json: text('json').notNull(),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

/** Live events of profiles, in arrival order (`seq`). */
export const events = sqliteTable('events', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  profileId: text('profile_id')
    .notNull()
    .references(() => profiles.id, { onDelete: 'cascade', onUpdate: 'cascade' }),
  name: text('name').notNull(),
  at: text('at').notNull(),
  properties: text('properties').notNull().default('{}'),
  receivedAt: text('received_at').notNull().default(now),
});

/** Settings of the app itself (window, last folder, theme): key → JSON text. */
export const appSettings = sqliteTable('app_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
