// `npm run schema`: writes the JSON Schema of every file kind to
// resources/schema/, generated from the same zod schemas that validate the
// files (spec/FORMAT.md asks for both). The files are committed; a test
// fails when they differ from what this script would write now.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { Condition } from '../src/model/condition.ts';
import { Journey } from '../src/model/journey.ts';
import {
  ConditionNode,
  EmailNode,
  ExitNode,
  JourneyNode,
  SplitNode,
  TriggerNode,
  UpdateNode,
  WaitForNode,
  WaitNode,
} from '../src/model/nodes.ts';
import { PersonasFile } from '../src/model/personas.ts';
import {
  ClockTime,
  Duration,
  EmailAddress,
  Id,
  Instant,
  JsonValue,
  PropertyFilter,
  SignedDuration,
  TimeZone,
} from '../src/model/primitives.ts';
import { Segment } from '../src/model/segment.ts';
import { WorkspaceSettings } from '../src/model/workspace.ts';

export const schemaFolder = resolve(import.meta.dirname, '../resources/schema');

type Meta = { id?: string; title?: string; description?: string };

/**
 * Named definitions: each becomes one entry of `$defs`, referenced by name
 * wherever it is used, so the files read like the spec and diff cleanly.
 * A private registry, so that generating never touches zod's global one.
 */
function definitions(): z.core.$ZodRegistry<Meta> {
  const registry = z.registry<Meta>();
  const named: [z.ZodType, string, string][] = [
    [Id, 'Id', 'An id: 1 to 64 characters of a-z, 0-9 and "-".'],
    [Duration, 'Duration', 'An ISO 8601 duration, such as PT1H, P2D or P1DT12H.'],
    [SignedDuration, 'SignedDuration', 'An ISO 8601 duration that may be negative, such as -P3D.'],
    [Instant, 'Instant', 'An ISO 8601 instant in UTC, such as 2026-03-02T09:00:00Z.'],
    [ClockTime, 'ClockTime', "A 24-hour wall-clock time in the profile's timezone, such as 21:00."],
    [TimeZone, 'TimeZone', 'An IANA timezone name, such as Europe/Lisbon.'],
    [EmailAddress, 'EmailAddress', 'An email address, such as ana@example.com.'],
    [JsonValue, 'JsonValue', 'Any JSON value.'],
    [PropertyFilter, 'PropertyFilter', 'Equality filters on properties: every key must equal.'],
    [Condition, 'Condition', 'A condition (spec/FORMAT.md, "Conditions").'],
    [JourneyNode, 'JourneyNode', 'A node of a journey, by its "type".'],
    [TriggerNode, 'TriggerNode', 'The entry point of a journey, by its "on".'],
    [WaitNode, 'WaitNode', 'Holds the run for a time, or until a clock time or an instant.'],
    [WaitForNode, 'WaitForNode', 'Waits for an event, or leaves by "timeout".'],
    [ConditionNode, 'ConditionNode', 'Branches by "yes" or "no" on a condition.'],
    [SplitNode, 'SplitNode', 'A random split with one port per variant key.'],
    [EmailNode, 'EmailNode', 'Renders and sends one email.'],
    [UpdateNode, 'UpdateNode', 'Changes the profile.'],
    [ExitNode, 'ExitNode', 'Ends the run.'],
  ];
  for (const [schema, id, description] of named) registry.add(schema, { id, description });
  return registry;
}

const fileKinds: [string, z.ZodType, string][] = [
  ['workspace', WorkspaceSettings, 'workspace.json: settings for the whole workspace'],
  ['journey', Journey, 'journeys/<id>.journey.json: one journey'],
  ['segment', Segment, 'segments/<id>.segment.json: a dynamic segment'],
  ['personas', PersonasFile, 'personas/<name>.personas.json: simulation input'],
];

/** Every schema file by name, with the exact text `npm run schema` writes. */
export function schemaFiles(): Map<string, string> {
  const metadata = definitions();
  const files = new Map<string, string>();
  for (const [kind, schema, title] of fileKinds) {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      // The files are what people write, so the schema describes the input.
      io: 'input',
      metadata,
      cycles: 'ref',
      reused: 'inline',
      // Refinements (a real timezone, a date that exists) cannot be said in
      // JSON Schema; the descriptions say them, and `waymark validate` checks them.
      unrepresentable: 'any',
      override: ({ jsonSchema }) => dropSafeIntegerBounds(jsonSchema),
    });
    const document = {
      $schema: json.$schema,
      $id: `https://waymark.invalid/schema/${kind}.schema.json`,
      title: `Waymark ${title}`,
      ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
    };
    files.set(`${kind}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
  return files;
}

/** zod bounds every integer by ±2^53-1; that is JSON's limit anyway, so it is noise. */
function dropSafeIntegerBounds(schema: z.core.JSONSchema.BaseSchema): void {
  if (schema.type !== 'integer') return;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
}

function main(): void {
  mkdirSync(schemaFolder, { recursive: true });
  for (const [name, text] of schemaFiles()) {
    writeFileSync(join(schemaFolder, name), text);
    console.log(`wrote resources/schema/${name}`);
  }
}

if (import.meta.main) main();
